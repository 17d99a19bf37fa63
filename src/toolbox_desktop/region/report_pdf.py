"""The region report: where the towns of a region stand, and where the user's own town stands
among them, for a council or a district meeting.

It prints what the region view shows, from the same figures (``region.view_queries``) in the
same words (``region.view_texts``): per dimension the towns' median and quartiles as a chart
and a table, the size bands side by side, the medians over the years, the own town's position
and every benchmark's levels. A withheld figure is printed as "fewer than 5 towns", never as a
number: the figures it gets are already disclosure-safe, and it adds none of its own (no
totals, no means).

It lives in ``region/`` rather than ``reports/`` because it reads the region's figures and
words, and the layers put ``region`` above ``reports`` (``reports`` never imports it); it
lays the page out with the shared ``reports.document`` like every other report.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, TableStyle

from toolbox_desktop.core import formatting
from toolbox_desktop.core.assessment import Profile
from toolbox_desktop.core.content import Content
from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP
from toolbox_desktop.region import size_bands
from toolbox_desktop.region import view_texts as words
from toolbox_desktop.region.scores import OVERALL
from toolbox_desktop.region.view_queries import WITHHELD, RegionFigures, Spread
from toolbox_desktop.region.view_texts import RegionWords
from toolbox_desktop.reports.charts import CURRENT, GRID, MUTED, TARGET, TEXT, _lines
from toolbox_desktop.reports.document import (
    PAGE_SIZES,
    Heading,
    ReportOptions,
    build_pdf,
    cell_values,
    grid_table,
    make_styles,
    spacer,
)
from toolbox_desktop.reports.fonts import FAMILY
from toolbox_desktop.reports.paragraph import Paragraph
from toolbox_desktop.reports.text import markup

CTX = "RegionReport"
TITLE = QT_TRANSLATE_NOOP("RegionReport", "Region report")
FILE_LINE = QT_TRANSLATE_NOOP("RegionReport", "Region file: {file}")
YEAR_LINE = QT_TRANSLATE_NOOP("RegionReport", "{year}, all towns: {towns} towns")
YEAR_WITHHELD = QT_TRANSLATE_NOOP("RegionReport", "{year}, all towns: {withheld}")
OWN_LINE = QT_TRANSLATE_NOOP(
    "RegionReport", "Your town's newest assessment: {assessment} of {date}"
)
NO_OWN = QT_TRANSLATE_NOOP(
    "RegionReport", "Your file has no assessment yet, so your town is not placed."
)
NO_YEAR = QT_TRANSLATE_NOOP("RegionReport", "The region file holds no assessment yet.")
DIMENSIONS = QT_TRANSLATE_NOOP("RegionReport", "Score per dimension")
BANDS = QT_TRANSLATE_NOOP("RegionReport", "Towns of the same size")
BANDS_INTRO = QT_TRANSLATE_NOOP("RegionReport", "The median score per size band, {year}.")
TREND = QT_TRANSLATE_NOOP("RegionReport", "Over the years")
TREND_INTRO = QT_TRANSLATE_NOOP("RegionReport", "The median score of all towns, year by year.")
OWN = QT_TRANSLATE_NOOP("RegionReport", "Where your town stands")
BENCHMARKS = QT_TRANSLATE_NOOP("RegionReport", "Benchmarks")
PERCENT = QT_TRANSLATE_NOOP("AssessmentReport", "{percent} %")
DIMENSION_LABEL = QT_TRANSLATE_NOOP("AssessmentReport", "{number}. {title}")


def report_words(options: ReportOptions) -> RegionWords:
    language = options.language

    def number(value: float) -> str:
        return formatting.format_number(value, language)

    def percent(value: float) -> str:
        whole = formatting.format_number(formatting.rounded(value), language)
        return options.translate("AssessmentReport", PERCENT).format(percent=whole)

    return RegionWords(options.translate, number, percent)


def build_region_report(
    content: Content,
    profile: Profile | None,
    figures: RegionFigures,
    region_name: str,
    path: Path,
    options: ReportOptions | None = None,
) -> None:
    options = options or ReportOptions()
    w = report_words(options)
    lookup = options.translate
    styles = make_styles()
    width = PAGE_SIZES.get(options.page_size, PAGE_SIZES["A4"])[0] - 36 * mm
    title = lookup(CTX, TITLE)
    place = profile.name if profile and profile.name else ""
    k = figures.min_towns
    story: list = [Paragraph(markup(title), styles.title)]
    if place:
        story.append(Paragraph(markup(place), styles.subtitle))
    story.append(Paragraph(markup(lookup(CTX, FILE_LINE).format(file=region_name)), styles.body))
    if figures.year is None:
        story.append(Paragraph(markup(lookup(CTX, NO_YEAR)), styles.body))
        build_pdf(path, story, (place, title), options, title=title)
        return
    if figures.towns is None:
        reason = figures.dimensions.get(OVERALL, WITHHELD).reason
        withheld = w.withheld(k, reason)
        year_line = lookup(CTX, YEAR_WITHHELD).format(year=figures.year, withheld=withheld)
    else:
        towns = w.number(figures.towns)
        year_line = lookup(CTX, YEAR_LINE).format(year=figures.year, towns=towns)
    story.append(Paragraph(markup(year_line), styles.body))
    if figures.own:
        day = formatting.format_iso_date(figures.own_date, options.language)
        own = lookup(CTX, OWN_LINE).format(assessment=figures.own_title, date=day)
        story.append(Paragraph(markup(own), styles.body))
    story += [spacer(2), Paragraph(markup(w.rule(k)), styles.small)]

    dimensions = _dimension_titles(content, options, w)
    story.append(Heading(lookup(CTX, DIMENSIONS), styles.h1, 0))
    story.append(_distribution_chart(dimensions, figures, w, width))
    story += [spacer(3), _dimension_table(dimensions, figures, w, width, styles)]

    story.append(Heading(lookup(CTX, OWN), styles.h1, 0))
    if figures.own:
        story.append(_own_table(dimensions, figures, w, width, styles))
    else:
        story.append(Paragraph(markup(lookup(CTX, NO_OWN)), styles.body))

    story.append(Heading(lookup(CTX, BANDS), styles.h1, 0))
    story.append(Paragraph(markup(lookup(CTX, BANDS_INTRO).format(year=figures.year)), styles.body))
    story.append(_bands_table(dimensions, figures, w, width, styles))

    story.append(Heading(lookup(CTX, TREND), styles.h1, 0))
    story.append(Paragraph(markup(lookup(CTX, TREND_INTRO)), styles.body))
    story.append(_trend_table(dimensions, figures, w, width, styles))

    story.append(Heading(lookup(CTX, BENCHMARKS), styles.h1, 0))
    story.append(Paragraph(markup(w.tr(words.LEVELS_NOTE)), styles.body))
    story.append(_benchmark_table(content, figures, w, width, styles))
    build_pdf(path, story, (place, title), options, title=title)


def _dimension_titles(content: Content, options: ReportOptions, w: RegionWords):
    label = options.translate("AssessmentReport", DIMENSION_LABEL)
    titles = [(d.code, label.format(number=d.number, title=d.title)) for d in content.dimensions]
    return [*titles, (OVERALL, w.tr(words.OVERALL))]


def _table(
    header: list[str],
    rows: list[list[str]],
    widths: list[float],
    styles,
    withheld: tuple[int, int] | None = None,
):
    """A grid with its header; ``withheld`` (first, last column): a row whose first of
    those cells is "fewer than 5 towns" and the rest empty says so once across them all."""
    body = [cell_values(header, widths, styles.cell_bold)]
    spans = []
    for number, row in enumerate(rows, start=1):
        cells = cell_values(row, widths, styles.cell)
        if withheld is not None:
            first, last = withheld
            if not any(row[first + 1 : last + 1]) and row[first]:
                span = [row[first]] + [""] * (last - first)
                cells[first : last + 1] = cell_values(
                    [" ".join(span).strip(), *span[1:]],
                    [sum(widths[first : last + 1]), *widths[first + 1 : last + 1]],
                    styles.cell,
                )
                spans.append(("SPAN", (first, number), (last, number)))
        body.append(cells)
    table = grid_table(body, widths)
    if spans:
        table.setStyle(TableStyle(spans))
    return table


def _dimension_table(dimensions, figures: RegionFigures, w: RegionWords, width, styles):
    k = figures.min_towns
    header = [w.tr(t) for t in (words.DIMENSION, words.TOWNS, words.LOWER, words.MEDIAN)]
    header += [w.tr(words.UPPER)]
    if figures.own:
        header.append(w.tr(words.YOUR_TOWN))
    rows = []
    for code, title in dimensions:
        row = [title, *w.spread_cells(figures.dimensions.get(code, WITHHELD), k)]
        if figures.own:
            position = figures.own.get(code)
            own = position.own if position is not None else None
            row.append("" if own is None else w.percent(own))
        rows.append(row)
    widths = _first_wide(width, len(header) - 1)
    return _table(header, rows, widths, styles, withheld=(1, 4))


def _own_table(dimensions, figures: RegionFigures, w: RegionWords, width, styles):
    k = figures.min_towns
    header = [w.tr(t) for t in (words.DIMENSION, words.YOUR_TOWN, words.MEDIAN, words.WHERE)]
    header.append(w.tr(words.RANK))
    rows = []
    for code, title in dimensions:
        position = figures.own.get(code)
        if position is None:
            continue
        own = "" if position.own is None else w.percent(position.own)
        rows.append(
            [title, own, w.median_cell(position.median, k), w.place(position, k), w.rank(position)]
        )
    widths = [width * 0.34, width * 0.1, width * 0.14, width * 0.2, width * 0.22]
    return _table(header, rows, widths, styles)


def _bands_table(dimensions, figures: RegionFigures, w: RegionWords, width, styles):
    k = figures.min_towns
    bands = list(figures.by_band)
    header = [w.tr(words.DIMENSION)]
    header += [w.translate(size_bands.CTX, size_bands.label(band)) for band in bands]
    rows = []
    for code, title in dimensions:
        row = [title]
        for band in bands:
            spread = figures.by_band[band].get(code, WITHHELD)
            row.append(
                w.withheld(k, spread.reason) if spread.withheld else w.percent(spread.median)
            )
        rows.append(row)
    first = width * 0.28  # the bands' names ("20,000 to 49,999 inhabitants") need the room
    rest = (width - first) / max(len(bands), 1)
    return _table(header, rows, [first, *[rest] * len(bands)], styles)


def _trend_table(dimensions, figures: RegionFigures, w: RegionWords, width, styles):
    k = figures.min_towns
    years = sorted(figures.trend)[-6:]  # the newest six: a page's width
    header = [w.tr(words.DIMENSION), *(str(year) for year in years)]
    rows = [
        [title, *(w.median_cell(figures.trend[year].get(code), k) for year in years)]
        for code, title in dimensions
    ]
    return _table(header, rows, _first_wide(width, len(years)), styles)


def _first_wide(width: float, columns: int) -> list[float]:
    rest = min(width * 0.6 / max(columns, 1), 72.0)  # "Lower quartile" on one line
    return [width - rest * columns, *[rest] * columns]


def _benchmark_table(content: Content, figures: RegionFigures, w: RegionWords, width, styles):
    k = figures.min_towns
    header = [w.tr(t) for t in words.BENCHMARK_COLUMNS]
    rows = []
    for benchmark in content.benchmarks:
        entry = figures.benchmarks.get(benchmark.code)
        spread = entry.spread if entry is not None else WITHHELD
        low = entry.share_low if entry is not None else None
        rows.append(
            [
                content.benchmark_number(benchmark.code),
                benchmark.title or benchmark.text,
                *w.spread_cells(spread, k, w.level),
                "" if low is None else w.percent(low),
            ]
        )
    number = width * 0.07
    figure = width * 0.1
    widths = [number, width - number - 5 * figure, figure, figure, figure, figure, figure]
    return _table(header, rows, widths, styles, withheld=(2, 6))


# -- the chart ------------------------------------------------------------------------------
FONT_SIZE, LEADING = 8.0, 9.6


def _distribution_chart(dimensions, figures: RegionFigures, w: RegionWords, width) -> KeepTogether:
    """Per dimension a 0-100 % track, the middle half of the towns as a box, the median as a
    line and the own town as a diamond; a withheld row has no box, only the words."""
    k = figures.min_towns
    label_width = min(width * 0.3, 150.0)
    note_width = min(width * 0.2, 100.0)
    left = label_width + 8
    span = width - left - note_width - 8
    blocks = [_lines(title, label_width) for _code, title in dimensions]
    heights = [max(len(block), 1) * LEADING + 10 for block in blocks]
    legend_height, axis_height = LEADING * 2, LEADING * 1.6
    height = sum(heights) + axis_height + legend_height
    drawing = Drawing(width, height)
    bottom = legend_height + axis_height
    for tick in (0, 25, 50, 75, 100):
        x = left + span * tick / 100
        drawing.add(Line(x, bottom, x, height, strokeColor=GRID, strokeWidth=0.6))
        drawing.add(
            String(
                x,
                bottom - LEADING,
                w.percent(tick),
                fontName=FAMILY,
                fontSize=6.5,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
    y = height
    for (code, _title), block, row_height in zip(dimensions, blocks, heights, strict=True):
        middle = y - row_height / 2
        line_y = middle + LEADING * len(block) / 2 - FONT_SIZE + 1
        for line in block:
            drawing.add(
                String(0, line_y, line, fontName=FAMILY, fontSize=FONT_SIZE, fillColor=TEXT)
            )
            line_y -= LEADING
        spread: Spread = figures.dimensions.get(code, WITHHELD)
        note = (
            w.withheld(k, spread.reason)
            if spread.withheld
            else w.tr(words.MEDIAN_OF).format(median=w.percent(spread.median))
        )
        if not spread.withheld:
            x1 = left + span * _clamp(spread.lower if spread.lower is not None else spread.median)
            x2 = left + span * _clamp(spread.upper if spread.upper is not None else spread.median)
            drawing.add(
                Rect(
                    x1,
                    middle - 5,
                    max(x2 - x1, 0.5),
                    10,
                    fillColor=_light(CURRENT),
                    strokeColor=CURRENT,
                    strokeWidth=0.6,
                )
            )
            xm = left + span * _clamp(spread.median)
            drawing.add(Line(xm, middle - 7, xm, middle + 7, strokeColor=CURRENT, strokeWidth=2.2))
        position = figures.own.get(code)
        if position is not None and position.own is not None:
            drawing.add(_diamond(left + span * _clamp(position.own), middle))
        for offset, line in enumerate(_lines(note, note_width)):
            drawing.add(
                String(
                    left + span + 8,
                    middle - 3 - offset * LEADING,
                    line,
                    fontName=FAMILY,
                    fontSize=FONT_SIZE,
                    fillColor=MUTED,
                )
            )
        y -= row_height
    _legend(drawing, w, width, bool(figures.own))
    return KeepTogether([drawing])


def _legend(drawing: Drawing, w: RegionWords, width: float, own: bool) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    names = [w.tr(words.MIDDLE_HALF), w.tr(words.MEDIAN)] + ([w.tr(words.YOUR_TOWN)] if own else [])
    entries = [24 + stringWidth(name, FAMILY, FONT_SIZE) for name in names]
    x = max((width - sum(entries) - 16 * (len(entries) - 1)) / 2, 0)
    y = LEADING * 0.6
    for number, (name, entry) in enumerate(zip(names, entries, strict=True)):
        if number == 0:
            drawing.add(
                Rect(
                    x, y - 1, 16, 8, fillColor=_light(CURRENT), strokeColor=CURRENT, strokeWidth=0.6
                )
            )
        elif number == 1:
            drawing.add(Line(x + 8, y - 3, x + 8, y + 9, strokeColor=CURRENT, strokeWidth=2.2))
        else:
            drawing.add(_diamond(x + 8, y + 3))
        drawing.add(String(x + 22, y, name, fontName=FAMILY, fontSize=FONT_SIZE, fillColor=TEXT))
        x += entry + 16


def _diamond(x: float, y: float, size: float = 4.5) -> Polygon:
    return Polygon(
        [x, y + size, x + size, y, x, y - size, x - size, y],
        fillColor=TARGET,
        strokeColor=None,
    )


def _light(color):
    from reportlab.lib import colors

    return colors.Color(color.red, color.green, color.blue, alpha=0.35)


def _clamp(value: float | None) -> float:
    return min(max(value or 0.0, 0.0), 100.0) / 100

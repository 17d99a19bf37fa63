"""The self-assessment report: what a municipality hands to its council or partners.

Cover, contents, a summary with the scores and two charts, every benchmark's rating with the
evidence behind it, the gap list, the next steps the content packs suggest for each gap
(unless left out), the comparison with an earlier assessment when one is given,
and an annex on how the scores are computed, so that a reader can check every number by hand.
The numbers come from core/scoring.py and core/comparison.py, exactly as on the dashboard.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak

from toolbox_desktop.core import formatting
from toolbox_desktop.core.assessment import FINAL, PLACE_KIND_NAMES, Assessment, Profile, Rating
from toolbox_desktop.core.content import Content
from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP
from toolbox_desktop.core.scoring import Scores, compute_scores
from toolbox_desktop.reports.assessment_annex import annex_section, comparison_section
from toolbox_desktop.reports.assessment_format import (
    Formats,
    heading,
    key_table,
)
from toolbox_desktop.reports.assessment_sections import dimension_sections, gap_section
from toolbox_desktop.reports.charts import TARGET as TARGET_COLOR
from toolbox_desktop.reports.charts import BarRow, Series, bar_chart, radar_chart
from toolbox_desktop.reports.document import (
    ReportOptions,
    Styles,
    build_pdf,
    contents_block,
    grid_table,
    make_styles,
    spacer,
)
from toolbox_desktop.reports.long_text import text_paragraphs
from toolbox_desktop.reports.next_steps import next_steps_section
from toolbox_desktop.reports.paragraph import Paragraph
from toolbox_desktop.reports.text import markup, short

TITLE = QT_TRANSLATE_NOOP("AssessmentReport", "Self-assessment report")
COUNTRY = QT_TRANSLATE_NOOP("AssessmentReport", "Country")
REGION = QT_TRANSLATE_NOOP("AssessmentReport", "Region")
KIND = QT_TRANSLATE_NOOP("AssessmentReport", "Kind of place")
POPULATION = QT_TRANSLATE_NOOP("AssessmentReport", "Population")
ASSESSED_ON = QT_TRANSLATE_NOOP("AssessmentReport", "Date of the assessment")
STATUS = QT_TRANSLATE_NOOP("AssessmentReport", "Status")
STATUS_NAMES = {
    "draft": QT_TRANSLATE_NOOP("AssessmentReport", "Draft (can still change)"),
    FINAL: QT_TRANSLATE_NOOP("AssessmentReport", "Final"),
}
PRINTED_ON = QT_TRANSLATE_NOOP("AssessmentReport", "Printed on")
PARTICIPANTS = QT_TRANSLATE_NOOP("AssessmentReport", "Who took part")
SUMMARY = QT_TRANSLATE_NOOP("AssessmentReport", "Summary")
OVERALL = QT_TRANSLATE_NOOP("AssessmentReport", "Overall score")
TARGET = QT_TRANSLATE_NOOP("AssessmentReport", "Target score")
REACHED = QT_TRANSLATE_NOOP("AssessmentReport", "Target reached")
RATED = QT_TRANSLATE_NOOP("AssessmentReport", "Benchmarks rated")
RATED_OF = QT_TRANSLATE_NOOP("AssessmentReport", "{rated} of {total} rated")
EXCLUDED = QT_TRANSLATE_NOOP("AssessmentReport", "Excluded")
EXCLUDED_NOTE = QT_TRANSLATE_NOOP(
    "AssessmentReport", "{count} (not applicable or outside our competence)"
)
NOTHING_RATED = QT_TRANSLATE_NOOP(
    "AssessmentReport",
    "Nothing has been rated in this assessment yet, so there are no scores. Every benchmark "
    'below says "not rated yet".',
)
PER_DIMENSION = QT_TRANSLATE_NOOP("AssessmentReport", "Scores per dimension")
DIMENSION = QT_TRANSLATE_NOOP("AssessmentReport", "Dimension")
SCORE = QT_TRANSLATE_NOOP("AssessmentReport", "Score")
TARGET_SHORT = QT_TRANSLATE_NOOP("AssessmentReport", "Target")
RATED_SHORT = QT_TRANSLATE_NOOP("AssessmentReport", "Rated")
ALL = QT_TRANSLATE_NOOP("AssessmentReport", "All benchmarks")
CHARTS = QT_TRANSLATE_NOOP("AssessmentReport", "Current and target scores")
CURRENT_SERIES = QT_TRANSLATE_NOOP("AssessmentReport", "Current score")
TARGET_SERIES = QT_TRANSLATE_NOOP("AssessmentReport", "Target score")
ARROW = QT_TRANSLATE_NOOP("AssessmentReport", "{current} → {target}")
BAR_TEXT = QT_TRANSLATE_NOOP("AssessmentReport", "{current} (target {target})")
NO_SCORE = QT_TRANSLATE_NOOP("AssessmentReport", "({reason})")


def build_assessment_report(
    content: Content,
    profile: Profile,
    assessment: Assessment,
    ratings: dict[str, Rating],
    path: Path,
    options: ReportOptions | None = None,
    earlier: tuple[Assessment, dict[str, Rating]] | None = None,
    today: date | None = None,
    next_steps: bool = True,
) -> None:
    """Write the report on ``assessment`` (with ``earlier``, an (assessment, ratings) pair,
    compared when given; with the next steps for the gaps unless ``next_steps`` is False) to
    the PDF at ``path``."""
    options = options or ReportOptions()
    styles = make_styles()  # fresh styles: changing them here changes no other report
    styles.h1.keepWithNext = styles.h2.keepWithNext = 1  # no heading alone at a page's foot
    formats = Formats(options)
    scores = compute_scores(content, ratings)
    title = formats.tr(TITLE)
    story = _cover(profile, assessment, formats, styles, today or date.today(), title)
    story += contents_block(styles, options)
    story += _summary(content, scores, formats, styles)
    story += dimension_sections(content, ratings, scores, formats, styles)
    story += gap_section(content, ratings, formats, styles)
    if next_steps:
        story += next_steps_section(content, ratings, formats, styles)
    if earlier is not None:
        story += comparison_section(content, assessment, ratings, earlier, formats, styles)
    story += annex_section(formats, styles)
    build_pdf(path, story, (profile.name, title), options, title=title, with_contents=True)


def cover_facts(
    profile: Profile, assessment: Assessment, formats: Formats, today: date
) -> list[tuple[str, str]]:
    """The cover's (label, value) lines, translated and formatted, the empty ones left out
    (the PDF and the Word document print the same)."""
    tr = formats.tr
    language = formats.options.language
    population = (
        formatting.format_number(profile.population, language) if profile.population else ""
    )
    kind = tr(PLACE_KIND_NAMES[profile.kind], "Profile") if profile.kind in PLACE_KIND_NAMES else ""
    status = STATUS_NAMES.get(assessment.status)
    facts = [
        (COUNTRY, profile.country),
        (REGION, profile.region),
        (KIND, kind),
        (POPULATION, population),
        (ASSESSED_ON, formatting.format_iso_date(assessment.assessed_on, language)),
        (STATUS, tr(status) if status else assessment.status),
        (PRINTED_ON, formatting.format_date(today, language)),
    ]
    return [(tr(label), value) for label, value in facts if value]


def summary_facts(scores: Scores, formats: Formats) -> list[tuple[str, str]]:
    """The summary's (label, value) lines."""
    tr = formats.tr
    overall = scores.overall
    facts = [
        (OVERALL, formats.score(overall)),
        (TARGET, formats.percent(overall.target_percent)),
        (REACHED, formats.percent(overall.target_reached)),
        (RATED, tr(RATED_OF).format(rated=overall.counted, total=overall.total)),
        (EXCLUDED, tr(EXCLUDED_NOTE).format(count=overall.excluded)),
    ]
    return [(tr(label), value) for label, value in facts]


SCORE_HEADER = [DIMENSION, SCORE, TARGET_SHORT, REACHED, RATED_SHORT, EXCLUDED]


def dimension_groups(content: Content, scores: Scores, formats: Formats) -> list:
    """(dimension's printed name, its score) in the content's order."""
    return [
        (formats.dimension(content, d.code), scores.dimensions[d.code]) for d in content.dimensions
    ]


def score_rows(groups: list, scores: Scores, formats: Formats) -> list[list[str]]:
    """The table of scores per dimension: a row per dimension, then "All benchmarks"."""
    return [
        [
            label,
            formats.score(score),
            formats.percent(score.target_percent),
            formats.percent(score.target_reached),
            formats.rated(score),
            str(score.excluded),
        ]
        for label, score in [*groups, (formats.tr(ALL), scores.overall)]
    ]


def _cover(
    profile: Profile,
    assessment: Assessment,
    formats: Formats,
    styles: Styles,
    today: date,
    title: str,
) -> list:
    tr = formats.tr
    story: list = [Paragraph(markup(title), styles.title)]
    story += text_paragraphs(profile.name, styles.subtitle)
    story += text_paragraphs(assessment.title, styles.h2)
    rows = [
        [
            Paragraph(markup(label), styles.cell_bold),
            Paragraph(markup(short(value, 300)), styles.cell),
        ]
        for label, value in cover_facts(profile, assessment, formats, today)
    ]
    story += [spacer(), key_table(rows, [50 * mm, 124 * mm])]
    if assessment.participants.strip():
        story.append(Paragraph(markup(tr(PARTICIPANTS)), styles.h2))
        story += text_paragraphs(assessment.participants, styles.body)
    story.append(PageBreak())
    return story


def _summary(content: Content, scores: Scores, formats: Formats, styles: Styles) -> list:
    tr = formats.tr
    overall = scores.overall
    story: list = [heading(tr(SUMMARY), styles.h1, 0)]
    rows = [
        [Paragraph(markup(label), styles.cell_bold), Paragraph(markup(value), styles.cell)]
        for label, value in summary_facts(scores, formats)
    ]
    story.append(key_table(rows, [50 * mm, 124 * mm]))
    if overall.rated == 0:
        story += [spacer(2), Paragraph(markup(tr(NOTHING_RATED)), styles.body)]
    story.append(Paragraph(markup(tr(PER_DIMENSION)), styles.h2))
    table = [[Paragraph(markup(tr(text)), styles.cell_bold) for text in SCORE_HEADER]]
    groups = dimension_groups(content, scores, formats)
    for index, values in enumerate(score_rows(groups, scores, formats)):
        style = styles.cell_bold if index == len(groups) else styles.cell
        table.append([Paragraph(markup(value), style) for value in values])
    story.append(grid_table(table, [68 * mm, 20 * mm, 20 * mm, 24 * mm, 22 * mm, 20 * mm]))
    story += [Paragraph(markup(tr(CHARTS)), styles.h2), *charts(groups, formats)]
    return story


def charts(groups, formats: Formats) -> list:
    """The radar (with three dimensions or more) and the bars, current against target (the
    Word document shows the same drawings as pictures)."""
    tr = formats.tr
    scale = [formats.percent(value) for value in (0, 25, 50, 75, 100)]
    width = 174 * mm
    notes, bars = [], []
    for label, score in groups:
        current = formats.score(score)
        if score.percent is None:
            notes.append(tr(NO_SCORE).format(reason=current))
            bars.append(BarRow(label, None, None, current))
            continue
        target = formats.percent(score.target_percent)
        notes.append(tr(ARROW).format(current=current, target=target))
        bars.append(
            BarRow(
                label,
                score.percent,
                score.target_percent,
                tr(BAR_TEXT).format(current=current, target=target),
            )
        )
    legend = (tr(CURRENT_SERIES), tr(TARGET_SERIES))
    flowables: list = []
    if len(groups) >= 3:
        series = [
            Series(legend[0], tuple(score.percent for _label, score in groups)),
            Series(
                legend[1],
                tuple(score.target_percent for _label, score in groups),
                color=TARGET_COLOR,
                dashed=True,
            ),
        ]
        labels = [label for label, _score in groups]
        flowables.append(radar_chart(labels, notes, series, scale[1:], width, 90 * mm))
    flowables.append(bar_chart(bars, scale, legend, width))
    return flowables

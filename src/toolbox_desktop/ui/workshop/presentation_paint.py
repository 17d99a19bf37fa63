"""Painting the projector slides: large type on a dark background, one bright accent.

Every size follows the window's height so that a slide reads the same from the back of a room
on any projector; long texts wrap and shrink until they fit rather than being cut off. The
colours keep WCAG AA and more on the dark background (white 18:1, grey text 10:1, the yellow
accent 13:1; bars and outlines at least 3:1).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF

from toolbox_desktop.core.assessment import LEVELS
from toolbox_desktop.ui.assessment.texts import level_name
from toolbox_desktop.ui.common.formatting import format_number
from toolbox_desktop.ui.workshop.presentation_slides import (
    BenchmarkSlide,
    DimensionSlide,
    VoteChart,
    short_not_applicable,
)

BACKGROUND = QColor("#111111")
TEXT = QColor("#ffffff")
MUTED = QColor("#c4c4c4")  # secondary text: about 10:1 on the background
ACCENT = QColor("#ffd400")  # the agreed rating and the score
BAR = QColor("#d0d0d0")  # the group's bars
TRACK = QColor("#2e2e2e")  # the empty part of a score bar
TRACK_EDGE = QColor("#8a8a8a")  # 5:1, visible as a boundary

WRAP = Qt.TextFlag.TextWordWrap
LEFT_TOP = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
CENTER_TOP = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
SHRINK = 0.92  # each step down when a text does not fit


def flags_int(*flags) -> int:
    result = 0
    for flag in flags:
        result |= int(flag.value if hasattr(flag, "value") else flag)
    return result


@dataclass(frozen=True)
class Fitted:
    """A text with the font that lets it fit, and the size it then takes."""

    text: str
    font: QFont
    width: float
    height: float


def font_of(base: QFont, pixels: float, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(1, round(pixels)))
    font.setBold(bold)
    return font


def fit(
    base: QFont,
    text: str,
    width: float,
    height: float,
    pixels: float,
    minimum: float,
    bold: bool = False,
    flags: int | None = None,
) -> Fitted:
    """The largest font from ``pixels`` down to ``minimum`` at which ``text`` wraps into the box."""
    flags = flags_int(LEFT_TOP, WRAP) if flags is None else flags
    size = max(1, round(pixels))
    floor = max(1, round(min(minimum, pixels)))
    while True:
        font = font_of(base, size, bold)
        box = QFontMetricsF(font).boundingRect(QRectF(0, 0, max(width, 1.0), 1e6), flags, text)
        fits = box.height() <= height + 0.5 and box.width() <= width + 0.5
        if fits or size <= floor:
            return Fitted(text, font, box.width(), box.height())
        size = max(floor, min(size - 1, int(size * SHRINK)))


def fit_line(
    base: QFont, text: str, width: float, height: float, pixels: float, minimum: float, bold=False
) -> Fitted:
    """One line if it fits at ``minimum`` or more (a lone last word reads badly), else wrapped."""
    size = max(1, round(pixels))
    while size >= minimum:
        font = font_of(base, size, bold)
        metrics = QFontMetricsF(font)
        if metrics.horizontalAdvance(text) <= width and metrics.height() <= height:
            return Fitted(text, font, metrics.horizontalAdvance(text), metrics.height())
        size = min(size - 1, int(size * SHRINK))
    return fit(base, text, width, height, pixels, 6, bold)


def draw(
    painter: QPainter,
    fitted: Fitted,
    x: float,
    y: float,
    width: float,
    color: QColor,
    align=LEFT_TOP,
) -> float:
    """Draw a fitted text; return the y below it."""
    painter.setFont(fitted.font)
    painter.setPen(color)
    painter.drawText(QRectF(x, y, width, fitted.height + 2), flags_int(align, WRAP), fitted.text)
    return y + fitted.height


@dataclass(frozen=True)
class Frame:
    """The slide's measures, all derived from the window size."""

    width: float
    height: float

    @property
    def unit(self) -> float:
        """The height, or less when the window is narrower than 4:3."""
        return max(120.0, min(self.height, self.width * 0.75))

    @property
    def margin_x(self) -> float:
        return max(self.width * 0.045, 12.0)

    @property
    def margin_y(self) -> float:
        return max(self.unit * 0.045, 8.0)

    @property
    def inner_width(self) -> float:
        return self.width - 2 * self.margin_x

    def px(self, fraction: float) -> float:
        """A font size as a fraction of the height (1/16 for titles)."""
        return self.unit * fraction


def draw_footer(painter: QPainter, base: QFont, frame: Frame, about: str, counter: str) -> float:
    """The assessment (muted, left) and the slide counter (right); return the footer's top."""
    counter_font = font_of(base, frame.px(1 / 28), bold=True)
    metrics = QFontMetricsF(counter_font)
    counter_width = metrics.horizontalAdvance(counter) if counter else 0.0
    line = metrics.height()
    top = frame.height - frame.margin_y - line
    if counter:
        painter.setFont(counter_font)
        painter.setPen(TEXT)
        painter.drawText(
            QRectF(frame.width - frame.margin_x - counter_width - 2, top, counter_width + 2, line),
            flags_int(Qt.AlignmentFlag.AlignRight, Qt.AlignmentFlag.AlignVCenter),
            counter,
        )
    room = frame.inner_width - counter_width - frame.unit * 0.04
    if about and room > 20:
        about_font = fit_line(base, about, room, line, frame.px(1 / 40), frame.px(1 / 64)).font
        text = QFontMetricsF(about_font).elidedText(about, Qt.TextElideMode.ElideRight, room)
        painter.setFont(about_font)
        painter.setPen(MUTED)
        painter.drawText(
            QRectF(frame.margin_x, top, room, line),
            flags_int(Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignVCenter),
            text,
        )
    return top


def draw_header(painter: QPainter, base: QFont, frame: Frame, text: str) -> float:
    """The small line at the top (the dimension); return the y below it."""
    fitted = fit(
        base, text, frame.inner_width, frame.px(1 / 14), frame.px(1 / 30), frame.px(1 / 48)
    )
    return draw(painter, fitted, frame.margin_x, frame.margin_y, frame.inner_width, MUTED)


def draw_benchmark(
    painter: QPainter, base: QFont, frame: Frame, slide: BenchmarkSlide, bottom: float
) -> None:
    y = draw_header(painter, base, frame, slide.dimension) + frame.unit * 0.02
    x, width = frame.margin_x, frame.inner_width
    title = fit(
        base,
        slide.heading(),
        width,
        frame.height * 0.25,
        frame.px(1 / 16),
        frame.px(1 / 34),
        bold=True,
    )
    y = draw(painter, title, x, y, width, TEXT) + frame.unit * 0.035
    bottom -= frame.unit * 0.03
    if slide.chart is not None:
        gap = frame.width * 0.04
        left_width = (width - gap) * 0.5
        draw_text_and_agreed(painter, base, frame, slide, QRectF(x, y, left_width, bottom - y))
        chart = QRectF(x + left_width + gap, y, width - left_width - gap, bottom - y)
        draw_chart(painter, base, frame, slide, chart)
    else:
        draw_text_and_agreed(painter, base, frame, slide, QRectF(x, y, width, bottom - y))


def draw_text_and_agreed(
    painter: QPainter, base: QFont, frame: Frame, slide: BenchmarkSlide, box: QRectF
) -> None:
    """The benchmark's text at the top of ``box``, the agreed rating at its bottom."""
    label = fit(base, agreed_label(), box.width(), box.height() * 0.2, frame.px(1 / 32), 6)
    value = fit(
        base,
        slide.agreed,
        box.width(),
        box.height() * 0.3,
        frame.px(1 / 14),
        frame.px(1 / 30),
        bold=True,
    )
    agreed_top = box.bottom() - label.height - value.height
    color = ACCENT if slide.agreed_is_rating else TEXT
    y = draw(painter, label, box.x(), agreed_top, box.width(), MUTED)
    draw(painter, value, box.x(), y, box.width(), color)
    room = agreed_top - box.y() - frame.unit * 0.035
    # Without a chart the text has the whole width and may be larger.
    pixels = frame.px(1 / 26) if slide.chart is not None else frame.px(1 / 22)
    text = fit(base, slide.text, box.width(), room, pixels, frame.px(1 / 72))
    draw(painter, text, box.x(), box.y(), box.width(), TEXT)


def agreed_label() -> str:
    return QCoreApplication.translate("Presentation", "Agreed rating")


def draw_chart(
    painter: QPainter, base: QFont, frame: Frame, slide: BenchmarkSlide, box: QRectF
) -> None:
    """Bars of how many gave each level 0-4 and N/A; median and spread written below."""
    chart: VoteChart = slide.chart
    marker = frame.unit * 0.025
    indent = marker * 2.2 if chart.median is not None else 0.0
    summary = fit_line(
        base,
        slide.summary(),
        box.width() - indent,
        box.height() * 0.22,
        frame.px(1 / 24),
        frame.px(1 / 34),
        bold=True,
    )
    rated = fit(base, slide.rated_line(), box.width(), box.height() * 0.12, frame.px(1 / 34), 6)
    y = box.bottom() - rated.height
    draw(painter, rated, box.x(), y, box.width(), MUTED)
    y -= summary.height + frame.unit * 0.01
    draw(painter, summary, box.x() + indent, y, box.width() - indent, TEXT)
    if indent:
        # The same mark as under the chart's axis, so the median's place is read at once.
        line = QFontMetricsF(summary.font).height()
        draw_marker(painter, box.x() + marker * 0.9, y + (line - marker) / 2, marker)
    area = QRectF(box.x(), box.y(), box.width(), y - box.y() - frame.unit * 0.03)

    slots = len(LEVELS) + 1
    slot = area.width() / slots
    bar_width = slot * 0.62
    number_font = font_of(base, min(frame.px(1 / 20), slot * 0.5), bold=True)
    number_height = QFontMetricsF(number_font).height()
    name_fits = level_names(base, frame, slot * 0.94, area.height() * 0.2)
    names_height = max((f.height for f in name_fits), default=0.0)
    count_font = font_of(base, min(frame.px(1 / 20), slot * 0.5), bold=True)
    count_height = QFontMetricsF(count_font).height()

    base_line = area.bottom() - names_height - number_height - marker - frame.unit * 0.01
    bars_top = area.y() + count_height
    span = max(base_line - bars_top, 1.0)
    values = [*chart.counts, chart.excluded]
    most = max(max(values), 1)
    for index, count in enumerate(values):
        centre = area.x() + slot * (index + 0.5)
        height = span * count / most
        rect = QRectF(centre - bar_width / 2, base_line - height, bar_width, height)
        agreed = index < len(LEVELS) and slide.agreed_level == index
        if index == len(LEVELS):
            painter.fillRect(rect, QBrush(BAR, Qt.BrushStyle.BDiagPattern))
            painter.setPen(QPen(BAR, max(2.0, frame.unit * 0.003)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            if count:
                painter.drawRect(rect)
        elif count:
            painter.fillRect(rect, ACCENT if agreed else BAR)
        painter.setFont(count_font)
        painter.setPen(TEXT if count else MUTED)
        painter.drawText(
            QRectF(centre - slot / 2, base_line - height - count_height, slot, count_height),
            flags_int(Qt.AlignmentFlag.AlignHCenter, Qt.AlignmentFlag.AlignBottom),
            format_number(count),
        )
        label = format_number(LEVELS[index]) if index < len(LEVELS) else short_not_applicable()
        painter.setFont(number_font)
        painter.setPen(ACCENT if agreed else TEXT)
        painter.drawText(
            QRectF(centre - slot / 2, base_line + marker, slot, number_height),
            flags_int(Qt.AlignmentFlag.AlignHCenter, Qt.AlignmentFlag.AlignTop),
            label,
        )
        if name_fits and name_fits[index].text:
            draw(
                painter,
                name_fits[index],
                centre - slot * 0.48,
                base_line + marker + number_height,
                slot * 0.96,
                ACCENT if agreed else MUTED,
                CENTER_TOP,
            )
    painter.setPen(QPen(MUTED, max(2.0, frame.unit * 0.003)))
    painter.drawLine(QPointF(area.x(), base_line), QPointF(area.right(), base_line))
    separator = area.x() + slot * len(LEVELS)
    painter.setPen(QPen(TRACK_EDGE, max(1.0, frame.unit * 0.002), Qt.PenStyle.DashLine))
    painter.drawLine(QPointF(separator, bars_top), QPointF(separator, base_line))
    if chart.median is not None:
        x = area.x() + slot * (chart.median + 0.5)
        draw_marker(painter, x, base_line + frame.unit * 0.004, marker)


def draw_marker(painter: QPainter, x: float, top: float, size: float) -> None:
    """The median's mark: a white triangle pointing up at ``x``."""
    triangle = QPolygonF(
        [
            QPointF(x, top),
            QPointF(x - size * 0.8, top + size),
            QPointF(x + size * 0.8, top + size),
        ]
    )
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(TEXT)
    painter.drawPolygon(triangle)
    painter.setBrush(Qt.BrushStyle.NoBrush)


def level_names(base: QFont, frame: Frame, width: float, height: float) -> list[Fitted]:
    """The level names under the numbers, all in one size; none when that would be unreadable."""
    names = [level_name(level) for level in LEVELS]
    floor = max(11.0, frame.px(1 / 72))
    fits = [fit(base, n, width, height, frame.px(1 / 40), floor, flags=name_flags()) for n in names]
    size = min(f.font.pixelSize() for f in fits)
    fits = [fit(base, n, width, height, size, size, flags=name_flags()) for n in names]
    if any(f.height > height + 0.5 or f.width > width + 0.5 for f in fits):
        return []
    return [*fits, Fitted("", fits[0].font, 0.0, 0.0)]


def name_flags() -> int:
    return flags_int(CENTER_TOP, WRAP)


def draw_dimension(
    painter: QPainter, base: QFont, frame: Frame, slide: DimensionSlide, bottom: float
) -> None:
    y = draw_header(
        painter, base, frame, QCoreApplication.translate("Presentation", "Results by dimension")
    )
    y += frame.unit * 0.02
    x, width = frame.margin_x, frame.inner_width
    title = fit(
        base, slide.label, width, frame.height * 0.2, frame.px(1 / 14), frame.px(1 / 30), True
    )
    y = draw(painter, title, x, y, width, TEXT) + frame.unit * 0.05
    bottom -= frame.unit * 0.03

    if slide.percent is None:
        big = fit(base, slide.score_text, width, frame.unit * 0.2, frame.px(1 / 10), 8, True)
        y = draw(painter, big, x, y, width, TEXT) + frame.unit * 0.05
    else:
        rows = [
            (
                QCoreApplication.translate("Presentation", "Score"),
                slide.percent,
                slide.score_text,
                True,
            ),
            (
                QCoreApplication.translate("Presentation", "Target"),
                slide.target_percent,
                slide.target_text,
                False,
            ),
        ]
        y = draw_score_bars(painter, base, frame, rows, x, y, width) + frame.unit * 0.04

    counts = fit(base, slide.counts_line, width, frame.unit * 0.12, frame.px(1 / 26), 6)
    y = draw(painter, counts, x, y, width, TEXT) + frame.unit * 0.05
    draw_items(painter, base, frame, slide, QRectF(x, y, width, bottom - y))


def draw_score_bars(painter, base, frame: Frame, rows, x: float, y: float, width: float) -> float:
    """Score (filled in the accent) and target (outlined) as bars over 0-100 %."""
    label_font = font_of(base, frame.px(1 / 22))
    value_font = font_of(base, frame.px(1 / 12), bold=True)
    label_width = max(QFontMetricsF(label_font).horizontalAdvance(r[0]) for r in rows)
    value_width = QFontMetricsF(value_font).horizontalAdvance("100 %") * 1.15
    row_height = QFontMetricsF(value_font).height() * 1.1
    gap = frame.unit * 0.03
    track_x = x + label_width + gap
    track_width = max(width - label_width - value_width - 2 * gap, 10.0)
    bar_height = row_height * 0.6
    for label, percent, text, is_score in rows:
        if percent is None:
            continue
        centre = y + row_height / 2
        painter.setFont(label_font)
        painter.setPen(MUTED if not is_score else TEXT)
        painter.drawText(
            QRectF(x, y, label_width + 1, row_height),
            flags_int(Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignVCenter),
            label,
        )
        track = QRectF(track_x, centre - bar_height / 2, track_width, bar_height)
        painter.fillRect(track, TRACK)
        filled = QRectF(track.x(), track.y(), track.width() * min(percent, 100) / 100, bar_height)
        if is_score:
            painter.fillRect(filled, ACCENT)
        else:
            pen = QPen(TEXT, max(3.0, frame.unit * 0.005))
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            painter.setBrush(QBrush(TEXT, Qt.BrushStyle.BDiagPattern))
            half = pen.widthF() / 2
            painter.drawRect(filled.adjusted(half, half, -half, -half))
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(TRACK_EDGE, 1.5))
        painter.drawRect(track)
        painter.setFont(value_font)
        painter.setPen(ACCENT if is_score else TEXT)
        painter.drawText(
            QRectF(track.right() + gap, y, value_width, row_height),
            flags_int(Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignVCenter),
            text,
        )
        y += row_height
    return y


def draw_items(painter, base, frame: Frame, slide: DimensionSlide, box: QRectF) -> None:
    """The heading and the three largest gaps or disagreements, shrunk together to fit."""
    scale = 1.0
    while True:
        heading = fit(base, slide.items_heading, box.width(), 1e6, frame.px(1 / 28) * scale, 1)
        entries = []
        if slide.items:
            for item in slide.items:
                entries.append(
                    (
                        fit(
                            base, item.heading, box.width(), 1e6, frame.px(1 / 26) * scale, 1, True
                        ),
                        fit(base, item.detail, box.width(), 1e6, frame.px(1 / 30) * scale, 1),
                    )
                )
        else:
            entries.append(
                (fit(base, slide.empty_items, box.width(), 1e6, frame.px(1 / 26) * scale, 1), None)
            )
        spacing = frame.unit * 0.02 * scale
        total = (
            heading.height
            + spacing
            + sum(a.height + (b.height if b else 0) + spacing for a, b in entries)
        )
        if total <= box.height() or scale < 0.3:
            break
        scale *= SHRINK
    y = draw(painter, heading, box.x(), box.y(), box.width(), MUTED) + spacing
    for first, second in entries:
        y = draw(painter, first, box.x(), y, box.width(), TEXT)
        if second is not None:
            y = draw(painter, second, box.x(), y, box.width(), MUTED)
        y += spacing


def draw_empty(
    painter: QPainter, base: QFont, frame: Frame, title: str, about: str, message: str
) -> None:
    """No slide to show: the assessment's name and why the screen is empty."""
    x, width = frame.margin_x, frame.inner_width
    y = frame.height * 0.28
    for text, pixels, color, bold in (
        (title, frame.px(1 / 14), TEXT, True),
        (about, frame.px(1 / 26), MUTED, False),
        (message, frame.px(1 / 22), TEXT, False),
    ):
        if not text:
            continue
        fitted = fit(base, text, width, frame.height * 0.2, pixels, 6, bold, name_flags())
        y = draw(painter, fitted, x, y, width, color, CENTER_TOP) + frame.unit * 0.04

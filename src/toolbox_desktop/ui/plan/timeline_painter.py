"""Paints the timeline: axis, group rows, bars, milestones, today, and a drag's preview.

Only the rows in view are painted, and each row costs a few calls, so the time to paint does
not grow with the number of actions. The chart passes itself in for geometry.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPalette, QPen, QPolygonF

from toolbox_desktop.core.plan import DONE, DROPPED, IN_PROGRESS, is_overdue, overdue_milestones
from toolbox_desktop.ui.common.palette import fill_color, grid_color, muted_color
from toolbox_desktop.ui.plan import timeline_text as text
from toolbox_desktop.ui.plan.timeline_rows import ROW_HEIGHT, UNDATED, Row, bar_dates
from toolbox_desktop.ui.plan.timeline_scale import TICK_MONTHS
from toolbox_desktop.ui.plan.timeline_style import (
    OVERDUE_COLOR,
    TODAY_COLOR,
    bar_style,
    overdue_brush,
)

if TYPE_CHECKING:
    from toolbox_desktop.ui.plan.timeline_chart import TimelineChart

DIAMOND = 6.0
INDENT = 18.0
MIN_TEXT_WIDTH = 60.0


def paint_chart(painter: QPainter, chart: TimelineChart) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(chart.font())
    view = QRectF(chart.viewport().rect())
    header = chart.header_height()
    area = QRectF(chart.label_width(), header, view.width() - chart.label_width(), view.height())
    painter.fillRect(view, chart.palette().base())
    rows = chart.visible_rows()
    _paint_row_backgrounds(painter, chart, rows, view.width())
    painter.save()
    painter.setClipRect(area)
    _paint_grid(painter, chart, area)
    _paint_today(painter, chart, area)  # under the bars, so it never crosses a title
    for index in rows:
        _paint_row(painter, chart, index, chart.rows()[index], area)
    _paint_drag(painter, chart)
    painter.restore()
    _paint_labels(painter, chart, rows, header, view.height())
    _paint_header(painter, chart, view.width())


def _paint_row_backgrounds(painter: QPainter, chart: TimelineChart, rows, width: float) -> None:
    palette = chart.palette()
    for index in rows:
        row = chart.rows()[index]
        band = QRectF(0, chart.row_top(index), width, ROW_HEIGHT)
        if row.action is None:
            painter.fillRect(band, fill_color(grid_color(palette), 110))
        elif index % 2:
            painter.fillRect(band, palette.alternateBase())
        if row.action is not None and row.action.id == chart.selected_action():
            painter.fillRect(band, fill_color(palette.color(QPalette.ColorRole.Highlight), 60))


def _paint_grid(painter: QPainter, chart: TimelineChart, area: QRectF) -> None:
    palette = chart.palette()
    scale, scrolled = chart.scale(), chart.horizontalScrollBar().value()
    faint = QPen(fill_color(grid_color(palette), 120), 1)
    strong = QPen(grid_color(palette), 1)
    for first, _next in scale.ticks(TICK_MONTHS[chart.zoom()], scrolled, scrolled + area.width()):
        x = round(chart.x_for(first)) + 0.5
        painter.setPen(strong if first.month == 1 else faint)
        painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()))


def _paint_row(painter: QPainter, chart: TimelineChart, index: int, row: Row, area) -> None:
    if row.action is None:
        if row.group != UNDATED and row.first is not None:
            _paint_group_span(painter, chart, index, row)
        return
    days = bar_dates(row.action)
    if days is None:
        _paint_undated_hint(painter, chart, index, area)
        return
    drag = chart.drag()
    if drag is not None and drag.active and drag.action.id == row.action.id:
        return  # drawn by _paint_drag, above everything
    rect = chart.bar_rect_for(index, *days)
    _paint_bar(painter, chart, row.action, rect, area)
    _paint_milestones(painter, chart, index, row.action)
    if rect.right() < area.left() or rect.left() > area.right():
        _paint_off_screen(painter, chart, rect, area)


def _paint_off_screen(painter: QPainter, chart: TimelineChart, rect: QRectF, area) -> None:
    """A small arrow at the edge towards a bar that is scrolled out of view."""
    middle = rect.center().y()
    if rect.right() < area.left():
        tip, base = area.left() + 4, area.left() + 11
    else:
        tip, base = area.right() - 4, area.right() - 11
    arrow = QPolygonF([QPointF(tip, middle), QPointF(base, middle - 5), QPointF(base, middle + 5)])
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(muted_color(chart.palette()))
    painter.drawPolygon(arrow)


def _paint_group_span(painter: QPainter, chart: TimelineChart, index: int, row: Row) -> None:
    """A thin bracket from the group's first start to its last end."""
    rect = chart.bar_rect_for(index, row.first, row.last)
    middle = rect.center().y()
    color = muted_color(chart.palette())
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawRect(QRectF(rect.left(), middle - 2, rect.width(), 4))
    for x in (rect.left(), rect.right() - 3):
        painter.drawRect(QRectF(x, middle - 2, 3, 8))


def _paint_undated_hint(painter: QPainter, chart: TimelineChart, index: int, area) -> None:
    font = QFont(chart.font())
    font.setItalic(True)
    metrics = QFontMetricsF(font)
    box = QRectF(area.left() + 10, chart.row_top(index), area.width() - 20, ROW_HEIGHT)
    hint = metrics.elidedText(text.undated_hint(), Qt.TextElideMode.ElideRight, box.width())
    behind = QRectF(box.left() - 4, box.top() + 5, metrics.horizontalAdvance(hint) + 8, 18)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(chart.palette().base())
    painter.drawRoundedRect(behind, 3, 3)  # keeps the today line from crossing the words
    painter.setFont(font)
    painter.setPen(muted_color(chart.palette()))
    painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, hint)
    painter.setFont(chart.font())


def _paint_bar(painter: QPainter, chart: TimelineChart, action, rect: QRectF, area) -> None:
    palette = chart.palette()
    style = bar_style(action.status, palette)
    if is_overdue(action, chart.today()):
        late = QRectF(rect.right(), rect.top() + 4, chart.x_for(chart.today()) - rect.right(), 10)
        painter.setPen(QPen(OVERDUE_COLOR, 1))
        painter.setBrush(overdue_brush())
        painter.drawRect(late)
        border = QPen(OVERDUE_COLOR, 2.5)
    else:
        dash = Qt.PenStyle.DashLine if style.dashed else Qt.PenStyle.SolidLine
        border = QPen(style.border, 1.2, dash)
    if style.fill.style() != Qt.BrushStyle.SolidPattern:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.base())
        painter.drawRoundedRect(rect, 3, 3)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(style.fill)
    painter.drawRoundedRect(rect, 3, 3)
    if action.status == IN_PROGRESS and action.progress > 0:
        done = QRectF(rect.left(), rect.top(), rect.width() * min(action.progress, 100) / 100, 0)
        done.setHeight(rect.height())
        painter.setBrush(style.fill.color().darker(145))
        painter.drawRoundedRect(done, 3, 3)
    painter.setPen(border)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(rect, 3, 3)
    if action.id is not None and action.id == chart.selected_action():
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
        painter.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), 4, 4)
    marks = sorted(
        chart.x_for(m.due) + chart.scale().px_per_day / 2 for m in action.milestones if m.due
    )
    _paint_bar_title(painter, action.title, rect, area, style, marks)


def _title_space(rect: QRectF, area, marks: list[float]) -> tuple[float, float]:
    """The widest stretch of the bar in view that no milestone diamond covers."""
    left, right = max(rect.left(), area.left()), min(rect.right(), area.right())
    best = (left, left)
    for mark in [*marks, right + DIAMOND + 3]:
        end = min(mark - DIAMOND - 3, right)
        if end - left > best[1] - best[0]:
            best = (left, end)
        left = max(left, mark + DIAMOND + 3)
    return best


def _paint_bar_title(painter: QPainter, title: str, rect, area, style, marks) -> None:
    left, right = _title_space(rect, area, marks)
    width = right - left - 10
    if width < MIN_TEXT_WIDTH:
        return
    font = QFont(painter.font())
    font.setStrikeOut(style.struck)
    painter.setFont(font)
    painter.setPen(style.text)
    elided = QFontMetricsF(font).elidedText(title, Qt.TextElideMode.ElideRight, width)
    box = QRectF(left + 5, rect.top(), width, rect.height())
    painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
    font.setStrikeOut(False)
    painter.setFont(font)


def _paint_milestones(painter: QPainter, chart: TimelineChart, index: int, action) -> None:
    palette = chart.palette()
    late = overdue_milestones(action, chart.today())
    for milestone in action.milestones:
        if milestone.due is None:
            continue
        centre = chart.milestone_center(index, milestone)
        diamond = QPolygonF(
            [
                QPointF(centre.x(), centre.y() - DIAMOND - 1),
                QPointF(centre.x() + DIAMOND, centre.y()),
                QPointF(centre.x(), centre.y() + DIAMOND + 1),
                QPointF(centre.x() - DIAMOND, centre.y()),
            ]
        )
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Base), 3.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolygon(diamond)  # a halo, so that the diamond stands out on any bar
        if milestone in late:
            painter.setPen(QPen(OVERDUE_COLOR, 2))
        else:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Text), 1.5))
        if milestone.done:
            painter.setBrush(palette.color(QPalette.ColorRole.Text))
        else:
            painter.setBrush(palette.base())
        painter.drawPolygon(diamond)


def _paint_today(painter: QPainter, chart: TimelineChart, area: QRectF) -> None:
    x = chart.today_x()
    pen = QPen(TODAY_COLOR, 2)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    painter.setPen(pen)
    painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()))


def _paint_drag(painter: QPainter, chart: TimelineChart) -> None:
    """The bar where it was (dashed) and where it would go, with the dates it would get."""
    drag = chart.drag()
    if drag is None or not drag.active:
        return
    index = chart.row_index(drag.action.id)
    palette = chart.palette()
    before = chart.bar_rect_for(index, drag.start, drag.end)
    painter.setPen(QPen(muted_color(palette), 1, Qt.PenStyle.DashLine))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(before, 3, 3)
    start, end = drag.preview()
    after = chart.bar_rect_for(index, start, end)
    view = QRectF(chart.label_width(), 0, chart.chart_width(), chart.viewport().height())
    _paint_bar(painter, chart, drag.action.with_changes(start=start, end=end), after, view)
    label = text.drag_text(start, end)
    metrics = QFontMetricsF(chart.font())
    width = metrics.horizontalAdvance(label) + 12
    left = after.right() + 8
    if left + width > view.right():
        left = max(view.left(), after.left() - 8 - width)
    box = QRectF(left, after.top() - 1, width, after.height() + 2)
    painter.setPen(QPen(palette.color(QPalette.ColorRole.ToolTipText), 1))
    painter.setBrush(palette.toolTipBase())
    painter.drawRoundedRect(box, 3, 3)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)


def _paint_labels(painter: QPainter, chart: TimelineChart, rows, header: float, bottom) -> None:
    palette = chart.palette()
    width = chart.label_width()
    painter.fillRect(QRectF(0, header, width, bottom - header), palette.base())
    bold = QFont(chart.font())
    bold.setBold(True)
    for index in rows:
        row = chart.rows()[index]
        top = chart.row_top(index)
        band = QRectF(0, top, width, ROW_HEIGHT)
        if row.action is None:
            painter.fillRect(band, fill_color(grid_color(palette), 110))
            painter.setFont(bold)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            label = text.group_header_text(row.label, row.count)
            box = band.adjusted(8, 0, -8, 0)
            metrics = QFontMetricsF(bold)
        else:
            _paint_label_background(painter, chart, index, row, band)
            font = QFont(chart.font())
            font.setStrikeOut(row.action.status == DROPPED)
            painter.setFont(font)
            late = is_overdue(row.action, chart.today())
            painter.setPen(_label_color(palette, row.action.status, late))
            label = row.label
            box = band.adjusted(INDENT, 0, -8, 0)
            metrics = QFontMetricsF(font)
        elided = metrics.elidedText(label, Qt.TextElideMode.ElideRight, box.width())
        painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
    painter.setFont(chart.font())
    painter.setPen(QPen(grid_color(palette), 1))
    painter.drawLine(QPointF(width - 0.5, header), QPointF(width - 0.5, bottom))


def _paint_label_background(painter, chart: TimelineChart, index: int, row: Row, band) -> None:
    palette = chart.palette()
    painter.fillRect(band, palette.base())
    if index % 2:
        painter.fillRect(band, palette.alternateBase())
    if row.action.id is not None and row.action.id == chart.selected_action():
        painter.fillRect(band, fill_color(palette.color(QPalette.ColorRole.Highlight), 60))
    if is_overdue(row.action, chart.today()):
        painter.fillRect(
            QRectF(band.left() + 6, band.top() + 5, 4, band.height() - 10), OVERDUE_COLOR
        )


def _label_color(palette: QPalette, status: str, late: bool):
    if late:
        return OVERDUE_COLOR
    if status in (DONE, DROPPED):
        return muted_color(palette)
    return palette.color(QPalette.ColorRole.Text)


def _paint_header(painter: QPainter, chart: TimelineChart, width: float) -> None:
    palette = chart.palette()
    header = chart.header_height()
    half = header / 2
    left = chart.label_width()
    painter.fillRect(QRectF(0, 0, width, header), palette.window())
    scale, scrolled = chart.scale(), chart.horizontalScrollBar().value()
    metrics = QFontMetricsF(chart.font())
    painter.save()
    painter.setClipRect(QRectF(left, 0, width - left, header))
    grid = QPen(grid_color(palette), 1)
    months = TICK_MONTHS[chart.zoom()]
    for first, following in scale.ticks(months, scrolled, scrolled + width - left):
        x0, x1 = chart.x_for(first), chart.x_for(following)
        painter.setPen(grid)
        top = 0 if first.month == 1 else half
        painter.drawLine(QPointF(round(x0) + 0.5, top), QPointF(round(x0) + 0.5, header))
        label = text.month_label(first, months)
        if metrics.horizontalAdvance(label) + 6 <= x1 - x0:
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            box = QRectF(x0, half, x1 - x0, half)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
    bold = QFont(chart.font())
    bold.setBold(True)
    today = _paint_today_marker(painter, chart, half)
    painter.setFont(bold)
    painter.setPen(palette.color(QPalette.ColorRole.WindowText))
    for first, following in scale.ticks(12, scrolled, scrolled + width - left):
        x0, x1 = chart.x_for(first), chart.x_for(following)
        label = text.year_label(first.year)
        text_width = QFontMetricsF(bold).horizontalAdvance(label)
        box = QRectF(max(x0, left) + 6, 0, text_width + 2, half)  # in view while its year is
        if box.intersects(today.adjusted(-4, 0, 4, 0)):
            box.moveLeft(today.right() + 6)
        box.moveLeft(min(box.left(), x1 - text_width - 6))
        if not box.intersects(today) and box.left() >= left:
            painter.drawText(box, Qt.AlignmentFlag.AlignVCenter, label)
    painter.restore()
    painter.setPen(grid)
    painter.drawLine(QPointF(0, header - 0.5), QPointF(width, header - 0.5))
    painter.drawLine(QPointF(left - 0.5, 0), QPointF(left - 0.5, header))
    painter.setFont(bold)
    painter.setPen(palette.color(QPalette.ColorRole.WindowText))
    painter.drawText(
        QRectF(8, half, left - 16, half),
        Qt.AlignmentFlag.AlignVCenter,
        text.chart_title(chart.grouping()),
    )
    painter.setFont(chart.font())


def _paint_today_marker(painter: QPainter, chart: TimelineChart, half: float) -> QRectF:
    label = text.today_label()
    metrics = QFontMetricsF(painter.font())
    width = metrics.horizontalAdvance(label) + 10
    x = chart.today_x()
    box = QRectF(x - width / 2, 3, width, half - 6)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(TODAY_COLOR)
    painter.drawRoundedRect(box, 3, 3)
    painter.setPen(Qt.GlobalColor.white)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
    painter.setPen(QPen(TODAY_COLOR, 2))
    painter.drawLine(QPointF(x, box.bottom()), QPointF(x, chart.header_height()))
    return box

"""The Gantt chart itself: a scroll area that paints only the rows in view.

It holds no data of its own: ``set_actions`` hands it the actions, and a drag, a resize or
Alt+arrow only *asks* for new dates through ``action_moved``; the bars move for good when the
owner stores the change and calls ``set_actions`` again (so every change can be undone).
"""

from __future__ import annotations

import math
from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QFontMetricsF, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QToolTip

from toolbox_desktop.core.content import Content
from toolbox_desktop.core.plan import Action, Milestone, overdue_milestones
from toolbox_desktop.ui.common.focus_frame import FocusRepaint, paint_focus_frame
from toolbox_desktop.ui.plan import timeline_text as text
from toolbox_desktop.ui.plan.timeline_drag import MOVE, Drag, zone_at
from toolbox_desktop.ui.plan.timeline_painter import paint_chart
from toolbox_desktop.ui.plan.timeline_rows import (
    DIMENSION,
    GROUPINGS,
    PHASE,
    ROW_HEIGHT,
    Row,
    bar_dates,
    build_rows,
    date_range,
)
from toolbox_desktop.ui.plan.timeline_scale import (
    PX_PER_DAY,
    QUARTERS,
    ZOOMS,
    TimeScale,
    shift_by_units,
)

BAR_HEIGHT = 18.0
RIGHT_PADDING = 40.0
TODAY_AT = 0.2  # where today sits in the visible width when the chart is first shown


class TimelineChart(FocusRepaint, QAbstractScrollArea):
    """Bars on a time axis, grouped under header rows; the label column and the axis stay
    in place while the bars scroll."""

    action_moved = Signal(int, object, object)
    action_activated = Signal(int)
    action_selected = Signal(object)  # the id, or None
    zoom_changed = Signal(str)

    def __init__(self, content: Content, parent=None) -> None:
        super().__init__(parent)
        self._content = content
        self._today = date.today()
        self._grouping = DIMENSION
        self._zoom = QUARTERS
        self._actions: list[Action] = []
        self._rows: list[Row] = []
        self._row_of: dict[int, int] = {}
        self._range = (self._today, self._today)
        self._scale = TimeScale.covering(self._today, self._today, self._zoom)
        self._selected: int | None = None
        self._drag: Drag | None = None
        self._placed = False
        self._follow_today = False  # keep today in view on resizes until the user scrolls
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Base)
        self.setAccessibleName(self.tr("Timeline of the actions"))
        self.horizontalScrollBar().actionTriggered.connect(self._stop_following_today)

    def _stop_following_today(self, _action: int = 0) -> None:
        self._follow_today = False

    # -- data ------------------------------------------------------------------------------
    def set_actions(self, actions: list[Action], today: date) -> None:
        old_origin = self._scale.origin
        self._actions = list(actions)
        self._today = today
        self._range = date_range(self._actions, today)
        self._drag = None
        self._rebuild()
        if self._placed:
            shift = self._scale.x(old_origin)
            self.horizontalScrollBar().setValue(round(self.horizontalScrollBar().value() + shift))
        else:
            self._placed = self._follow_today = True
            self.scroll_to_day(today)

    def set_grouping(self, grouping: str) -> None:
        if grouping not in GROUPINGS:
            raise ValueError(grouping)
        if grouping != self._grouping:
            self._grouping = grouping
            self._rebuild()
            if self._selected is not None:
                self._ensure_visible(self._row_of[self._selected])

    def set_zoom(self, zoom: str, anchor_x: float | None = None) -> None:
        """Change the scale, keeping the day under ``anchor_x`` (or the middle) in place."""
        if zoom not in ZOOMS:
            raise ValueError(zoom)
        if zoom == self._zoom:
            return
        left = self.label_width()
        if anchor_x is None or anchor_x < left:
            anchor_x = left + self.chart_width() / 2
        days = (anchor_x - left + self.horizontalScrollBar().value()) / self._scale.px_per_day
        self._zoom = zoom
        self._scale = self._make_scale()
        self._update_scrollbars()
        self.horizontalScrollBar().setValue(round(days * self._scale.px_per_day - anchor_x + left))
        if self._follow_today:
            self.scroll_to_day(self._today)
        self.viewport().update()
        self.zoom_changed.emit(zoom)

    def zoom_in(self, anchor_x: float | None = None) -> None:
        self.set_zoom(ZOOMS[max(ZOOMS.index(self._zoom) - 1, 0)], anchor_x)

    def zoom_out(self, anchor_x: float | None = None) -> None:
        self.set_zoom(ZOOMS[min(ZOOMS.index(self._zoom) + 1, len(ZOOMS) - 1)], anchor_x)

    def select_action(self, action_id: int | None) -> None:
        self._select(action_id if action_id in self._row_of else None, ensure_visible=True)

    def _rebuild(self) -> None:
        if self._grouping == PHASE:
            title = text.phase_title
        else:
            title = lambda code: text.dimension_title(self._content, code)  # noqa: E731
        self._rows = build_rows(
            self._actions, self._grouping, self._content, title, text.undated_title()
        )
        self._row_of = {
            row.action.id: index
            for index, row in enumerate(self._rows)
            if row.action is not None and row.action.id is not None
        }
        self._scale = self._make_scale()
        if self._selected not in self._row_of:
            self._select(None, ensure_visible=False)
        self._update_scrollbars()
        self._describe()
        self.viewport().update()

    def _make_scale(self) -> TimeScale:
        return TimeScale.covering(*self._range, self._zoom, self.chart_width())

    # -- what the chart shows (read by the painter and by tests) ---------------------------
    def rows(self) -> list[Row]:
        return self._rows

    def scale(self) -> TimeScale:
        return self._scale

    def today(self) -> date:
        return self._today

    def zoom(self) -> str:
        return self._zoom

    def grouping(self) -> str:
        return self._grouping

    def selected_action(self) -> int | None:
        return self._selected

    def drag(self) -> Drag | None:
        return self._drag

    def row_index(self, action_id: int) -> int | None:
        return self._row_of.get(action_id)

    def group_titles(self) -> list[str]:
        return [row.label for row in self._rows if row.action is None]

    def undated_ids(self) -> list[int]:
        return [
            row.action.id
            for row in self._rows
            if row.action is not None and bar_dates(row.action) is None
        ]

    # -- geometry, in viewport coordinates -------------------------------------------------
    def label_width(self) -> float:
        return float(min(280, max(150, self.viewport().width() * 0.24)))

    def header_height(self) -> float:
        return 2.0 * math.ceil(QFontMetricsF(self.font()).height() + 8)

    def chart_width(self) -> float:
        return max(0.0, self.viewport().width() - self.label_width())

    def x_for(self, day: date) -> float:
        return self.label_width() + self._scale.x(day) - self.horizontalScrollBar().value()

    def today_x(self) -> float:
        return self.x_for(self._today) + self._scale.px_per_day / 2

    def row_top(self, index: int) -> float:
        return self.header_height() + index * ROW_HEIGHT - self.verticalScrollBar().value()

    def visible_rows(self) -> range:
        first = self.verticalScrollBar().value() // ROW_HEIGHT
        count = math.ceil((self.viewport().height() - self.header_height()) / ROW_HEIGHT) + 1
        return range(min(first, len(self._rows)), min(first + max(count, 0), len(self._rows)))

    def bar_rect_for(self, index: int, start: date, end: date) -> QRectF:
        left, right = self._scale.span(start, end)
        offset = self.label_width() - self.horizontalScrollBar().value()
        top = self.row_top(index) + (ROW_HEIGHT - BAR_HEIGHT) / 2
        return QRectF(left + offset, top, right - left, BAR_HEIGHT)

    def bar_rect(self, action_id: int) -> QRectF | None:
        """Where the bar of ``action_id`` is drawn (None when it has no dates)."""
        index = self._row_of.get(action_id)
        days = bar_dates(self._rows[index].action) if index is not None else None
        return self.bar_rect_for(index, *days) if days else None

    def milestone_center(self, index: int, milestone: Milestone) -> QPointF:
        x = self.x_for(milestone.due) + self._scale.px_per_day / 2
        return QPointF(x, self.row_top(index) + ROW_HEIGHT / 2)

    def visible_bar_ids(self) -> list[int]:
        """The actions whose bars are (at least partly) in view: all that gets painted."""
        left, right = self.label_width(), float(self.viewport().width())
        found = []
        for index in self.visible_rows():
            action = self._rows[index].action
            days = bar_dates(action) if action is not None else None
            if days and action.id is not None:
                rect = self.bar_rect_for(index, *days)
                if rect.right() >= left and rect.left() <= right:
                    found.append(action.id)
        return found

    def scroll_to_day(self, day: date, at: float = TODAY_AT) -> None:
        value = self._scale.x(day) - self.chart_width() * at
        self.horizontalScrollBar().setValue(round(value))

    def _row_at(self, y: float) -> int | None:
        if y < self.header_height():
            return None
        index = int((y - self.header_height() + self.verticalScrollBar().value()) // ROW_HEIGHT)
        return index if 0 <= index < len(self._rows) else None

    def _grab(self, pos: QPointF) -> tuple[int | None, str | None]:
        """The row under ``pos`` and which part of its bar is there (None: not on a bar)."""
        index = self._row_at(pos.y())
        if index is None or pos.x() < self.label_width():
            return index, None
        action = self._rows[index].action
        days = bar_dates(action) if action is not None else None
        if not days or action.id is None:
            return index, None
        rect = self.bar_rect_for(index, *days)
        return index, zone_at(pos.x(), rect.left(), rect.right())

    # -- selection -------------------------------------------------------------------------
    def _select(self, action_id: int | None, ensure_visible: bool) -> None:
        if action_id != self._selected:
            self._selected = action_id
            self._describe()
            self.viewport().update()
            self.action_selected.emit(action_id)
        if ensure_visible and action_id is not None:
            self._ensure_visible(self._row_of[action_id])

    def _selected_action(self) -> Action | None:
        index = self._row_of.get(self._selected)
        return self._rows[index].action if index is not None else None

    def _ensure_visible(self, index: int) -> None:
        bar = self.verticalScrollBar()
        top = index * ROW_HEIGHT
        room = self.viewport().height() - self.header_height()
        if top < bar.value():
            bar.setValue(top)
        elif top + ROW_HEIGHT > bar.value() + room:
            bar.setValue(math.ceil(top + ROW_HEIGHT - room))
        days = bar_dates(self._rows[index].action)
        if days:
            rect = self.bar_rect_for(index, *days)
            if rect.right() < self.label_width() or rect.left() > self.viewport().width():
                self.scroll_to_day(days[0], 0.1)

    def _step_selection(self, step: int) -> None:
        """Select the action ``step`` action rows away (group headers are skipped)."""
        indexes = [
            i for i, row in enumerate(self._rows) if row.action and row.action.id is not None
        ]
        if not indexes:
            return
        current = self._row_of.get(self._selected)
        if current is None:
            target = indexes[0] if step > 0 else indexes[-1]
        else:
            position = indexes.index(current) + step
            target = indexes[max(0, min(position, len(indexes) - 1))]
        self._select(self._rows[target].action.id, ensure_visible=True)

    def _describe(self) -> None:
        action = self._selected_action()
        self.setAccessibleDescription(text.action_summary(action, self._today) if action else "")

    # -- painting and scrolling ------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        painter = QPainter(self.viewport())
        paint_chart(painter, self)
        paint_focus_frame(painter, self, QRectF(self.viewport().rect()))
        painter.end()

    def scrollContentsBy(self, _dx: int, _dy: int) -> None:
        self.viewport().update()  # the axis and the labels stay: repaint rather than scroll

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._scale = self._make_scale()  # the same origin, so nothing in view moves
        self._update_scrollbars()
        if self._follow_today:
            self.scroll_to_day(self._today)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            self._follow_today = False
        return super().event(event)

    def _update_scrollbars(self) -> None:
        width = self.chart_width()
        horizontal = self.horizontalScrollBar()
        horizontal.setRange(0, max(0, math.ceil(self._scale.width + RIGHT_PADDING - width)))
        horizontal.setPageStep(max(1, int(width)))
        horizontal.setSingleStep(max(1, round(PX_PER_DAY[self._zoom] * 30)))
        room = self.viewport().height() - self.header_height()
        vertical = self.verticalScrollBar()
        vertical.setRange(0, max(0, math.ceil(len(self._rows) * ROW_HEIGHT - room)))
        vertical.setPageStep(max(1, int(room)))
        vertical.setSingleStep(ROW_HEIGHT)

    def viewportEvent(self, event) -> bool:
        if event.type() in (QEvent.Type.Wheel, QEvent.Type.MouseButtonPress):
            self._follow_today = False
        if event.type() == QEvent.Type.ToolTip:
            tip = self.tooltip_at(QPointF(event.pos()))
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def tooltip_at(self, pos: QPointF) -> str:
        """What the tooltip says at ``pos`` (viewport coordinates): a milestone or the action."""
        index = self._row_at(pos.y())
        action = self._rows[index].action if index is not None else None
        if action is None:
            return ""
        if pos.x() >= self.label_width():
            for milestone in action.milestones:
                if milestone.due and abs(self.milestone_center(index, milestone).x() - pos.x()) < 7:
                    late = milestone in overdue_milestones(action, self._today)
                    return text.milestone_tooltip(
                        milestone.title, milestone.due, milestone.done, late
                    )
        return text.action_tooltip(action, self._today)

    # -- mouse -----------------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        index, zone = self._grab(event.position())
        action = self._rows[index].action if index is not None else None
        if action is None:
            return
        self._select(action.id, ensure_visible=False)
        if zone is not None:
            self._drag = Drag(action, zone, event.position().x(), *bar_dates(action))
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        drag = self._drag
        if drag is None:
            self._update_cursor(event.position())
            return
        dx = event.position().x() - drag.press_x
        if not drag.active and abs(dx) >= QApplication.startDragDistance():
            drag.active = True
            self.viewport().setCursor(
                Qt.CursorShape.ClosedHandCursor
                if drag.mode == MOVE
                else Qt.CursorShape.SizeHorCursor
            )
        if drag.active:
            drag.days = self._scale.days_for(dx)
            self.viewport().update()

    def mouseReleaseEvent(self, event) -> None:
        drag, self._drag = self._drag, None
        if drag is None:
            return
        self._update_cursor(event.position())
        self.viewport().update()
        if drag.changed():
            start, end = drag.result()
            self.action_moved.emit(drag.action.id, start, end)

    def mouseDoubleClickEvent(self, event) -> None:
        index = self._row_at(event.position().y())
        action = self._rows[index].action if index is not None else None
        if action is not None and action.id is not None:
            self._drag = None
            self._select(action.id, ensure_visible=False)
            self.action_activated.emit(action.id)

    def _update_cursor(self, pos: QPointF) -> None:
        _index, zone = self._grab(pos)
        if zone is None:
            self.viewport().unsetCursor()
        elif zone == MOVE:
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.viewport().setCursor(Qt.CursorShape.SizeHorCursor)

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta > 0:
                self.zoom_in(event.position().x())
            elif delta < 0:
                self.zoom_out(event.position().x())
            event.accept()
            return
        super().wheelEvent(event)

    # -- keyboard --------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        key, modifiers = event.key(), event.modifiers()
        page = max(1, int((self.viewport().height() - self.header_height()) // ROW_HEIGHT) - 1)
        steps = {
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_PageUp: -page,
            Qt.Key.Key_PageDown: page,
            Qt.Key.Key_Home: -len(self._rows),
            Qt.Key.Key_End: len(self._rows),
        }
        if key == Qt.Key.Key_Escape and self._drag is not None:
            self._drag = None
            self.viewport().unsetCursor()
            self.viewport().update()
        elif modifiers & Qt.KeyboardModifier.AltModifier and key in (
            Qt.Key.Key_Left,
            Qt.Key.Key_Right,
        ):
            self._move_selected(-1 if key == Qt.Key.Key_Left else 1)
        elif key in steps:
            self._step_selection(steps[key])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._selected is not None:
                self.action_activated.emit(self._selected)
        elif event.matches(QKeySequence.StandardKey.ZoomIn) or key in (
            Qt.Key.Key_Plus,
            Qt.Key.Key_Equal,
        ):
            self.zoom_in()
        elif event.matches(QKeySequence.StandardKey.ZoomOut) or key == Qt.Key.Key_Minus:
            self.zoom_out()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _move_selected(self, units: int) -> None:
        """Alt+Left/Right: the same request as a drag, by one unit of the zoom."""
        action = self._selected_action()
        if action is None or action.id is None or bar_dates(action) is None:
            return
        start, end = shift_by_units(action.start, action.end, self._zoom, units)
        self.action_moved.emit(action.id, start, end)

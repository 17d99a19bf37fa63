"""The timeline screen: grouping and zoom controls, the Gantt chart, and its key.

A presentation widget: it is given actions and says what the user asked for (new dates,
open an action); whoever owns the data stores the change, with undo, and hands the actions
back through ``set_actions``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from toolbox_desktop.core.content import Content
from toolbox_desktop.core.plan import Action
from toolbox_desktop.ui.common.plain_text import PlainLabel
from toolbox_desktop.ui.plan.timeline_chart import TimelineChart
from toolbox_desktop.ui.plan.timeline_legend import TimelineLegend
from toolbox_desktop.ui.plan.timeline_rows import DIMENSION, PHASE
from toolbox_desktop.ui.plan.timeline_scale import MONTHS, QUARTERS, YEARS, ZOOMS


class TimelineView(QWidget):
    """Actions as bars over time, grouped by dimension or phase."""

    action_moved = Signal(int, object, object)  # id, new start, new end (date or None)
    action_activated = Signal(int)
    action_selected = Signal(object)  # id or None
    zoom_changed = Signal(str)

    def __init__(self, content: Content, parent=None) -> None:
        super().__init__(parent)
        self.chart = TimelineChart(content, self)
        self.legend = TimelineLegend(self)
        self.grouping_box = QComboBox(self)
        self.grouping_box.addItem(self.tr("Dimension"), DIMENSION)
        self.grouping_box.addItem(self.tr("Phase"), PHASE)
        self.grouping_box.setAccessibleName(self.tr("Group the actions by"))
        grouping_label = PlainLabel(self.tr("Gro&up by:"), self)
        grouping_label.setBuddy(self.grouping_box)

        self.zoom_buttons = QButtonGroup(self)
        self.zoom_buttons.setExclusive(True)
        zoom_row = QHBoxLayout()
        zoom_row.setSpacing(0)
        names = {
            MONTHS: (self.tr("Months"), self.tr("Show months (zoom in with +)")),
            QUARTERS: (self.tr("Quarters"), self.tr("Show quarters")),
            YEARS: (self.tr("Years"), self.tr("Show years (zoom out with -)")),
        }
        for number, zoom in enumerate(ZOOMS):
            button = QToolButton(self)
            button.setText(names[zoom][0])
            button.setToolTip(names[zoom][1])
            button.setAccessibleName(names[zoom][1])
            button.setCheckable(True)
            button.setAutoRaise(False)
            self.zoom_buttons.addButton(button, number)
            zoom_row.addWidget(button)
        zoom_label = PlainLabel(self.tr("Zoom:"), self)

        self.today_button = QToolButton(self)
        self.today_button.setText(self.tr("Go to today"))
        self.today_button.setAccessibleName(self.tr("Scroll the timeline to today"))

        controls = QHBoxLayout()
        controls.addWidget(grouping_label)
        controls.addWidget(self.grouping_box)
        controls.addSpacing(16)
        controls.addWidget(zoom_label)
        controls.addLayout(zoom_row)
        controls.addSpacing(16)
        controls.addWidget(self.today_button)
        controls.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.legend)
        self.setFocusProxy(self.chart)
        self.setAccessibleName(self.tr("Timeline"))

        self._sync_zoom(self.chart.zoom())
        self.grouping_box.currentIndexChanged.connect(
            lambda _i: self.chart.set_grouping(self.grouping_box.currentData())
        )
        self.zoom_buttons.idClicked.connect(lambda number: self.chart.set_zoom(ZOOMS[number]))
        self.today_button.clicked.connect(lambda: self.chart.scroll_to_day(self.chart.today()))
        self.chart.zoom_changed.connect(self._sync_zoom)
        self.chart.action_moved.connect(self.action_moved)
        self.chart.action_activated.connect(self.action_activated)
        self.chart.action_selected.connect(self.action_selected)
        self.chart.zoom_changed.connect(self.zoom_changed)

    # -- the integrator's API --------------------------------------------------------------
    def set_actions(self, actions: list[Action], today: date) -> None:
        self.chart.set_actions(actions, today)

    def set_grouping(self, grouping: str) -> None:
        """``"dimension"`` or ``"phase"``."""
        self.chart.set_grouping(grouping)
        self.grouping_box.setCurrentIndex(self.grouping_box.findData(grouping))

    def set_zoom(self, zoom: str) -> None:
        """``"months"``, ``"quarters"`` or ``"years"``."""
        self.chart.set_zoom(zoom)

    def select_action(self, action_id: int | None) -> None:
        self.chart.select_action(action_id)

    def grouping(self) -> str:
        return self.chart.grouping()

    def zoom(self) -> str:
        return self.chart.zoom()

    def selected_action(self) -> int | None:
        return self.chart.selected_action()

    def _sync_zoom(self, zoom: str) -> None:
        self.zoom_buttons.button(ZOOMS.index(zoom)).setChecked(True)

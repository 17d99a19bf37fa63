"""Getting started: on a new, empty file, a strip above the library with the three first steps
(describe the municipality, start the first assessment, plan the first action), each a button
that takes the user there and is ticked once done. Hidden for good with its close button
(remembered in ``UiState.GETTING_STARTED_DONE``), shown again from Help -> Getting started.

Why a strip and not a wizard: the steps are the app's own screens; a strip shows the way
without standing in it, and a user who knows the app closes it with one click. Only above the
library, the first screen: the assessment and the plan show their own first steps when empty,
and their pages need the height on a 720-pixel screen.
"""

from __future__ import annotations

import contextlib
import sqlite3

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QPushButton, QSizePolicy, QWidget

from toolbox_desktop.ui.common.empty_state import heading
from toolbox_desktop.ui.common.flow_layout import FlowLayout
from toolbox_desktop.ui.common.settings import UiState

PROFILE, ASSESSMENT, ACTION = "profile", "assessment", "action"
STEPS = (PROFILE, ASSESSMENT, ACTION)


def steps_done(conn: sqlite3.Connection) -> set[str]:
    """Which of the three steps the file already has (``storage/first_steps``: asked at
    every start, so without the repositories or reading the plan)."""
    from toolbox_desktop.storage import first_steps

    done = set()
    if first_steps.has_named_profile(conn):
        done.add(PROFILE)
    if first_steps.has_assessment(conn):
        done.add(ASSESSMENT)
    if first_steps.has_action(conn):
        done.add(ACTION)
    return done


class GettingStarted(QFrame):
    """The strip; ``step_requested(step)`` asks the window to take the user there."""

    step_requested = Signal(str)
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.title = heading("", 1.1)
        self.buttons: dict[str, QPushButton] = {}
        # One flow for all: on a narrow window or in a longer language the row wraps and the
        # strip grows downwards (a flow nested in a box layout would not).
        layout = FlowLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.title)
        for step in STEPS:
            button = QPushButton()
            button.clicked.connect(lambda _checked=False, step=step: self.step_requested.emit(step))
            self.buttons[step] = button
            layout.addWidget(button)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.dismissed.emit)
        layout.add_stretch()  # the close button at the right end
        layout.addWidget(self.close_button)
        self._done: set[str] = set()
        self._show_texts()

    def _show_texts(self) -> None:
        self.setAccessibleName(self.tr("Getting started"))
        self.title.setText(self.tr("Getting started in three steps"))
        self.close_button.setText(self.tr("Hide these steps"))
        self.close_button.setToolTip(self.tr("Help → Getting started shows them again"))
        self.show_done(self._done)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._show_texts()

    def texts(self) -> dict[str, str]:
        return {
            PROFILE: self.tr("1. Describe your municipality"),
            ASSESSMENT: self.tr("2. Start the first assessment"),
            ACTION: self.tr("3. Plan the first action"),
        }

    def show_done(self, done: set[str]) -> None:
        """Tick the steps done (in the text too, not by colour alone)."""
        self._done = set(done)
        for step, text in self.texts().items():
            button = self.buttons[step]
            if step in done:
                button.setText(self.tr("✓ {step} (done)").format(step=text))
            else:
                button.setText(text)
        first_open = next((step for step in STEPS if step not in done), None)
        for step, button in self.buttons.items():
            button.setDefault(step == first_open)


class GettingStartedGuide:
    """Mixin of ``MainWindow``: builds the strip, shows it on a new file and takes the user to
    each step."""

    def _build_getting_started(self) -> GettingStarted:
        strip = GettingStarted()
        strip.step_requested.connect(self.go_to_step)
        strip.dismissed.connect(self.dismiss_getting_started)
        strip.hide()
        self.getting_started = strip
        self._getting_started_offered = False
        self.navigation.selectionModel().currentChanged.connect(self._place_getting_started)
        return strip

    def _place_getting_started(self, *_args) -> None:
        """Shown above the library, the first screen (the other areas have their own first
        steps in their empty states); never above an area whose page needs the room."""
        from toolbox_desktop.ui.window.rows import LIBRARY_ROW

        on_library = self.navigation.currentIndex().row() == LIBRARY_ROW
        self.getting_started.setVisible(self._getting_started_offered and on_library)

    def _offer_getting_started(self) -> None:
        """On a new file (and not the training town), unless dismissed before."""
        if self.conn is None or self.is_training:
            return
        if self.state.number(UiState.GETTING_STARTED_DONE, 0):
            return
        try:
            done = steps_done(self.conn)
        except sqlite3.Error:
            return
        if not done:
            self.getting_started.show_done(done)
            self._getting_started_offered = True
            self._place_getting_started()

    def show_getting_started(self) -> None:
        """Help -> Getting started: the strip again, whatever the file holds."""
        if self.conn is None:
            return
        from toolbox_desktop.ui.window.rows import LIBRARY_ROW

        self.state.set(UiState.GETTING_STARTED_DONE, 0)
        self._refresh_getting_started()
        self._getting_started_offered = True
        self.show_area(LIBRARY_ROW)
        self._place_getting_started()
        self.getting_started.buttons[PROFILE].setFocus()

    def dismiss_getting_started(self) -> None:
        self.state.set(UiState.GETTING_STARTED_DONE, 1)
        self._getting_started_offered = False
        self.getting_started.hide()

    def _refresh_getting_started(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.getting_started.show_done(steps_done(self.conn))

    def go_to_step(self, step: str) -> None:
        from toolbox_desktop.ui.window.rows import ASSESSMENT_ROW, PLAN_ROW

        if step == ACTION:
            self._ensure_area(PLAN_ROW)
            self.show_area(PLAN_ROW)
            self.plan_area.page.create_action()
        else:
            self._ensure_area(ASSESSMENT_ROW)
            self.show_area(ASSESSMENT_ROW)
            page = self.assessment_area.page
            if step == PROFILE:
                page.edit_profile()
            else:
                page.new_assessment()
        self._refresh_getting_started()

"""Above a quick win's page: whether it is in the action plan, a way to open that action, and
"Add to plan".

The library does not know the plan area (areas never import each other): the window hands
it a ``PlanAccess`` that reads and changes the plan through the plan's own session, so an
added action is one step of the window's undo history like any other new action. What the bar
says is read from that session whenever the bar is shown and whenever the plan changed
(``refresh``): after Undo, after the action was deleted, after another window changed the file.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QFrame, QMenu, QMessageBox, QPushButton, QVBoxLayout

from toolbox_desktop.ui.common.flow_layout import FlowLayout
from toolbox_desktop.ui.common.message_boxes import ask
from toolbox_desktop.ui.common.plain_text import PlainLabel
from toolbox_desktop.ui.common.refresh import RefreshWhenShown


class PlanAccess(Protocol):
    """What the bar needs of the action plan (the window provides it)."""

    def actions_from(self, code: str) -> list[tuple[int, str]]:
        """(id, title) of the actions made from the quick win ``code``."""
        ...

    def add(self, code: str) -> str:
        """Add an action made from the quick win ``code``; "" when done, else why not."""
        ...

    def open(self, action_id: int) -> None:
        """Show the action in the Action plan area."""
        ...


class QuickWinBar(QFrame):
    """Shown only on a quick win's page, and only where there is a plan (a database)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Quick win and the action plan"))
        self.plan: PlanAccess | None = None
        self.code = ""
        self.title = ""
        self.actions: list[tuple[int, str]] = []
        self.status = PlainLabel()
        self.status.setWordWrap(True)
        self.problem = PlainLabel()
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        self.open_button = QPushButton(self.tr("Open in the ac&tion plan"))
        self.open_menu = QMenu(self)
        self.add_button = QPushButton()
        buttons = FlowLayout()
        buttons.add_widget(self.open_button)
        buttons.add_widget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._add)
        self.open_button.clicked.connect(self._open_first)
        self.setVisible(False)
        self._stale = RefreshWhenShown(self.refresh_now, self)

    def show_quick_win(self, code: str, title: str) -> None:
        """Follow the page: a quick win's ``code`` and title, or "" for any other page."""
        if code != self.code:
            self.problem.setVisible(False)
        self.code, self.title = code, title
        self.setVisible(bool(code) and self.plan is not None)
        self.refresh()

    def refresh(self, *_args) -> None:
        """The plan changed (or another page is shown): read it again now if the bar is on
        screen, else when it is next shown."""
        self._stale.mark_stale()

    def refresh_now(self) -> None:
        if not self.code or self.plan is None:
            return
        self.actions = self.plan.actions_from(self.code)
        if not self.actions:
            self.status.setText(self.tr("This quick win is not in your action plan yet."))
            self.add_button.setText(self.tr("&Add to plan"))
            self.add_button.setToolTip(
                self.tr("Create an action from this quick win, short term, with its partners")
            )
            self.open_button.setVisible(False)
            return
        quoted = self.tr("“{title}”")  # the language's quotation marks: „…“ in German
        titles = ", ".join(quoted.format(title=" ".join(t.split())) for _id, t in self.actions)
        self.status.setText(self.tr("In the plan: {titles}").format(titles=titles))
        self.add_button.setText(self.tr("&Add to plan again…"))
        self.add_button.setToolTip(self.tr("Create another action from this quick win"))
        self.open_menu.clear()
        if len(self.actions) > 1:
            for action_id, title in self.actions:
                item = self.open_menu.addAction(" ".join(title.split()).replace("&", "&&"))
                item.triggered.connect(lambda _checked=False, i=action_id: self._open(i))
            self.open_button.setMenu(self.open_menu)
        else:
            self.open_button.setMenu(None)
        self.open_button.setVisible(True)

    def _add(self) -> None:
        if self.plan is None or not self.code:
            return
        if self.actions and not self._confirm_again():
            return
        problem = self.plan.add(self.code)
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.refresh()

    def _confirm_again(self) -> bool:
        answer = ask(
            self,
            self.tr("Add to plan again"),
            self.tr(
                "“{title}” is already in your action plan. Add it again as another action?"
            ).format(title=" ".join(self.title.split())),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _open_first(self) -> None:
        if len(self.actions) == 1:
            self._open(self.actions[0][0])

    def _open(self, action_id: int) -> None:
        if self.plan is not None:
            self.plan.open(action_id)

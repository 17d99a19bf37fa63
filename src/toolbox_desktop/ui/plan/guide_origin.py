"""In the action editor: the quick win of the leaders' guide an action was made from, with a
button that shows it in the library; or, when a content update removed that quick win, a
note saying so. The action itself is the town's and keeps working either way."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from toolbox_desktop.ui.common.plain_text import PlainLabel


class GuideOrigin(QWidget):
    """Emits ``guide_item_activated(code)`` when "Show in the library" is clicked.

    ``title_of(code)`` gives the quick win's title in the content now loaded, or None when it
    is not loaded (the editor sets it: the form knows no content)."""

    guide_item_activated = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.code = ""
        self.title_of: Callable[[str], str | None] = lambda _code: None
        self.label = PlainLabel()
        self.label.setWordWrap(True)
        self.show_button = QPushButton(self.tr("Show in the library"))
        self.show_button.setToolTip(self.tr("Open this quick win in the library"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.show_button)
        self.show_button.clicked.connect(lambda: self.guide_item_activated.emit(self.code))
        self.setVisible(False)

    def show_code(self, code: str) -> None:
        """Show where the action with ``guide_item`` == ``code`` came from (nothing for "")."""
        self.code = code
        self.setVisible(bool(code))
        if not code:
            return
        title = self.title_of(code)
        if title is None:
            self.label.setText(
                self.tr("This action came from a quick win that is no longer in the guide.")
            )
            self.show_button.setVisible(False)
            return
        self.label.setText(
            self.tr("From the leaders' guide: {title}").format(title=" ".join(title.split()))
        )
        self.show_button.setVisible(True)

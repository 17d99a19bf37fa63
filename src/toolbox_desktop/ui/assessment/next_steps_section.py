"""The rating screen's "Next steps" section: what the packs suggest for the benchmark being
rated, folded away under the benchmark list until the user opens it.

Under the list rather than in the editor: the editor's evidence box is already at the foot
of the screen at 1280 x 720, and a section above it would push it further down. Folded, it is
one line saying how many suggestions there are.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QSizePolicy, QToolButton, QVBoxLayout, QWidget

from toolbox_desktop.core.content import Benchmark, Content
from toolbox_desktop.core.next_steps import next_steps_for
from toolbox_desktop.ui.common.formatting import format_number
from toolbox_desktop.ui.common.next_steps_view import NextStepsView


class NextStepsSection(QWidget):
    """A fold-out button and, below it when open, the suggestions for ``show_benchmark``'s
    code; ``item_requested`` carries the code of an item the user opens."""

    item_requested = Signal(str)
    add_requested = Signal(str)  # a quick win's code, to add to the plan for this benchmark

    def __init__(self, content: Content, parent=None) -> None:
        super().__init__(parent)
        self.content = content
        self.code = ""
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.toggle.setToolTip(
            self.tr("What other towns did and which quick wins fit this benchmark")
        )
        self.view = NextStepsView()
        self.view.setVisible(False)
        self.view.item_requested.connect(self.item_requested)
        self.view.add_requested.connect(self.add_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toggle)
        layout.addWidget(self.view, 1)
        self.toggle.toggled.connect(self._toggled)
        self._toggled(False)
        self.show_benchmark("")

    def is_open(self) -> bool:
        return self.toggle.isChecked()

    def set_open(self, on: bool) -> None:
        self.toggle.setChecked(on)

    def show_benchmark(self, code: str) -> None:
        """Show the suggestions for ``code`` ("" or not a benchmark: the section is hidden)."""
        benchmark = self.content.item(code) if code else None
        self.code = code if isinstance(benchmark, Benchmark) else ""
        self.setVisible(bool(self.code))
        if not self.code:
            return
        steps = next_steps_for(self.content, self.code)
        self.view.show_steps(steps)
        # Short: it sits under the benchmark it is for (the tooltip says so), and a tool
        # button cannot wrap: "Volgende stappen voor deze benchmark (geen in de pakketten)"
        # made the window wider than a 1280-pixel screen at the largest text.
        if steps.steps:
            text = self.tr("Next steps ({count})").format(count=format_number(len(steps.steps)))
        else:
            text = self.tr("Next steps (none in the packs)")
        self.toggle.setText(text)
        self.toggle.setAccessibleName(text)

    def _toggled(self, on: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.view.setVisible(on)
        # Open, it shares the list's height; folded, it is one line.
        self.setSizePolicy(
            QSizePolicy.Policy.Preferred,
            QSizePolicy.Policy.Expanding if on else QSizePolicy.Policy.Fixed,
        )

"""The list of reports to choose from, made from the report registry.

One radio button a report, in the registry's order, with its description under it; a report
that needs an assessment is offered only once there is one, and a note says why until then.
The list scrolls when it is taller than the room there is: with every report it takes more
than a 1280 x 720 screen has.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGroupBox,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from toolbox_desktop.services.reports import REPORTS, WORKSHEET, ReportKind
from toolbox_desktop.services.reports.choices import CTX
from toolbox_desktop.ui.common.plain_text import PlainLabel


def registry_text(text: str) -> str:
    """A title, label or file name of the registry (context ``ReportKinds``), translated."""
    return QCoreApplication.translate(CTX, text)


class KindChooser(QGroupBox):
    kind_changed = Signal(str)  # the key of the report chosen now

    def __init__(self, parent=None) -> None:
        super().__init__(self.tr("Report"), parent)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QVBoxLayout(self).addWidget(scroll)
        self.scroll = scroll
        self.keys = tuple(REPORTS)  # the registry's order, the buttons' ids
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[str, QRadioButton] = {}
        self.no_assessment_label: PlainLabel | None = None
        for index, kind in enumerate(REPORTS.values()):
            title, description = registry_text(kind.title), registry_text(kind.description)
            button = QRadioButton(title)
            button.setAccessibleName(title)
            button.setAccessibleDescription(description)
            self.kind_group.addButton(button, index)
            self.kind_buttons[kind.key] = button
            label = PlainLabel(description)
            label.setWordWrap(True)
            label.setContentsMargins(24, 0, 0, 8)
            label.setStyleSheet("color: palette(placeholder-text);")
            layout.addWidget(button)
            layout.addWidget(label)
            if kind.needs_assessment and self.no_assessment_label is None:
                layout.addWidget(self._no_assessment_note())
        layout.addStretch(1)
        # as wide as the widest title needs, the scroll bar beside it
        bar = scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(inner.minimumSizeHint().width() + bar)
        self.kind_group.idToggled.connect(self._toggled)

    def _no_assessment_note(self) -> PlainLabel:
        note = PlainLabel(
            self.tr(
                "There is no assessment yet. Create one in the Self-assessment area; "
                "its report can then be saved here."
            )
        )
        note.setWordWrap(True)
        note.setContentsMargins(24, 0, 0, 8)
        note.setStyleSheet("color: #8a4b00;")
        note.setAccessibleName(self.tr("No assessment yet"))
        self.no_assessment_label = note
        return note

    def kind(self) -> str:
        return self.keys[max(self.kind_group.checkedId(), 0)]

    def report(self) -> ReportKind:
        return REPORTS[self.kind()]

    def choose(self, key: str) -> None:
        self.kind_buttons[key].setChecked(True)

    def title(self) -> str:
        return self.kind_buttons[self.kind()].text()

    def offer(self, has_assessment: bool) -> None:
        """Enable the reports that need an assessment only when there is one; choose another
        report if the chosen one is no longer offered."""
        for key, button in self.kind_buttons.items():
            button.setEnabled(has_assessment or not REPORTS[key].needs_assessment)
        if self.no_assessment_label is not None:
            self.no_assessment_label.setVisible(not has_assessment)
        checked = self.kind_group.checkedButton()
        if checked is None or not checked.isEnabled():
            first = next(b for b in self.kind_buttons.values() if b.isEnabled())
            (first if has_assessment else self.kind_buttons[WORKSHEET]).setChecked(True)

    def _toggled(self, index: int, checked: bool) -> None:
        if checked:
            self.scroll.ensureWidgetVisible(self.kind_group.button(index))  # chosen elsewhere
            self.kind_changed.emit(self.keys[index])

"""Create an assessment (empty, or as a copy of an earlier one) or edit its title, date and
who took part. The same form for both, so that the words and checks stay the same. Editing also
shows the content pack (and version) the assessment was made with."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
)

from toolbox_desktop.core import limits
from toolbox_desktop.core.assessment import Assessment
from toolbox_desktop.ui.common.combo_fit import fit_combo
from toolbox_desktop.ui.common.formatting import date_format, format_date
from toolbox_desktop.ui.common.plain_text import PlainLabel
from toolbox_desktop.ui.common.text_box import height_for_lines
from toolbox_desktop.ui.common.text_limits import limit_line, limit_text


@dataclass(frozen=True)
class AssessmentDetails:
    title: str
    assessed_on: str  # ISO date
    participants: str
    copy_from: int | None = None


class AssessmentDialog(QDialog):
    """``details()`` gives what was entered. With ``sources`` the dialog offers to start
    empty or from a copy of one of them (``copy_from`` preselects it)."""

    def __init__(
        self,
        window_title: str,
        assessment: Assessment | None = None,
        sources: list[Assessment] | None = None,
        copy_from: int | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(window_title)
        today = QDate.currentDate()
        self.title = QLineEdit(
            assessment.title
            if assessment
            else self.tr("Self-assessment {year}").format(year=today.year())
        )
        self.title.setAccessibleName(self.tr("Title"))
        limit_line(self.title, limits.ASSESSMENT["title"])
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(date_format())  # the app's one date format
        self.date.setAccessibleName(self.tr("Date"))
        date = (
            QDate.fromString(assessment.assessed_on, Qt.DateFormat.ISODate) if assessment else today
        )
        self.date.setDate(date if date.isValid() else today)
        self.participants = QPlainTextEdit(assessment.participants if assessment else "")
        self.participants.setAccessibleName(self.tr("Who took part"))
        self.participants.setPlaceholderText(
            self.tr("e.g. mayor, integration officer, school, migrant association")
        )
        self.participants.setTabChangesFocus(True)
        self.participants.setFixedHeight(height_for_lines(self.participants, 5))
        self.participants_limit = limit_text(self.participants, limits.ASSESSMENT["participants"])

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Date:"), self.date)
        participants_label = PlainLabel(self.tr("&Who took part:"))
        participants_label.setBuddy(self.participants)
        form.addRow(participants_label, self.participants)
        if assessment is not None and assessment.benchmark_pack:
            # What the scores are computed against: the pack the assessment was made with.
            self.pack = PlainLabel(
                self.tr("{pack}, version {version}").format(
                    pack=assessment.benchmark_pack, version=assessment.benchmark_pack_version
                )
            )
            self.pack.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(self.tr("Content pack:"), self.pack)
        layout = QVBoxLayout(self)
        layout.addLayout(form)

        self.empty = QRadioButton(self.tr("&Empty"))
        self.copy = QRadioButton(self.tr("Co&py of an earlier assessment:"))
        self.source = QComboBox()
        self.source.setAccessibleName(self.tr("Assessment to copy"))
        fit_combo(self.source, first_whole=False)  # a long title whole in its tooltip
        if sources is not None:
            start = QGroupBox(self.tr("Start"))
            group = QButtonGroup(self)
            group.addButton(self.empty)
            group.addButton(self.copy)
            hint = PlainLabel(
                self.tr(
                    "Benchmarks in fields that the profile marks as outside the "
                    "municipality's competence start marked for review."
                )
            )
            hint.setWordWrap(True)
            hint.setIndent(20)
            for earlier in sources:
                self.source.addItem(
                    self.tr("{title} ({date})").format(
                        title=earlier.title, date=format_date(earlier.assessed_on)
                    ),
                    earlier.id,
                )
            start_layout = QVBoxLayout(start)
            start_layout.addWidget(self.empty)
            start_layout.addWidget(hint)
            start_layout.addWidget(self.copy)
            start_layout.addWidget(self.source)
            layout.addWidget(start)
            self.copy.setEnabled(bool(sources))
            position = self.source.findData(copy_from) if copy_from is not None else -1
            if position >= 0:
                self.source.setCurrentIndex(position)
                self.copy.setChecked(True)
            else:
                self.empty.setChecked(True)
            self.source.setEnabled(self.copy.isChecked())
            self.copy.toggled.connect(self.source.setEnabled)
        self._has_start = sources is not None

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.title.textChanged.connect(self._check)
        self.setMinimumWidth(480)
        self.resize(600, self.sizeHint().height())  # room for a line of names
        self._check()

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.title.text().strip()))

    def details(self) -> AssessmentDetails:
        copy_from = None
        if self._has_start and self.copy.isChecked():
            copy_from = self.source.currentData()
        return AssessmentDetails(
            title=self.title.text().strip(),
            assessed_on=self.date.date().toString(Qt.DateFormat.ISODate),
            participants=self.participants.toPlainText().strip(),
            copy_from=copy_from,
        )

"""The municipality profile: who is assessing, how big the place is, and which policy fields
it is responsible for (new assessments pre-mark the others for review and advocacy)."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QVBoxLayout,
)

from toolbox_desktop.core import limits
from toolbox_desktop.core.assessment import COMPETENCES, PLACE_KINDS, Profile
from toolbox_desktop.ui.assessment.texts import competence_name, place_kind_name
from toolbox_desktop.ui.common.plain_text import PlainLabel
from toolbox_desktop.ui.common.text_limits import limit_line

WHOLE_NUMBER = QRegularExpression(r"[0-9]{0,9}")


class ProfileDialog(QDialog):
    """Edit a ``Profile``; ``profile()`` gives the edited one."""

    def __init__(self, profile: Profile, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Municipality profile"))
        self.name = self._line(profile.name, self.tr("Name of the municipality"))
        self.country = self._line(profile.country, self.tr("Country"))
        self.region = self._line(profile.region, self.tr("Region"))
        self.population = self._number(profile.population, self.tr("Population"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Not chosen"), "")
        for kind in PLACE_KINDS:
            self.kind.addItem(place_kind_name(kind), kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(profile.kind)))
        self.kind.setAccessibleName(self.tr("Kind of place"))
        self.newcomers = self._number(
            profile.newcomers, self.tr("Newly arrived migrants and refugees")
        )
        self.staff_time = self._line(
            profile.staff_time, self.tr("Staff time available for integration")
        )
        self.staff_time.setPlaceholderText(self.tr("e.g. one person, half time"))
        for name, most in limits.PROFILE.items():
            limit_line(getattr(self, name), most)

        self.competences: dict[str, QCheckBox] = {}
        competence_box = QGroupBox(self.tr("The municipality is responsible for"))
        competence_layout = QVBoxLayout(competence_box)
        for competence in COMPETENCES:
            box = QCheckBox(competence_name(competence))
            box.setChecked(competence in profile.competences)
            self.competences[competence] = box
            competence_layout.addWidget(box)
        hint = PlainLabel(
            self.tr(
                "New assessments mark the benchmarks of the other fields “outside our "
                "competence”, for you to review. Assessments already made are not changed."
            )
        )
        hint.setWordWrap(True)
        competence_layout.addWidget(hint)

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Country:"), self.country)
        form.addRow(self.tr("&Region:"), self.region)
        form.addRow(self.tr("&Population:"), self.population)
        form.addRow(self.tr("&Kind of place:"), self.kind)
        form.addRow(self.tr("Newly &arrived migrants and refugees:"), self.newcomers)
        form.addRow(self.tr("&Staff time for integration:"), self.staff_time)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(competence_box)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    @staticmethod
    def _line(text: str, name: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setAccessibleName(name)
        return edit

    def _number(self, value: int | None, name: str) -> QLineEdit:
        edit = self._line("" if value is None else str(value), name)
        edit.setValidator(QRegularExpressionValidator(WHOLE_NUMBER, edit))
        edit.setPlaceholderText(self.tr("not given"))
        return edit

    def profile(self) -> Profile:
        def number(edit: QLineEdit) -> int | None:
            text = edit.text().strip()
            return int(text) if text.isdigit() else None

        return Profile(
            name=self.name.text().strip(),
            country=self.country.text().strip(),
            region=self.region.text().strip(),
            population=number(self.population),
            kind=self.kind.currentData() or "",
            newcomers=number(self.newcomers),
            staff_time=self.staff_time.text().strip(),
            competences=frozenset(c for c, box in self.competences.items() if box.isChecked()),
        )

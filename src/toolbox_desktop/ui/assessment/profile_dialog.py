"""The municipality profile: who is assessing, how big the place is, and which policy fields
it is responsible for (new assessments pre-mark the others for review and advocacy).

Population and newcomers are typed as people write numbers in their language ("12.500" in
German, "12,500" in English), read by ``core.formatting``'s one rule and shown back the way
it read them; text that is no whole number, or could be read two ways, keeps the dialog
open with a message under the fields."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QPalette, QRegularExpressionValidator
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
from toolbox_desktop.core.formatting import FormatTextError
from toolbox_desktop.ui.assessment.texts import competence_name, place_kind_name
from toolbox_desktop.ui.common.combo_fit import fit_combo
from toolbox_desktop.ui.common.formatting import format_number, parse_count
from toolbox_desktop.ui.common.palette import DOWN_COLOR, themed
from toolbox_desktop.ui.common.plain_text import PlainLabel
from toolbox_desktop.ui.common.text_limits import limit_line

# Digits with the group signs people type; what they mean is decided by ``parse_count``.
WHOLE_NUMBER = QRegularExpression(r"[0-9 .,'\u00a0\u202f]{0,15}")


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
        fit_combo(self.kind)
        self.newcomers = self._number(
            profile.newcomers, self.tr("Newly arrived migrants and refugees")
        )
        self.staff_time = self._line(
            profile.staff_time, self.tr("Staff time available for integration")
        )
        self.staff_time.setPlaceholderText(self.tr("e.g. one person, half time"))
        for name, most in limits.PROFILE.items():
            limit_line(getattr(self, name), most)
            getattr(self, name).setCursorPosition(0)  # a long text shows its start

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
        self.number_problem = PlainLabel()  # why a number could not be read
        self.number_problem.setWordWrap(True)
        problem_palette = self.number_problem.palette()
        problem_palette.setColor(QPalette.ColorRole.WindowText, themed(DOWN_COLOR, problem_palette))
        self.number_problem.setPalette(problem_palette)
        self.number_problem.setVisible(False)
        form.addRow(self.number_problem)
        for edit in (self.population, self.newcomers):
            edit.editingFinished.connect(lambda e=edit: self._read_number(e))
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
        # Room for a staff time or a name as people write them ("eine
        # Integrationsbeauftragte in Vollzeit, eine Assistenz mit halber Stelle"); narrower
        # only where the screen is (ScreenFit).
        self.resize(720, self.sizeHint().height())

    @staticmethod
    def _line(text: str, name: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setAccessibleName(name)
        return edit

    def _number(self, value: int | None, name: str) -> QLineEdit:
        edit = self._line("" if value is None else format_number(value), name)
        edit.setValidator(QRegularExpressionValidator(WHOLE_NUMBER, edit))
        edit.setPlaceholderText(self.tr("not given"))
        return edit

    def _read_number(self, edit: QLineEdit) -> bool:
        """Show the number typed as it was read ("12500" -> "12,500"), or why it was not."""
        try:
            value = parse_count(edit.text())
        except FormatTextError as error:
            self.number_problem.setText(error.message)
            self.number_problem.setVisible(True)
            return False
        if value is not None:
            edit.setText(format_number(value))
        self.number_problem.setVisible(False)
        return True

    def accept(self) -> None:
        for edit in (self.population, self.newcomers):
            if not self._read_number(edit):
                edit.setFocus()
                edit.selectAll()
                return
        super().accept()

    def profile(self) -> Profile:
        def number(edit: QLineEdit) -> int | None:
            try:
                return parse_count(edit.text())
            except FormatTextError:
                return None  # ``accept`` lets no such text through

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

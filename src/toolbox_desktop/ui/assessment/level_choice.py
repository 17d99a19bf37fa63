"""Where the user rates: the five levels, each with its name and what it means, and the two
ways to leave a benchmark out of the scores ("not applicable", "outside our competence")."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QRadioButton,
    QSizePolicy,
)

from toolbox_desktop.core.assessment import LEVELS, NOT_APPLICABLE, OUTSIDE_COMPETENCE, Rating
from toolbox_desktop.ui.assessment.texts import exclusion_name, level_description, level_label
from toolbox_desktop.ui.common.plain_text import PlainLabel, as_typed

CHOICE_IDS = {NOT_APPLICABLE: 5, OUTSIDE_COMPETENCE: 6}


class LevelChoice(QGroupBox):
    """Emits ``chosen(level, exclusion)``: a level 0-4 with "", or -1 with an exclusion."""

    chosen = Signal(int, str)

    def __init__(self, parent=None) -> None:
        super().__init__(self.tr("Where do we stand?"), parent)
        self.group = QButtonGroup(self)
        self.buttons: dict[int, QRadioButton] = {}
        layout = QGridLayout(self)
        layout.setHorizontalSpacing(8)
        layout.setVerticalSpacing(2)
        layout.setColumnStretch(1, 1)
        row = 0
        for level in LEVELS:
            self._add(layout, row, level, level_label(level), level_description(level))
            row += 2
        self._add(
            layout,
            row,
            CHOICE_IDS[NOT_APPLICABLE],
            exclusion_name(NOT_APPLICABLE),
            self.tr("Does not concern our municipality; left out of the scores."),
        )
        self._add(
            layout,
            row + 2,
            CHOICE_IDS[OUTSIDE_COMPETENCE],
            exclusion_name(OUTSIDE_COMPETENCE),
            self.tr(
                "Decided by another level of government; left out of the scores and "
                "marked for advocacy."
            ),
        )
        self.group.idClicked.connect(self._clicked)

    def _add(self, layout: QGridLayout, row: int, choice: int, name: str, text: str) -> None:
        button = QRadioButton(name)
        button.setAccessibleName(name)
        button.setAccessibleDescription(text)
        button.setToolTip(as_typed(text))
        font = button.font()
        font.setBold(True)
        button.setFont(font)
        description = PlainLabel(text)
        description.setWordWrap(True)
        description.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        description.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        indent = button.style().pixelMetric(button.style().PixelMetric.PM_ExclusiveIndicatorWidth)
        description.setIndent(indent + 8)
        self.group.addButton(button, choice)
        self.buttons[choice] = button
        layout.addWidget(button, row, 0, 1, 2)
        layout.addWidget(description, row + 1, 0, 1, 2)

    def set_rating(self, rating: Rating | None) -> None:
        """Show ``rating`` without emitting ``chosen``."""
        choice = -1
        if rating is not None and rating.exclusion:
            choice = CHOICE_IDS.get(rating.exclusion, -1)
        elif rating is not None and rating.level is not None:
            choice = rating.level
        if self.group.checkedId() != choice:
            self.group.setExclusive(False)
            for button in self.buttons.values():
                button.setChecked(False)
            if choice in self.buttons:
                self.buttons[choice].setChecked(True)
            self.group.setExclusive(True)
        self._tab_to_checked()

    def _tab_to_checked(self) -> None:
        """Tab comes to the level chosen (the first when none is), as into any group of
        radio buttons; the arrows move from there. Checked from code, Qt left Tab on
        "0 Not in place" while 2 was chosen: Space there rated 0."""
        target = self.group.checkedButton() or self.buttons[LEVELS[0]]
        for button in self.buttons.values():
            policy = button.focusPolicy()
            tab = Qt.FocusPolicy.TabFocus
            button.setFocusPolicy(policy | tab if button is target else policy & ~tab)

    def _clicked(self, choice: int) -> None:
        exclusions = {value: key for key, value in CHOICE_IDS.items()}
        if choice in exclusions:
            self.chosen.emit(-1, exclusions[choice])
        else:
            self.chosen.emit(choice, "")

"""Drop-down lists that show their words: the first entry whole, longer ones with a tooltip.

Why: a filter's drop-down sized for a few characters cuts its own default entry in a longer
language ("Alle verantwoordelijken" read "Alle verantwoo…" at 1280 x 720), and one sized to its
longest entry (a long person's name, a benchmark title) would push the row wider than the
window. ``fit_combo`` takes the middle way: the combo box is at least as wide as its first
entry ("All ...", or the entry a user reads before choosing), its open list is as wide as the
longest entry, and an entry too long for the box shows whole in the box's tooltip. A
drop-down of the user's own texts (assessment titles) has no first entry worth the room:
``first_whole=False`` keeps the box's own width and gives the list and the tooltip only, since
a 300-character title would otherwise push the row off the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox

from toolbox_desktop.ui.common.plain_text import as_typed

MAX_LIST_WIDTH = 640  # the open list's widest, in pixels: very long entries are elided there


def box_width_for(combo: QComboBox, text: str) -> int:
    """The width a combo box needs to show ``text`` whole (frame, arrow and an icon's room)."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    metrics = combo.fontMetrics()
    contents = QSize(metrics.horizontalAdvance(text) + 4, metrics.height())
    if not combo.iconSize().isEmpty() and any(
        not combo.itemIcon(i).isNull() for i in range(combo.count())
    ):
        contents.setWidth(contents.width() + combo.iconSize().width() + 4)
    size = combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, contents, combo)
    return size.width()


def fit_combo(combo: QComboBox, *, first_whole: bool = True) -> None:
    """Fit ``combo`` as the module says; call once, it follows later changes of its entries."""
    fitter = combo.findChild(_ComboFit) or _ComboFit(combo, first_whole)
    fitter.refresh()


class _ComboFit(QObject):
    def __init__(self, combo: QComboBox, first_whole: bool) -> None:
        super().__init__(combo)
        self.combo = combo
        self.first_whole = first_whole
        self.own_tip = combo.toolTip()
        self.shown_tip = self.own_tip
        model = combo.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.dataChanged):
            signal.connect(self.refresh)
        combo.currentTextChanged.connect(self.show_tip)
        combo.installEventFilter(self)

    def refresh(self, *_args) -> None:
        combo = self.combo
        if combo.count() and self.first_whole:
            combo.setMinimumWidth(box_width_for(combo, combo.itemText(0)))
        metrics = combo.fontMetrics()
        texts = (combo.itemText(i) for i in range(combo.count()))
        longest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
        bar = combo.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, combo)
        combo.view().setMinimumWidth(min(MAX_LIST_WIDTH, longest + bar + 24))
        self.show_tip()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.show_tip()
        return False

    def show_tip(self, *_args) -> None:
        """The whole entry as the tooltip while the box shows it cut; the box's own tooltip
        (also one its screen set later, such as a hint why it is disabled) otherwise."""
        combo = self.combo
        if combo.toolTip() != self.shown_tip:
            self.own_tip = combo.toolTip()  # set by the screen since: its own
        text = combo.currentText()
        cut = box_width_for(combo, text) > combo.width()
        self.shown_tip = as_typed(text) if cut and text else self.own_tip
        combo.setToolTip(self.shown_tip)

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

The open list is sized when it is about to open (the mouse press or key that opens it; or
when it is shown, if code opens it), not each time the entries change: measuring every entry
on every change made a filter refilled item by item (the plan's "Responsible" filter, after
each change of the plan) cost the square of its entries. The box widths the tooltip needs,
looked at on every resize and change of the entry shown, are kept per text; measuring them
afresh each time was most of what the plan's drop-downs cost when it opened.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
)

from toolbox_desktop.ui.common.plain_text import as_typed

MAX_LIST_WIDTH = 640  # the open list's widest, in pixels: very long entries are elided there
# What may open a combo box's list: a click, or a key (F4, Alt+Down, Space...).
_OPENING = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.KeyPress)


def box_width_for(combo: QComboBox, text: str, icons: bool | None = None) -> int:
    """The width a combo box needs to show ``text`` whole (frame, arrow and an icon's room);
    ``icons``: whether any entry has an icon, if the caller knows."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    metrics = combo.fontMetrics()
    contents = QSize(metrics.horizontalAdvance(text) + 4, metrics.height())
    if icons is None:
        icons = _has_icons(combo, 0, combo.count() - 1)
    if icons and not combo.iconSize().isEmpty():
        contents.setWidth(contents.width() + combo.iconSize().width() + 4)
    size = combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, contents, combo)
    return size.width()


def _has_icons(combo: QComboBox, first: int, last: int) -> bool:
    return any(not combo.itemIcon(i).isNull() for i in range(first, last + 1))


def fit_combo(combo: QComboBox, *, first_whole: bool = True) -> None:
    """Fit ``combo`` as the module says; call once, it follows later changes of its entries."""
    fitter = combo.findChild(_ComboFit) or _ComboFit(combo, first_whole)
    fitter.refresh()


class _ComboFit(QObject):
    """Box widths are kept per text until the font or the style changes, or an icon comes or
    goes among the entries: the tooltip is looked at again on every resize and every change of
    the entry shown."""

    def __init__(self, combo: QComboBox, first_whole: bool) -> None:
        super().__init__(combo)
        self.combo = combo
        self.first_whole = first_whole
        self.own_tip = combo.toolTip()
        self.shown_tip = self.own_tip
        self.list_sized = False  # the open list's width follows the entries
        self.first_text: str | None = None  # the entry the box's minimum width was made for
        self.icons: bool | None = None  # whether an entry has an icon (None: not known)
        self.widths: dict[str, int] = {}
        self.widths_with_icons: bool | None = None  # what ``widths`` was measured with
        self.watched_view = None
        model = combo.model()
        model.rowsInserted.connect(self._inserted)
        model.dataChanged.connect(
            lambda first, last, *_a: self._inserted(None, *_rows(first, last))
        )
        model.rowsRemoved.connect(self._removed)
        model.modelReset.connect(self._reset)
        combo.currentTextChanged.connect(self.show_tip)
        combo.installEventFilter(self)
        self._watch_view()

    def _inserted(self, _parent, first: int, last: int) -> None:
        """New entries change the icons' room only if one of them has an icon."""
        if self.icons is False and _has_icons(self.combo, first, last):
            self.icons = None
        self.refresh()

    def _removed(self, *_args) -> None:
        if self.icons:  # perhaps the last entry with an icon
            self.icons = None
        self.refresh()

    def _reset(self) -> None:
        self.icons = None
        self.refresh()

    def refresh(self, *_args) -> None:
        combo = self.combo
        icons = self.icons
        if icons is None:
            icons = self.icons = _has_icons(combo, 0, combo.count() - 1)
        if self.widths_with_icons != icons:
            self.widths.clear()
            self.widths_with_icons = icons
            self.first_text = None
        if combo.count() and self.first_whole and combo.itemText(0) != self.first_text:
            self.first_text = combo.itemText(0)
            combo.setMinimumWidth(self.box_width(self.first_text))
        self.list_sized = False
        if self.watched_view is None:
            self._watch_view()  # a box fitted while empty gets its list with its first entry
        self.show_tip()

    def box_width(self, text: str) -> int:
        width = self.widths.get(text)
        if width is None:
            width = self.widths[text] = box_width_for(self.combo, text, bool(self.icons))
        return width

    def size_list(self) -> None:
        """The open list as wide as its longest entry (up to ``MAX_LIST_WIDTH``)."""
        if self.list_sized:
            return
        combo = self.combo
        metrics = combo.fontMetrics()
        texts = (combo.itemText(i) for i in range(combo.count()))
        longest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
        bar = combo.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, combo)
        combo.view().setMinimumWidth(min(MAX_LIST_WIDTH, longest + bar + 24))
        self.list_sized = True
        self._watch_view()

    def _watch_view(self) -> None:
        """Once the list exists (built by Qt or by ``size_list``), its showing sizes it too:
        the list may also be opened from code."""
        view = self.combo.findChild(QAbstractItemView)
        if view is not None and view is not self.watched_view:
            self.watched_view = view
            view.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if watched is self.combo:
            if kind == QEvent.Type.Resize:
                self.show_tip()
            elif kind in _OPENING:  # before the combo box opens its list
                self.size_list()
            elif kind in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
                self.widths.clear()  # measured with another font: measure again
                self.first_text = None
                self.refresh()
            elif kind == QEvent.Type.Paint and self._is_cut():
                self._paint_elided()
                return True
        elif kind == QEvent.Type.Show:
            self.size_list()
        return False

    def _is_cut(self) -> bool:
        combo = self.combo
        text = combo.currentText()
        return not combo.isEditable() and bool(text) and self.box_width(text) > combo.width()

    def _paint_elided(self) -> None:
        """The entry shown with "…" where it is cut ("4 Voll umgesetzt und …"), as a list
        cuts its rows, rather than broken off mid-word; the whole entry is in the tooltip."""
        combo = self.combo
        painter = QStylePainter(combo)
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            combo,
        )
        room = field.width() - (
            combo.iconSize().width() + 4 if not option.currentIcon.isNull() else 0
        )
        option.currentText = combo.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, max(room - 4, 0)
        )
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
        painter.end()

    def show_tip(self, *_args) -> None:
        """The whole entry as the tooltip while the box shows it cut; the box's own tooltip
        (also one its screen set later, such as a hint why it is disabled) otherwise."""
        combo = self.combo
        if combo.toolTip() != self.shown_tip:
            self.own_tip = combo.toolTip()  # set by the screen since: its own
        text = combo.currentText()
        cut = bool(text) and self.box_width(text) > combo.width()
        self.shown_tip = as_typed(text) if cut else self.own_tip
        combo.setToolTip(self.shown_tip)


def _rows(first, last) -> tuple[int, int]:
    return first.row(), last.row()

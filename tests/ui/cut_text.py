"""Finds text the window shows only in part: a label, button, tab, group-box title, table
header or a drop-down's current entry narrower than its text, or pushed out of sight by a
neighbour or an edge of the window.

Each widget is asked what it needs the way Qt's own layouts ask it (its size hint for its
text, a tab's and a header section's size from its contents, a group box's label rectangle)
and compared with the room it has, inside every parent it is drawn in: a part outside a parent
is not drawn, unless that parent is a scroll area's viewport that can scroll it into view (a
form in a ``QScrollArea`` only downwards: text read by scrolling sideways, line by line, counts
as cut; tables and charts scroll sideways by nature). Text elided on purpose passes only with
a tooltip that carries the whole text. A drop-down's entry is measured against the field the
style draws it in (``SC_ComboBoxEditField``, less an icon's room); only entries not typed
(``isEditable`` off: a typed text scrolls in its field like any line edit).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionGroupBox,
    QTabBar,
    QToolTip,
    QWidget,
)

from toolbox_desktop.ui.common.item_text import text_margin

SLACK = 1  # pixels of rounding a size may be short by


@dataclass(frozen=True)
class Cut:
    place: str
    widget: str
    text: str
    why: str

    def __str__(self) -> str:
        return f"{self.place}: {self.widget} {self.text!r}: {self.why}"


def describe(widget: QWidget) -> str:
    """The widget's class (and object name), and the nearest of our own widgets it is in."""
    name = type(widget).__name__
    if widget.objectName() and not widget.objectName().startswith("qt_"):
        name += f"#{widget.objectName()}"
    parent = widget.parentWidget()
    while parent is not None:
        if type(parent).__module__.startswith("toolbox_desktop"):
            return f"{name} in {type(parent).__name__}"
        parent = parent.parentWidget()
    return name


def _shown(text: str) -> str:
    """The text as drawn: a mnemonic's "&" is not shown, "&&" is one "&"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def hidden_part(widget: QWidget, window: QWidget) -> str | None:
    """Why part of ``widget`` is not drawn: a parent (up to ``window``) that clips it and
    cannot scroll it into view; None when all of it can be seen."""
    rect = QRect(QPoint(0, 0), widget.size())
    child = widget
    parent = widget.parentWidget()
    while child is not window and parent is not None:
        rect = rect.translated(child.pos())
        scroll_area = parent.parentWidget()
        scrolls = isinstance(scroll_area, QAbstractScrollArea) and scroll_area.viewport() is parent
        inside = rect.intersected(parent.rect())
        if inside != rect:
            if not scrolls:
                return f"{_overflow(rect, parent.rect())} outside {describe(parent)}"
            sideways = rect.left() < 0 or rect.right() > parent.rect().right()
            downwards = rect.top() < 0 or rect.bottom() > parent.rect().bottom()
            if sideways and isinstance(scroll_area, QScrollArea):
                # A form or a page of text read by scrolling sideways line by line is cut
                # for any reader; tables, charts and timelines scroll sideways by nature.
                return f"{_overflow(rect, parent.rect())} outside {describe(scroll_area)}"
            off = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            if (sideways and scroll_area.horizontalScrollBarPolicy() == off) or (
                downwards and scroll_area.verticalScrollBarPolicy() == off
            ):
                return f"outside {describe(scroll_area)}, which cannot scroll there"
            if inside.isEmpty():
                return None  # scrolled out of view: the user can scroll to it
            rect = inside  # the rest can be scrolled to; what is shown must be seen whole
        child, parent = parent, parent.parentWidget()
    return None


def _overflow(rect: QRect, room: QRect) -> str:
    parts = []
    if rect.right() > room.right():
        parts.append(f"{rect.right() - room.right()} px on the right")
    if rect.left() < room.left():
        parts.append(f"{room.left() - rect.left()} px on the left")
    if rect.bottom() > room.bottom():
        parts.append(f"{rect.bottom() - room.bottom()} px below")
    if rect.top() < room.top():
        parts.append(f"{room.top() - rect.top()} px above")
    return ", ".join(parts)


def _label_problem(label: QLabel) -> str | None:
    if not label.text().strip() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    width, height = label.width(), label.height()
    if label.wordWrap():
        needed = label.heightForWidth(width)
        if needed > height + SLACK:
            return f"needs {needed} px high at {width} px wide, has {height}"
        widest = label.minimumSizeHint().width()  # the longest word
        if widest > width + SLACK:
            return f"a word needs {widest} px, has {width}"
        return None
    hint = label.sizeHint()
    if hint.width() > width + SLACK:
        return f"needs {hint.width()} px, has {width}"
    if hint.height() > height + SLACK:
        return f"needs {hint.height()} px high, has {height}"
    return None


def _push_button_needs(button: QPushButton) -> int:
    """What the button's text, icon and menu arrow need, without the style's minimum width
    (Fusion makes every text button at least 80 px wide, whatever its text)."""
    option = QStyleOptionButton()
    button.initStyleOption(option)
    text = option.text
    option.text = ""
    option.icon = type(option.icon)()
    bare = button.style().sizeFromContents(
        QStyle.ContentsType.CT_PushButton, option, option.fontMetrics.size(0, "x"), button
    )
    needed = bare.width() - option.fontMetrics.horizontalAdvance("x")
    needed += button.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, text).width()
    if not button.icon().isNull():
        needed += button.iconSize().width() + 4
    if button.menu() is not None:
        needed += button.style().pixelMetric(
            QStyle.PixelMetric.PM_MenuButtonIndicator, None, button
        )
    return needed


def _button_problem(button: QAbstractButton) -> str | None:
    if not button.text().strip():
        return None
    if isinstance(button, QPushButton):
        needed = _push_button_needs(button)
    else:
        needed = button.sizeHint().width()
    if needed > button.width() + SLACK:
        return f"needs {needed} px, has {button.width()}"
    hint = button.sizeHint().height()
    if hint > button.height() + SLACK:
        return f"needs {hint} px high, has {button.height()}"
    return None


def _tab_problems(bar: QTabBar, window: QWidget) -> list[tuple[str, str]]:
    problems = []
    scrolls = any(
        child.isVisible() for child in bar.findChildren(QAbstractButton) if not child.text()
    )
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        text, rect = bar.tabText(index), bar.tabRect(index)
        needed = bar.tabSizeHint(index).width()
        if needed > rect.width() + SLACK:
            if _shown(text) not in (bar.tabToolTip(index) or ""):
                problems.append((text, f"needs {needed} px, has {rect.width()}, no tooltip"))
        elif not scrolls and not bar.rect().contains(rect):
            problems.append((text, f"{_overflow(rect, bar.rect())} outside the tab bar"))
    return problems


def _group_box_problem(box: QGroupBox) -> str | None:
    title = QGroupBox.title(box)  # a subclass may have a title() of its own
    if not title.strip():
        return None
    option = QStyleOptionGroupBox()
    box.initStyleOption(option)
    label = box.style().subControlRect(
        QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxLabel, box
    )
    needed = box.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, title).width()
    if label.width() + SLACK < needed or not box.rect().contains(label):
        return f"title needs {needed} px at x {label.x()}, the box has {box.width()}"
    return None


def combo_problem(combo: QComboBox) -> str | None:
    """Why the drop-down's current entry is shown cut (its tooltip not carrying it whole)."""
    text = combo.currentText()
    if combo.isEditable() or not text.strip():
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    room = field.width()
    if not option.currentIcon.isNull():
        room -= combo.iconSize().width() + 4
    needed = combo.fontMetrics().horizontalAdvance(text)
    if needed > room + SLACK and text not in (combo.toolTip() or ""):
        return f"needs {needed} px, has {room}, no tooltip"
    return None


def section_tooltip(header: QHeaderView, logical: int) -> str:
    """The tooltip shown when hovering over a header section (as a user would)."""
    shown: list[str] = []
    original = QToolTip.showText

    def catch(_position, text, *_rest):
        shown.append(text)

    QToolTip.showText = staticmethod(catch)
    try:
        x = header.sectionViewportPosition(logical) + header.sectionSize(logical) // 2
        position = QPoint(x, header.height() // 2)
        event = QHelpEvent(QEvent.Type.ToolTip, position, header.viewport().mapToGlobal(position))
        QApplication.sendEvent(header.viewport(), event)
    finally:
        QToolTip.showText = original
    model_tip = header.model().headerData(
        logical, header.orientation(), Qt.ItemDataRole.ToolTipRole
    )
    return " ".join([*shown, str(model_tip or "")])


def _header_problems(header: QHeaderView) -> list[tuple[str, str]]:
    problems = []
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return problems
    for logical in range(model.columnCount()):
        if header.isSectionHidden(logical) or header.sectionSize(logical) <= 0:
            continue
        text = str(model.headerData(logical, Qt.Orientation.Horizontal) or "")
        if not text.strip():
            continue
        needed = header.sectionSizeFromContents(logical).width()
        has = header.sectionSize(logical)
        if needed > has + SLACK and text not in section_tooltip(header, logical):
            problems.append((text, f"needs {needed} px, has {has}, no tooltip"))
    return problems


def cut_texts(window: QWidget, place: str) -> list[Cut]:
    """Every text shown only in part in ``window`` (a top-level widget), now."""
    QApplication.processEvents()
    cuts: list[Cut] = []

    def add(widget: QWidget, text: str, why: str | None) -> None:
        if why:
            cuts.append(Cut(place, describe(widget), text, why))

    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            text = widget.text()
            add(
                widget,
                text,
                text.strip() and (_label_problem(widget) or hidden_part(widget, window)),
            )
        elif isinstance(widget, QAbstractButton) and widget.text().strip():
            if isinstance(widget.parentWidget(), QTabBar):
                continue  # a tab's close button, the bar's scroll buttons
            add(widget, widget.text(), _button_problem(widget) or hidden_part(widget, window))
        elif isinstance(widget, QTabBar):
            for text, why in _tab_problems(widget, window):
                add(widget, text, why)
            if widget.count():
                add(widget, widget.tabText(0), hidden_part(widget, window))
        elif isinstance(widget, QGroupBox):
            add(
                widget,
                QGroupBox.title(widget),
                _group_box_problem(widget) or hidden_part(widget, window),
            )
        elif isinstance(widget, QComboBox):
            add(widget, widget.currentText(), combo_problem(widget) or hidden_part(widget, window))
        elif isinstance(widget, QHeaderView):
            for text, why in _header_problems(widget):
                add(widget, text, why)
    return cuts


def list_entries_cut(view) -> list[str]:
    """The entries of a list or tree view not shown whole: running out of the view sideways,
    or shorter than their text needs when wrapped to the width they are shown in."""
    room = view.viewport().width()
    metrics = view.fontMetrics()
    model = view.model()
    cut = []

    def walk(parent):
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            yield index
            yield from walk(index)

    for index in walk(view.rootIndex()):
        shown = view.visualRect(index)
        if not shown.isValid():
            continue  # under a folded branch
        text = str(index.data() or "")
        margin = text_margin(view)
        needed = metrics.boundingRect(
            0, 0, shown.width() - 2 * margin, 10_000, Qt.TextFlag.TextWordWrap, text
        )
        if (
            shown.x() + margin + needed.width() > room + SLACK
            or view.horizontalScrollBar().maximum() > 0
        ):
            cut.append(f"{text} (sideways)")
        elif shown.height() + SLACK < needed.height():
            cut.append(f"{text} ({shown.height()} of {needed.height()} px high)")
    return cut

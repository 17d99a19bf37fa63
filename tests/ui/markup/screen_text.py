"""What a widget tree shows to the user, as the user reads it, and where markup was guessed.

``Reading`` walks every widget of a window: labels, buttons, tabs, boxes, line and text edits,
window titles, tooltips and the texts and tooltips of every item of every item view. Each
text is turned into what Qt draws (a label or tooltip Qt takes for rich text is rendered as
HTML, a button's ``&`` marks a shortcut), so that hostile text that was interpreted no
longer reads as it was typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from hostile_town import MARKER
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtGui import Qt as GuiQt  # ``Qt`` with the functions Qt GUI adds to it
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

# A marker as typed: inside its bold tags. Rendered HTML loses the tags; escaped HTML shown
# as plain text reads "&lt;b&gt;".
MARKER_PATTERN = re.compile(rf"(.{{0,3}}){MARKER}-([a-z-]+)(.{{0,4}})", re.DOTALL)
MAX_ROWS = 400  # of one level of one model: enough to meet every kind of row


def guesses_rich_text(text_format: Qt.TextFormat, text: str) -> bool:
    """Whether Qt draws ``text`` with this format as rich text (or Markdown)."""
    if text_format == Qt.TextFormat.AutoText:
        return GuiQt.mightBeRichText(text)
    return text_format in (Qt.TextFormat.RichText, Qt.TextFormat.MarkdownText)


class _NoResources(QTextDocument):
    """Reading HTML here must not open the files hostile text points at (an image must be
    given, or Qt reads the file itself)."""

    def loadResource(self, kind, _name):
        return (
            QImage(1, 1, QImage.Format.Format_ARGB32)
            if kind == self.ResourceType.ImageResource
            else None
        )


def as_rendered_html(text: str) -> str:
    document = _NoResources()
    document.setHtml(text)
    return document.toPlainText()


def tooltip_as_shown(text: str) -> str:
    """A tooltip as QToolTip shows it: rich text when Qt guesses so."""
    return as_rendered_html(text) if GuiQt.mightBeRichText(text) else text


def without_mnemonics(text: str) -> str:
    """A button or tab text as drawn: ``&x`` underlines x, ``&&`` is one ``&``."""
    return re.sub(r"&(.)", r"\1", text)


@dataclass
class Reading:
    """Everything read from the windows walked so far; ``typed`` holds each hostile text as
    typed, by its marker."""

    typed: dict[str, str]
    shown: list[tuple[str, str]] = field(default_factory=list)  # (where, text as shown)
    problems: list[str] = field(default_factory=list)

    def add(self, where: str, text: str | None) -> None:
        if text and MARKER in text:
            self.shown.append((where, text))

    def markers_seen(self) -> set[str]:
        return {match[2] for _where, text in self.shown for match in MARKER_PATTERN.finditer(text)}

    def not_as_typed(self) -> list[str]:
        """Places where hostile text is not shown as typed: its tags rendered or escaped,
        a "[*]" hidden. A text cut short (at its end or with "…") is as typed so far."""
        wrong = []
        for where, text in self.shown:
            for match in MARKER_PATTERN.finditer(text):
                typed = self.typed[match[2]]
                shown = text[max(0, match.start(2) - len(f"{MARKER}-<b>")) :]
                same = _common_start(typed, shown)
                if same == len(typed) or same == len(shown) or shown[same:].startswith("…"):
                    continue
                wrong.append(f"{where}: shows {shown[: same + 40]!r}")
        return wrong

    # -- walking ------------------------------------------------------------------------------
    def walk(self, root: QWidget) -> None:
        for widget in [root, *root.findChildren(QWidget)]:
            if not widget.isVisibleTo(root) and widget is not root:
                continue
            self._read(widget, f"{type(root).__name__} › {_name(widget)}")

    def _read(self, widget: QWidget, where: str) -> None:
        if widget.isWindow() and widget.windowHandle() is not None:
            # As the title bar shows it: Qt hides a "[*]" there (the mark of unsaved changes).
            self.add(f"{where} (window title)", widget.windowHandle().title())
        self.add(f"{where} (tooltip)", tooltip_as_shown(widget.toolTip()))
        self.add(f"{where} (accessible name)", widget.accessibleName())
        if isinstance(widget, QLabel):
            text = widget.text()
            if MARKER in text and guesses_rich_text(widget.textFormat(), text):
                self.problems.append(f"{where}: a label shows user text as rich text: {text[:80]}")
                self.add(where, as_rendered_html(text))
            else:
                self.add(where, text)
        elif isinstance(widget, QAbstractButton):
            self.add(where, without_mnemonics(widget.text()))
        elif isinstance(widget, QGroupBox):
            self.add(where, without_mnemonics(widget.title()))
        elif isinstance(widget, QLineEdit):
            self.add(where, widget.text())
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            self.add(where, widget.toPlainText())
        elif isinstance(widget, QTabBar):
            for tab in range(widget.count()):
                self.add(f"{where} tab {tab}", without_mnemonics(widget.tabText(tab)))
                self.add(f"{where} tab {tab} (tooltip)", tooltip_as_shown(widget.tabToolTip(tab)))
        elif isinstance(widget, QComboBox):
            for row in range(widget.count()):
                self.add(f"{where} item {row}", widget.itemText(row))
                tip = widget.itemData(row, Qt.ItemDataRole.ToolTipRole)
                self.add(f"{where} item {row} (tooltip)", tooltip_as_shown(tip or ""))
        if isinstance(widget, QHeaderView):
            return  # its model is the view's: read there
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            self._read_model(widget, where)

    def _read_model(self, view: QAbstractItemView, where: str) -> None:
        model = view.model()

        flat = isinstance(model, QAbstractListModel)  # its columnCount is private

        def visit(parent: QModelIndex, depth: int) -> None:
            for row in range(min(model.rowCount(parent), MAX_ROWS)):
                for column in range(1 if flat else model.columnCount(parent)):
                    index = model.index(row, column, parent)
                    self._read_index(view, index, f"{where} [{row},{column}]")
                first = model.index(row, 0, parent)
                if not flat and depth < 4 and model.rowCount(first) > 0:
                    visit(first, depth + 1)

        visit(QModelIndex(), 0)
        for section in range(1 if flat else model.columnCount()):
            header = model.headerData(section, Qt.Orientation.Horizontal)
            self.add(f"{where} header {section}", str(header or ""))

    def _read_index(self, view: QAbstractItemView, index: QModelIndex, where: str) -> None:
        delegate = view.itemDelegateForIndex(index)
        html_role = getattr(delegate, "html_role", None)
        if html_role is not None:  # drawn as HTML by the delegate: must be escaped
            self.add(f"{where} (drawn as HTML)", as_rendered_html(index.data(html_role) or ""))
        else:
            self.add(where, _as_text(index.data(Qt.ItemDataRole.DisplayRole)))
        self.add(
            f"{where} (tooltip)",
            tooltip_as_shown(_as_text(index.data(Qt.ItemDataRole.ToolTipRole))),
        )


def _common_start(one: str, other: str) -> int:
    """How many characters the two texts share from their start."""
    for index, (a, b) in enumerate(zip(one, other, strict=False)):
        if a != b:
            return index
    return min(len(one), len(other))


def _as_text(value) -> str:
    return value if isinstance(value, str) else ""


def _name(widget: QWidget) -> str:
    parts = []
    current = widget
    while current is not None and len(parts) < 3:
        parts.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return " < ".join(parts)

"""A row of buttons and fields that wraps onto a second line when the window is too narrow.

Why: a row laid out with ``QHBoxLayout`` is as wide as all its widgets together, and a window
is never narrower than its widest row. In English a toolbar row fits a 1280-pixel screen; in
German or Dutch, a third longer, it pushes the window past the screen's edge, where its right
end is cut off. A ``FlowLayout`` needs only its widest widget: what does not fit moves to the
next line, and every widget keeps the width its text needs.

Widgets keep their size hint, and are centred on their line (one that can grow downwards
takes the line's height); on each line, the room left over goes to the widgets added with
a ``stretch`` (in proportion), so a search field still grows with the window, or to a
stretch (``add_stretch``), which pushes what follows to the right. A spacing (``add_spacing``)
separates groups on a line; neither is kept at the start of a line.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QSpacerItem, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretch: dict[int, int] = {}  # id of an item -> its stretch
        # Qt asks the height for the same width many times per layout pass (each parent
        # layout, each resize step); kept until something changes, as QBoxLayout keeps its own.
        self._heights: dict[int, int] = {}

    # -- adding ----------------------------------------------------------------------------
    def add_widget(self, widget: QWidget, stretch: int = 0) -> None:
        self.addWidget(widget)
        if stretch:
            self._stretch[id(self._items[-1])] = stretch

    def add_spacing(self, size: int) -> None:
        self.addItem(QSpacerItem(size, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum))

    def add_stretch(self, stretch: int = 1) -> None:
        """Room that grows: what follows sits at the right end of its line."""
        self.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum))
        self._stretch[id(self._items[-1])] = stretch

    # -- QLayout ---------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        self._stretch.pop(id(item), None)
        self.invalidate()
        return item

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._arrange(QRect(0, 0, width, 0), move=False)
        return height

    def invalidate(self) -> None:
        """Called by Qt when an item's size, visibility, font or style may have changed."""
        heights = getattr(self, "_heights", None)  # None while Qt's constructor runs
        if heights:
            heights.clear()
        super().invalidate()

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """Everything on one line."""
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown)
        width += self._gap() * max(len(shown) - 1, 0)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return self._with_margins(QSize(width, height))

    def minimumSize(self) -> QSize:
        """The widest widget (its size hint: a button or label narrower than that cuts its
        text) and the tallest."""
        shown = [item for item in self._shown() if not isinstance(item, QSpacerItem)]
        width = max((self._least_width(item) for item in shown), default=0)
        height = max((item.minimumSize().height() for item in shown), default=0)
        return self._with_margins(QSize(width, height))

    # -- the arrangement -------------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _least_width(self, item: QLayoutItem) -> int:
        if self._stretch.get(id(item)):
            return item.minimumSize().width()  # a field that stretches may shrink too
        return max(item.minimumSize().width(), item.sizeHint().width())

    def _gap(self) -> int:
        gap = self.spacing()
        if gap >= 0:
            return gap
        parent = self.parentWidget()
        style = parent.style() if parent is not None else None
        if style is None:
            return 6
        from PySide6.QtWidgets import QStyle  # its enumerations: 6 ms at start-up, if imported

        return style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing, None, parent)

    def _with_margins(self, size: QSize) -> QSize:
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            spacer = isinstance(item, QSpacerItem)
            if spacer and not lines[-1]:
                continue  # no spacing at the start of a line
            need = self._least_width(item) + (self._gap() if lines[-1] else 0)
            if lines[-1] and used + need > width:
                if spacer:
                    continue
                lines.append([])
                used, need = 0, self._least_width(item)
            lines[-1].append(item)
            used += need
        while lines[-1] and isinstance(lines[-1][-1], QSpacerItem):
            lines[-1].pop()
        return [line for line in lines if line]

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Lay the items out in ``rect`` (only measure, unless ``move``); returns the height."""
        margins = self.contentsMargins()
        inner = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        gap, y = self._gap(), inner.y()
        lines = self._lines(inner.width())
        for number, line in enumerate(lines):
            widths = [self._least_width(item) for item in line]
            spare = inner.width() - sum(widths) - gap * (len(line) - 1)
            stretches = [self._stretch.get(id(item), 0) for item in line]
            total = sum(stretches)
            if spare > 0 and total:
                widths = [w + spare * s // total for w, s in zip(widths, stretches, strict=True)]
            heights = [_height(item, width) for item, width in zip(line, widths, strict=True)]
            height = max(heights)
            if move:
                x = inner.x()
                for item, width, item_height in zip(line, widths, heights, strict=True):
                    if item.expandingDirections() & Qt.Orientation.Vertical:
                        item_height = height  # a box with a text field: the line's height
                    top = y + (height - item_height) // 2
                    item.setGeometry(QRect(QPoint(x, top), QSize(width, item_height)))
                    x += width + gap
            y += height + (gap if number < len(lines) - 1 else 0)
        return y - inner.y() + margins.top() + margins.bottom()


def _height(item: QLayoutItem, width: int) -> int:
    """An item's height at ``width``: more lines for wrapped text in a narrower box."""
    if item.hasHeightForWidth():
        return max(item.heightForWidth(width), item.minimumSize().height())
    return item.sizeHint().height()

"""Helpers for the dashboard tests: read a model the way the user reads the table."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt


def row_texts(model, row: int, parent=QModelIndex()) -> list[str]:
    return [model.index(row, c, parent).data() for c in range(model.columnCount(parent))]


def column_texts(model, column: int, parent=QModelIndex()) -> list[str]:
    return [model.index(r, column, parent).data() for r in range(model.rowCount(parent))]


def find_row(model, text: str, parent=QModelIndex()) -> int:
    for row in range(model.rowCount(parent)):
        if model.index(row, 0, parent).data() == text:
            return row
    raise AssertionError(f"no row {text!r}")


def header_texts(model) -> list[str]:
    return [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for c in range(model.columnCount())
    ]


def double_click(qtbot, view, index) -> None:
    """Double-click a cell as a user does: QTest's double-click alone lacks the press an
    item view needs to know which cell was clicked."""
    centre = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def colour_pixels(image, colour, tolerance: int = 40) -> int:
    """How many pixels of ``image`` are close to ``colour`` (antialiasing blurs edges)."""
    image = image.convertToFormat(image.Format.Format_RGB32)
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - colour.red())
                + abs(pixel.green() - colour.green())
                + abs(pixel.blue() - colour.blue())
                <= tolerance
            ):
                count += 1
    return count

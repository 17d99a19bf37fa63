"""Item data roles shared by the dashboard's models (one place, so they never collide)."""

from __future__ import annotations

from PySide6.QtCore import Qt

CODE_ROLE = Qt.ItemDataRole.UserRole + 1  # the benchmark, sub-theme or dimension code
SORT_ROLE = Qt.ItemDataRole.UserRole + 20  # a number (or text) that sorts as the user expects
VALUE_ROLE = Qt.ItemDataRole.UserRole + 21  # the raw value behind a cell (float, int or None)
KIND_ROLE = Qt.ItemDataRole.UserRole + 22  # a benchmark change's kind ("up", "down", ...)

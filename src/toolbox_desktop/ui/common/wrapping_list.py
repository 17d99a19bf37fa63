"""Lists whose long entries wrap onto more lines instead of running out sideways.

Why: a narrow list beside a form (a workshop's participants, the town's fact sandwiches) at
1280 x 720 in German showed "1. Thomas Brandt (Bürgermeister) – Pa" with a sideways scroll
bar: the end of an entry, the part that differs, out of sight.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListView


def wrap_long_entries(view: QListView) -> QListView:
    """Make ``view`` wrap each entry to its width (entries laid out again when it is
    resized), with a little room between entries so that wrapped ones stay apart."""
    view.setWordWrap(True)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setUniformItemSizes(False)
    view.setSpacing(2)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)  # a single word wider than the list
    return view

"""A tab page whose view is built the first time it is shown or asked for.

Opening the plan shows the table and its editor; the timeline and the budget overview are
behind tabs the user may never choose. Building them (and having Qt polish and lay them out)
with the plan made its first opening slower for nothing, so each waits in a ``LazyPage`` until
its tab is first shown (under the busy state of ``BusyOnFirstVisit``, as its first drawing is)
or until code asks for the view.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyPage(QWidget):
    """Holds the view ``build()`` makes, built once: on first showing or first ``view()``."""

    def __init__(self, build: Callable[[], QWidget], parent=None) -> None:
        super().__init__(parent)
        # A bound method is held weakly: the page is its owner's child, and a strong reference
        # back to the owner would make a cycle that the garbage collector may tear down while
        # Qt still holds the widgets (signals then fail to find their slots).
        if hasattr(build, "__self__"):
            method = weakref.WeakMethod(build)
            self._build = lambda: method()
        else:
            self._build = lambda: build
        self._view: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def is_built(self) -> bool:
        return self._view is not None

    def view(self) -> QWidget:
        if self._view is None:
            build = self._build()
            if build is None:  # the owner is gone: nothing to show
                return QWidget()
            self._view = build()
            self.layout().addWidget(self._view)
            if self.isVisible():  # shown now, not after the event loop's next turn
                self._view.show()
        return self._view

    def showEvent(self, event) -> None:
        self.view()
        super().showEvent(event)

"""A tab page whose content is built the first time it is shown or asked for.

Why: the library opens on its benchmark tree and the plan on its table; building the other
tabs (the practices table, the guide's list, the guidance tree; the plan's timeline, budget
and an action's indicators) up front cost time before the first window or the plan appeared,
for tabs most visits never show. One helper for both areas.

The page is built in its ``showEvent``, which Qt sends while switching tabs (the stacked
layout shows the new page before it moves the keyboard focus and before the tab widget emits
``currentChanged``), so the focus lands in the new content as it would on a page built at
the start, and nothing empty is ever painted. Code that needs the content earlier (selecting
an item in it) calls ``content()``, which builds it at once.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyTab(QWidget):
    """Holds the widget ``build`` (a method of the page that holds the tab) returns, built
    once, on first show or ``content()``."""

    def __init__(self, build: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Held weakly: ``build`` is a method of the page that holds this tab, and a strong
        # reference would make a cycle (page -> tab -> page). The garbage collector frees such
        # a cycle at some later moment, and signals Qt still delivers to the page's slots then
        # fail ("Slot 'LibraryPage::' not found").
        self._build = weakref.WeakMethod(build)
        self._content: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def is_built(self) -> bool:
        return self._content is not None

    def content(self) -> QWidget:
        """The page's widget, built now if it was not yet."""
        if self._content is None:
            build = self._build()
            if build is None:
                raise RuntimeError("the page that builds this tab is gone")
            widget = build()
            self._content = widget
            self._layout.addWidget(widget)
            self.setFocusProxy(widget)  # focus given to the tab page goes to its content
            widget.show()  # at once, not queued: the page may be on its way to the screen
            self._recount_sizes()
        return self._content

    def _recount_sizes(self) -> None:
        """Make the window count the new content at once, as if it had been there from the
        start (its minimum size, which a test or the user's next resize reads): Qt would
        recount only when the event loop next runs. Each ancestor drops the sizes its
        parent's layout keeps for it; then each one's layout is recounted, nested layouts
        too, from here up to the window, as the event loop would."""
        ancestors: list[QWidget] = []
        widget: QWidget | None = self
        while widget is not None:
            ancestors.append(widget)
            widget = widget.parentWidget()
        for widget in ancestors:
            widget.updateGeometry()
        for widget in ancestors:
            layout = widget.layout()
            if layout is not None:
                layout.activate()

    def showEvent(self, event) -> None:
        self.content()
        super().showEvent(event)

"""Column titles shown in full: wide enough for their title, or a tooltip that gives it.

Why: a table sets its columns' widths for their values ("12/31/2026", "€12,500.00"), which
are the same in every language, while the titles above them grow by a third in German or
Dutch ("Zuständigkeit", "Verantwoordelijke"). A column narrower than its title shows it cut
("Verantwoo…"). So ``fit_titles`` widens every column of fixed or user-set width to at least
its title (the table scrolls sideways if it must), and a column that is still narrower than
its title (one that shares the table's width, or one the user narrowed) shows its whole title
as a tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QToolTip

from toolbox_desktop.ui.common.plain_text import as_typed

_KEEP = (QHeaderView.ResizeMode.Interactive, QHeaderView.ResizeMode.Fixed)


def title_width(header: QHeaderView, logical: int) -> int:
    """What the section's title (with the sort arrow's room) needs."""
    return header.sectionSizeFromContents(logical).width()


def fit_titles(header: QHeaderView) -> None:
    """Widen the sections of fixed or user-set width to their titles, and show the whole
    title of any section still too narrow as a tooltip (call after setting the widths)."""
    model = header.model()
    if model is not None and header.orientation() == Qt.Orientation.Horizontal:
        for logical in range(model.columnCount()):
            if header.sectionResizeMode(logical) in _KEEP and not header.isSectionHidden(logical):
                wanted = title_width(header, logical)
                if header.sectionSize(logical) < wanted:
                    header.resizeSection(logical, wanted)
    if header.findChild(_TitleTips) is None:
        header.viewport().installEventFilter(_TitleTips(header))


class _TitleTips(QObject):
    """Answers a tooltip request over a section too narrow for its title with the title."""

    def __init__(self, header: QHeaderView) -> None:
        super().__init__(header)
        self.header = header

    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.Type.ToolTip:
            return False
        header = self.header
        logical = header.logicalIndexAt(event.pos())
        model = header.model()
        if (
            logical < 0
            or model is None
            or header.sectionSize(logical) >= title_width(header, logical)
        ):
            return False  # the title is shown in full: the model's own tooltip, if any
        orientation = header.orientation()
        parts = [
            str(model.headerData(logical, orientation) or ""),
            str(model.headerData(logical, orientation, Qt.ItemDataRole.ToolTipRole) or ""),
        ]
        text = "\n".join(part for part in parts if part)
        QToolTip.showText(event.globalPos(), as_typed(text), header.viewport())
        return True

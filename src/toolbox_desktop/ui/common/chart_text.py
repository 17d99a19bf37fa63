"""Text layout for the painted charts: labels wrapped to a width, legends wrapped to rows."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF

LEGEND_SPACING = 20.0


def wrap_text(text: str, metrics: QFontMetricsF, width: float, max_lines: int) -> list[str]:
    """``text`` broken at spaces into at most ``max_lines`` lines no wider than ``width``;
    what does not fit is elided ("…") so a long title never overlaps its neighbours."""
    lines: list[str] = []
    words = text.split()
    while words and len(lines) < max_lines:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        if len(lines) == max_lines - 1 and words:
            line = " ".join([line, *words])
            words = []
        lines.append(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width))
    return lines or [""]


def legend_rows(
    names: Sequence[str], metrics: QFontMetricsF, width: float, sample_width: float
) -> tuple[list[QRectF], float]:
    """Boxes (relative to the legend's top left) for legend entries, centred in rows that
    wrap at ``width``; and the legend's total height."""
    height = max(metrics.height(), 14.0)
    entries = [sample_width + metrics.horizontalAdvance(name) + 2 for name in names]
    rows: list[list[int]] = []
    used = 0.0
    for position, entry in enumerate(entries):
        if rows and used + LEGEND_SPACING + entry <= width:
            rows[-1].append(position)
            used += LEGEND_SPACING + entry
        else:
            rows.append([position])
            used = entry
    boxes: list[QRectF] = [QRectF()] * len(entries)
    for row, members in enumerate(rows):
        row_width = sum(entries[m] for m in members) + LEGEND_SPACING * (len(members) - 1)
        x = max((width - row_width) / 2, 0.0)
        for member in members:
            entry = min(entries[member], width)
            boxes[member] = QRectF(x, row * (height + 4), entry, height)
            x += entry + LEGEND_SPACING
    return boxes, (len(rows) * (height + 4) - 4 if rows else 0.0)

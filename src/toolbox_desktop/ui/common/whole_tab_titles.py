"""Tab titles drawn whole in Qt's Fusion style (the style on Linux).

Why: Fusion draws the title of a tab that is not chosen 2 pixels lower, and takes those 2
pixels off the room of its text; with a font whose accents rise above its ascent (DejaVu Sans,
the common Linux font) the title is cut at the top, so the German tab "Übersicht" read
"Ubersicht" until it was chosen. Here a tab not chosen keeps its title where a chosen one has
it. The style is set on the tab bars only (their few size questions pass through Python): as
the application's style it would answer thousands of them while a window is built.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QTabWidget

_style: QProxyStyle | None = None  # one for all tab bars, alive as long as the app


class _WholeTitles(QProxyStyle):
    def pixelMetric(self, metric, option=None, widget=None) -> int:
        if metric == QStyle.PixelMetric.PM_TabBarTabShiftVertical:
            return 0
        return super().pixelMetric(metric, option, widget)


def keep_tab_titles_whole(tabs: QTabWidget) -> None:
    """Give ``tabs`` titles that are never cut at the top (in Fusion; other styles are left
    as they are)."""
    global _style
    style = QApplication.style()
    if isinstance(style, QProxyStyle):  # high contrast wraps the style (``OutlinedStyle``)
        style = style.baseStyle()
    if style.name().lower() != "fusion":
        return
    if _style is None:
        _style = _WholeTitles("fusion")
    tabs.tabBar().setStyle(_style)

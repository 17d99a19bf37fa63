"""The View menu's choices: colours (the system's scheme, light, dark or high contrast) and the
text size (100, 125 or 150 %), remembered in the settings and applied at once to every window.

Why here and not per area: the charts, the timeline and the tables already draw with the
palette (``ui/common/palette.py`` picks the dark variants from it), so one application palette
and one application font change every screen, and a new area needs nothing to follow them.
"System" follows ``QStyleHints.colorScheme`` (Qt 6.5+) and changes along when the user switches
the system between light and dark while the app runs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar

from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP
from toolbox_desktop.ui.common.outlined_style import OutlinedStyle
from toolbox_desktop.ui.common.palette import is_dark
from toolbox_desktop.ui.common.settings import UiState

SYSTEM, LIGHT, DARK, HIGH_CONTRAST = "system", "light", "dark", "high-contrast"
COLOURS = (SYSTEM, LIGHT, DARK, HIGH_CONTRAST)
TEXT_SIZES = (100, 125, 150)

_COLOUR_NAMES = {
    SYSTEM: QT_TRANSLATE_NOOP("ViewMenu", "Colours of the &system"),
    LIGHT: QT_TRANSLATE_NOOP("ViewMenu", "&Light"),
    DARK: QT_TRANSLATE_NOOP("ViewMenu", "&Dark"),
    HIGH_CONTRAST: QT_TRANSLATE_NOOP("ViewMenu", "&High contrast"),
}
_SIZE_NAMES = {
    100: QT_TRANSLATE_NOOP("ViewMenu", "&Normal text"),
    125: QT_TRANSLATE_NOOP("ViewMenu", "La&rger text (125 %)"),
    150: QT_TRANSLATE_NOOP("ViewMenu", "Lar&gest text (150 %)"),
}


class _Defaults:
    """The palette and font the app started with and the style's own (light) palette, taken
    once, before any choice changed them: the base of every later choice."""

    palette: QPalette | None = None
    light: QPalette | None = None
    point_size: float | None = None

    @classmethod
    def take(cls) -> None:
        app = QApplication.instance()
        if cls.palette is None:
            cls.palette = QPalette(app.palette())
            cls.light = QPalette(app.style().standardPalette())
        if cls.point_size is None:
            cls.point_size = app.font().pointSizeF()


def dark_palette() -> QPalette:
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#202124",
        QPalette.ColorRole.WindowText: "#E8EAED",
        QPalette.ColorRole.Base: "#17181A",
        QPalette.ColorRole.AlternateBase: "#2A2B2E",
        QPalette.ColorRole.Text: "#E8EAED",
        QPalette.ColorRole.Button: "#2D2E31",
        QPalette.ColorRole.ButtonText: "#E8EAED",
        QPalette.ColorRole.ToolTipBase: "#2D2E31",
        QPalette.ColorRole.ToolTipText: "#E8EAED",
        QPalette.ColorRole.PlaceholderText: "#9AA0A6",
        QPalette.ColorRole.Highlight: "#4C8DF6",
        QPalette.ColorRole.HighlightedText: "#000000",
        QPalette.ColorRole.Link: "#8AB4F8",
        QPalette.ColorRole.LinkVisited: "#C58AF9",
        QPalette.ColorRole.BrightText: "#FFFFFF",
        QPalette.ColorRole.Light: "#3C4043",
        QPalette.ColorRole.Midlight: "#34363A",
        QPalette.ColorRole.Mid: "#5F6368",
        QPalette.ColorRole.Dark: "#101113",
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#80868B"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#80868B"))
    return palette


def high_contrast_palette() -> QPalette:
    """White on black with yellow selection and links (contrast far above WCAG's 7:1), the
    scheme people who need high contrast set on Windows; disabled text stays readable."""
    palette = QPalette()
    black, white, yellow = QColor("#000000"), QColor("#FFFFFF"), QColor("#FFFF00")
    for role in (
        QPalette.ColorRole.Window,
        QPalette.ColorRole.Base,
        QPalette.ColorRole.AlternateBase,
        QPalette.ColorRole.Button,
        QPalette.ColorRole.ToolTipBase,
        QPalette.ColorRole.Dark,
        QPalette.ColorRole.Shadow,
    ):
        palette.setColor(role, black)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.ToolTipText,
        QPalette.ColorRole.BrightText,
        QPalette.ColorRole.Light,
        QPalette.ColorRole.Midlight,
        QPalette.ColorRole.Mid,
    ):
        palette.setColor(role, white)
    palette.setColor(QPalette.ColorRole.Highlight, yellow)
    palette.setColor(QPalette.ColorRole.HighlightedText, black)
    palette.setColor(QPalette.ColorRole.Link, yellow)
    palette.setColor(QPalette.ColorRole.LinkVisited, QColor("#FFD700"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#D0D0D0"))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#B0B0B0"))
    return palette


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def palette_for(colours: str) -> QPalette:
    _Defaults.take()
    if colours == HIGH_CONTRAST:
        return high_contrast_palette()
    if colours == DARK or (colours == SYSTEM and system_is_dark()):
        return dark_palette()
    if is_dark(_Defaults.palette):  # started dark: the style's own light palette
        return QPalette(_Defaults.light)
    return QPalette(_Defaults.palette)


def remembered_colours(state: UiState) -> str:
    value = state.text(UiState.VIEW_COLOURS, SYSTEM)
    return value if value in COLOURS else SYSTEM


def remembered_text_size(state: UiState) -> int:
    value = state.number(UiState.VIEW_TEXT_SIZE, 100)
    return value if value in TEXT_SIZES else 100


def apply_view(colours: str, text_size: int) -> None:
    """Set the application's palette and font; every window, chart and table follows."""
    app = QApplication.instance()
    _Defaults.take()
    _outline_for(app, colours)  # before the palette: a new style sets its own
    app.setPalette(palette_for(colours))
    font = app.font()
    font.setPointSizeF(_Defaults.point_size * text_size / 100)
    app.setFont(font)
    _follow_the_system(colours)


def _outline_for(app: QApplication, colours: str) -> None:
    """High contrast: the style wrapped so that outlines show on black (``OutlinedStyle``);
    any other choice: the style the app started with."""
    style = app.style()
    if colours == HIGH_CONTRAST and not isinstance(style, OutlinedStyle):
        app.setStyle(OutlinedStyle(style.name()))
    elif colours != HIGH_CONTRAST and isinstance(style, OutlinedStyle):
        app.setStyle(style.base_name)


_following: list[bool] = [False]


class _Current:
    """The colours chosen now (what a change of the system's scheme must respect)."""

    colours = SYSTEM


def _follow_the_system(colours: str) -> None:
    """While "System" is chosen, a change of the system's scheme changes the palette."""
    if colours == SYSTEM and not _following[0]:
        _following[0] = True
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(_system_scheme_changed)
    _Current.colours = colours


def _system_scheme_changed(_scheme) -> None:
    if _Current.colours == SYSTEM:
        QApplication.instance().setPalette(palette_for(SYSTEM))


def apply_remembered(state: UiState) -> None:
    """At start-up: the choices made last time (nothing changes with the defaults on a light
    system)."""
    colours, size = remembered_colours(state), remembered_text_size(state)
    if colours == SYSTEM and size == 100 and not system_is_dark() and not _Defaults.palette:
        _follow_the_system(colours)
        return
    apply_view(colours, size)


def view_menu(window, bar: QMenuBar) -> QMenu:
    """The View menu: the colours and the text size, one checked in each group; a choice is
    applied at once and remembered (``window.view_actions`` by value, for tests). Building it
    applies the remembered choices (at start-up; again after a language switch, a no-op)."""
    apply_remembered(window.state)
    menu = bar.addMenu(QCoreApplication.translate("ViewMenu", "&View"))
    window.view_actions = {}
    state = window.state

    def choose(colours: str | None = None, size: int | None = None) -> None:
        if colours is not None:
            state.set(UiState.VIEW_COLOURS, colours)
        if size is not None:
            state.set(UiState.VIEW_TEXT_SIZE, size)
        apply_view(remembered_colours(state), remembered_text_size(state))

    colour_group = QActionGroup(bar)
    for value in COLOURS:
        action = QAction(QCoreApplication.translate("ViewMenu", _COLOUR_NAMES[value]), bar)
        action.setCheckable(True)
        action.setChecked(value == remembered_colours(state))
        action.triggered.connect(lambda _checked=False, value=value: choose(colours=value))
        colour_group.addAction(action)
        menu.addAction(action)
        window.view_actions[value] = action
    menu.addSeparator()
    size_group = QActionGroup(bar)
    for value in TEXT_SIZES:
        action = QAction(QCoreApplication.translate("ViewMenu", _SIZE_NAMES[value]), bar)
        action.setCheckable(True)
        action.setChecked(value == remembered_text_size(state))
        action.triggered.connect(lambda _checked=False, value=value: choose(size=value))
        size_group.addAction(action)
        menu.addAction(action)
        window.view_actions[value] = action
    return menu

"""The window's remembered state, declared in one place with its keys and defaults."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from toolbox_desktop import APP_ID, ORGANIZATION
from toolbox_desktop.paths import settings_file


def default_settings() -> QSettings:
    """The window's settings: an INI file in the platform's settings folder, or in portable
    mode (``paths.portable_data_folder``) ``settings.ini`` in the ``data`` folder beside the
    program. There, Qt's own settings (the file dialogs' last folder, kept under
    "QtProject") are sent to that folder too, so nothing reaches the profile; only where Qt
    keeps them in the platform's native store (the Windows registry, macOS preferences) can
    it not redirect them."""
    portable = settings_file()
    if portable is None:
        return QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APP_ID
        )
    portable.parent.mkdir(parents=True, exist_ok=True)
    for settings_format in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(settings_format, scope, str(portable.parent))
    return QSettings(str(portable), QSettings.Format.IniFormat)


class UiState:
    """Typed access to what the window remembers between runs."""

    GEOMETRY = "window/geometry"
    WINDOW_STATE = "window/state"
    AREA = "window/area"
    LANGUAGE = "window/language"  # the language chosen in the Language menu ("de")
    LIBRARY_SPLITTER = "library/splitter"
    LIBRARY_TAB = "library/tab"
    LIBRARY_SELECTION = "library/selection"
    PRACTICE_DIMENSION = "library/practice_dimension"
    PRACTICE_COUNTRY = "library/practice_country"

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def bytes(self, key: str) -> QByteArray | None:
        value = self.settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def text(self, key: str, default: str = "") -> str:
        value = self.settings.value(key, default)
        return value if isinstance(value, str) else default

    def number(self, key: str, default: int = 0) -> int:
        try:
            return int(self.settings.value(key, default))
        except (TypeError, ValueError):
            return default

    def set(self, key: str, value) -> None:
        self.settings.setValue(key, value)

    def sync(self) -> None:
        self.settings.sync()

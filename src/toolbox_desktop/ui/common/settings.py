"""The window's remembered state, declared in one place with its keys and defaults."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from toolbox_desktop import APP_ID, ORGANIZATION


def default_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APP_ID)


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

"""The window's remembered state, declared in one place with its keys and defaults."""

from __future__ import annotations

from pathlib import Path

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
    VIEW_COLOURS = "view/colours"  # View menu: system, light, dark, high-contrast
    VIEW_TEXT_SIZE = "view/text_size"  # View menu: 100, 125 or 150 (per cent)
    GETTING_STARTED_DONE = "help/getting_started_done"  # the first-run steps dismissed
    LIBRARY_SPLITTER = "library/splitter"
    LIBRARY_TAB = "library/tab"
    LIBRARY_SELECTION = "library/selection"
    PRACTICE_DIMENSION = "library/practice_dimension"
    PRACTICE_COUNTRY = "library/practice_country"
    RECENT_FILES = "files/recent"  # the database files opened last, newest first
    LAST_FILE = "files/last"  # the file chosen in File → New/Open: opened at the next start
    MAX_RECENT = 8

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

    # -- files ------------------------------------------------------------------------------
    def recent_files(self) -> list[Path]:
        """File → Open recent, newest first (files that are gone too: the menu says so)."""
        value = self.settings.value(self.RECENT_FILES, [])
        if isinstance(value, str):  # QSettings gives one entry as a plain string
            value = [value]
        return [Path(item) for item in value or [] if isinstance(item, str) and item]

    def remember_file(self, path: Path, open_next: bool = False) -> None:
        """Put ``path`` first in the recent files (once, at most ``MAX_RECENT``); with
        ``open_next`` it is also the file the app opens at its next start."""
        path = Path(path).expanduser().absolute()
        kept = [item for item in self.recent_files() if not _same_file(item, path)]
        self.set(self.RECENT_FILES, [str(item) for item in [path, *kept][: self.MAX_RECENT]])
        if open_next:
            self.set(self.LAST_FILE, str(path))

    def forget_file(self, path: Path) -> None:
        """Take ``path`` off the recent files (it is gone, and the user said so)."""
        kept = [item for item in self.recent_files() if not _same_file(item, Path(path))]
        self.set(self.RECENT_FILES, [str(item) for item in kept])

    def last_file(self) -> Path | None:
        """The file chosen last in File → New/Open (None: the default file)."""
        text = self.text(self.LAST_FILE)
        return Path(text) if text else None


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.expanduser().resolve() == b.expanduser().resolve()
    except OSError:
        return a == b

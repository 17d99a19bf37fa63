"""Where things are: content packs, resources and the user's database, resolved in one place.

Works the same from a source checkout (editable install), an installed wheel (the packs are
copied into the package) and a frozen build (PyInstaller's bundle folder).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from toolbox_desktop import APP_ID

PACKAGE_DIR = Path(__file__).resolve().parent
DATABASE_FILENAME = "toolbox.sqlite3"
SETTINGS_FILENAME = "settings.ini"
PORTABLE_MARKER = "portable.txt"
# A file of one of these names beside the program makes the whole app portable (see
# portable_data_folder); ``portable.txt`` because Windows' Explorer adds ".txt" to a new file.
PROGRAM_PORTABLE_MARKERS = ("portable", "portable.txt")
PORTABLE_DATA_FOLDER = "data"
PORTABLE_ENV = "TOOLBOX_DESKTOP_PORTABLE"
# A pip-installed app has no folder of its own beside which a marker could lie: this names it.
PROGRAM_DIR_ENV = "TOOLBOX_DESKTOP_PROGRAM_DIR"


def _bundle_root() -> Path:
    """The folder that holds ``data/`` and ``resources/`` for this way of running."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "toolbox_desktop"
    if (PACKAGE_DIR / "data").is_dir():
        return PACKAGE_DIR
    return PACKAGE_DIR.parents[1]  # source checkout: <repo>/src/toolbox_desktop


def content_root() -> Path:
    """The folder of content packs shipped with the app."""
    return _bundle_root() / "data" / "content"


def training_town_root() -> Path:
    """The folder of the training town's story files, one a language (``en.json``, ...)."""
    return _bundle_root() / "data" / "training-town"


def resources_dir() -> Path:
    """Icons, fonts and translations shipped with the app."""
    return _bundle_root() / "resources"


def program_folder() -> Path | None:
    """The folder the program lives in, where a ``portable`` marker may lie: the frozen
    executable's folder (for a macOS ``.app``, the folder that holds the ``.app``), else the
    folder named by ``TOOLBOX_DESKTOP_PROGRAM_DIR``; None for a pip install without it."""
    named = os.environ.get(PROGRAM_DIR_ENV, "").strip()
    if named:
        return Path(named).expanduser()
    if not getattr(sys, "frozen", False):
        return None
    folder = Path(sys.executable).resolve().parent
    for parent in (folder, *folder.parents):
        if parent.suffix == ".app":
            return parent.parent
    return folder


def portable_data_folder() -> Path | None:
    """In portable mode, the ``data`` folder beside the program; else None.

    Portable mode (a USB stick, a locked-down PC) is on when a file named ``portable`` or
    ``portable.txt`` lies beside the program. The database, the window's settings (an INI
    file), the backups and the default folder for exports are then in this folder, and the
    app writes nothing into the user's profile.
    """
    folder = program_folder()
    if folder is None:
        return None
    if any((folder / name).is_file() for name in PROGRAM_PORTABLE_MARKERS):
        return folder / PORTABLE_DATA_FOLDER
    return None


def default_database_path() -> Path:
    """The user's database: in the platform's data folder, or in portable mode in the
    ``data`` folder beside the program (either created on first run)."""
    portable = portable_data_folder()
    if portable is not None:
        portable.mkdir(parents=True, exist_ok=True)
        return portable / DATABASE_FILENAME
    from platformdirs import user_data_path

    return user_data_path(APP_ID, appauthor=False, ensure_exists=True) / DATABASE_FILENAME


def user_data_folder() -> Path:
    """The folder for the app's data (not created here): the platform's, or in portable mode
    the ``data`` folder beside the program."""
    portable = portable_data_folder()
    if portable is not None:
        return portable
    from platformdirs import user_data_path

    return user_data_path(APP_ID, appauthor=False)


def settings_file() -> Path | None:
    """In portable mode, the INI file of the window's settings; None: the platform's place."""
    portable = portable_data_folder()
    return None if portable is None else portable / SETTINGS_FILENAME


def documents_folder() -> Path:
    """Where save and open dialogs start: the home folder, or in portable mode the ``data``
    folder beside the program (so exports travel with the stick)."""
    portable = portable_data_folder()
    if portable is not None:
        portable.mkdir(parents=True, exist_ok=True)
        return portable
    return Path.home()


def is_portable(database: Path) -> bool:
    """Portable use (a USB stick, a borrowed or locked-down PC): the backups of ``database``
    are kept beside it, so they travel with the file instead of staying on one computer.

    Switched on by a file named ``portable.txt`` in the database's folder, for every database
    by the environment variable ``TOOLBOX_DESKTOP_PORTABLE=1``, and for every database when
    the program itself is portable (``portable_data_folder``): nothing goes to the profile.
    """
    if os.environ.get(PORTABLE_ENV, "").strip() not in ("", "0"):
        return True
    if (Path(database).expanduser().parent / PORTABLE_MARKER).is_file():
        return True
    return portable_data_folder() is not None

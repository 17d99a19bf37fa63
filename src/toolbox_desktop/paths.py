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
PORTABLE_MARKER = "portable.txt"
PORTABLE_ENV = "TOOLBOX_DESKTOP_PORTABLE"


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


def default_database_path() -> Path:
    """The user's database in the platform's data folder (created on first run)."""
    from platformdirs import user_data_path

    return user_data_path(APP_ID, appauthor=False, ensure_exists=True) / DATABASE_FILENAME


def user_data_folder() -> Path:
    """The platform's folder for the app's data (not created here)."""
    from platformdirs import user_data_path

    return user_data_path(APP_ID, appauthor=False)


def is_portable(database: Path) -> bool:
    """Portable use (a USB stick, a borrowed or locked-down PC): the backups of ``database``
    are kept beside it, so they travel with the file instead of staying on one computer.

    Switched on by a file named ``portable.txt`` in the database's folder, or for every
    database by the environment variable ``TOOLBOX_DESKTOP_PORTABLE=1``.
    """
    if os.environ.get(PORTABLE_ENV, "").strip() not in ("", "0"):
        return True
    return (Path(database).expanduser().parent / PORTABLE_MARKER).is_file()

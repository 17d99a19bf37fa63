"""Shared fixtures: every test gets its own temporary database and settings; Qt runs headless."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Never the developer's own files: the user's database, settings, backups and caches live
# under these folders (platformdirs, Qt), so a test that forgets ``--db`` or a settings file
# works on a file of the test run's own, never on the one the developer works with (one did,
# and failed on a file a newer checkout had upgraded). A test may still choose its own.
_OWN_FOLDERS = tempfile.mkdtemp(prefix="toolbox-tests-")
atexit.register(shutil.rmtree, _OWN_FOLDERS, ignore_errors=True)
for _variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_variable] = os.path.join(_OWN_FOLDERS, _variable.lower())

# Never the developer's own language and region either: the tests run as on a computer set to
# plain English (as CI's bare machine is), so a window a test opens picks English on its first
# start and reports are on A4, whether the developer's computer speaks German or American.
# Tests of another computer say so (they stand in ``language.system_locale_name`` or set
# these variables themselves).
for _variable in [name for name in os.environ if name.startswith("LC_") or name == "LANGUAGE"]:
    os.environ.pop(_variable)
os.environ["LANG"] = "C.UTF-8"

REPO = Path(__file__).resolve().parents[1]
SHIPPED_PACK = REPO / "data" / "content" / "whole-comm"


@pytest.fixture(autouse=True, scope="session")
def _collect_garbage_on_the_gui_thread():
    """As in the app: reports are built on worker threads, and Python's garbage collector
    must not destroy Qt objects there (see toolbox_desktop/ui/common/gui_thread_gc.py)."""
    from PySide6.QtWidgets import QApplication

    from toolbox_desktop.ui.common import gui_thread_gc
    from toolbox_desktop.ui.common.application import ToolboxApplication

    app = QApplication.instance() or ToolboxApplication([])  # the app's own, as it runs
    collector = gui_thread_gc.install(app)
    yield
    collector.stop()


@pytest.fixture(scope="session")
def qapp_cls():
    """pytest-qt's ``qapp`` is the app's own application class (it takes files to open)."""
    from toolbox_desktop.ui.common.application import ToolboxApplication

    return ToolboxApplication


@pytest.fixture(autouse=True)
def _no_file_opener_left_behind():
    """A window a test showed takes the files the system opens; not in the next test."""
    yield
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None and hasattr(app, "open_file"):
        app.open_file = None


@pytest.fixture(autouse=True, scope="session")
def _english_plural_forms(_collect_garbage_on_the_gui_thread):
    """As in an English app: its catalogue holds only the plural forms ("1 action",
    "2 actions"; see resources/translations/english_plurals.py), every other text is the
    source. A test of another language installs its catalogue over this one."""
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    english = QTranslator(app)
    assert english.load("toolbox_en", str(REPO / "resources" / "translations"))
    app.installTranslator(english)
    yield
    app.removeTranslator(english)


@pytest.fixture
def pack_copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped Whole-COMM pack, inside a content root folder."""
    root = tmp_path / "content"
    shutil.copytree(SHIPPED_PACK, root / "whole-comm")
    return root / "whole-comm"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "toolbox.sqlite3"


@pytest.fixture(scope="session")
def _loaded_databases(tmp_path_factory) -> dict:
    """Databases just created with some content loaded, one per set of packs (by their
    checksums), made once per run: loading a pack into a new file is the slow part of a new
    workspace (0.1 s for Whole-COMM, 2 s with the leaders' guide), and hundreds of tests
    start from one."""
    return {"folder": tmp_path_factory.mktemp("loaded-databases")}


@pytest.fixture
def workspace(db_path: Path, pack_copy: Path, _loaded_databases: dict):
    """A fresh database with the shipped content loaded: a copy of one made the same way
    earlier in the run (the same packs, byte for byte), which finds its packs unchanged."""
    from toolbox_desktop.core.pack import find_packs, pack_checksum
    from toolbox_desktop.storage.workspace import open_workspace

    root = pack_copy.parent
    key = tuple(sorted((folder.name, pack_checksum(folder)) for folder in find_packs(root)))
    if not db_path.exists():
        loaded = _loaded_databases.get(key)
        if loaded is None:
            loaded = _loaded_databases["folder"] / f"{len(_loaded_databases)}.sqlite3"
            open_workspace(loaded, root).close()
            _loaded_databases[key] = loaded
        shutil.copyfile(loaded, db_path)
    ws = open_workspace(db_path, root)
    yield ws
    ws.close()


@pytest.fixture
def ui_state(tmp_path: Path):
    """Window state stored in a temporary INI file, never in the user's real settings."""
    from PySide6.QtCore import QSettings

    from toolbox_desktop.ui.common.settings import UiState

    return UiState(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def main_window(qtbot, workspace, ui_state):
    from toolbox_desktop.ui.main_window import MainWindow

    window = MainWindow(workspace.content, ui_state, workspace.path, workspace.failed_packs)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def database_file(workspace) -> Path:
    """A town's database file made as the app makes one (content loaded), closed: for the
    commands given ``--db``, which refuse a file that does not exist."""
    workspace.close()
    return workspace.path

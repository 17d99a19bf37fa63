"""Fixtures for the markup tests: a trap file whose opening is noticed, and a window on a
municipality whose every text is hostile markup pointing at that trap."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest
from hostile_town import file_name, make_pack_hostile, make_user_text_hostile

SHIPPED_PACK = Path(__file__).resolve().parents[3] / "data" / "content" / "whole-comm"

# Opens the named pipe for writing, again and again: each open returns only when something
# opened the pipe for reading, and closing it lets that reader go on (it reads nothing).
# A separate process, so that a reader blocked on the GUI thread cannot stop it.
TRAP_WATCHER = textwrap.dedent(
    """
    import os, sys, time
    pipe, log = sys.argv[1], sys.argv[2]
    while True:
        descriptor = os.open(pipe, os.O_WRONLY)
        with open(log, "a", encoding="utf-8") as out:
            out.write("opened\\n")
        os.close(descriptor)
        time.sleep(0.005)
    """
)


class Trap:
    """A named pipe: reading it would block a window for ever; here every open is logged."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "p"
        self.log = folder / "trap.log"
        os.mkfifo(self.path)
        self.log.write_text("", "utf-8")
        self._watcher = subprocess.Popen(
            [sys.executable, "-c", TRAP_WATCHER, str(self.path), str(self.log)]
        )

    def opened(self) -> bool:
        time.sleep(0.1)  # the watcher logs an open at once; give it a moment
        return "opened" in self.log.read_text("utf-8")

    def close(self) -> None:
        self._watcher.kill()
        self._watcher.wait()


@pytest.fixture
def trap():
    """In a folder with a short path, so that hostile text stays within length limits."""
    if not hasattr(os, "mkfifo"):
        pytest.skip("named pipes are needed to notice a file being opened")
    folder = Path(tempfile.mkdtemp(prefix="t"))
    trap = Trap(folder)
    yield trap
    trap.close()
    shutil.rmtree(folder)


@pytest.fixture
def hostile_pack(tmp_path: Path, trap) -> Path:
    root = tmp_path / "hostile-content"
    shutil.copytree(SHIPPED_PACK, root / "whole-comm")
    make_pack_hostile(root / "whole-comm", trap.path)
    return root / "whole-comm"


@pytest.fixture
def hostile_workspace(tmp_path: Path, hostile_pack: Path, trap):
    """The training town with hostile text everywhere, and a peer imported from a package."""
    from toolbox_desktop.exchange.package_import import apply_import, preview_import
    from toolbox_desktop.exchange.package_writer import export_municipality
    from toolbox_desktop.services.training_town import create_training_municipality
    from toolbox_desktop.storage.workspace import open_workspace

    workspace = open_workspace(tmp_path / "hostile.sqlite3", hostile_pack.parent)
    assert not workspace.failed_packs, workspace.failed_packs
    create_training_municipality(workspace.conn)
    make_user_text_hostile(workspace.conn, trap.path)
    shared = export_municipality(workspace.conn, tmp_path / "shared.toolbox", anonymised=True)
    apply_import(workspace.conn, preview_import(workspace.conn, shared))
    make_user_text_hostile(workspace.conn, trap.path)  # the peer's texts name their fields
    yield workspace
    workspace.close()


@pytest.fixture
def hostile_window(qtbot, hostile_workspace, ui_state):
    from toolbox_desktop.ui.main_window import MainWindow

    window = MainWindow(
        hostile_workspace.content, ui_state, hostile_workspace.path, conn=hostile_workspace.conn
    )
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


@pytest.fixture
def other_laptop(tmp_path: Path, hostile_pack: Path):
    """Another laptop's empty database, with the same content."""
    from toolbox_desktop.storage.workspace import open_workspace

    workspace = open_workspace(tmp_path / "other.sqlite3", hostile_pack.parent)
    yield workspace
    workspace.close()


@pytest.fixture
def hostile_packages(tmp_path: Path, hostile_workspace) -> list[Path]:
    """Everything of the hostile town in a package, and a file that is no package; both
    named with markup."""
    from toolbox_desktop.exchange.package_writer import export_municipality

    folder = tmp_path / "usb"
    folder.mkdir()
    package = export_municipality(hostile_workspace.conn, folder / file_name("package.file"))
    refused = folder / file_name("refused.file")
    refused.write_bytes(b"not a zip")
    return [package, refused]

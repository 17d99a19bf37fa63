"""Layering rules the design depends on: the core and storage never import Qt."""

import subprocess
import sys


def test_core_storage_and_cli_commands_do_not_import_qt(tmp_path):
    code = (
        "import sys\n"
        "import toolbox_desktop.core.pack, toolbox_desktop.core.text_search\n"
        "import toolbox_desktop.storage.workspace, toolbox_desktop.storage.migrations\n"
        "from toolbox_desktop.cli import main\n"
        f"main(['--db', {str(tmp_path / 'a.db')!r}, 'content', 'list', '--format', 'json'])\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print('QT:', qt, file=sys.stderr)\n"
        "sys.exit(1 if qt else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]


def test_start_up_does_not_import_sqlite_utils_when_nothing_changes(tmp_path):
    """sqlite-utils is slow to import; an up-to-date database is read without it."""
    code = (
        "import sys\n"
        "from toolbox_desktop.paths import content_root\n"
        "from toolbox_desktop.storage.workspace import open_workspace\n"
        f"path = {str(tmp_path / 'b.db')!r}\n"
        "open_workspace(path, content_root()).close()\n"
        "first = 'sqlite_utils' in sys.modules\n"
        "for name in [m for m in sys.modules if m.startswith('sqlite_utils')]:\n"
        "    del sys.modules[name]\n"
        "ws = open_workspace(path, content_root())\n"
        "print(first, 'sqlite_utils' in sys.modules, len(ws.content.benchmarks))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.stdout.split() == ["True", "False", "68"], result.stderr[-2000:]


def test_the_installed_qt_binding_does_not_leak_none():
    """PySide6-Essentials 6.12.0 drops a reference to None on every call that returns nothing;
    on Python 3.11 the interpreter aborts after a few thousand calls (a few repaints). The
    project excludes that release; this fails if such a binding is installed again."""
    code = (
        "from PySide6.QtCore import QPointF\n"
        "point = QPointF()\n"
        "for _ in range(100_000):\n"
        "    point.setX(1.0)\n"
        "print('alive')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120
    )
    assert result.stdout.strip() == "alive", result.stderr[-2000:]

"""Layering rules the design depends on: the core and storage never import Qt, the import
contract in pyproject.toml holds, and no SQL is written outside storage/."""

import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


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


def test_the_import_contract_in_pyproject_holds():
    """`lint-imports` checks [tool.importlinter]: Qt only in ui and app, the core on its own,
    storage below everything but the core, and the layers of the design."""
    lint_imports = Path(sys.executable).with_name("lint-imports")
    command = [str(lint_imports)] if lint_imports.exists() else ["lint-imports"]
    result = subprocess.run(
        [*command, "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, (result.stdout + result.stderr)[-4000:]


# What looks like SQL in a string literal; docstrings are left out (they may name a PRAGMA).
SQL = re.compile(
    r"\b(SELECT\b[\s\S]*\bFROM|INSERT\s+(OR\s+[A-Z]+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM"
    r"|CREATE\s+(TABLE|INDEX|VIEW|TRIGGER)|PRAGMA\s+\w+)\b"
)
# Files outside storage/ that may hold SQL, each with its reason. Shrink it; never grow it.
# Empty: the package import reads through storage/package_store.py and writes through the
# repositories.
SQL_ALLOWED: dict[str, str] = {}


def _string_literals(tree: ast.AST):
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                docstrings.add(id(body[0].value))
    for node in ast.walk(tree):
        is_text = isinstance(node, ast.Constant) and isinstance(node.value, str)
        if is_text and id(node) not in docstrings:
            yield node


def test_no_sql_outside_storage():
    package = ROOT / "src" / "toolbox_desktop"
    found, used = [], set()
    for path in sorted(package.rglob("*.py")):
        name = path.relative_to(package).as_posix()
        if name.startswith("storage/"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in _string_literals(tree):
            if SQL.search(node.value):
                if name in SQL_ALLOWED:
                    used.add(name)
                else:
                    found.append(f"{name}:{node.lineno}: {node.value[:70]!r}")
    assert not found, "SQL outside storage/ (move it into a repository):\n" + "\n".join(found)
    assert used == set(SQL_ALLOWED), f"no SQL left in {set(SQL_ALLOWED) - used}: shrink the list"

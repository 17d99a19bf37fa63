"""No network, ever: the app makes no update check and sends nothing anywhere (README,
"Install and start"). Nothing in the source imports a module that opens connections, and
the frozen build leaves out ``ssl`` altogether (packaging/toolbox.spec)."""

from __future__ import annotations

import ast
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[1] / "src" / "toolbox_desktop"
NETWORK_MODULES = {
    "socket",
    "ssl",
    "http",
    "urllib",
    "ftplib",
    "smtplib",
    "xmlrpc",
    "asyncio",
    "requests",
    "httpx",
    "urllib3",
    "webbrowser",  # opens a browser, which may go online
    "PySide6.QtNetwork",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def is_network(module: str) -> bool:
    return any(module == name or module.startswith(name + ".") for name in NETWORK_MODULES)


def test_no_module_of_the_app_imports_anything_that_goes_online():
    found = {
        f"{path.relative_to(SOURCE)}: {module}"
        for path in sorted(SOURCE.rglob("*.py"))
        for module in imported_modules(path)
        if is_network(module)
    }
    assert found == set()


def test_the_window_opens_only_local_files():
    """``QDesktopServices.openUrl`` opens local files (a rating's linked documents, a saved
    report), never a web address, such as a download page."""
    calls = []
    for path in sorted(SOURCE.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for part in text.split("openUrl(")[1:]:
            calls.append((path.name, part.split("\n")[0]))
    assert calls, "the window opens linked files with QDesktopServices.openUrl"
    assert [call for call in calls if "QUrl.fromLocalFile(" not in call[1]] == []

"""The frozen program (PyInstaller) must let ``region merge``'s worker processes start as
workers: its entry point calls ``multiprocessing.freeze_support`` before ``main``."""

from __future__ import annotations

import ast
from pathlib import Path

LAUNCHER = Path(__file__).resolve().parents[2] / "packaging" / "launcher.py"


def test_the_frozen_entry_point_calls_freeze_support_before_main():
    tree = ast.parse(LAUNCHER.read_text(encoding="utf-8"))
    [guard] = [node for node in tree.body if isinstance(node, ast.If)]
    calls = [ast.unparse(node.value.func) for node in guard.body if isinstance(node, ast.Expr)]
    calls += [
        ast.unparse(node.value.args[0].func)
        for node in guard.body
        if isinstance(node, ast.Expr) and ast.unparse(node.value.func) == "sys.exit"
    ]
    assert calls[0] == "multiprocessing.freeze_support", calls
    assert "main" in calls, calls

"""Helpers for the Reports page tests: make the page, save a report, read a PDF's text."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog

BUILD_TIMEOUT_MS = 60_000


def pdf_text(path: Path) -> str:
    reader = PdfReader(str(path))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def answer_save_dialog(monkeypatch, target: Path) -> list:
    """Make "Save as PDF…" choose ``target``; returns the list of the dialog's calls."""
    calls: list = []

    def fake(*args, **kwargs):
        calls.append((args, kwargs))
        return str(target), "PDF documents (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return calls


def save_and_wait(qtbot, page, target: Path) -> None:
    with qtbot.waitSignal(page.report_saved, timeout=BUILD_TIMEOUT_MS) as blocker:
        page.save_button.click()
    assert blocker.args == [str(target)]
    assert target.exists()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))

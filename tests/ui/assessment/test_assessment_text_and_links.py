"""Text is stored without a Save button and never lost: long evidence in any script, typing
by hand, switching benchmark or closing mid-sentence; linked files, also missing ones."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox
from ui_helpers import type_text

from toolbox_desktop.core import limits
from toolbox_desktop.ui.assessment.links_editor import MISSING_ROLE

MIXED = "Пётр Иванович — مريم الناصر — Kadıköy'de ğüşıöç İstanbul. "


def long_mixed_text(length: int = limits.RATING["evidence"]) -> str:
    text = (MIXED * (length // len(MIXED) + 1))[:length]
    return text[:-1] + "\n" if text else text


def test_evidence_as_long_as_it_may_be_in_mixed_scripts_round_trips(
    page, make_page, workspace, other, qtbot
):
    screen = page.rating_screen
    code = workspace.content.benchmarks[3].code
    aid = page.session.current_assessment().id
    screen.select_code(code)
    evidence = long_mixed_text()
    assert len(evidence) == limits.RATING["evidence"] == 20_000
    screen.editor.evidence.setPlainText(evidence)
    qtbot.waitUntil(lambda: other.rating(aid, code) is not None, timeout=3000)  # debounce
    assert other.rating(aid, code).evidence == evidence
    page.close()

    again = make_page()
    again.rating_screen.select_code(code)
    assert again.rating_screen.editor.evidence.toPlainText() == evidence
    assert again.session.rating(code).evidence == evidence


def test_typing_by_hand_in_any_script_is_one_undo_step(page, workspace, other, undo_stack):
    screen = page.rating_screen
    editor = screen.editor
    code = workspace.content.benchmarks[0].code
    aid = page.session.current_assessment().id
    screen.select_code(code)
    editor.notes.setFocus()
    typed = "Сх. مدرسة Öğretmen"
    type_text(editor.notes, typed[:8])
    editor.texts["notes"].flush()  # as the 600 ms pause would
    type_text(editor.notes, typed[8:])
    editor.texts["notes"].flush()
    assert other.rating(aid, code).notes == typed
    assert undo_stack.count() == 1, "typing in one field merges into one command"
    assert undo_stack.undoText() == "Edit notes of 1.1.1"
    undo_stack.undo()
    assert other.rating(aid, code) is None
    assert editor.notes.toPlainText() == ""
    undo_stack.redo()
    assert other.rating(aid, code).notes == typed
    assert editor.notes.toPlainText() == typed


def test_text_typed_before_closing_or_switching_is_stored(page, workspace, other):
    screen = page.rating_screen
    editor = screen.editor
    first, second = (b.code for b in workspace.content.benchmarks[:2])
    aid = page.session.current_assessment().id
    screen.select_code(first)
    type_text(editor.rated_by, "Ayşe, Мария")
    screen.select_code(second)
    assert other.rating(aid, first).rated_by == "Ayşe, Мария"
    type_text(editor.evidence, "Council decision 12/2024")
    page.close()  # hiding the page stores what waits
    assert other.rating(aid, second).evidence == "Council decision 12/2024"


def test_links_added_opened_and_a_missing_file_is_marked(
    page, workspace, other, tmp_path, monkeypatch
):
    screen = page.rating_screen
    links = screen.editor.links
    code = workspace.content.benchmarks[0].code
    aid = page.session.current_assessment().id
    screen.select_code(code)
    plan = tmp_path / "Integrationsplan Roßlau.pdf"
    minutes = tmp_path / "протокол.odt"
    plan.write_text("plan")
    minutes.write_text("minutes")
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileNames",
        staticmethod(lambda *args, **kwargs: ([str(plan), str(minutes)], "")),
    )
    links.add_button.click()
    assert other.rating(aid, code).links == (str(plan), str(minutes))
    assert links.model.rowCount() == 2
    assert not links.missing_note.isVisible()

    opened = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True)
    )
    links.view.setCurrentIndex(links.model.index(0, 0))
    links.open_button.click()
    assert [Path(url.toLocalFile()) for url in opened] == [plan]

    minutes.unlink()  # someone deleted the file
    screen.select_code(workspace.content.benchmarks[1].code)
    screen.select_code(code)
    missing = links.model.index(1, 0)
    assert missing.data(MISSING_ROLE)
    assert "missing" in missing.data()
    assert "протокол.odt" in missing.data()
    assert links.missing_note.isVisible()
    assert "cannot be found" in links.missing_note.text()

    told = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _parent, title, text: told.append(text))
    )
    opened.clear()
    links.view.setCurrentIndex(missing)
    links.open_button.click()
    assert opened == []
    assert len(told) == 1 and "no longer there" in told[0]

    links.remove_button.click()
    assert other.rating(aid, code).links == (str(plan),)
    assert not links.missing_note.isVisible()
    page.undo_stack.undo()
    assert other.rating(aid, code).links == (str(plan), str(minutes))

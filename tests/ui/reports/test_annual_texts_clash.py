"""The annual report texts typed in one window while another window changed them: the same
question as the plan and the profile (``conflicts.store_asking``). Keep mine writes mine over
theirs; Use theirs keeps theirs where both changed (mine goes to the edit history) and still
writes the texts only this window changed."""

from __future__ import annotations

import pytest

from toolbox_desktop.storage.annual_texts import AnnualTextRepository, AnnualTexts
from toolbox_desktop.storage.database import connect
from toolbox_desktop.storage.edit_history import ANNUAL, SET_ASIDE, history
from toolbox_desktop.ui.common import conflicts
from toolbox_desktop.ui.reports.annual_texts_editor import AnnualTextsEditor

YEAR = 2025


@pytest.fixture
def other(workspace):
    """Another window's connection to the same file."""
    conn = connect(workspace.path)
    yield AnnualTextRepository(conn)
    conn.close()


@pytest.fixture
def editor(qtbot, workspace):
    editor = AnnualTextsEditor(AnnualTextRepository(workspace.conn))
    qtbot.addWidget(editor)
    editor.load(YEAR)
    return editor


@pytest.mark.parametrize("keep_mine", [True, False])
def test_a_text_changed_in_both_windows_is_asked_about(editor, other, monkeypatch, keep_mine):
    other.save(AnnualTexts(YEAR, "Their summary", "Their stories", ""), AnnualTexts(YEAR))
    asked = []
    monkeypatch.setattr(
        conflicts, "ask_keep_mine", lambda _parent, what: asked.append(what) or keep_mine
    )
    problems = []
    editor.problem.connect(problems.append)
    editor.summary_edit.setPlainText("My summary")
    editor.focus_edit.setPlainText("My focus")

    editor.save_texts()

    assert asked == [f"The annual report text of {YEAR}"] and problems == []
    summary = "My summary" if keep_mine else "Their summary"
    assert other.texts(YEAR) == AnnualTexts(YEAR, summary, "Their stories", "My focus")
    assert editor.current_texts(YEAR) == other.texts(YEAR), "the editor shows the file"
    assert not editor.unsaved_texts()
    kept = [(e.field, e.old, e.new, e.reason) for e in history(other.conn, ANNUAL, YEAR)]
    if keep_mine:
        assert ("summary", "Their summary", "My summary", "") in kept
    else:
        assert ("summary", "Their summary", "My summary", SET_ASIDE) in kept


def test_taking_theirs_for_the_only_text_changed_writes_nothing_of_mine(editor, other, monkeypatch):
    other.save(AnnualTexts(YEAR, "Their summary", "", ""), AnnualTexts(YEAR))
    monkeypatch.setattr(conflicts, "ask_keep_mine", lambda _parent, _what: False)
    editor.summary_edit.setPlainText("My summary")

    editor.save_texts()

    assert other.texts(YEAR) == AnnualTexts(YEAR, "Their summary", "", "")
    assert editor.summary_edit.toPlainText() == "Their summary"
    assert not editor.unsaved_texts()

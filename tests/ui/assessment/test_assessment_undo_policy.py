"""Undo and Redo of ratings follow the one policy of every area (ui/common/undo.py), as the
plan's do (tests/ui/plan/test_plan_undo_policy.py): a replay the file refuses is told, stays
on the stack and is done once it can be; the screen shows what the file holds."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox

from toolbox_desktop.core.assessment import Rating
from toolbox_desktop.ui.assessment import problems
from toolbox_desktop.ui.assessment.benchmark_list import RATING_COLUMN


@pytest.fixture
def told(monkeypatch):
    """The warnings shown (title, text), instead of showing them."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        staticmethod(lambda _parent, title, text: shown.append((title, text))),
    )
    return shown


def shown_level(page) -> str:
    return page.rating_screen.table.currentIndex().siblingAtColumn(RATING_COLUMN).data()


def test_a_redo_the_file_refuses_is_told_stays_and_the_screen_shows_the_file(
    page, workspace, other, undo_stack, monkeypatch, told
):
    code = workspace.content.benchmarks[0].code
    aid = page.session.current_assessment().id
    page.rating_screen.select_code(code)
    page.rating_screen.set_level(3)
    undo_stack.undo()
    other.save_rating(aid, Rating(code, notes="Written in the other window"))
    real = page.session.repository.save_rating

    def failing(*_args, **_kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(page.session.repository, "save_rating", failing)
    undo_stack.redo()

    assert [title for title, _text in told] == ["Could not save"]
    assert "disk I/O error" in told[0][1]
    assert (undo_stack.count(), undo_stack.index()) == (1, 0) and undo_stack.canRedo()
    assert other.rating(aid, code).level is None
    assert page.session.rating(code) == other.rating(aid, code), "the file, read again"
    assert shown_level(page) == "—"
    assert page.rating_screen.editor.notes.toPlainText() == "Written in the other window"

    asked = []
    monkeypatch.setattr(
        problems, "ask_keep_mine", lambda _parent, title: asked.append(title) or True
    )
    monkeypatch.setattr(page.session.repository, "save_rating", real)
    undo_stack.redo()  # the other window's note came in meanwhile: asked, and kept mine over it
    assert asked == [workspace.content.benchmarks[0].title]
    stored = other.rating(aid, code)
    assert (stored.level, stored.notes) == (3, "Written in the other window")
    assert shown_level(page) == "3 Largely in place"
    assert (undo_stack.count(), undo_stack.index()) == (1, 1)

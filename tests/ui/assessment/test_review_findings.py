"""Review findings on the rating screen and the assessment page: Undo and Redo show the
assessment they change, a final assessment stays read-only whatever the path, and the user is
told the truth when a deletion is refused."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox

from toolbox_desktop.core.assessment import FINAL, Rating


@pytest.fixture
def warnings(monkeypatch):
    """The titles of the warning boxes shown (instead of showing them)."""
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _parent, title, _text: shown.append(title))
    )
    return shown


@pytest.fixture
def say_yes(monkeypatch):
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *_args: QMessageBox.StandardButton.Yes)
    )


def test_undo_and_redo_show_the_assessment_they_change(page, workspace, other, undo_stack):
    """Undo after switching to another assessment changed the first one out of sight (and
    left the Compare tab stale): pressing Ctrl+Z "did nothing", so users pressed it again
    and took away more ratings they could not see."""
    session, screen = page.session, page.rating_screen
    codes = [b.code for b in workspace.content.benchmarks[:2]]
    baseline = session.current_assessment()
    screen.select_code(codes[1])
    screen.set_level(3)
    review = session.create_assessment("Review", "2026-03-01", copy_from=baseline.id)
    screen.select_code(codes[0])
    assert session.current_assessment().id == review.id

    undo_stack.undo()
    assert other.rating(baseline.id, codes[1]) is None
    assert other.rating(review.id, codes[1]).level == 3, "the copy is not touched"
    assert session.current_assessment().id == baseline.id
    assert page.chooser.currentData() == baseline.id
    assert screen.current_code() == codes[1]
    assert not any(b.isChecked() for b in screen.editor.level.buttons.values())

    session.select_assessment(review.id)
    undo_stack.redo()
    assert other.rating(baseline.id, codes[1]).level == 3
    assert session.current_assessment().id == baseline.id
    assert screen.current_code() == codes[1]
    assert screen.editor.level.buttons[3].isChecked()


def test_redo_does_not_delete_an_assessment_finalised_since(
    page, other, undo_stack, say_yes, warnings
):
    baseline = page.session.current_assessment()
    page.delete_button.click()
    assert other.assessments() == []
    undo_stack.undo()
    page.toggle_final()  # adopted by the council: read-only until reopened
    assert not page.delete_button.isEnabled()

    undo_stack.redo()
    assert [a.id for a in other.assessments()] == [baseline.id]
    assert other.assessment(baseline.id).is_final
    assert warnings == ["Assessment is final"]
    assert page.session.current_assessment().id == baseline.id
    assert page.final_banner.isVisible()


def test_delete_of_an_assessment_finalised_elsewhere_is_refused_truthfully(
    page, other, undo_stack, say_yes, warnings
):
    baseline = page.session.current_assessment()
    other.update(baseline.id, status=FINAL)  # this window has not looked yet
    page.delete_button.click()
    assert warnings == ["Assessment is final"]
    assert [a.id for a in other.assessments()] == [baseline.id]
    assert "Deleted" not in page.notice.text(), "it was not deleted"
    assert undo_stack.count() == 0
    assert page.final_banner.isVisible()


class FailingReads:
    """Reads of ratings fail while ``on`` (the file is busy, e.g. another program locks
    it), as ``sqlite3.OperationalError: database is locked`` does."""

    def __init__(self, repository, monkeypatch) -> None:
        self.on = True
        real = repository.ratings

        def ratings(assessment_id):
            if self.on:
                raise sqlite3.OperationalError("database is locked")
            return real(assessment_id)

        monkeypatch.setattr(repository, "ratings", ratings)


def test_a_reload_that_failed_is_tried_again(page, workspace, other, monkeypatch):
    """The poll took note of the other window's change before reading it; when the read
    failed the change was never shown (until yet another change came)."""
    session, screen = page.session, page.rating_screen
    code = workspace.content.benchmarks[0].code
    aid = session.current_assessment().id
    screen.select_code(code)
    other.save_rating(aid, Rating(code, level=4))
    busy = FailingReads(session.repository, monkeypatch)
    page.poller.poll()  # the timer's slot: the error is not the user's business
    busy.on = False
    page.poller.poll()
    assert session.rating(code).level == 4
    assert screen.editor.level.buttons[4].isChecked()


def test_choosing_an_assessment_while_the_file_is_busy(page, workspace, monkeypatch, warnings):
    """The read failed inside the chooser's slot: an unhandled exception, and the session
    said the new assessment was shown while the ratings were still the old one's."""
    session, screen = page.session, page.rating_screen
    code = workspace.content.benchmarks[0].code
    baseline = session.current_assessment()
    screen.select_code(code)
    screen.set_level(2)
    review = session.create_assessment("Review", "2026-03-01")
    session.select_assessment(baseline.id)
    busy = FailingReads(session.repository, monkeypatch)
    page.chooser.setCurrentIndex(page.chooser.findData(review.id))
    page.chooser.activated.emit(page.chooser.currentIndex())
    assert warnings == ["Could not read"]
    assert session.current_assessment().id == baseline.id
    assert session.rating(code).level == 2
    assert page.chooser.currentData() == baseline.id
    busy.on = False
    page.chooser.setCurrentIndex(page.chooser.findData(review.id))
    page.chooser.activated.emit(page.chooser.currentIndex())
    assert session.current_assessment().id == review.id
    assert session.rating(code) is None


def test_compare_follows_another_window_editing_the_assessment_not_shown(
    qtbot, workspace, undo_stack, other
):
    """Another window rated the earlier assessment while this one showed the later one: the
    poll read the file but said nothing, so Compare kept showing the old numbers."""
    from toolbox_desktop.ui.assessment.assessment_area import COMPARE_TAB, AssessmentArea

    area = AssessmentArea(workspace.conn, workspace.content, undo_stack)
    qtbot.addWidget(area)
    area.show()
    area.poller.stop()
    code = workspace.content.benchmarks[0].code
    session = area.session
    earlier = session.create_assessment("2025", "2025-03-01")
    session.write_rating(earlier.id, code, Rating(code, level=1), expected=None)
    later = session.create_assessment("2026", "2026-03-01", copy_from=earlier.id)
    session.write_rating(later.id, code, Rating(code, level=3), expected=session.rating(code))
    area.tabs.setCurrentIndex(COMPARE_TAB)
    assert [c.delta for c in area.comparison.comparison().changes if c.benchmark == code] == [2]

    other.save_rating(earlier.id, Rating(code, level=0))
    assert area.check_external_changes()
    assert [c.delta for c in area.comparison.comparison().changes if c.benchmark == code] == [3]

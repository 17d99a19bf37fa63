"""Two windows (or two copies of the app) on one file: a rating changed elsewhere is never
overwritten silently; the user keeps theirs or takes the other, and the screen follows changes
made elsewhere without clobbering what is being typed."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from toolbox_desktop.core.assessment import Rating
from toolbox_desktop.ui.assessment import problems
from toolbox_desktop.ui.assessment.benchmark_list import RATING_COLUMN
from toolbox_desktop.ui.assessment.problems import conflict_box
from toolbox_desktop.ui.common import conflicts
from toolbox_desktop.ui.common.conflicts import ANSWER_DELAY_MS


class Answer:
    """Stands in for the user in the conflict question; records each time it was asked."""

    def __init__(self, keep_mine: bool) -> None:
        self.keep = keep_mine
        self.asked: list[str] = []

    def __call__(self, _parent, benchmark_title: str) -> bool:
        self.asked.append(benchmark_title)
        return self.keep


def shown_rating(screen) -> str:
    return screen.table.currentIndex().siblingAtColumn(RATING_COLUMN).data()


def setup(page, workspace, other, monkeypatch, keep_mine: bool):
    answer = Answer(keep_mine)
    monkeypatch.setattr(problems, "ask_keep_mine", answer)
    benchmark = workspace.content.benchmarks[0]
    aid = page.session.current_assessment().id
    page.rating_screen.select_code(benchmark.code)
    page.rating_screen.set_level(1)
    # Another window rates the same benchmark and writes evidence; this page has not looked.
    other.save_rating(aid, Rating(benchmark.code, level=2, evidence="Their evidence"))
    return answer, benchmark, aid


def test_keep_mine_stores_my_level_on_top_of_their_rating(page, workspace, other, monkeypatch):
    answer, benchmark, aid = setup(page, workspace, other, monkeypatch, keep_mine=True)
    page.rating_screen.set_level(3)
    assert answer.asked == [benchmark.title]
    stored = other.rating(aid, benchmark.code)
    assert (stored.level, stored.evidence) == (3, "Their evidence")
    assert shown_rating(page.rating_screen) == "3 Largely in place"
    assert page.rating_screen.editor.evidence.toPlainText() == "Their evidence"
    history = [(h.field, h.old, h.new) for h in other.history(aid, benchmark.code)]
    assert ("level", 2, 3) in history, "their value stays in the history"
    page.undo_stack.undo()  # back to what was there before my change: theirs
    assert other.rating(aid, benchmark.code).level == 2


def test_use_theirs_reloads_and_drops_my_change(page, workspace, other, monkeypatch):
    answer, benchmark, aid = setup(page, workspace, other, monkeypatch, keep_mine=False)
    count = page.undo_stack.count()
    page.rating_screen.set_level(4)
    assert answer.asked == [benchmark.title]
    assert other.rating(aid, benchmark.code).level == 2
    assert shown_rating(page.rating_screen) == "2 Partly in place"
    assert page.rating_screen.editor.level.buttons[2].isChecked()
    assert page.rating_screen.editor.evidence.toPlainText() == "Their evidence"
    assert page.undo_stack.count() == count, "nothing to undo for a change not made"


def test_the_conflict_question_says_what_happened_and_offers_both(qapp):
    box = conflict_box(None, "Named people or roles")
    assert "Named people or roles" in box.text()
    assert "changed in another window" in box.text()
    assert "Nothing is lost" in box.informativeText()
    assert sorted(b.text() for b in box.buttons()) == ["Keep mine", "Use theirs"]
    assert box.defaultButton().text() == "Keep mine"


def test_polling_follows_the_other_connection(page, workspace, other, qtbot):
    screen = page.rating_screen
    code = workspace.content.benchmarks[0].code
    aid = page.session.current_assessment().id
    screen.select_code(code)
    # The app looks every 2 s (POLL_INTERVAL_MS); here every 0.1 s: what is tested is that
    # each change made elsewhere shows, not how soon.
    page.poller.start(100)
    other.save_rating(aid, Rating(code, level=4, notes="from the other window"))
    qtbot.waitUntil(lambda: shown_rating(screen) == "4 Fully in place and evaluated", timeout=5000)
    assert screen.editor.level.buttons[4].isChecked()
    assert screen.editor.notes.toPlainText() == "from the other window"
    assert screen.progress_label.text() == "1 of 68 rated"

    other.clear_rating(aid, code)  # e.g. Undo in the other window
    qtbot.waitUntil(lambda: shown_rating(screen) == "—", timeout=5000)
    assert not any(b.isChecked() for b in screen.editor.level.buttons.values())
    assert screen.editor.notes.toPlainText() == ""
    assert screen.progress_label.text() == "0 of 68 rated"


def test_reload_keeps_text_being_typed_then_asks(page, workspace, other, monkeypatch):
    answer = Answer(keep_mine=True)
    monkeypatch.setattr(problems, "ask_keep_mine", answer)
    editor = page.rating_screen.editor
    code = workspace.content.benchmarks[0].code
    aid = page.session.current_assessment().id
    page.rating_screen.select_code(code)
    editor.evidence.setPlainText("Mine, still typing")  # waits for the pause
    other.save_rating(aid, Rating(code, level=3, evidence="Theirs"))
    assert page.check_external_changes()
    assert editor.evidence.toPlainText() == "Mine, still typing"
    assert editor.level.buttons[3].isChecked()
    editor.flush()
    assert answer.asked == [workspace.content.benchmarks[0].title]
    stored = other.rating(aid, code)
    assert (stored.level, stored.evidence) == (3, "Mine, still typing")

    answer.keep = False
    editor.evidence.setPlainText("Mine again")
    other.save_rating(aid, stored.with_changes(evidence="Theirs again"))
    page.check_external_changes()
    editor.flush()
    assert other.rating(aid, code).evidence == "Theirs again"
    assert editor.evidence.toPlainText() == "Theirs again"


def test_undo_after_a_change_elsewhere_asks_too(page, workspace, other, monkeypatch):
    answer = Answer(keep_mine=False)
    monkeypatch.setattr(problems, "ask_keep_mine", answer)
    code = workspace.content.benchmarks[0].code
    aid = page.session.current_assessment().id
    page.rating_screen.select_code(code)
    page.rating_screen.set_level(3)
    other.save_rating(aid, Rating(code, level=1))
    page.undo_stack.undo()
    assert answer.asked and other.rating(aid, code).level == 1
    assert page.undo_stack.count() == 0, "the command that could not be undone is dropped"
    assert shown_rating(page.rating_screen) == "1 Planned or ad hoc"

    answer.keep = True
    page.rating_screen.set_level(2)
    other.save_rating(aid, Rating(code, level=0))
    page.undo_stack.undo()  # keep mine: undo my change anyway, back to what I replaced
    assert other.rating(aid, code).level == 1


def test_assessment_deleted_elsewhere(page, other, monkeypatch):
    aid = page.session.current_assessment().id
    other.delete(aid)
    assert page.check_external_changes()
    assert page.stack.currentWidget() is page.empty_state
    warned = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, title, text: warned.append(title))
    )
    assert page.rating_screen.set_level(2).value == "refused"
    assert other.ratings(aid) == {}


def test_the_conflict_question_answers_what_was_clicked(qapp, monkeypatch):
    # The buttons wake after 0.1 s here, not the app's 0.7 s: the delay itself is tested
    # below, this test is about which button answers what.
    monkeypatch.setattr(conflicts, "ANSWER_DELAY_MS", 100)

    def click(name: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        next(b for b in box.buttons() if b.objectName() == name).click()

    QTimer.singleShot(200, lambda: click("use_theirs"))
    assert problems.ask_keep_mine(None, "A title") is False
    QTimer.singleShot(200, lambda: click("keep_mine"))
    assert problems.ask_keep_mine(None, "A title") is True


def test_a_keystroke_right_after_the_question_opens_does_not_answer_it(qapp):
    """The question can open while the user types: Space or Enter must not pick an answer."""
    typed_into_it = []

    def press_then_click() -> None:
        box = QApplication.activeModalWidget()
        QTest.keyClick(box, Qt.Key.Key_Space)
        QTest.keyClick(box, Qt.Key.Key_Return)
        typed_into_it.append(box.isVisible())
        QTimer.singleShot(
            ANSWER_DELAY_MS + 100,
            lambda: next(b for b in box.buttons() if b.objectName() == "use_theirs").click(),
        )

    QTimer.singleShot(0, press_then_click)
    assert problems.ask_keep_mine(None, "A title") is False
    assert typed_into_it == [True]

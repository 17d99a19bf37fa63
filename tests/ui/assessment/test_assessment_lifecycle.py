"""Assessments from the first one on: the empty state, the profile, new (pre-marked), copy,
details, delete with confirmation and undo, finalise (read-only) and reopen, remembered state."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from ui_helpers import focused

from toolbox_desktop.core.assessment import OUTSIDE_COMPETENCE, Rating
from toolbox_desktop.core.tailoring import PREMARK_NOTE
from toolbox_desktop.ui.assessment.benchmark_list import RATING_COLUMN


def fill_in(fill):
    """Replace ``page.open_dialog``: fill the dialog like a user, then press OK."""

    def open_dialog(dialog):
        fill(dialog)
        return True

    return open_dialog


def test_empty_state_then_profile_then_a_premarked_first_assessment(
    make_page, workspace, other, monkeypatch
):
    page = make_page()
    assert page.stack.currentWidget() is page.empty_state
    assert page.empty_state.isVisible()
    assert not page.final_button.isEnabled() and not page.delete_button.isEnabled()

    def profile(dialog):
        dialog.name.setText("Roßlau")
        dialog.population.setText("12000")
        dialog.kind.setCurrentIndex(dialog.kind.findData("small-town"))
        dialog.newcomers.setText("140")
        dialog.staff_time.setText("eine Person, halbtags")
        dialog.competences["housing"].setChecked(False)
        dialog.competences["health"].setChecked(False)

    monkeypatch.setattr(page, "open_dialog", fill_in(profile))
    page.empty_state.profile_button.click()
    stored = other.profile()
    assert stored.competences == frozenset({"education", "employment"})
    assert (stored.name, stored.population, stored.kind, stored.newcomers) == (
        "Roßlau",
        12000,
        "small-town",
        140,
    )
    assert stored.staff_time == "eine Person, halbtags"

    def new(dialog):
        dialog.title.setText("Baseline 2025")
        dialog.date.setDate(QDate(2025, 3, 1))
        dialog.participants.setPlainText("Bürgermeisterin, Schule")

    monkeypatch.setattr(page, "open_dialog", fill_in(new))
    page.empty_state.create_button.click()
    assert page.stack.currentWidget() is page.rating_screen
    assessment = other.assessments()[0]
    assert (assessment.title, assessment.assessed_on, assessment.participants) == (
        "Baseline 2025",
        "2025-03-01",
        "Bürgermeisterin, Schule",
    )
    ratings = other.ratings(assessment.id)
    premarked = {b.code for b in workspace.content.benchmarks if b.dimension in ("hou", "hea")}
    assert set(ratings) == premarked
    assert all(
        r.exclusion == OUTSIDE_COMPETENCE and r.notes == PREMARK_NOTE for r in ratings.values()
    )
    screen = page.rating_screen
    # Pre-marked benchmarks are named for what they are, not counted as rated.
    assert len(premarked) == 24
    assert screen.progress_label.text() == "0 of 68 rated, 24 outside our competence"
    assert page.chooser.currentText() == "Baseline 2025 — 3/1/2025"
    code = sorted(premarked)[0]
    screen.select_code(code)
    assert screen.table.currentIndex().siblingAtColumn(RATING_COLUMN).data() == (
        "Outside our competence"
    )
    assert screen.editor.notes.toPlainText() == PREMARK_NOTE


def test_copy_of_an_earlier_assessment_and_edit_details(page, workspace, other, monkeypatch):
    first = page.session.current_assessment()
    codes = [b.code for b in workspace.content.benchmarks]
    page.rating_screen.select_code(codes[0])
    page.rating_screen.set_level(2)
    page.rating_screen.select_code(codes[1])
    page.rating_screen.set_level(3)

    def copy(dialog):
        assert dialog.copy.isChecked() and dialog.source.currentData() == first.id
        assert dialog.title.text() == "Baseline (copy)"
        dialog.title.setText("Review 2026")
        dialog.date.setDate(QDate(2026, 3, 1))

    monkeypatch.setattr(page, "open_dialog", fill_in(copy))
    page.copy_button.click()
    review = page.session.current_assessment()
    assert review.title == "Review 2026" and review.copied_from == first.id
    assert {c: r.level for c, r in other.ratings(review.id).items()} == {codes[0]: 2, codes[1]: 3}
    assert [page.chooser.itemText(i) for i in range(page.chooser.count())] == [
        "Review 2026 — 3/1/2026",
        "Baseline — 3/1/2025",
    ]
    page.rating_screen.select_code(codes[0])
    page.rating_screen.set_level(4)  # the copy changes, the original stays
    assert other.rating(first.id, codes[0]).level == 2

    def details(dialog):
        assert dialog.title.text() == "Review 2026"
        dialog.title.setText("Review, spring 2026")
        dialog.participants.setPlainText("Rat der Stadt")

    monkeypatch.setattr(page, "open_dialog", fill_in(details))
    page.edit_button.click()
    stored = other.assessment(review.id)
    assert (stored.title, stored.participants) == ("Review, spring 2026", "Rat der Stadt")
    assert page.chooser.currentText() == "Review, spring 2026 — 3/1/2026"


def test_delete_asks_first_and_undo_brings_it_back(page, other, monkeypatch, undo_stack):
    baseline = page.session.current_assessment()
    page.rating_screen.set_level(3)
    asked = []

    def answer(reply):
        def question(_parent, title, text, *args):
            asked.append(text)
            return reply

        return staticmethod(question)

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    page.delete_button.click()
    assert other.assessments() == [baseline]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    page.delete_button.click()
    assert len(asked) == 2 and "“Baseline”" in asked[0]
    assert other.assessments() == []
    assert page.stack.currentWidget() is page.empty_state
    assert "Undo" in page.notice.text()

    undo_stack.undo()
    assert other.assessments() == [baseline]
    assert page.session.current_assessment() == baseline
    assert page.stack.currentWidget() is page.rating_screen
    assert page.rating_screen.progress_label.text() == "1 of 68 rated"
    undo_stack.redo()
    assert other.assessments() == []


def test_final_assessment_is_read_only_until_reopened(active_page, workspace, other):
    page = active_page
    screen = page.rating_screen
    editor = screen.editor
    code = workspace.content.benchmarks[0].code
    screen.select_code(code)
    screen.set_level(1)
    page.final_button.click()
    aid = page.session.current_assessment().id
    assert other.assessment(aid).is_final
    assert page.final_banner.isVisible()
    assert page.final_banner.text() == "Final — reopen to edit"
    assert page.final_button.text() == "Reopen"
    assert not editor.level.isEnabled() and not editor.target.isEnabled()
    assert editor.evidence.isReadOnly() and editor.notes.isReadOnly()
    assert not editor.links.add_button.isEnabled()
    assert not editor.clear_button.isEnabled()
    assert not page.delete_button.isEnabled()
    assert page.chooser.currentText().endswith("(final)")

    screen.table.setFocus()
    QTest.keyClick(focused(), Qt.Key.Key_4)  # refused, with the reason shown
    assert other.rating(aid, code).level == 1
    assert screen.notice.isVisible()
    assert "final" in screen.notice.text() and "Reopen" in screen.notice.text()
    assert (
        screen.table.currentIndex().siblingAtColumn(RATING_COLUMN).data() == "1 Planned or ad hoc"
    )

    page.reopen_button.click()
    assert not other.assessment(aid).is_final
    assert not page.final_banner.isVisible()
    assert editor.level.isEnabled() and not editor.evidence.isReadOnly()
    QTest.keyClick(focused(), Qt.Key.Key_4)
    assert other.rating(aid, code).level == 4


def test_final_elsewhere_refuses_the_edit_with_a_message(page, workspace, other, monkeypatch):
    warned = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, title, text: warned.append((title, text)))
    )
    aid = page.session.current_assessment().id
    other.update(aid, status="final")  # another window finalised it a moment ago
    assert page.rating_screen.set_level(2).value == "refused"
    assert warned and warned[0][0] == "Assessment is final"
    assert other.rating(aid, workspace.content.benchmarks[0].code) is None
    assert page.final_banner.isVisible()  # the page read the file again


def test_last_assessment_and_benchmark_are_remembered(page, make_page, workspace, ui_state):
    codes = [b.code for b in workspace.content.benchmarks]
    first = page.session.current_assessment()
    page.session.create_assessment("Second", "2026-01-01")
    page.session.select_assessment(first.id)
    page.rating_screen.select_code(codes[7])
    page.rating_screen.set_only_unrated(True)
    page.save_state()
    page.close()

    again = make_page(ui_state)
    assert again.session.current_assessment() == first
    assert again.rating_screen.current_code() == codes[7]
    assert again.rating_screen.only_unrated.isChecked()


def test_session_signals_for_other_views(page, workspace, qtbot):
    session = page.session
    code = workspace.content.benchmarks[2].code
    with qtbot.waitSignal(session.ratings_changed):
        page.rating_screen.select_code(code)
        page.rating_screen.set_level(3)
    assert session.current_ratings()[code] == Rating(code, level=3)
    second = session.create_assessment("Second", "2026-01-01")
    first_id = session.assessments()[1].id
    with qtbot.waitSignal(session.current_assessment_changed) as blocker:
        session.select_assessment(first_id)
    assert blocker.args == [first_id]
    assert session.current_assessment().id != second.id
    session.select_benchmark(workspace.content.benchmarks[40].code)
    assert page.rating_screen.current_code() == workspace.content.benchmarks[40].code
    assert page.rating_screen.editor.title_label.text() == workspace.content.benchmarks[40].title


def test_assessment_dates_are_shown_as_the_locale_writes_dates(make_page, monkeypatch):
    """The chooser, the lists of earlier assessments and the date field showed the stored
    ISO text ("2025-03-01") where every other screen writes "01.03.2025" in German."""
    QLocale.setDefault(QLocale("de_DE"))
    try:
        page = make_page()
        shown = []

        def new(dialog):
            dialog.title.setText("Baseline 2025")
            dialog.date.setDate(QDate(2025, 3, 1))
            shown.append(dialog.date.text())

        monkeypatch.setattr(page, "open_dialog", fill_in(new))
        page.empty_state.create_button.click()
        assert shown == ["01.03.2025"]
        assert page.chooser.currentText() == "Baseline 2025 — 01.03.2025"

        def copy(dialog):
            shown.append(dialog.source.currentText())

        monkeypatch.setattr(page, "open_dialog", fill_in(copy))
        page.copy_button.click()
        assert shown[-1] == "Baseline 2025 (01.03.2025)"
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))

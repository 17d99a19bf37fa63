"""The Workshop tab: start a workshop, add participants, type paper sheets, see median and
spread ordered by disagreement, and set the agreed rating, which is the assessment's rating."""

from __future__ import annotations

import pytest
from cut_text import list_entries_cut
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox

from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.storage.workshop_repository import NAMED, WorkshopRepository
from toolbox_desktop.ui.assessment.assessment_area import WORKSHOP_TAB, AssessmentArea
from toolbox_desktop.ui.common import text_limits


@pytest.fixture
def area(qtbot, workspace):
    repository = AssessmentRepository(workspace.conn)
    repository.create("Workshop at the adult education centre", "2026-11-20")
    stack = QUndoStack()
    area = AssessmentArea(workspace.conn, workspace.content, stack)
    area.undo_stack = stack
    qtbot.addWidget(area)
    area.resize(1280, 800)
    area.show()
    area.tabs.setCurrentIndex(WORKSHOP_TAB)
    return area


def first_codes(workspace, n):
    return [b.code for b in workspace.content.benchmarks[:n]]


def answer_name(monkeypatch, name):
    monkeypatch.setattr(text_limits, "ask_line", lambda *a, **k: (name, True))


def test_a_new_assessment_offers_to_start_a_workshop(area):
    view = area.workshop
    assert view.pages.currentIndex() == 0
    assert "Workshop at the adult education centre" in view.start_page.heading.text()
    view.start_page.named_button.click()
    assert view.pages.currentIndex() == 1
    assert "0 participants (named)" in view.heading.text()


def test_participants_rate_on_paper_and_the_table_shows_median_and_spread(
    area, workspace, qtbot, monkeypatch
):
    view = area.workshop
    view.start(NAMED)
    a, b, c = first_codes(workspace, 3)
    levels = {"Ana": {a: 2, b: 0, c: 3}, "Barış": {a: 2, b: 4, c: 3}, "Ольга": {a: 2, b: 2}}
    for name, answers in levels.items():
        answer_name(monkeypatch, name)
        view.add_participant()
        dialog = view.enter_paper_ratings()
        for code, level in answers.items():
            dialog.table.setCurrentCell(dialog.codes.index(code), 2)
            qtbot.keyClick(dialog.table, getattr(Qt.Key, f"Key_{level}"))
        dialog.accept()
    assert view.participant_list.count() == 3
    assert "Barış" in view.participant_list.item(1).text()
    model = view.model
    # Largest disagreement first: b (0, 4, 2) before c (3, 3) and a (2, 2, 2).
    assert model.order()[0] == b
    row = model.row_of(b)
    cells = [model.index(row, col).data() for col in range(model.columnCount())]
    assert cells[2:5] == ["0", "4", "2"]
    assert cells[model.median_column] == "2"
    assert cells[model.spread_column] == "4"
    row_c = model.row_of(c)
    assert model.index(row_c, 4).data() == "—"  # Ольга did not rate it
    assert model.index(row_c, model.spread_column).data() == "0"
    view.disagreement_check.setChecked(False)
    assert model.order()[:3] == [a, b, c]


def test_the_agreed_rating_is_the_assessments_rating_and_can_be_undone(
    area, workspace, qtbot, monkeypatch
):
    view = area.workshop
    view.start(NAMED)
    code = first_codes(workspace, 1)[0]
    repository = WorkshopRepository(workspace.conn)
    assessment_id = view.assessment_id()
    for name, level in (("Ana", 1), ("Ben", 2), ("Cem", 4)):
        participant = repository.add_participant(assessment_id, name)
        repository.save_rating(participant.id, code, level)
    view.reload()
    view.select_code(code)
    assert "median 2, spread 3" in view.agreed_panel.votes_label.text()
    view.agreed_panel.median_button.click()
    stored = AssessmentRepository(workspace.conn).ratings(assessment_id)
    assert stored[code].level == 2
    assert view.model.index(view.model.row_of(code), view.model.agreed_column).data() == (
        "2 Partly in place"
    )
    assert view.agreed_panel.level_buttons[2].isChecked()
    qtbot.keyClick(view.table, Qt.Key.Key_3)
    assert AssessmentRepository(workspace.conn).ratings(assessment_id)[code].level == 3
    area.undo_stack.undo()
    assert AssessmentRepository(workspace.conn).ratings(assessment_id)[code].level == 2
    # Everyone's own ratings are kept.
    kept = repository.ratings(assessment_id)
    assert sorted(r[code].level for r in kept.values()) == [1, 2, 4]


def test_the_agreed_note_is_stored_as_the_ratings_note(area, workspace, qtbot):
    view = area.workshop
    view.start(NAMED)
    code = view.order()[0]
    view.select_code(code)
    view.agreed_panel.note_edit.setPlainText("Einigung nach Diskussion: Teilweise umgesetzt")
    view.agreed_panel.flush()
    stored = AssessmentRepository(workspace.conn).ratings(view.assessment_id())
    assert stored[code].notes == "Einigung nach Diskussion: Teilweise umgesetzt"


def test_an_agreed_outside_our_competence_is_shown_and_chosen_as_such(area, workspace, qtbot):
    """Not as "not applicable": the group agreed the town has no say, which scoring and the
    reports tell apart."""
    from toolbox_desktop.core.assessment import NOT_APPLICABLE, OUTSIDE_COMPETENCE

    view = area.workshop
    view.start(NAMED)
    first, second = view.order()[:2]
    repository = AssessmentRepository(workspace.conn)
    panel = view.agreed_panel
    view.select_code(first)
    panel.outside_button.click()
    assert repository.ratings(view.assessment_id())[first].exclusion == OUTSIDE_COMPETENCE
    view.select_code(second)
    panel.na_button.click()
    assert repository.ratings(view.assessment_id())[second].exclusion == NOT_APPLICABLE

    view.select_code(first)  # shown again as what was agreed
    assert panel.outside_button.isChecked() and not panel.na_button.isChecked()
    view.select_code(second)
    assert panel.na_button.isChecked() and not panel.outside_button.isChecked()


def test_the_agreed_note_has_a_label_whose_alt_letter_reaches_it(area, qtbot):
    view = area.workshop
    view.start(NAMED)
    view.select_code(view.order()[0])
    panel = view.agreed_panel
    assert (
        panel.note_label.text() == "Agreed &note:" and panel.note_label.buddy() is panel.note_edit
    )
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(panel.note_edit.hasFocus)


def test_a_name_given_twice_is_refused_with_a_message(area, monkeypatch):
    view = area.workshop
    view.start(NAMED)
    told = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: told.append(a[2])))
    answer_name(monkeypatch, "Ana")
    view.add_participant()
    answer_name(monkeypatch, "ana")
    assert view.add_participant() is None
    assert view.participant_list.count() == 1
    assert told and "already a participant" in told[0]


def test_anonymous_participants_are_numbered_without_asking_a_name(area, monkeypatch):
    view = area.workshop
    view.start_page.anonymous_button.click()
    asked = []
    monkeypatch.setattr(text_limits, "ask_line", lambda *a, **k: asked.append(a))
    view.add_participant()
    view.add_participant()
    assert asked == []
    assert "Participant 2" in view.participant_list.item(1).text()
    assert "(anonymous)" in view.heading.text()


def test_removing_a_participant_asks_first(area, workspace, monkeypatch):
    view = area.workshop
    view.start(NAMED)
    answer_name(monkeypatch, "Ana")
    view.add_participant()
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
    )
    view.participant_list.setCurrentRow(0)
    view.remove_participant()
    assert view.participant_list.count() == 1
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    view.remove_participant()
    assert view.participant_list.count() == 0
    QApplication.processEvents()


def test_a_note_typed_just_before_switching_assessment_stays_with_its_own(area, workspace):
    repository = AssessmentRepository(workspace.conn)
    view = area.workshop
    view.start(NAMED)
    first = view.assessment_id()
    code = view.order()[0]
    view.select_code(code)
    other = repository.create("Another town meeting", "2026-12-01")
    WorkshopRepository(workspace.conn).start(other.id, NAMED)
    view.agreed_panel.note_edit.setPlainText("Agreed in the first workshop")
    area.session.reload()
    area.session.select_assessment(other.id)  # within the typing delay
    assert repository.ratings(first)[code].notes == "Agreed in the first workshop"
    assert code not in repository.ratings(other.id) or not repository.ratings(other.id)[code].notes
    assert view.agreed_panel.note_edit.toPlainText() == ""


def test_a_note_that_cannot_be_stored_stays_in_the_box(area, workspace, monkeypatch):
    from toolbox_desktop.ui.assessment.changes import Outcome

    view = area.workshop
    view.start(NAMED)
    code = view.order()[0]
    view.select_code(code)
    monkeypatch.setattr(view.changer, "set_text", lambda *a: Outcome.REFUSED)
    view.agreed_panel.note_edit.setPlainText("Not lost")
    assert view.agreed_panel.flush() is False
    view.reload()
    assert view.agreed_panel.note_edit.toPlainText() == "Not lost"
    monkeypatch.undo()
    assert view.agreed_panel.flush() is True
    stored = AssessmentRepository(workspace.conn).ratings(view.assessment_id())
    assert stored[code].notes == "Not lost"


def test_a_final_assessments_workshop_is_read_only(area, workspace, monkeypatch):
    view = area.workshop
    view.start(NAMED)
    answer_name(monkeypatch, "Ana")
    view.add_participant()
    view.participant_list.setCurrentRow(0)
    area.session.set_final(True)
    view.reload()
    assert not view.add_button.isEnabled()
    assert not view.paper_button.isEnabled()
    assert not view.remove_button.isEnabled()
    assert not view.agreed_panel.median_button.isEnabled()
    assert "final" in view.notice.text()


def test_a_long_participant_entry_wraps_and_is_read_whole(area, monkeypatch, qtbot):
    """At 1280 x 720 "4. Oleksandr Kovalenko (Ehrenamtliche des Willkommenskreises) – Papier,
    68 von 68" ran out of the narrow list sideways, its end out of sight."""
    area.resize(1280, 720)
    view = area.workshop
    view.start(NAMED)
    for name in ("Oleksandr Kovalenko (volunteer of the welcome circle, Lindenbach)", "Ana"):
        answer_name(monkeypatch, name)
        view.add_participant()
    qtbot.waitUntil(lambda: view.participant_list.viewport().width() > 0)
    listed = view.participant_list
    room = listed.viewport().width()
    assert room < listed.fontMetrics().horizontalAdvance(listed.item(0).text()), "it must wrap"
    assert list_entries_cut(listed) == []


def test_paper_ratings_delete_leaves_a_blank_and_moves_on_backspace_corrects(
    area, workspace, qtbot, monkeypatch
):
    view = area.workshop
    view.start(NAMED)
    answer_name(monkeypatch, "Ana")
    view.add_participant()
    dialog = view.enter_paper_ratings()
    table = dialog.table
    table.setCurrentCell(0, 2)
    qtbot.keyClick(table, Qt.Key.Key_2)  # row 0 rated, row 1 next
    qtbot.keyClick(table, Qt.Key.Key_Delete)  # row 1 left blank on the sheet: on to row 2
    assert table.currentRow() == 2
    qtbot.keyClick(table, Qt.Key.Key_3)
    assert table.currentRow() == 3
    table.setCurrentCell(2, 2)
    qtbot.keyClick(table, Qt.Key.Key_Backspace)  # the 3 was wrong: cleared, still on row 2
    assert table.currentRow() == 2
    stored = WorkshopRepository(workspace.conn).ratings(view.assessment_id())
    [ratings] = stored.values()
    assert [dialog.codes[0]] == [code for code in ratings if ratings[code].level is not None]
    dialog.accept()


def test_after_adding_a_participant_the_keyboard_is_on_them(area, qtbot, monkeypatch):
    view = area.workshop
    view.start(NAMED)
    answer_name(monkeypatch, "Ana")
    view.add_button.setFocus()
    view.add_participant()
    qtbot.waitUntil(view.participant_list.hasFocus)
    assert "Ana" in view.participant_list.currentItem().text()

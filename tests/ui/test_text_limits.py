"""Every text field takes no more than ``core.limits`` allows, as the user types or pastes:
what the window lets through is what the database, an export and another laptop's import
take. A text stored before the limits is shown whole, never cut on opening."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QModelIndex, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QStyleOptionViewItem,
    QTableView,
)

from toolbox_desktop.core import limits
from toolbox_desktop.core.assessment import Profile
from toolbox_desktop.ui.assessment.assessment_dialog import AssessmentDialog
from toolbox_desktop.ui.assessment.links_editor import LinksEditor
from toolbox_desktop.ui.assessment.profile_dialog import ProfileDialog
from toolbox_desktop.ui.common import text_limits
from toolbox_desktop.ui.common.text_limits import (
    LimitedLineDelegate,
    TextLimiter,
    limit_text,
    number,
)
from toolbox_desktop.ui.plan.delegates import ActionDelegate, OwnerEditor
from toolbox_desktop.ui.workshop.agreed_panel import AgreedPanel


def paste(edit: QPlainTextEdit, text: str) -> None:
    """What Ctrl+V does."""
    data = QMimeData()
    data.setText(text)
    edit.insertFromMimeData(data)


def limited(qtbot, most: int = 10) -> tuple[QPlainTextEdit, TextLimiter]:
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    limiter = limit_text(edit, most)
    edit.show()
    return edit, limiter


def test_a_paste_beyond_the_limit_is_cut_there_and_the_field_says_so(qtbot):
    edit, limiter = limited(qtbot)
    edit.setPlainText("0123")
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    paste(edit, "abcdefghij")
    assert edit.toPlainText() == "0123abcdef"
    assert limiter.counter.isVisible()
    assert limiter.counter.text() == "10 characters at most: the rest was not added."
    edit.undo()  # one step takes back the paste and the cut
    assert edit.toPlainText() == "0123"


def test_typing_at_the_limit_adds_nothing_and_the_counter_shows_near_it(qtbot):
    edit, limiter = limited(qtbot)
    edit.setPlainText("012345678")
    assert limiter.counter.text() == "9 of 10 characters"
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(edit, "xyz")
    assert edit.toPlainText() == "012345678x"
    edit.setPlainText("0123")
    assert not limiter.counter.isVisible()


def test_characters_beyond_the_first_plane_are_never_cut_in_half(qtbot):
    edit, _limiter = limited(qtbot, most=5)
    paste(edit, "abcd🙂🙂")
    assert edit.toPlainText() == "abcd"


def test_a_longer_text_from_before_the_limits_is_shown_whole_and_marked(qtbot):
    edit, limiter = limited(qtbot)
    edit.setPlainText("x" * 14)
    assert edit.toPlainText() == "x" * 14
    assert limiter.counter.text() == "14 of 10 characters: shorten the text to store it."
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(edit, "y")  # it may be shortened, not lengthened
    assert edit.toPlainText() == "x" * 14


def test_the_editors_of_the_plan_apply_the_limits(qtbot, workspace, ui_state):
    from toolbox_desktop.ui.plan.plan_page import PlanPage

    page = PlanPage(workspace.conn, workspace.content, QUndoStack(), ui_state)
    qtbot.addWidget(page)
    form = page.editor.form
    for widget, name in (
        (form.title, "title"),
        (form.role, "responsible_role"),
        (form.person, "responsible_person"),
        (form.partner_names, "partner_names"),
        (form.budget_line, "budget_line"),
    ):
        assert widget.maxLength() == limits.ACTION[name], name
    assert form.description.findChild(TextLimiter).most == limits.ACTION["description"]
    milestones = form.milestones.view
    assert editor_length(milestones, 0) == limits.MILESTONE["title"]
    panel = page.editor.indicators
    assert panel.name.maxLength() == limits.INDICATOR["name"]
    assert panel.unit.maxLength() == limits.INDICATOR["unit"]
    assert editor_length(panel.measurements, 2) == limits.MEASUREMENT["note"]
    owner = OwnerEditor()
    qtbot.addWidget(owner)
    assert owner.role.maxLength() == limits.ACTION["responsible_role"]
    assert owner.person.maxLength() == limits.ACTION["responsible_person"]
    title = ActionDelegate().createEditor(None, QStyleOptionViewItem(), QModelIndex())
    assert title.maxLength() == limits.ACTION["title"]


def editor_length(view, column: int) -> int:
    return view.itemDelegateForColumn(column).most


def test_a_cell_edited_in_place_takes_no_more_than_its_limit(qtbot):
    view = QTableView()
    qtbot.addWidget(view)
    model = QStandardItemModel(1, 1)
    model.setItem(0, 0, QStandardItem("Opening"))
    view.setModel(model)
    view.setItemDelegateForColumn(0, LimitedLineDelegate(7, view))
    delegate = view.itemDelegateForColumn(0)
    editor = delegate.createEditor(view.viewport(), QStyleOptionViewItem(), model.index(0, 0))
    assert isinstance(editor, QLineEdit) and editor.maxLength() == 7


def test_the_assessment_editors_apply_the_limits(qtbot, workspace, ui_state):
    from toolbox_desktop.ui.assessment.assessment_page import AssessmentPage

    page = AssessmentPage(workspace.conn, workspace.content, QUndoStack(), ui_state)
    qtbot.addWidget(page)
    editor = page.rating_screen.editor
    assert editor.rated_by.maxLength() == limits.RATING["rated_by"]
    for name in ("evidence", "notes"):
        assert getattr(editor, name).findChild(TextLimiter).most == limits.RATING[name]
    profile = ProfileDialog(Profile(name="x" * 12))
    qtbot.addWidget(profile)
    for name, most in limits.PROFILE.items():
        assert getattr(profile, name).maxLength() == most
    assert profile.name.text() == "x" * 12
    details = AssessmentDialog("New assessment")
    qtbot.addWidget(details)
    assert details.title.maxLength() == limits.ASSESSMENT["title"]
    paste(details.participants, "p" * (limits.ASSESSMENT["participants"] + 7))
    assert len(details.participants.toPlainText()) == limits.ASSESSMENT["participants"]
    agreed = AgreedPanel()
    qtbot.addWidget(agreed)
    assert agreed.note_edit.findChild(TextLimiter).most == limits.RATING["notes"]


def test_the_annual_texts_apply_their_limits(qtbot, workspace):
    from toolbox_desktop.ui.reports.reports_page import ReportsPage

    page = ReportsPage(workspace.conn, workspace.content)
    qtbot.addWidget(page)
    for edit, name in (
        (page.summary_edit, "summary"),
        (page.stories_edit, "stories"),
        (page.focus_edit, "next_focus"),
    ):
        assert edit.findChild(TextLimiter).most == limits.ANNUAL_TEXTS[name]


def test_files_beyond_the_limits_are_not_linked_and_the_user_is_told(qtbot, monkeypatch):
    links = LinksEditor()
    qtbot.addWidget(links)
    had = [f"/docs/{n}.pdf" for n in range(limits.LINKS_PER_RATING - 1)]
    links.set_paths(tuple(had))
    chosen = ["/docs/new.pdf", "/docs/" + "x" * limits.LINK, "/docs/one-too-many.pdf"]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (chosen, ""))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    emitted = []
    links.links_changed.connect(emitted.append)
    links.add_files()
    assert emitted == [[*had, str(Path("/docs/new.pdf"))]]
    [text] = told
    longest, most = number(limits.LINK), number(limits.LINKS_PER_RATING)
    assert f"1 file not linked: the path is longer than {longest} characters" in text
    assert f"1 file not linked: a rating links at most {most} files" in text


def test_a_question_for_one_line_takes_no_more_than_its_limit(qtbot):
    seen = []

    def answer():
        dialog = QApplication.activeModalWidget()
        line = dialog.findChild(QLineEdit)
        line.setText("n" * 400)
        seen.append(line.maxLength())
        dialog.accept()

    QTimer.singleShot(0, answer)
    name, accepted = text_limits.ask_line(None, "Add participant", "Name:", limits.LINE)
    assert accepted and seen == [limits.LINE]
    assert name == "n" * limits.LINE


def test_a_one_line_text_stored_before_the_limits_is_not_cut_unasked(qapp):
    from PySide6.QtWidgets import QLineEdit

    from toolbox_desktop.ui.common.text_limits import limit_line, line_value

    edit = limit_line(QLineEdit(), 300)
    stored = "Sprachcafé " * 40  # 440 characters, from before the limits
    edit.setText(stored)
    assert len(edit.text()) == 300
    assert line_value(edit, stored) == stored  # shown cut, but not stored cut
    edit.setText("Sprachcafé ")
    assert line_value(edit, stored) == "Sprachcafé"  # the user's own edit, trimmed

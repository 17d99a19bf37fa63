"""Files as in any desktop app: File → New…, Open…, Open recent, Save a copy…, the start-up
problem dialog with its three ways on, and the open file always in sight (status bar, title)."""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from toolbox_desktop import APP_NAME
from toolbox_desktop.app import build_main_window
from toolbox_desktop.core.plan import Action
from toolbox_desktop.storage.plan_repository import PlanRepository
from toolbox_desktop.storage.workspace import open_workspace
from toolbox_desktop.ui.window import file_actions, file_dialogs, startup_problem
from toolbox_desktop.ui.window.file_switch import WindowHost
from toolbox_desktop.ui.window.startup_problem import Choice, open_at_start, startup_box

NOT_A_DATABASE = "Minutes of the integration committee\n" * 40


@pytest.fixture
def host(qtbot, workspace, ui_state, pack_copy, tmp_path, monkeypatch):
    """The app's window host on ``workspace``, as ``run_gui`` makes it."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # backups stay in tmp_path
    host = WindowHost(ui_state, build_main_window, pack_copy.parent)
    window = host.show(workspace)
    qtbot.waitExposed(window)
    yield host
    for shown in (host.window, window):
        with contextlib.suppress(RuntimeError):  # already deleted
            shown.close()
    host.close_all()


@pytest.fixture
def warnings(monkeypatch):
    """The texts of the warnings shown (answered at once)."""
    shown: list[str] = []

    def warning(_parent, _title, text, *_rest):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


def choose(monkeypatch, dialog: str, path: Path | None) -> None:
    monkeypatch.setattr(file_dialogs, dialog, lambda *_args: path)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_database(path: Path, content: Path, action_title: str | None = None) -> None:
    workspace = open_workspace(path, content)
    if action_title:
        PlanRepository(workspace.conn).save_action(Action(title=action_title))
    workspace.close()


def switched_to(host, qtbot, old, path: Path):
    qtbot.waitUntil(lambda: host.window is not old)
    assert host.window.database_path == path
    qtbot.waitExposed(host.window)
    return host.window


def test_new_makes_an_empty_file_shows_it_and_opens_it_next_time(
    host, qtbot, tmp_path, ui_state, monkeypatch
):
    old = host.window
    new = tmp_path / "second town"  # typed without an extension
    choose(monkeypatch, "choose_new_file", file_dialogs.with_suffix(new))
    old.new_file_action.trigger()
    window = switched_to(host, qtbot, old, tmp_path / "second town.sqlite3")
    assert window.isVisible() and window.conn is not None
    qtbot.waitUntil(lambda: not _alive(old) or not old.isVisible())  # the old one closed
    assert window.conn.execute("SELECT COUNT(*) FROM actions").fetchone()[0] == 0
    assert window.windowTitle() == "second town.sqlite3"
    assert ui_state.last_file() == tmp_path / "second town.sqlite3"
    assert ui_state.recent_files()[:2] == [
        tmp_path / "second town.sqlite3",
        tmp_path / "toolbox.sqlite3",
    ]


def test_new_never_replaces_an_existing_file(host, tmp_path, monkeypatch, warnings):
    existing = tmp_path / "minutes.sqlite3"
    existing.write_text(NOT_A_DATABASE, encoding="utf-8")
    before = digest(existing)
    choose(monkeypatch, "choose_new_file", existing)
    old = host.window
    assert not old.new_file()
    assert "already exists" in warnings[0]
    assert digest(existing) == before
    assert host.window is old and old.isVisible()


def test_open_shows_another_toolbox_file_with_its_data(
    host, qtbot, tmp_path, pack_copy, monkeypatch, ui_state
):
    other = tmp_path / "other.sqlite3"
    make_database(other, pack_copy.parent, action_title="Welcome desk")
    choose(monkeypatch, "choose_file_to_open", other)
    old = host.window
    old.open_file_action.trigger()
    window = switched_to(host, qtbot, old, other)
    titles = [row[0] for row in window.conn.execute("SELECT title FROM actions")]
    assert titles == ["Welcome desk"]
    assert window.file_label.full_text.endswith(str(other))
    assert ui_state.last_file() == other


@pytest.mark.parametrize("kind", ["text", "empty", "gone"])
def test_open_refuses_a_file_that_is_not_a_toolbox_database_and_changes_nothing(
    host, tmp_path, monkeypatch, warnings, ui_state, kind
):
    path = tmp_path / "minutes.sqlite3"
    if kind != "gone":
        path.write_text(NOT_A_DATABASE if kind == "text" else "", encoding="utf-8")
    before = digest(path) if path.exists() else None
    choose(monkeypatch, "choose_file_to_open", path)
    old = host.window
    assert not old.open_file()
    expected = {
        "text": "is not a Local Integration Toolbox database",
        "empty": "is empty, so it is not a Local Integration Toolbox database",
        "gone": "is not there any more",
    }[kind]
    assert expected in warnings[0]
    assert (digest(path) if path.exists() else None) == before
    assert host.window is old and old.isVisible()
    assert ui_state.last_file() is None


def test_open_asks_first_when_typed_text_could_not_be_stored(
    host, tmp_path, pack_copy, monkeypatch
):
    other = tmp_path / "other.sqlite3"
    make_database(other, pack_copy.parent)
    old = host.window
    monkeypatch.setattr(old, "unsaved_work", lambda: ["Action plan: “Welcome desk”"])
    asked = []
    monkeypatch.setattr(file_actions, "ask_leave_anyway", lambda box: asked.append(box.text()))
    assert not old.open_path(other)
    assert "Open the other file anyway" in asked[0] and "Welcome desk" in asked[0]
    assert host.window is old and old.isVisible()
    monkeypatch.undo()


def test_open_recent_lists_the_files_and_greys_out_a_missing_one(
    host, qtbot, tmp_path, pack_copy, ui_state
):
    other = tmp_path / "other.sqlite3"
    make_database(other, pack_copy.parent)
    gone = tmp_path / "gone.sqlite3"
    ui_state.remember_file(gone)
    ui_state.remember_file(other)
    old = host.window
    menu = old.recent_menu
    menu.aboutToShow.emit()
    entries = [(a.text(), a.isEnabled()) for a in menu.actions() if not a.isSeparator()]
    assert entries == [
        ("&1  other.sqlite3", True),
        ("&2  gone.sqlite3 (not found)", False),
        ("&Clear the list", True),
    ]
    assert menu.actions()[0].toolTip() == str(other)
    menu.actions()[0].trigger()
    window = switched_to(host, qtbot, old, other)
    window.recent_menu.aboutToShow.emit()
    texts = [a.text() for a in window.recent_menu.actions()]
    assert texts[0] == "&1  toolbox.sqlite3"  # the file left is now the first to go back to


def test_recent_files_are_kept_once_newest_first_and_at_most_eight(ui_state, tmp_path):
    for number in range(10):
        ui_state.remember_file(tmp_path / f"{number}.sqlite3")
    ui_state.remember_file(tmp_path / "5.sqlite3")
    names = [path.name for path in ui_state.recent_files()]
    assert names == [f"{number}.sqlite3" for number in (5, 9, 8, 7, 6, 4, 3, 2)]
    assert ui_state.last_file() is None


def test_save_a_copy_is_a_valid_database_with_the_same_data(host, tmp_path, monkeypatch):
    window = host.window
    PlanRepository(window.conn).save_action(Action(title="Language café"))
    assert Path(f"{window.database_path}-wal").stat().st_size > 0  # the change is in the log
    target = tmp_path / "copies" / "copy.sqlite3"
    target.parent.mkdir()
    choose(monkeypatch, "choose_copy_path", target)
    window.save_copy_action.trigger()
    assert str(target) in window.statusBar().currentMessage()
    assert host.window is window  # the window stays on its own file
    with contextlib.closing(sqlite3.connect(target)) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        copied = copy.execute("SELECT uid, title FROM actions").fetchall()
    assert copied == window.conn.execute("SELECT uid, title FROM actions").fetchall()
    assert [title for _uid, title in copied] == ["Language café"]
    assert sorted(p.name for p in target.parent.iterdir()) == ["copy.sqlite3"]
    reopened = open_workspace(target, tmp_path / "no-content")  # a toolbox file as any other
    reopened.close()


def test_a_copy_never_replaces_the_open_file(host, monkeypatch, warnings):
    window = host.window
    before = window.conn.execute("SELECT COUNT(*) FROM assessments").fetchone()
    choose(monkeypatch, "choose_copy_path", window.database_path)
    assert window.save_copy() is None
    assert "That is the file open now" in warnings[0]
    assert window.conn.execute("SELECT COUNT(*) FROM assessments").fetchone() == before


def test_the_file_stays_in_the_status_bar_after_a_menu_showed_its_tips(host, qtbot):
    window = host.window
    label = window.file_label
    file_menu = window.menuBar().actions()[0].menu()
    file_menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitExposed(file_menu)
    file_menu.setActiveAction(window.open_file_action)  # its status tip replaces any message
    window.open_file_action.showStatusText(window)
    assert window.statusBar().currentMessage() == window.open_file_action.statusTip()
    file_menu.hide()
    assert label.isVisible()
    assert str(window.database_path) in label.full_text
    assert window.database_path.name in label.text()
    assert label.toolTip() == str(window.database_path)


def test_the_title_names_the_file_without_repeating_the_app(host):
    title = host.window.windowTitle()
    assert title == "toolbox.sqlite3"
    assert APP_NAME not in title


def test_the_start_up_problem_offers_three_ways_on(qapp):
    box = startup_box("'x' is not a Local Integration Toolbox database.")
    names = [button.text() for button in box.buttons()]
    assert sorted(names) == sorted(["&Open another file…", "Create a &new file…", "&Quit"])
    assert box.defaultButton() is box.open_button
    assert box.escapeButton() is box.quit_button


@pytest.fixture
def bad_file(tmp_path):
    path = tmp_path / "minutes.sqlite3"
    path.write_text(NOT_A_DATABASE, encoding="utf-8")
    return path


def answer(monkeypatch, *choices: Choice) -> list[str]:
    """The start-up box answered with ``choices`` in turn; returns the problems it showed."""
    shown: list[str] = []
    answers = iter(choices)
    monkeypatch.setattr(
        startup_problem, "ask_at_start", lambda box: shown.append(box.text()) or next(answers)
    )
    return shown


def test_start_up_open_another_file(bad_file, tmp_path, pack_copy, ui_state, monkeypatch):
    good = tmp_path / "town.sqlite3"
    make_database(good, pack_copy.parent, action_title="Welcome desk")
    before = digest(bad_file)
    shown = answer(monkeypatch, Choice.OPEN)
    choose(monkeypatch, "choose_file_to_open", good)
    workspace = open_at_start(bad_file, ui_state, pack_copy.parent)
    try:
        assert workspace.path == good
        assert workspace.conn.execute("SELECT title FROM actions").fetchone() == ("Welcome desk",)
    finally:
        workspace.close()
    assert "is not a Local Integration Toolbox database" in shown[0]
    assert digest(bad_file) == before
    assert ui_state.last_file() == good


def test_start_up_create_a_new_file(bad_file, tmp_path, pack_copy, ui_state, monkeypatch):
    new = tmp_path / "fresh.sqlite3"
    answer(monkeypatch, Choice.NEW)
    choose(monkeypatch, "choose_new_file", new)
    workspace = open_at_start(bad_file, ui_state, pack_copy.parent)
    try:
        assert workspace.path == new and new.is_file()
        assert workspace.conn.execute("SELECT COUNT(*) FROM actions").fetchone() == (0,)
    finally:
        workspace.close()


def test_start_up_quit_and_a_cancelled_choice_asks_again(
    bad_file, pack_copy, ui_state, monkeypatch
):
    shown = answer(monkeypatch, Choice.OPEN, Choice.QUIT)
    choose(monkeypatch, "choose_file_to_open", None)  # the file dialog cancelled
    assert open_at_start(bad_file, ui_state, pack_copy.parent) is None
    assert len(shown) == 2 and shown[0] == shown[1]


def test_start_up_says_when_the_file_chosen_last_is_gone(
    tmp_path, pack_copy, ui_state, monkeypatch
):
    gone = tmp_path / "stick" / "town.sqlite3"
    gone.parent.mkdir()
    ui_state.remember_file(gone, open_next=True)
    shown = answer(monkeypatch, Choice.QUIT)
    assert open_at_start(None, ui_state, pack_copy.parent) is None
    assert "The file opened last time" in shown[0] and str(gone) in shown[0]
    assert not gone.exists()  # no empty file quietly made in its place


def _alive(widget) -> bool:
    try:
        widget.isVisible()
    except RuntimeError:
        return False
    return True

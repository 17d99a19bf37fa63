"""Help → Open the training municipality: the fictional town in its own file and window; a
window on a training file says so."""

from __future__ import annotations

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QMessageBox

from toolbox_desktop.storage.database import connect
from toolbox_desktop.storage.training_flag import is_training_municipality
from toolbox_desktop.ui.window import training


def test_the_menu_creates_the_town_beside_the_own_file_and_opens_a_second_window(
    main_window, monkeypatch, db_path
):
    started = []
    monkeypatch.setattr(
        QProcess, "startDetached", staticmethod(lambda *a: started.append(a) or (True, 1))
    )
    assert not main_window.is_training
    assert not main_window.training_banner.isVisible()
    main_window.training_action.trigger()
    town = db_path.with_name("training-municipality.sqlite3")
    assert town.exists()
    conn = connect(town)
    assert is_training_municipality(conn)
    names = conn.execute("SELECT name FROM municipality").fetchone()[0]
    conn.close()
    assert "fictional" in names
    _program, arguments = started[0]
    assert arguments[-2:] == ["--db", str(town)]
    # The user's own database stays free of fictional data.
    own = connect(db_path)
    assert own.execute("SELECT COUNT(*) FROM assessments").fetchone()[0] == 0
    assert not is_training_municipality(own)
    own.close()
    # A second time opens the same town without creating it again.
    before = town.stat().st_mtime_ns
    main_window.training_action.trigger()
    assert len(started) == 2
    conn = connect(town)
    assert conn.execute("SELECT COUNT(*) FROM assessments").fetchone()[0] == 2
    conn.close()
    assert town.stat().st_mtime_ns >= before


def test_a_file_with_own_work_in_the_training_place_is_not_touched(
    main_window, monkeypatch, db_path
):
    from toolbox_desktop.storage.assessment_repository import AssessmentRepository
    from toolbox_desktop.storage.database import migrate

    town = db_path.with_name("training-municipality.sqlite3")
    conn = connect(town)
    migrate(conn, town)
    AssessmentRepository(conn).create("Our real assessment", "2026-01-01")
    conn.close()
    told = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: told.append(a[2])))
    monkeypatch.setattr(QProcess, "startDetached", staticmethod(lambda *a: (True, 1)))
    assert main_window.open_training_municipality() is None
    assert told and "could not be created" in told[0]
    conn = connect(town)
    titles = [row[0] for row in conn.execute("SELECT title FROM assessments")]
    conn.close()
    assert titles == ["Our real assessment"]


def test_a_window_on_the_training_town_is_labelled_fictional(qtbot, tmp_path, ui_state):
    from toolbox_desktop.paths import content_root
    from toolbox_desktop.storage.workspace import open_workspace
    from toolbox_desktop.ui.main_window import MainWindow

    path = tmp_path / "town.sqlite3"
    training.ensure_training_database(path)
    workspace = open_workspace(path, content_root())
    window = MainWindow(workspace.content, ui_state, path, conn=workspace.conn)
    qtbot.addWidget(window)
    window.show()
    assert window.is_training
    assert "TRAINING (fictional town)" in window.windowTitle()
    assert window.training_banner.isVisible()
    assert "fictional" in window.training_banner.text()
    window.close()
    workspace.close()

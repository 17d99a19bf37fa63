"""`toolbox-desktop` as a user starts it: through cli.main, with the real start-up path."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from toolbox_desktop.cli import main
from toolbox_desktop.ui.main_window import MainWindow


@pytest.fixture
def user_folders(tmp_path, monkeypatch):
    """Point the platform's data and settings folders at temporary ones."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "config")
    )
    return tmp_path


def close_everything() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox):
            widget.done(0)
    for widget in QApplication.topLevelWidgets():
        widget.close()


def test_no_arguments_opens_the_window_on_the_default_database(qapp, user_folders):
    seen: list = []

    def look() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        visible = [w for w in windows if w.isVisible()]
        seen.append((len(visible), visible[0].library.tree_model.rowCount() if visible else 0))
        close_everything()

    QTimer.singleShot(300, look)
    assert main([]) == 0
    assert seen == [(1, 5)]
    database = user_folders / "data" / "toolbox-desktop" / "toolbox.sqlite3"
    assert database.is_file()
    assert (user_folders / "config").exists(), "window state is remembered in the user's settings"


def test_bad_database_shows_a_message_and_leaves_the_file(qapp, user_folders, capsys):
    path = user_folders / "minutes.sqlite3"
    path.write_text("Minutes of the integration committee, Kadıköy\n" * 20, encoding="utf-8")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    seen: list[str] = []

    def look() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        seen.extend(box.text() for box in boxes if box.isVisible())
        close_everything()

    QTimer.singleShot(300, look)
    assert main(["--db", str(path)]) == 2
    assert len(seen) == 1
    assert "is not a Local Integration Toolbox database" in seen[0]
    assert "The file was not changed" in seen[0]
    assert "not a Local Integration Toolbox database" in capsys.readouterr().err
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]


def test_broken_pack_starts_with_last_good_content_and_says_where(
    qapp, user_folders, pack_copy, monkeypatch
):
    import toolbox_desktop.app as app_module

    monkeypatch.setattr(app_module, "content_root", lambda: pack_copy.parent)
    database = user_folders / "town.sqlite3"
    QTimer.singleShot(300, close_everything)
    assert main(["--db", str(database)]) == 0  # first start: the good pack is loaded

    benchmarks = pack_copy / "benchmarks.txt"
    lines = benchmarks.read_text(encoding="utf-8").splitlines()
    broken_line = next(i for i, line in enumerate(lines) if line.startswith("subtheme:")) + 1
    lines[broken_line - 1] = "subtheme gov.strategic-planning"  # the colon is missing
    benchmarks.write_text("\n".join(lines) + "\n", encoding="utf-8")
    seen: list = []

    def look() -> None:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        boxes = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()
        ]
        seen.append(
            (
                window.library.tree_model.rowCount(),
                len(window.content.benchmarks),
                [box.detailedText() for box in boxes],
            )
        )
        close_everything()

    QTimer.singleShot(300, look)
    assert main(["--db", str(database)]) == 0
    [(dimensions, benchmark_count, details)] = seen
    assert (dimensions, benchmark_count) == (5, 68)
    assert len(details) == 1
    assert f"benchmarks.txt:{broken_line}" in details[0]

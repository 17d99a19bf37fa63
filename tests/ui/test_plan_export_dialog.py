"""File → Export action plan: the same CSV and calendar files as the command line."""

import csv
import io
from datetime import date

import icalendar
import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from toolbox_desktop.core.plan import Action, Milestone
from toolbox_desktop.storage.plan_repository import PlanRepository
from toolbox_desktop.ui.main_window import MainWindow
from toolbox_desktop.ui.plan import export_dialog as plan_export_dialog


@pytest.fixture
def window(qtbot, workspace, ui_state):
    PlanRepository(workspace.conn).save_action(
        Action(
            title='Sprachcafé "Kadıköy"; Montag',
            dimension="edu",
            end=date(2026, 9, 30),
            budget_cents=1_234_50,
            milestones=(Milestone("Start", date(2026, 4, 1)),),
        )
    )
    window = MainWindow(
        workspace.content, ui_state, workspace.path, workspace.failed_packs, conn=workspace.conn
    )
    qtbot.addWidget(window)
    return window


def file_action(window, text):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    return next(a for a in menu.actions() if a.text().replace("&", "").startswith(text))


def answer_dialogs(monkeypatch, path, separator_index=None):
    shown = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(
        QInputDialog,
        "getItem",
        lambda parent, title, label, items, current, editable: (
            items[current if separator_index is None else separator_index],
            True,
        ),
    )
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    return shown


def test_export_csv_from_the_file_menu(window, tmp_path, monkeypatch):
    shown = answer_dialogs(monkeypatch, tmp_path / "plan", separator_index=1)
    file_action(window, "Export action plan as CSV").trigger()
    text = (tmp_path / "plan.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[1][1] == 'Sprachcafé "Kadıköy"; Montag'
    assert "1234,50" in rows[1]
    assert shown == [f"1 action written to {tmp_path / 'plan.csv'}."]


def test_export_calendar_from_the_file_menu(window, tmp_path, monkeypatch):
    answer_dialogs(monkeypatch, tmp_path / "deadlines.ics")
    file_action(window, "Export deadlines as calendar").trigger()
    events = icalendar.Calendar.from_ical((tmp_path / "deadlines.ics").read_bytes()).walk("VEVENT")
    assert len(events) == 2


def test_export_into_a_missing_folder_says_what_to_do(window, tmp_path, monkeypatch):
    shown = answer_dialogs(monkeypatch, tmp_path / "gone" / "plan.csv")
    file_action(window, "Export action plan as CSV").trigger()
    assert len(shown) == 1 and "Choose another folder" in shown[0]


def test_separator_follows_the_locale():
    assert plan_export_dialog.default_separator(QLocale(QLocale.Language.German)) == ";"
    assert plan_export_dialog.default_separator(QLocale(QLocale.Language.English)) == ","

"""The language chosen in the window (Language menu): English, Deutsch, Nederlands. The app
started in Dutch speaks Dutch everywhere (menus, benchmarks, dashboard, formats, training
town, the plan it prints); switching to German and back to English needs no restart, keeps
where the user was and what they can undo, and leaves no text of the old language behind;
the choice is remembered for the next start."""

from __future__ import annotations

import re
from datetime import date

import pytest
from language_helpers import LanguageState, every_area_text, left_over, menu_texts, telltales
from PySide6.QtCore import QSettings

from toolbox_desktop import languages
from toolbox_desktop.app import build_main_window, create_application
from toolbox_desktop.services.training_town import create_training_municipality
from toolbox_desktop.storage.workspace import open_workspace
from toolbox_desktop.ui.assessment.assessment_area import DASHBOARD_TAB
from toolbox_desktop.ui.common import language
from toolbox_desktop.ui.common.language import current_language, remembered_language
from toolbox_desktop.ui.common.settings import UiState
from toolbox_desktop.ui.window.rows import ASSESSMENT_ROW, PLAN_ROW, REPORTS_ROW

DUTCH_QM = language.translations_dir() / "toolbox_nl.qm"


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    """The language is the process's: every test here leaves it as it found it."""
    state = LanguageState()
    yield
    state.restore()


@pytest.fixture
def settings(tmp_path):
    return UiState(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def start(qtbot, pack_copy, tmp_path):
    """Start the app as ``run_gui`` does (language from the settings, the content read in
    it), on a database holding the training town in ``town_language``."""
    opened = []

    def start(state: UiState, town_language: str | None = "en", name: str = "town.sqlite3"):
        create_application([], state)
        workspace = open_workspace(tmp_path / name, pack_copy.parent, language=current_language())
        opened.append(workspace)
        if town_language and not workspace.conn.execute("SELECT 1 FROM assessments").fetchone():
            create_training_municipality(workspace.conn, date(2026, 11, 23), town_language)
        window = build_main_window(workspace, state)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield start
    for workspace in opened:
        workspace.close()


def switch(window, qtbot, code: str) -> None:
    assert window.choose_language(code)
    qtbot.waitUntil(lambda: window.language == code and not window._rebuild_pending)


def dimension_names(window) -> list[str]:
    model = window.library.tree_model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


# -- the menu and the list it shows ----------------------------------------------------------
def test_the_language_menu_offers_every_shipped_language_in_its_own_name(main_window):
    menu = next(
        a.menu() for a in main_window.menuBar().actions() if a.text().replace("&", "") == "Language"
    )
    actions = menu.actions()
    assert [a.text() for a in actions] == ["English", "Deutsch", "Nederlands"]
    assert all(a.isCheckable() for a in actions)
    assert actions[0].actionGroup().isExclusive()
    assert [a.isChecked() for a in actions] == [True, False, False]


def test_the_languages_come_from_the_catalogues_shipped(tmp_path):
    (tmp_path / "toolbox_sv.ts").write_text("<TS/>", encoding="utf-8")
    (tmp_path / "toolbox_it.qm").write_bytes(b"")
    (tmp_path / "toolbox_en.ts").write_text("<TS/>", encoding="utf-8")  # English plurals
    (tmp_path / "README.md").write_text("", encoding="utf-8")
    assert languages.shipped_languages(tmp_path) == ("en", "it", "sv")
    assert [languages.native_name(code) for code in ("it", "sv")] == ["Italiano", "Svenska"]
    for code, name in languages.KNOWN_NATIVE_NAMES.items():  # kept without Babel: the same
        assert languages.babel_native_name(code) == name
    assert languages.shipped_languages() == ("en", "de", "nl")


def test_the_first_start_follows_the_computer_and_later_starts_the_choice(settings, monkeypatch):
    for system, expected in [("de_AT", "de"), ("nl_BE", "nl"), ("fr_FR", "en"), ("C", "en")]:
        monkeypatch.setattr(language, "system_locale_name", lambda system=system: system)
        assert remembered_language(settings) == expected
    monkeypatch.setattr(language, "system_locale_name", lambda: "de_DE")
    settings.set(UiState.LANGUAGE, "nl")
    assert remembered_language(settings) == "nl"
    settings.set(UiState.LANGUAGE, "xx")  # a language no longer shipped: the computer's
    assert remembered_language(settings) == "de"


# -- started in Dutch ------------------------------------------------------------------------
def test_the_app_started_in_dutch_speaks_dutch(start, settings, tmp_path):
    from pypdf import PdfReader

    from toolbox_desktop.ui.common.formatting import format_date, format_number
    from toolbox_desktop.ui.plan.money import format_money

    settings.set(UiState.LANGUAGE, "nl")
    window = start(settings, town_language="nl")
    assert window.language == "nl"
    assert window.language_actions["nl"].isChecked()
    if DUTCH_QM.exists():  # the window's catalogue (until then the window reads English)
        assert "&Bestand" in menu_texts(window)
    # The library: Dutch benchmarks.
    assert dimension_names(window)[0].endswith("Bestuur")
    benchmark = window.content.benchmarks[0]
    assert window.library.select_code(benchmark.code)
    assert benchmark.title in window.library.detail.toPlainText()
    assert "Governance" not in " ".join(dimension_names(window))
    # The dashboard: Dutch dimension names.
    window.show_area(ASSESSMENT_ROW)
    area = window.assessment_area
    area.tabs.setCurrentIndex(DASHBOARD_TAB)
    scores = area.dashboard.scores_model
    names = [scores.index(row, 0).data() for row in range(scores.rowCount())]
    assert names[:2] == ["1. Bestuur", "2. Werk en beroepsopleiding"]
    # Formats: Dutch numbers, money and dates.
    assert format_number(12500.5) == "12.500,5"
    assert format_money(1_250_050, "EUR") == "€\xa012.500,50"
    assert format_date("2026-03-14") == "14-03-2026"
    # The plan printed from the window: Dutch actions, dimensions and amounts.
    window.show_area(REPORTS_ROW)
    window.reports_page.choose("plan")
    pdf = tmp_path / "plan.pdf"
    window.reports_page.prepare()(pdf)
    text = " ".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    assert "Driejarig integratieplan vastgesteld door de gemeenteraad" in text
    assert "Bestuur" in text
    assert "Three-year integration plan" not in text
    assert re.search(r"\d\.\d{3},\d{2}", text), "amounts the Dutch way: 12.500,00"
    assert not re.search(r"\d,\d{3}\.\d{2}", text)
    # The training town the window opens is Dutch.
    from toolbox_desktop.ui.window.training import ensure_training_database

    town = tmp_path / "oefengemeente.sqlite3"
    ensure_training_database(town)
    from toolbox_desktop.storage.database import connect

    conn = connect(town)
    assert conn.execute("SELECT name FROM municipality").fetchone()[0] == (
        "Lindenbach (fictieve oefengemeente)"
    )
    conn.close()


# -- switching without a restart -------------------------------------------------------------
def test_switching_to_german_and_back_leaves_no_old_text_and_keeps_the_work(start, settings, qtbot):
    window = start(settings, town_language="en")
    assert window.language == "en"
    english_only, german_only = telltales("de")
    before = every_area_text(window, qtbot)
    assert left_over(before, english_only), "the scan sees the English texts"
    assert not left_over(before, german_only)

    # Where the user is and what they can undo: an action chosen, a benchmark rated.
    window.show_area(PLAN_ROW)
    action = window.plan_area.session.actions()[2]
    window.open_action(action.id)
    window.plan_area.page.flush_edits()
    window.show_area(ASSESSMENT_ROW)
    area = window.assessment_area
    area.tabs.setCurrentWidget(area.page)
    session = area.session
    code = window.content.benchmarks[3].code
    area.show_benchmark(code)
    level_before = session.rating(code).level if session.rating(code) else None
    new_level = 1 if level_before != 1 else 2
    area.page.rating_screen.set_level(new_level)
    assert session.rating(code).level == new_level
    assessment = session.current_assessment().id
    steps = window.undo_stack.count()
    # Typed a moment ago, before the pause that stores it: stored by the switch.
    area.page.rating_screen.editor.notes.setPlainText("Asked the council, Ayşe")

    switch(window, qtbot, "de")
    assert settings.text(UiState.LANGUAGE) == "de"
    assert window.language_actions["de"].isChecked()
    assert "&Datei" in menu_texts(window)
    assert dimension_names(window)[0].endswith("Steuerung")
    # Still where the user was.
    assert window.navigation.currentIndex().row() == ASSESSMENT_ROW
    area = window.assessment_area
    assert area.tabs.currentWidget() is area.page
    assert area.session is session
    assert area.session.current_assessment().id == assessment
    # The rating screen shows, not the empty state (the kept session's current assessment
    # did not change, so no signal said so)
    assert area.page.stack.currentWidget() is area.page.rating_screen
    assert area.page.rating_screen.isVisible()
    assert area.page.rating_screen.current_code() == code
    assert window.plan_area.session.selected_action() == action.id
    assert session.rating(code).notes == "Asked the council, Ayşe"
    assert area.page.rating_screen.editor.notes.toPlainText() == "Asked the council, Ayşe"
    steps += 1  # the notes' step
    # The undo steps recorded before the switch undo after it, and redo.
    assert window.undo_stack.count() == steps
    window.undo_action.trigger()
    assert session.rating(code).notes != "Asked the council, Ayşe"
    window.undo_action.trigger()
    level_after = session.rating(code).level if session.rating(code) else None
    assert level_after == level_before
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert session.rating(code).level == new_level
    assert session.rating(code).notes == "Asked the council, Ayşe"
    assert area.page.rating_screen.editor.notes.toPlainText() == "Asked the council, Ayşe"

    german = every_area_text(window, qtbot)
    assert not left_over(german, english_only)
    assert left_over(german, german_only)

    switch(window, qtbot, "en")
    assert dimension_names(window)[0].endswith("Governance")
    english = every_area_text(window, qtbot)
    assert not left_over(english, german_only)
    assert "&File" in menu_texts(window)


def test_the_choice_is_used_at_the_next_start(start, settings, qtbot):
    window = start(settings, town_language=None)
    switch(window, qtbot, "de")
    window.close()
    LanguageState().restore()  # as a new process: English until the settings are read
    again = start(UiState(QSettings(settings.settings.fileName(), QSettings.Format.IniFormat)))
    assert again.language == "de"
    assert "&Datei" in menu_texts(again)
    assert dimension_names(again)[0].endswith("Steuerung")


def test_a_switch_waits_for_the_users_answer_when_typed_text_could_not_be_stored(
    start, settings, qtbot, monkeypatch
):
    from toolbox_desktop.ui.window import language as window_language

    window = start(settings, town_language=None)
    monkeypatch.setattr(window, "unsaved_work", lambda: ["Action plan: “Welcome desk”"])
    asked = []
    monkeypatch.setattr(
        window_language, "ask_switch_anyway", lambda box: asked.append(box.text()) or False
    )
    assert not window.choose_language("de")
    assert "Welcome desk" in asked[0]
    assert current_language() == "en"
    assert window.language_actions["en"].isChecked()
    assert settings.text(UiState.LANGUAGE) == ""
    monkeypatch.undo()  # before the window is closed: nothing is unsaved


def test_what_leaves_the_window_follows_the_switch(start, settings, qtbot, tmp_path, monkeypatch):
    """CSV headers, calendar texts and the package dialog in the language switched to."""
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    from toolbox_desktop.ui.exchange.export_dialog import ExportDialog

    window = start(settings, town_language="en")
    switch(window, qtbot, "de")
    target = {"csv": tmp_path / "plan.csv", "ics": tmp_path / "plan.ics"}
    asked = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    monkeypatch.setattr(
        QInputDialog,
        "getItem",
        lambda parent, title, label, items, current, editable: (
            asked.append(title) or items[current],
            True,
        ),
    )
    for kind in ("csv", "ics"):
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", lambda *a, kind=kind: (str(target[kind]), "")
        )
        window._export_plan(kind)
    csv_text = target["csv"].read_text(encoding="utf-8-sig")
    header = csv_text.splitlines()[0]
    assert header.startswith("ID;Maßnahme;")  # German columns, the German separator
    assert "1. Steuerung" in csv_text
    assert "Governance" not in csv_text
    assert asked == ["CSV-Trennzeichen"]
    assert "SUMMARY:Frist: " in target["ics"].read_text(encoding="utf-8")
    titles = []
    monkeypatch.setattr(ExportDialog, "exec", lambda self: titles.append(self.windowTitle()) or 0)
    window.export_package()
    assert titles == ["Paket exportieren"]

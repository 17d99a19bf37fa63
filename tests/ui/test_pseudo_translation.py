"""Room for longer languages: under a pseudo-translation that makes every text of the app
about 40 % longer (``pseudo_catalogue.py``), the main window on the training town shows every
label, button, tab, group-box title and table header of every area, tab and main dialog in
full (``cut_text.py``, ``window_walk.py``), and never needs more than the screen, on the
smallest screen we support, 1280 x 720 (what fits there fits on 1366 x 768, where every area
and dialog only gains room; the English window is walked at 1366 x 768 by the accessibility
test). So does every shipped language (German, Dutch, and any added later), in its own words.

German runs about 30 % longer than English, Dutch about 25 %; the next languages (Italian,
Swedish, Spanish, French) are in the same range, so a layout that holds the pseudo-translation
holds them without a change of code (docs/translating.md). Set TOOLBOX_SCREENSHOTS to a folder
to keep a picture of every place visited.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from cut_text import cut_texts
from language_helpers import LanguageState
from pseudo_catalogue import compile_pseudo, load_pseudo, pseudo
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QTabWidget, QWidget
from test_translations import tool
from window_walk import Walk, assert_nothing_cut, walk_everything

from toolbox_desktop.languages import SOURCE_LANGUAGE, shipped_languages
from toolbox_desktop.ui.window.rows import ASSESSMENT_ROW, PLAN_ROW, REPORTS_ROW

SCREENS = [(1366, 768), (1280, 720)]
TRANSLATED = [code for code in shipped_languages() if code != SOURCE_LANGUAGE]  # de, nl, ...


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory) -> Path:
    return compile_pseudo(tmp_path_factory.mktemp("pseudo"), tool("pyside6-lrelease"))


@pytest.fixture
def pseudo_language(qapp, pseudo_qm):
    """The pseudo catalogue over the English one, numbers and dates in English."""
    locale = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    translator = load_pseudo(pseudo_qm)
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(locale)


def make_town(folder: Path, content_root: Path, language: str = "en"):
    """The training town in ``language``, with a neighbour's anonymised assessment as a peer,
    a backup and a package to import: every screen has realistic content."""
    from toolbox_desktop.exchange.package_import import apply_import, preview_import
    from toolbox_desktop.exchange.package_writer import export_municipality
    from toolbox_desktop.services.training_town import create_training_municipality
    from toolbox_desktop.storage.backups import take_backup
    from toolbox_desktop.storage.workspace import open_workspace

    workspace = open_workspace(folder / "town.sqlite3", content_root, language=language)
    create_training_municipality(workspace.conn, date(2026, 11, 23), language)
    shared = export_municipality(workspace.conn, folder / "shared.toolbox", anonymised=True)
    apply_import(workspace.conn, preview_import(workspace.conn, shared))
    take_backup(workspace.path)
    workspace.package = shared
    workspace.other = open_workspace(folder / "other.sqlite3", content_root, language=language)
    return workspace


@pytest.fixture
def backups_here(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("TOOLBOX_DESKTOP_PORTABLE", raising=False)


@pytest.fixture
def open_window(qtbot, ui_state):
    """A main window on a workspace, at the size of a screen."""

    def open_window(workspace, screen: tuple[int, int]):
        from toolbox_desktop.ui.main_window import MainWindow

        window = MainWindow(workspace.content, ui_state, workspace.path, conn=workspace.conn)
        qtbot.addWidget(window)
        window.resize(*screen)
        window.show()
        qtbot.waitExposed(window)
        return window

    return open_window


def test_no_text_is_cut_in_a_40_percent_longer_language(
    pseudo_language, backups_here, open_window, qtbot, tmp_path, pack_copy
):
    screen = SCREENS[-1]  # the smallest
    town = make_town(tmp_path, pack_copy.parent)
    window = open_window(town, screen)
    assert window.menuBar().actions()[0].text() == pseudo("&File")  # the pseudo speaks
    walk = walk_everything(window, qtbot, town, screen)
    assert walk.labels_seen > 150 and len(walk.places) > 20  # it saw the screens
    window.close()
    town.other.close()
    town.close()
    assert_nothing_cut(walk)


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_shipped_language_fits_a_1280_by_720_screen_with_its_own_alt_letters(
    code, qapp, backups_here, open_window, qtbot, tmp_path, pack_copy
):
    """One walk for two checks: nothing cut, and no Alt+letter leading to two things (see
    ``test_mnemonics``; English is checked on the accessibility walk)."""
    from accessibility_checks import CheckingWalk, first_of_each

    from toolbox_desktop.ui.common.language import apply_language

    state = LanguageState()
    apply_language(code)
    try:
        town = make_town(tmp_path, pack_copy.parent, code)
        window = open_window(town, (1280, 720))
        assert window.language == code
        checking = CheckingWalk(window, qtbot, (1280, 720))
        walk = walk_everything(window, qtbot, town, (1280, 720), checking)
        window.close()
        town.other.close()
        town.close()
    finally:
        state.restore()
    assert len(walk.letters) > 20  # it read the Alt letters of the screens
    clashes = first_of_each(walk.clashes)
    assert not clashes, f"one Alt+letter, two things ({code}):\n{clashes}"
    assert_nothing_cut(walk)


def test_no_text_is_cut_on_a_new_file_either(pseudo_language, workspace, open_window, qtbot):
    """The first start: every area shows what to do first (its empty state)."""
    window = open_window(workspace, SCREENS[0])
    walk = Walk(window, qtbot, SCREENS[0])
    for row, name in ((ASSESSMENT_ROW, "Assessment"), (PLAN_ROW, "Action plan")):
        window.show_area(row)
        walk.tabs(window.pages.currentWidget().findChild(QTabWidget), f"{name} (new file)")
    window.show_area(REPORTS_ROW)
    walk.look("Reports (new file)")
    assert len(walk.places) >= 8
    window.close()
    assert_nothing_cut(walk)


# -- the tools, checked ------------------------------------------------------------------------
def test_the_pseudo_translation_keeps_what_a_translation_must_keep():
    assert pseudo("Save") == "[Šåvé~~]"
    assert pseudo("Set &status of %n action(s)").count("&") == 1
    assert "&s" in pseudo("Set &status of %n action(s)")
    assert "%n" in pseudo("Set &status of %n action(s)")
    assert pseudo("Dates && &milestones").startswith("[Dåtéš~~ && &m")
    text = "Spent {spent} of {budget} ({share} %)."
    assert all(p in pseudo(text) for p in ("{spent}", "{budget}", "{share}"))
    assert pseudo("<b>{title}</b> – PDF documents (*.pdf)").startswith("<b>[{title}</b>")
    assert "(*.pdf)" in pseudo("PDF documents (*.pdf)")
    assert len(pseudo("What will be done, for whom, and why")) >= 1.4 * 36
    assert pseudo("  ") == "  "


def test_the_check_finds_cut_text_and_accepts_text_elided_with_a_tooltip(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QTabBar, QVBoxLayout

    from toolbox_desktop.ui.common.combo_fit import fit_combo
    from toolbox_desktop.ui.common.plain_text import PlainLabel

    top = QWidget()
    qtbot.addWidget(top)
    layout = QVBoxLayout(top)
    narrow = QWidget()
    narrow.setFixedWidth(60)
    row = QHBoxLayout(narrow)
    row.addWidget(PlainLabel("A label far longer than sixty pixels"))
    row.addWidget(QPushButton("A button with a long text"))
    layout.addWidget(narrow)
    tabs = QTabBar()
    tabs.setElideMode(Qt.TextElideMode.ElideRight)
    tabs.setExpanding(False)
    tabs.setUsesScrollButtons(False)
    for text in ("A first tab with a long title", "A second tab with a long title"):
        tabs.addTab(text)
    tabs.setTabToolTip(1, "A second tab with a long title")
    tabs.setFixedWidth(200)
    layout.addWidget(tabs)
    for text, fitted in (("A drop-down entry cut short", False), ("One with a tooltip", True)):
        combo = QComboBox()
        combo.addItems(["All", text])
        combo.setCurrentIndex(1)
        combo.setFixedWidth(90)
        if fitted:
            fit_combo(combo, first_whole=False)
        layout.addWidget(combo)
    fits = QComboBox()
    fits.addItem("Fits")
    layout.addWidget(fits)
    layout.addWidget(PlainLabel("Fits"))
    top.show()
    qtbot.waitExposed(top)
    cut = {c.text for c in cut_texts(top, "test")}
    assert cut == {
        "A label far longer than sixty pixels",
        "A button with a long text",
        "A first tab with a long title",
        "A drop-down entry cut short",
    }

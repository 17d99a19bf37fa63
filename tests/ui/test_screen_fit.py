"""Fits every screen: no window or dialog larger than the screen's free area, the main window
opened to fit (whole on a laptop's screen) and keeping its size from area to area, editors
without sideways scrolling and tab titles whole in German, the field that gets the focus in
sight, drop-downs showing their first entry whole.

The headless screen of the tests is 800 x 600, smaller than any council laptop: what fits it
after ``ScreenFit`` fits them. What a window *needs* (its minimum size) is checked against the
smallest screen the app is made for, 1280 x 720 (also 1920 x 1080 at 150 %).
"""

from __future__ import annotations

import pytest
from language_helpers import LanguageState
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
)
from test_pseudo_translation import make_town
from ui_helpers import focused

from toolbox_desktop.ui.assessment.assessment_area import DASHBOARD_TAB
from toolbox_desktop.ui.common.combo_fit import box_width_for, fit_combo
from toolbox_desktop.ui.common.lazy_tab import LazyTab
from toolbox_desktop.ui.common.screen_fit import (
    FITTED,
    available_area,
    fit_into,
    fits,
    keep_windows_on_screen,
    opening_size,
    should_maximise,
)
from toolbox_desktop.ui.window.rows import ASSESSMENT_ROW, PLAN_ROW

SMALLEST = QSize(1280, 720)  # 1280 x 720 at 100 %, and 1920 x 1080 at 150 %
TITLE_BAR = 40  # what a window frame takes of the height, at least


@pytest.fixture
def backups_here(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("TOOLBOX_DESKTOP_PORTABLE", raising=False)


@pytest.fixture
def in_language(qapp):
    """Switch the app to a language for one test, and back."""
    from toolbox_desktop.ui.common.language import apply_language

    state = LanguageState()
    yield apply_language
    state.restore()


@pytest.fixture
def town_window(qtbot, ui_state, tmp_path, pack_copy, backups_here):
    """The training town in a window of ``size``, as the user's screen would give it."""
    opened = []

    def open_town(language: str = "en", size: QSize = SMALLEST):
        from toolbox_desktop.ui.main_window import MainWindow

        town = make_town(tmp_path, pack_copy.parent, language)
        window = MainWindow(town.content, ui_state, town.path, conn=town.conn)
        qtbot.addWidget(window)
        window.resize(size)
        window.show()
        qtbot.waitExposed(window)
        opened.append(town)
        return window, town

    yield open_town
    for town in opened:
        town.other.close()
        town.close()


def needs_at_most(widget, room: QSize) -> str:
    """ "" when ``widget``'s minimum size fits ``room``, else what it needs."""
    needs = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    if needs.width() <= room.width() and needs.height() <= room.height():
        return ""
    return f"{type(widget).__name__} needs {needs.width()} x {needs.height()}"


# -- the rule, on its own ----------------------------------------------------------------------
def test_a_dialog_larger_than_the_screen_is_fitted_inside_it(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.resize(3000, 2000)
    available = QRect(100, 50, 1280, 680)
    fit_into(dialog, available)
    assert dialog.width() < 1280 and dialog.height() < 680
    assert available.contains(QRect(dialog.pos(), dialog.size()))


def test_every_window_shown_is_kept_inside_the_screen(main_window, qtbot):
    """``ScreenFit`` (installed by the main window) fits any window the first time it is
    shown, also one that sized itself larger than the screen, with a minimum size too."""
    dialog = QDialog(main_window)
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    button = QPushButton("Close")
    layout.addWidget(button)
    dialog.setMinimumSize(1500, 1000)
    dialog.resize(2500, 1400)
    dialog.show()
    qtbot.waitExposed(dialog)
    available = available_area(dialog)
    qtbot.waitUntil(lambda: available.contains(dialog.frameGeometry()))
    assert fits(dialog, available)
    corner = button.mapTo(dialog, button.rect().bottomRight())
    assert dialog.rect().contains(corner)  # its button is within reach


def test_a_dialog_of_a_page_or_of_no_window_is_kept_inside_the_screen(main_window, qtbot):
    """Whoever made the dialog: a page deep inside the window, or no window at all."""
    for parent in (main_window.library, None):
        dialog = QDialog(parent)
        qtbot.addWidget(dialog)
        dialog.resize(2600, 1500)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(lambda d=dialog: fits(d, available_area(d)))
        assert dialog.property(FITTED) is True
        dialog.close()


def test_a_modal_dialog_is_fitted_before_it_appears(main_window, qtbot):
    """As ``exec()`` and every message box show it: already fitted when ``show`` returns,
    also one of a page deep inside the window, and one over another dialog."""
    keep_windows_on_screen()  # as after the window's first paint
    outer = QDialog(main_window.library)
    inner = QDialog(outer)
    for dialog in (outer, inner):
        qtbot.addWidget(dialog)
        dialog.resize(2600, 1500)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.show()
        assert fits(dialog, available_area(dialog))  # no event loop turn in between
    inner.close()
    outer.close()


def test_a_size_given_after_the_dialog_was_fitted_is_kept(main_window, qtbot):
    """Fitted once, when it first came to the front: the user's (or a test's) size later
    stays, even when the dialog comes to the front again."""
    dialog = QDialog(main_window)
    qtbot.addWidget(dialog)
    dialog.resize(2600, 1500)
    dialog.show()
    qtbot.waitUntil(lambda: fits(dialog, available_area(dialog)))
    qtbot.wait(10)  # the second fit, once the frame is known
    dialog.resize(2400, 1400)  # too large again, but given after the fitting: it stays
    main_window.activateWindow()
    dialog.activateWindow()
    qtbot.wait(20)
    assert dialog.size() == QSize(2400, 1400)
    dialog.close()


def test_the_main_window_opens_whole_on_a_small_screen_and_comfortable_on_a_large_one():
    laptop = QRect(0, 0, 1366, 728)  # 1366 x 768 less the task bar
    assert should_maximise(laptop)
    assert should_maximise(QRect(0, 0, 1280, 680))
    large = QRect(0, 0, 1920, 1040)
    assert not should_maximise(large)
    assert opening_size(large) == QSize(1440, 900)
    assert opening_size(laptop).width() <= 1366 and opening_size(laptop).height() <= 728


def test_the_main_window_without_a_remembered_size_takes_the_whole_small_screen(main_window):
    """The test screen (800 x 600) is smaller than the window's comfortable size."""
    assert main_window.isMaximized()
    assert fits(main_window)


def test_a_remembered_size_is_kept(qtbot, workspace, ui_state):
    from toolbox_desktop.ui.common.settings import UiState
    from toolbox_desktop.ui.main_window import MainWindow

    first = MainWindow(workspace.content, ui_state, workspace.path)
    qtbot.addWidget(first)
    first.resize(700, 500)
    first.show()
    qtbot.waitExposed(first)
    ui_state.set(UiState.GEOMETRY, first.saveGeometry())
    first.close()
    again = MainWindow(workspace.content, ui_state, workspace.path)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert not again.isMaximized()
    assert again.size() == QSize(700, 500)


# -- the app's own windows, at 1280 x 720 ------------------------------------------------------
@pytest.mark.parametrize("language", ["en", "de"])
def test_the_window_keeps_its_size_in_every_area_and_tab(language, in_language, town_window):
    in_language(language)
    window, _town = town_window(language)
    for row in range(window.navigation_model.rowCount()):
        window.show_area(row)
        for tabs in window.pages.currentWidget().findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                assert window.size() == SMALLEST, (row, tabs.tabText(index))
    room = SMALLEST - QSize(0, TITLE_BAR)
    assert needs_at_most(window, room) == ""


@pytest.mark.parametrize(
    ("language", "text_size"), [("de", 150), ("nl", 150), ("de", 125), ("nl", 125)]
)
def test_larger_text_keeps_the_window_inside_the_smallest_screen(
    language, text_size, in_language, town_window, qapp
):
    """At 150 % (View menu) the German assessment area needed 1,500 pixels: a line of the
    rating progress, the link buttons and the comparison's two lists side by side; the
    dashboard needed 790 pixels of height; the area names were cut."""
    from toolbox_desktop.ui.window import view_options

    font = qapp.font()
    in_language(language)
    window, _town = town_window(language)
    try:
        view_options.apply_view(view_options.SYSTEM, text_size)
        qapp.processEvents()
        room = SMALLEST - QSize(0, TITLE_BAR)
        for row in range(window.navigation_model.rowCount()):
            window.show_area(row)
            for tabs in window.pages.currentWidget().findChildren(QTabWidget):
                for index in range(tabs.count()):
                    tabs.setCurrentIndex(index)
                    qapp.processEvents()
                    assert needs_at_most(window, room) == "", (row, tabs.tabText(index))
        navigation = window.navigation
        assert navigation.width() >= navigation.sizeHintForColumn(0), "area names whole"
    finally:
        qapp.setFont(font)


def test_no_dialog_needs_more_than_the_smallest_screen_nor_exceeds_the_screen(
    town_window, qtbot, tmp_path
):
    from toolbox_desktop.ui.backups.restore_dialog import RestoreDialog
    from toolbox_desktop.ui.exchange.export_dialog import ExportDialog
    from toolbox_desktop.ui.exchange.import_dialog import ImportDialog, check_packages
    from toolbox_desktop.ui.window.about import show_about

    window, town = town_window()
    window.show_area(ASSESSMENT_ROW)
    page = window.assessment_area.page
    dialogs = []
    page.open_dialog = lambda dialog: dialogs.append(dialog) and False
    page.new_assessment(copy=True)
    page.edit_assessment()
    page.edit_profile()
    workshop = window.assessment_area.workshop
    for assessment in window.assessment_area.session.assessments():
        if workshop.repository.mode(assessment.id):
            window.assessment_area.session.select_assessment(assessment.id)
    workshop.participant_list.setCurrentRow(0)
    dialogs.append(workshop.enter_paper_ratings())
    dialogs.append(ExportDialog(window.assessment_area.session.current_assessment(), window))
    other = town.other.conn
    dialogs.append(ImportDialog(other, check_packages(other, [town.package]), window))
    dialogs.append(RestoreDialog(town.conn, town.path, window))
    dialogs.append(show_about(window))
    room = SMALLEST - QSize(0, TITLE_BAR)
    too_large = []
    for dialog in dialogs:
        assert dialog is not None
        too_large.append(needs_at_most(dialog, room))
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(lambda d=dialog: fits(d))
        dialog.close()
    assert [text for text in too_large if text] == []


# -- the action editor, the rating screen, the filters -----------------------------------------
def test_the_action_editor_in_german_needs_no_sideways_scrolling(in_language, town_window):
    in_language("de")
    window, _town = town_window("de")
    window.show_area(PLAN_ROW)
    area = window.plan_area
    session = area.session
    action = next(a for a in session.actions() if len(a.benchmarks) > 1)
    area.open_action(action.id)
    form = area.page.editor.form
    tabs = form.tabs
    bar = tabs.tabBar()
    assert tabs.tabText(3).replace("&", "") == "Indikatoren"
    checked = 0
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        # every tab title whole, all of them inside the bar (no scroll arrows)
        assert bar.tabRect(index).width() >= bar.tabSizeHint(index).width()
        assert bar.rect().contains(bar.tabRect(index))
        page = tabs.currentWidget()
        if isinstance(page, LazyTab):  # built as it was opened: look at what it holds
            page = page.content()
        checked += isinstance(page, QScrollArea)
        if isinstance(page, QScrollArea):
            assert not page.horizontalScrollBar().isVisible()
            assert page.viewport().width() >= page.widget().minimumSizeHint().width()
    assert checked == 3  # "General", "Dates & milestones", "Budget"
    tabs.setCurrentIndex(0)
    links = form.links.view
    assert not links.horizontalScrollBar().isVisible()
    widest = max(links.visualRect(links.model().index(r, 0)).right() for r in range(2))
    assert widest <= links.viewport().width()  # long benchmark titles wrap
    unlink = form.links.remove_button
    right_edge = unlink.mapTo(tabs, unlink.rect().topRight()).x()
    assert right_edge <= tabs.width()


def test_alt_d_brings_the_evidence_box_into_sight_at_1280_by_720(town_window, qtbot):
    window, _town = town_window()
    window.show_area(ASSESSMENT_ROW)
    area = window.assessment_area
    area.session.select_benchmark(window.content.benchmarks[1].code)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    screen = area.page.rating_screen
    screen.table.setFocus()
    editor = screen.editor
    scroll = editor.scroll
    viewport = scroll.viewport()

    def evidence_in_sight() -> bool:
        """At least the box's first six lines (its minimum height) can be read."""
        top = editor.evidence.mapTo(viewport, editor.evidence.rect().topLeft()).y()
        return top >= 0 and top + editor.evidence.minimumHeight() <= viewport.height()

    assert not evidence_in_sight()  # (partly) below the fold at this size, to start with
    QTest.keyClick(focused(), Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert focused() is editor.evidence
    qtbot.waitUntil(evidence_in_sight)


def test_benchmark_titles_get_the_room_the_ratings_do_not_need(town_window):
    from toolbox_desktop.ui.assessment.benchmark_list import RATING_COLUMN, TITLE_COLUMN

    window, _town = town_window()
    window.show_area(ASSESSMENT_ROW)
    table = window.assessment_area.page.rating_screen.table
    model = table.model()
    widest = max(
        table.sizeHintForIndex(model.index(row, RATING_COLUMN)).width()
        for row in range(model.rowCount())
    )
    header = table.horizontalHeader()
    assert header.sectionSize(RATING_COLUMN) <= max(widest, header.sectionSizeHint(2)) + 2
    assert header.sectionSize(TITLE_COLUMN) > header.sectionSize(RATING_COLUMN)


def test_the_plan_filters_show_their_first_entry_whole_in_dutch(in_language, town_window):
    in_language("nl")
    window, _town = town_window("nl")
    window.show_area(PLAN_ROW)
    filters = window.plan_area.page.filters
    assert filters.owner.itemText(0) == "Alle verantwoordelijken"
    for combo in (filters.dimension, filters.status, filters.phase, filters.owner):
        assert combo.width() >= box_width_for(combo, combo.itemText(0)), combo.itemText(0)


def test_a_choice_too_long_for_its_box_is_whole_in_the_tooltip(qtbot):
    from PySide6.QtWidgets import QComboBox

    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItems(["All", "A partner with a very long name indeed, far too long for it"])
    combo.setToolTip("Who")
    fit_combo(combo)
    combo.setFixedWidth(box_width_for(combo, "All") + 10)
    combo.show()
    combo.setCurrentIndex(1)
    assert combo.toolTip() == "A partner with a very long name indeed, far too long for it"
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)  # its list, opened, shows the entry whole
    assert combo.view().isVisible()
    assert combo.view().width() > combo.width()
    assert combo.view().minimumWidth() > combo.width()  # sized for it, not left to the style
    combo.hidePopup()
    combo.setCurrentIndex(0)
    assert combo.toolTip() == "Who"


def test_a_list_filled_after_fitting_and_opened_from_code_is_sized_too(qtbot):
    """A drop-down fitted while still empty (filled later, like the indicators' action or a
    report's assessment), its list opened without a click or a key (a screen reader's "open"
    action calls ``showPopup``)."""
    from PySide6.QtWidgets import QComboBox

    combo = QComboBox()
    qtbot.addWidget(combo)
    fit_combo(combo, first_whole=False)
    long = "A partner with a very long name indeed, far too long for it"
    combo.addItems(["All", long])
    combo.setFixedWidth(box_width_for(combo, "All") + 10)
    combo.show()
    combo.showPopup()
    assert combo.view().isVisible()
    assert combo.view().minimumWidth() > combo.fontMetrics().horizontalAdvance(long)
    combo.hidePopup()


def titles_shown_whole(table, column: int) -> float:
    """The share of a table's cells in ``column`` whose text fits the cell (word-wrapped when
    the table wraps), as the item delegate lays it out: the cell less its margins and icon."""
    from PySide6.QtWidgets import QStyle

    model = table.model()
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    metrics = table.fontMetrics()
    whole = 0
    for row in range(model.rowCount()):
        index = model.index(row, column)
        cell = table.visualRect(index)
        if not cell.isValid():  # not in view: measured at a row's height and the column's width
            cell = QRect(0, 0, table.columnWidth(column), table.rowHeight(0))
        width = cell.width() - 2 * margin
        if index.data(Qt.ItemDataRole.DecorationRole) is not None:
            width -= table.iconSize().width() + 2 * margin
        text = index.data()
        if table.wordWrap():
            wrap = Qt.TextFlag.TextWordWrap
            whole += metrics.boundingRect(QRect(0, 0, width, 10_000), wrap, text).height() <= (
                cell.height()
            )
        else:
            whole += metrics.horizontalAdvance(text) <= width
        assert index.data() in index.data(Qt.ItemDataRole.ToolTipRole)  # whole in the tooltip
    return whole / model.rowCount()


def test_german_benchmark_titles_are_read_on_two_lines_at_1280_by_720(in_language, town_window):
    from toolbox_desktop.ui.assessment.benchmark_list import TITLE_COLUMN

    in_language("de")
    window, _town = town_window("de")
    window.show_area(ASSESSMENT_ROW)
    table = window.assessment_area.page.rating_screen.table
    # On one line 2 of 68 German titles were whole; on two about half are, the rest end
    # in "…" after two lines and are whole in their tooltips.
    assert titles_shown_whole(table, TITLE_COLUMN) >= 0.45
    heights = {table.rowHeight(row) for row in range(table.model().rowCount())}
    assert len(heights) == 1  # an even list


def test_the_gap_list_gives_german_benchmark_titles_the_most_room(in_language, town_window):
    from toolbox_desktop.ui.dashboard import gap_model
    from toolbox_desktop.ui.dashboard.dashboard_view import GAPS_TAB

    in_language("de")
    window, _town = town_window("de")
    window.show_area(ASSESSMENT_ROW)
    tabs = window.assessment_area.tabs
    tabs.setCurrentIndex(DASHBOARD_TAB)
    dashboard = window.assessment_area.dashboard
    dashboard.tables.setCurrentIndex(GAPS_TAB)
    table = dashboard.gap_table
    widths = {column: table.columnWidth(column) for column in range(table.model().columnCount())}
    assert max(widths, key=widths.get) == gap_model.TITLE
    assert titles_shown_whole(table, gap_model.TITLE) >= 0.6  # was none: the column was narrow
    dimension = table.model().index(0, gap_model.DIMENSION)
    assert dimension.data() in dimension.data(Qt.ItemDataRole.ToolTipRole)


def test_a_drop_down_of_the_users_titles_keeps_its_width_and_gives_a_long_one_a_tooltip(qtbot):
    from PySide6.QtWidgets import QComboBox

    combo = QComboBox()
    qtbot.addWidget(combo)
    title = "Überprüfungsworkshop " * 12
    combo.addItems([title, "Spring"])
    fit_combo(combo, first_whole=False)
    assert combo.minimumWidth() == 0  # a 250-character title does not widen the row
    combo.resize(200, combo.sizeHint().height())
    combo.show()
    assert combo.toolTip() == title


def test_a_tooltip_the_screen_sets_later_is_kept_while_the_entry_fits(qtbot):
    from PySide6.QtWidgets import QComboBox

    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItems(["High", "Low"])
    fit_combo(combo)
    combo.show()
    combo.setToolTip("Rate the benchmark first, then set its priority.")
    combo.resize(combo.width() + 20, combo.height())  # a resize looks at the tooltip again
    combo.setCurrentIndex(1)
    assert combo.toolTip() == "Rate the benchmark first, then set its priority."


def test_a_choice_too_long_for_its_box_ends_in_an_ellipsis_not_mid_word(qtbot):
    """At 1280 x 720 in German the target read "4 Voll umgesetzt und evalui"."""
    from PySide6.QtWidgets import QProxyStyle, QStyle

    drawn = []

    class Recording(QProxyStyle):
        def drawControl(self, element, option, painter, widget=None):
            if element == QStyle.ControlElement.CE_ComboBoxLabel:
                drawn.append(option.currentText)
            super().drawControl(element, option, painter, widget)

    combo = QComboBox()
    qtbot.addWidget(combo)
    style = Recording("fusion")
    combo.setStyle(style)
    combo.addItems(["4 Voll umgesetzt und evaluiert", "1 Geplant"])
    fit_combo(combo, first_whole=False)
    combo.resize(150, combo.sizeHint().height())
    combo.grab()
    assert drawn[-1].endswith("…") and "4 Voll umgesetzt".startswith(drawn[-1][:4])
    assert combo.toolTip() == "4 Voll umgesetzt und evaluiert"
    combo.setCurrentIndex(1)
    combo.grab()
    assert drawn[-1] == "1 Geplant", "a whole entry is drawn as it is"

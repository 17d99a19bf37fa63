"""What the window remembers between runs: size, splitter, tab, selection and filters."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QSize
from ui_helpers import shown_text

from toolbox_desktop.ui.common.settings import UiState
from toolbox_desktop.ui.library.library_page import GUIDE_TAB, PRACTICES_TAB, TREE_TAB
from toolbox_desktop.ui.main_window import MainWindow


@pytest.fixture
def reopen(qtbot, workspace, ui_state):
    """Start the app again: a new main window on the same settings and content."""

    def reopen() -> MainWindow:
        window = MainWindow(workspace.content, ui_state, workspace.path, workspace.failed_packs)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return reopen


def select_in_tree(library, code: str) -> None:
    index = library.tree_model.index_of(code)
    parent = index.parent()
    while parent.isValid():
        library.tree.expand(parent)
        parent = parent.parent()
    library.tree.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect
    )


def fitting_size(window) -> QSize:
    """A window size other than the default that the screen can hold (offscreen: 800x800)."""
    available = window.screen().availableGeometry()
    minimum = window.minimumSizeHint()
    width = min(available.width() - 10, minimum.width() + 40)
    height = min(available.height() - 40, 560)
    assert width >= minimum.width() and height >= minimum.height()
    return QSize(width, height)


def test_size_splitter_tab_and_selection_come_back(main_window, qtbot, reopen):
    library = main_window.library
    select_in_tree(library, "gov.coordination.3")
    library.tabs.setCurrentIndex(PRACTICES_TAB)
    # No practice is selected, so the benchmark stays in the detail pane.
    assert "Take part in city-to-city exchange" in shown_text(library)

    size = fitting_size(main_window)
    main_window.resize(size)
    qtbot.waitUntil(lambda: main_window.size() == size)
    laid_out = library.splitter.sizes()
    total = sum(laid_out)
    wanted = [total - library.detail.minimumSizeHint().width() - 10, 0]
    wanted[1] = total - wanted[0]
    library.splitter.setSizes(wanted)
    moved = library.splitter.sizes()
    assert abs(moved[0] - laid_out[0]) > 10, "the splitter did not move; the test proves nothing"

    main_window.close()
    window = reopen()

    assert window.size() == size
    again = window.library
    assert all(abs(a - b) <= 2 for a, b in zip(again.splitter.sizes(), moved, strict=True))
    assert again.tabs.currentIndex() == PRACTICES_TAB
    assert again.practices.isVisible()
    text = shown_text(again)
    assert text.startswith("1. Governance › Coordination and cooperation mechanisms")
    assert "Take part in city-to-city exchange, advocacy and capacity building" in text
    # The benchmark is selected in its tree, ready for the Benchmarks tab.
    assert again.tree.currentIndex().data() == (
        "Take part in city-to-city exchange, advocacy and capacity building"
    )


def test_selected_practice_and_filters_come_back(main_window, reopen):
    library = main_window.library
    browser = library.practices
    library.tabs.setCurrentIndex(PRACTICES_TAB)
    browser.dimension_filter.setCurrentIndex(
        browser.dimension_filter.findText("5. Housing and urban planning")
    )
    browser.country_filter.setCurrentIndex(browser.country_filter.findText("Belgium"))
    browser.table.selectionModel().setCurrentIndex(
        browser.table.model().index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert "Leuven, Belgium" in shown_text(library)

    main_window.close()
    again = reopen().library

    assert again.tabs.currentIndex() == PRACTICES_TAB
    assert again.practices.dimension_filter.currentText() == "5. Housing and urban planning"
    assert again.practices.country_filter.currentText() == "Belgium"
    assert again.practices.count_label.text() == "1 of 10 practices shown"
    assert again.practices.table.currentIndex().data() == "De Nomade"
    assert shown_text(again).startswith(
        "5. Housing and urban planning › Innovative practice De Nomade (The Nomad)"
    )


def test_practice_looked_at_from_another_tab_comes_back_on_that_tab(main_window, reopen):
    library = main_window.library
    library.select_code("hou.practice.diversity-cafe")
    library.tabs.setCurrentIndex(GUIDE_TAB)  # no guide step selected: the café stays shown

    main_window.close()
    again = reopen().library

    assert again.tabs.currentIndex() == GUIDE_TAB
    assert "St. Pölten, Austria" in shown_text(again)


def test_guide_step_comes_back(main_window, reopen):
    library = main_window.library
    library.select_code("guide.3")
    main_window.close()
    again = reopen().library
    assert again.tabs.currentIndex() == GUIDE_TAB
    assert again.guide.currentIndex().data().startswith("3. ")
    assert shown_text(again).startswith("How to use the toolbox 3. ")


def test_item_looked_at_during_a_search_comes_back(main_window, reopen):
    library = main_window.library
    library.search_edit.setText("polten")
    main_window.close()
    again = reopen().library
    assert again.search_edit.text() == ""
    assert again.tabs.isVisible()
    assert again.tabs.currentIndex() == PRACTICES_TAB
    assert again.practices.table.currentIndex().data() == "Diversity Café"


def test_first_start_shows_the_overview_on_the_benchmarks_tab(main_window):
    library = main_window.library
    assert library.tabs.currentIndex() == TREE_TAB
    assert not library.tree.currentIndex().isValid()
    assert shown_text(library).startswith("Whole-COMM toolbox")


def test_a_remembered_item_that_no_longer_exists_falls_back_to_the_overview(ui_state, reopen):
    ui_state.set(UiState.LIBRARY_SELECTION, "gov.removed-theme.9")
    ui_state.set(UiState.LIBRARY_TAB, PRACTICES_TAB)
    ui_state.set(UiState.PRACTICE_COUNTRY, "Atlantis")
    library = reopen().library
    assert library.tabs.currentIndex() == PRACTICES_TAB
    assert library.practices.country_filter.currentText() == "All countries"
    assert library.practices.count_label.text() == "10 of 10 practices shown"
    assert shown_text(library).startswith("Whole-COMM toolbox")


def test_a_nonsense_remembered_tab_falls_back_to_the_benchmarks(ui_state, reopen):
    ui_state.set(UiState.LIBRARY_TAB, "seven")
    ui_state.set(UiState.LIBRARY_SPLITTER, b"not a splitter state")
    ui_state.set(UiState.GEOMETRY, b"not a geometry")
    window = reopen()
    assert window.library.tabs.currentIndex() == TREE_TAB
    assert window.library.splitter.sizes()[1] > 0
    assert window.isVisible()

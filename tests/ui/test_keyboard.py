"""The library with the keyboard alone: arrows in the tree, Ctrl+F, Escape, mnemonics, Tab."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QTabWidget
from ui_helpers import focused, highlighted_runs, shown_text, type_text

from toolbox_desktop.ui.library.library_page import GUIDE_TAB, PRACTICES_TAB, TREE_TAB

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def press(key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Press ``key`` where the keyboard focus is, as a user does."""
    widget = focused()
    assert widget is not None, "nothing has the keyboard focus"
    QTest.keyClick(widget, key, modifier)


def press_find(window, qtbot) -> None:
    """The platform's Find shortcut (Ctrl+F), sent to the main window."""
    combination = QKeySequence(QKeySequence.StandardKey.Find)[0]
    qtbot.keyClick(window, combination.key(), combination.keyboardModifiers())


def test_arrow_keys_walk_the_tree_and_the_detail_follows(active_window, library, qtbot):
    tree = library.tree
    tree.setFocus(Qt.FocusReason.TabFocusReason)
    assert focused() is tree
    press(Qt.Key.Key_Home)
    assert tree.currentIndex().data() == "1. Governance"
    assert shown_text(library).startswith("1. Governance")

    press(Qt.Key.Key_Right)  # open Governance
    assert tree.isExpanded(tree.currentIndex())
    press(Qt.Key.Key_Down)
    assert tree.currentIndex().data() == "Strategic planning and accountability"
    assert "Key benchmarks" in shown_text(library)

    press(Qt.Key.Key_Right)  # open the sub-theme
    press(Qt.Key.Key_Down)
    assert tree.currentIndex().data() == "A clear vision and an accountable integration plan"
    text = shown_text(library)
    assert text.startswith(
        "1. Governance › Strategic planning and accountability "
        "A clear vision and an accountable integration plan"
    )
    assert "Common challenges in this dimension" in text
    assert "Vielfaltsgestalter*innen" in text

    press(Qt.Key.Key_Down)
    assert "Named people or roles to oversee the integration plan" in shown_text(library)
    assert "A clear vision and an accountable integration plan" not in shown_text(library)

    press(Qt.Key.Key_Left)  # from a benchmark back to its sub-theme
    assert tree.currentIndex().data() == "Strategic planning and accountability"
    assert shown_text(library).startswith(
        "1. Governance Strategic planning and accountability Key benchmarks"
    )
    assert focused() is tree


def test_ctrl_f_puts_the_focus_in_the_search_box(active_window, library, qtbot):
    library.tree.setFocus()
    assert focused() is library.tree
    press_find(active_window, qtbot)
    assert focused() is library.search_edit


def test_ctrl_f_selects_the_old_query_so_typing_replaces_it(active_window, library, qtbot):
    press_find(active_window, qtbot)
    qtbot.keyClicks(focused(), "rosslau")
    press(Qt.Key.Key_Down)
    assert focused() is library.results
    press_find(active_window, qtbot)
    assert focused() is library.search_edit
    qtbot.keyClicks(focused(), "polten")
    assert library.search_edit.text() == "polten"
    assert "St. Pölten" in shown_text(library)


def test_search_round_trip_with_the_keyboard(active_window, library, qtbot):
    library.select_code("gov.strategic-planning.1")
    press_find(active_window, qtbot)
    qtbot.keyClicks(focused(), "germany")
    assert library.result_label.text() == "2 matches"
    assert not library.tabs.isVisible()

    press(Qt.Key.Key_Down)  # from the search box into the results
    assert focused() is library.results
    assert library.results.currentIndex().row() == 0
    press(Qt.Key.Key_Down)  # to the second match
    assert library.results.currentIndex().row() == 1
    assert "Psychosocial Center Rostock" in shown_text(library)
    assert "Germany" in highlighted_runs(library.detail.document())

    press(Qt.Key.Key_Escape)  # from the results back to the search box
    assert focused() is library.search_edit
    assert library.search_edit.text() == "germany"
    assert library.results.isVisible()

    press(Qt.Key.Key_Escape)  # in the search box: clear it, the tabs come back
    assert library.search_edit.text() == ""
    assert focused() is library.search_edit
    assert library.tabs.isVisible()
    assert not library.results.isVisible()
    assert not library.result_label.isVisible()
    # The match looked at last stays shown, selected in its tab, without highlight.
    assert library.tabs.currentIndex() == PRACTICES_TAB
    assert library.practices.table.currentIndex().data() == (
        "Psychosocial Center Rostock for Refugees and Migrants"
    )
    assert highlighted_runs(library.detail.document()) == []


def test_down_in_the_search_box_without_a_search_goes_to_the_tab(active_window, library, qtbot):
    press_find(active_window, qtbot)
    press(Qt.Key.Key_Down)
    assert focused() is library.tree


def test_typing_non_latin_text_by_hand_then_escape(active_window, library, qtbot):
    press_find(active_window, qtbot)
    type_text(focused(), "Roßlau")
    assert library.result_label.text() == "1 match"
    press(Qt.Key.Key_Escape)
    assert library.search_edit.text() == ""
    type_text(focused(), "Пёльтен")
    assert library.result_label.text() == "No matches. Try fewer or shorter words."


def test_alt_mnemonics_switch_tabs(active_window, library, qtbot):
    library.tree.setFocus()
    press(Qt.Key.Key_P, ALT)
    assert library.tabs.currentIndex() == PRACTICES_TAB
    assert library.practices.isVisible()
    press(Qt.Key.Key_B, ALT)
    assert library.tabs.currentIndex() == TREE_TAB
    assert library.tree.isVisible()
    press(Qt.Key.Key_U, ALT)
    assert library.tabs.currentIndex() == GUIDE_TAB
    assert library.guide.isVisible()


def test_ctrl_tab_cycles_the_tabs(active_window, library, qtbot):
    library.tree.setFocus()
    press(Qt.Key.Key_Tab, CTRL)
    assert library.tabs.currentIndex() == PRACTICES_TAB
    press(Qt.Key.Key_Tab, CTRL)
    assert library.tabs.currentIndex() == GUIDE_TAB
    press(Qt.Key.Key_Tab, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert library.tabs.currentIndex() == PRACTICES_TAB


def test_filter_practices_with_the_keyboard(active_window, library, qtbot):
    library.tree.setFocus()
    press(Qt.Key.Key_P, ALT)
    press(Qt.Key.Key_D, ALT)  # "&Dimension:" label
    assert focused() is library.practices.dimension_filter
    press(Qt.Key.Key_End)
    assert library.practices.count_label.text() == "3 of 10 practices shown"
    press(Qt.Key.Key_O, ALT)  # "C&ountry:" label
    assert focused() is library.practices.country_filter
    press(Qt.Key.Key_Down)  # Austria
    assert library.practices.count_label.text() == "1 of 10 practices shown"
    press(Qt.Key.Key_Tab)  # on to the table
    assert focused() is library.practices.table
    press(Qt.Key.Key_Down)
    assert shown_text(library).startswith(
        "5. Housing and urban planning › Innovative practice Diversity Café"
    )


def test_guide_steps_with_the_keyboard(active_window, library, qtbot):
    library.tree.setFocus()
    press(Qt.Key.Key_U, ALT)  # "How to &use"; the focus moves along to the new tab's list
    assert focused() is library.guide
    press(Qt.Key.Key_Home)
    assert shown_text(library).startswith(
        "How to use the toolbox 1. Familiarize yourself with the toolbox"
    )
    press(Qt.Key.Key_End)
    assert shown_text(library).startswith("How to use the toolbox 7.")


def test_tab_key_reaches_every_part_of_the_window(active_window, library, qtbot):
    library.search_edit.setFocus()
    reached = []
    for _ in range(12):
        reached.append(focused())
        press(Qt.Key.Key_Tab)
    assert library.tabs.tabBar() in reached
    assert library.tree in reached
    assert library.detail in reached
    assert active_window.navigation in reached
    # The order is the reading order: search, tabs, list, details, then the areas.
    first = [
        reached.index(w)
        for w in (
            library.search_edit,
            library.tabs.tabBar(),
            library.tree,
            library.detail,
            active_window.navigation,
        )
    ]
    assert first == sorted(first)


def test_links_in_the_detail_pane_work_from_the_keyboard(active_window, library, qtbot):
    library.select_code("gov.strategic-planning.1")
    library.detail.setFocus()
    library.detail.moveCursor(QTextCursor.MoveOperation.Start)
    press(Qt.Key.Key_Tab)  # to the first link: the dimension in the breadcrumb
    assert focused() is library.detail
    assert library.detail.textCursor().selectedText() == "1. Governance"
    press(Qt.Key.Key_Tab)  # the sub-theme
    press(Qt.Key.Key_Tab)  # the first practice of the dimension
    assert library.detail.textCursor().selectedText() == "POLI"
    press(Qt.Key.Key_Return)
    assert library.tabs.currentIndex() == PRACTICES_TAB
    assert library.practices.table.currentIndex().data() == "POLI"
    assert shown_text(library).startswith("1. Governance › Innovative practice POLI (Poles)")


def test_keyboard_cannot_enter_the_areas_that_do_not_exist_yet(active_window, qtbot):
    navigation = active_window.navigation
    navigation.setFocus()
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_End)
    assert navigation.currentIndex().data() == "Library"


def test_every_alt_mnemonic_is_unique(active_window):
    """An Alt+letter used twice does one thing on the first press and another on the next."""
    texts = [action.text() for action in active_window.menuBar().actions()]
    for tabs in active_window.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    texts += [label.text() for label in active_window.findChildren(QLabel) if label.buddy()]
    letters = [match[1].lower() for t in texts if (match := re.search(r"&(\w)", t))]
    assert len(letters) >= 9
    duplicates = {letter for letter in letters if letters.count(letter) > 1}
    assert not duplicates, f"Alt+{duplicates} is used twice among {texts}"

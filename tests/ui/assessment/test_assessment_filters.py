"""Finding the next benchmark to rate: only the unrated ones, and for small places the
benchmarks written for them first (marked in the list)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from ui_helpers import focused

from toolbox_desktop.core.assessment import Profile
from toolbox_desktop.core.tailoring import is_for_small_places
from toolbox_desktop.ui.assessment.benchmark_list import (
    CODE_ROLE,
    SMALL_PLACES_ROLE,
    TITLE_COLUMN,
)

SMALL_TOWN = Profile(name="Roßlau", kind="small-town")
ALT = Qt.KeyboardModifier.AltModifier


def shown_codes(screen) -> list[str]:
    model = screen.table.model()
    return [model.index(row, 0).data(CODE_ROLE) for row in range(model.rowCount())]


def test_show_only_unrated_with_the_keyboard(active_page, workspace, qtbot):
    screen = active_page.rating_screen
    codes = [b.code for b in workspace.content.benchmarks]
    screen.select_code(codes[0])
    screen.table.setFocus()
    for level in (Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_0):
        QTest.keyClick(focused(), level)
        QTest.keyClick(focused(), Qt.Key.Key_Down, ALT)
    assert screen.current_code() == codes[3]
    QTest.keyClick(focused(), Qt.Key.Key_U, ALT)  # "Show only &unrated" (clicks after 100 ms)
    qtbot.waitUntil(screen.only_unrated.isChecked)
    assert shown_codes(screen) == codes[3:]
    assert screen.current_code() == codes[3]
    assert screen.progress_label.text() == "3 of 68 rated"

    screen.table.setFocus()
    QTest.keyClick(focused(), Qt.Key.Key_1)  # rated rows stay until the filter is applied again
    assert shown_codes(screen)[0] == codes[3]
    screen.set_only_unrated(False)
    screen.set_only_unrated(True)
    assert shown_codes(screen) == codes[4:]
    assert screen.current_code() == codes[4]

    active_page.session.select_benchmark(codes[1])  # e.g. from the dashboard's gap list
    assert not screen.only_unrated.isChecked()
    assert screen.current_code() == codes[1]


def test_small_places_first_for_a_small_town(active_page, workspace, monkeypatch, qtbot):
    page = active_page
    screen = page.rating_screen
    content = workspace.content
    small = [b.code for b in content.benchmarks if is_for_small_places(b)]
    others = [b.code for b in content.benchmarks if not is_for_small_places(b)]
    assert len(small) == 11
    assert not screen.small_first.isEnabled(), "only offered to small towns and rural areas"

    monkeypatch.setattr(page, "open_dialog", lambda dialog: _choose_small_town(dialog))
    page.profile_button.click()
    assert screen.small_first.isEnabled()
    screen.select_code(others[0])
    screen.table.setFocus()
    QTest.keyClick(focused(), Qt.Key.Key_S, ALT)  # "&Small places first"
    qtbot.waitUntil(screen.small_first.isChecked)
    assert shown_codes(screen) == small + others
    assert screen.current_code() == others[0], "the benchmark shown stays selected"

    model = screen.table.model()
    first = model.index(0, TITLE_COLUMN)
    assert first.data(SMALL_PLACES_ROLE)
    assert first.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "small and rural" in first.data(Qt.ItemDataRole.ToolTipRole)
    plain = model.index(len(small), TITLE_COLUMN)
    assert plain.data(Qt.ItemDataRole.DecorationRole) is None
    screen.select_code(small[0])
    assert screen.editor.small_label.isVisible()

    screen.small_first.setChecked(False)
    assert shown_codes(screen) == [b.code for b in content.benchmarks]


def _choose_small_town(dialog) -> bool:
    dialog.name.setText(SMALL_TOWN.name)
    dialog.kind.setCurrentIndex(dialog.kind.findData(SMALL_TOWN.kind))
    return True

"""No Alt+letter leads to two things: at every area, tab and main dialog of the window (the
training town, so every screen is full), in every shipped language, the menu bar's menus and
the visible tabs, buttons, checkable group boxes and buddy labels have different mnemonics.
Two owners of one letter make Qt cycle between them instead of doing either (issue 15: Alt+B
and Alt+A each opened two different things in the Action plan)."""

from __future__ import annotations

import pytest
from accessibility_checks import first_of_each, mnemonic, mnemonic_clashes, walk_the_town
from PySide6.QtWidgets import QCheckBox, QPushButton, QTabWidget, QVBoxLayout, QWidget

from toolbox_desktop.languages import shipped_languages


@pytest.mark.parametrize("code", shipped_languages())
def test_no_two_things_share_an_alt_letter_anywhere(
    code, qtbot, ui_state, tmp_path, pack_copy, monkeypatch
):
    walk = walk_the_town(code, qtbot, ui_state, tmp_path, pack_copy, monkeypatch)
    assert len(walk.places) > 20 and len(walk.letters) > 20  # it saw the screens
    clashes = first_of_each(walk.clashes)
    assert not clashes, f"one Alt+letter, two things ({code}):\n{clashes}"


def test_the_check_finds_a_clash_and_reads_ampersands_as_qt_does(qtbot):
    assert mnemonic("&Save") == "s"
    assert mnemonic("Dates && &milestones") == "m"
    assert mnemonic("Fish && chips") is None
    top = QWidget()
    qtbot.addWidget(top)
    layout = QVBoxLayout(top)
    tabs = QTabWidget()
    tabs.addTab(QWidget(), "&Budget")
    layout.addWidget(tabs)
    layout.addWidget(QPushButton("&Back"))
    layout.addWidget(QCheckBox("&Other"))
    top.show()
    qtbot.waitExposed(top)
    (clash,) = mnemonic_clashes(top, "here")
    assert clash.widget == "Alt+B"
    assert "'&Budget'" in clash.what and "'&Back'" in clash.what

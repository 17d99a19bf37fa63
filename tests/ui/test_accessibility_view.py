"""The View menu (issue 15, point 5): the system's scheme, light, dark or high contrast, and
larger text; applied at once to the whole application, remembered for the next start."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from toolbox_desktop.ui.common.settings import UiState
from toolbox_desktop.ui.window import view_options
from toolbox_desktop.ui.window.view_options import DARK, HIGH_CONTRAST, SYSTEM


@pytest.fixture
def view_restored(qapp):
    """Whatever a test chooses, the next test gets the palette and font it had."""
    palette, font = QPalette(qapp.palette()), qapp.font()
    yield
    qapp.setPalette(palette)
    qapp.setFont(font)
    view_options._Current.colours = SYSTEM


def contrast(palette: QPalette) -> float:
    """WCAG contrast ratio of the window text on the window background."""

    def luminance(colour) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(colour.redF())
            + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF())
        )

    text = luminance(palette.color(QPalette.ColorRole.WindowText))
    back = luminance(palette.color(QPalette.ColorRole.Window))
    light, dark = max(text, back), min(text, back)
    return (light + 0.05) / (dark + 0.05)


def test_high_contrast_and_larger_text_apply_at_once_and_are_remembered(
    view_restored, main_window, ui_state, workspace, qtbot
):
    from toolbox_desktop.ui.main_window import MainWindow

    app = QApplication.instance()
    size = app.font().pointSizeF()
    main_window.view_actions[HIGH_CONTRAST].trigger()
    assert contrast(app.palette()) >= 7  # WCAG AAA
    assert contrast(main_window.library.tree.palette()) >= 7  # the areas follow
    main_window.view_actions[150].trigger()
    assert app.font().pointSizeF() == pytest.approx(size * 1.5)
    tree = main_window.library.tree  # the areas follow (once the change reaches them)
    qtbot.waitUntil(lambda: tree.font().pointSizeF() == pytest.approx(size * 1.5))
    assert ui_state.text(UiState.VIEW_COLOURS) == HIGH_CONTRAST
    assert ui_state.number(UiState.VIEW_TEXT_SIZE) == 150

    main_window.view_actions[100].trigger()
    assert app.font().pointSizeF() == pytest.approx(size)
    main_window.view_actions[DARK].trigger()
    assert app.palette().color(QPalette.ColorRole.Window).lightness() < 64
    assert contrast(app.palette()) >= 4.5

    # the next start: the same choices, checked in the menu
    again = MainWindow(workspace.content, ui_state, workspace.path)
    qtbot.addWidget(again)
    assert again.view_actions[DARK].isChecked()
    assert again.view_actions[100].isChecked()
    assert app.palette().color(QPalette.ColorRole.Window).lightness() < 64


def test_the_system_scheme_is_followed_while_chosen(view_restored, main_window, monkeypatch):
    main_window.view_actions[SYSTEM].trigger()
    monkeypatch.setattr(view_options, "system_is_dark", lambda: True)
    view_options._system_scheme_changed(None)
    assert QApplication.instance().palette().color(QPalette.ColorRole.Window).lightness() < 64
    monkeypatch.setattr(view_options, "system_is_dark", lambda: False)
    view_options._system_scheme_changed(None)
    assert QApplication.instance().palette().color(QPalette.ColorRole.Window).lightness() > 128

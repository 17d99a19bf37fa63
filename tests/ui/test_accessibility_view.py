"""The View menu (issue 15, point 5): the system's scheme, light, dark or high contrast, and
larger text; applied at once to the whole application, remembered for the next start."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QRadioButton,
    QSpinBox,
)

from toolbox_desktop.ui.common.outlined_style import OutlinedStyle
from toolbox_desktop.ui.common.settings import UiState
from toolbox_desktop.ui.window import view_options
from toolbox_desktop.ui.window.view_options import DARK, HIGH_CONTRAST, SYSTEM


@pytest.fixture
def view_restored(qapp):
    """Whatever a test chooses, the next test gets the style, palette and font it had."""
    style, palette, font = qapp.style().name(), QPalette(qapp.palette()), qapp.font()
    yield
    if isinstance(qapp.style(), OutlinedStyle):
        qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setFont(font)
    view_options._Current.colours = SYSTEM


def light_pixels(widget, columns: range | None = None) -> int:
    """How many pixels of ``widget`` (of its ``columns``) are light: drawn white on black."""
    image = widget.grab().toImage()
    xs = columns if columns is not None else range(image.width())
    return sum(
        1 for x in xs for y in range(image.height()) if image.pixelColor(x, y).lightness() > 160
    )


def test_high_contrast_draws_outlines_that_show_on_black(view_restored, qtbot):
    """The outlines a shade darker than the window were black on black: the unchosen levels,
    the check boxes and the borders of text fields vanished."""
    view_options.apply_view(HIGH_CONTRAST, 100)
    assert isinstance(QApplication.instance().style(), OutlinedStyle)
    box, radio, field = QCheckBox("x"), QRadioButton("x"), QLineEdit()
    spin, choice = QSpinBox(), QComboBox()
    for widget in (box, radio, field, spin, choice):
        qtbot.addWidget(widget)
        widget.resize(widget.sizeHint())
    indicator = range(0, 14)  # left of the "x": the box and the circle alone
    assert light_pixels(box, indicator) >= 20, "an empty box shows its outline"
    assert light_pixels(radio, indicator) >= 20, "an unchosen level shows its circle"
    assert light_pixels(field) >= 2 * field.width(), "the field shows its border"
    left = range(0, 3)  # the left edge alone: the frame, nothing inside
    assert light_pixels(spin, left) >= spin.height() - 4, "a number field shows its border"
    assert light_pixels(choice, left) >= choice.height() - 4, "a list shows its border"
    view_options.apply_view(SYSTEM, 100)
    assert not isinstance(QApplication.instance().style(), OutlinedStyle)


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

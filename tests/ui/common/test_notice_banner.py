"""The one notice banner of every area: text as typed (never markup), a close button, an
optional action, a name for screen readers, the info and warning looks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

from toolbox_desktop.ui.common.notice_banner import INFO, WARNING, NoticeBanner
from toolbox_desktop.ui.common.palette import banner_colors


def test_the_notice_banner_shows_markup_as_typed_and_closes(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    banner = NoticeBanner("Plan notice", parent=holder)
    action = banner.add_action("Reopen")
    holder.show()
    typed = '<b>Bold</b> <img src="/dev/zero"> &amp; “Café”'
    banner.show_text(typed)
    assert banner.isVisible() and banner.text() == typed
    assert banner.label.textFormat() == Qt.TextFormat.PlainText
    assert banner.accessibleName() == "Plan notice"
    assert action.isVisible() and action.text() == "Reopen"
    assert banner.close_button.accessibleName() == "Close the notice"
    banner.close_button.click()
    assert not banner.isVisible()
    banner.show_text("Goes by itself", hide_after_ms=50)
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=2000)


def test_info_and_warning_look_apart_and_keep_their_contrast_on_dark():
    light, dark = QPalette(QColor("#ffffff")), QPalette(QColor("#202020"))
    assert banner_colors(INFO, light) != banner_colors(WARNING, light)
    for palette in (light, dark):
        for kind in (INFO, WARNING):
            background, _border, text = banner_colors(kind, palette)
            assert abs(background.lightness() - text.lightness()) > 150
    assert banner_colors(WARNING, dark)[0].lightness() < 128

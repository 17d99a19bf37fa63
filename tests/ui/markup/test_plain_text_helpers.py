"""The shared ways to show user text on screen (``ui.plain_text``, ``ui.message_boxes``,
``ui.offline_html``): text reads as typed, and nothing it names is opened. The first test
shows that the trap notices what they prevent."""

from __future__ import annotations

import pytest
from hostile_town import hostile_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from screen_text import as_rendered_html, guesses_rich_text, tooltip_as_shown

from toolbox_desktop.ui.common import message_boxes
from toolbox_desktop.ui.common.notice_banner import NoticeBanner
from toolbox_desktop.ui.common.offline_html import OfflineDocument, offline_browser
from toolbox_desktop.ui.common.plain_text import PlainLabel, as_typed, window_title

TEXTS = [
    "plain text & more",
    "<b>bold</b> and <i>not</i>",
    "&lt;escaped&gt; stays &amp; reads as typed",
    "first line\n<table><tr><td>second</td></tr></table>\n\n  indented   spaces",
    '<a href="file:///etc/passwd">x</a>',
]


@pytest.fixture
def hostile(trap) -> str:
    return hostile_text("helpers.test", trap.path)


def test_the_trap_notices_a_label_that_guesses(qtbot, hostile, trap):
    label = QLabel(hostile)
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    assert trap.opened()


def test_a_plain_label_shows_markup_as_typed_and_opens_nothing(qtbot, hostile, trap):
    label = PlainLabel(hostile)
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    label.setText(hostile + " again")
    label.adjustSize()
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == hostile + " again"
    assert not trap.opened()


def test_the_notice_banner_shows_markup_as_typed_and_opens_nothing(qtbot, hostile, trap):
    holder = QWidget()
    qtbot.addWidget(holder)
    banner = NoticeBanner("Notice", parent=holder)
    banner.add_action("Do it")
    holder.show()
    qtbot.waitExposed(holder)
    banner.show_text(hostile)
    banner.adjustSize()
    assert banner.isVisible() and banner.text() == hostile
    assert not guesses_rich_text(banner.label.textFormat(), hostile)
    assert not trap.opened()


def test_a_plain_label_takes_a_parent_as_a_label_does(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    label = PlainLabel("text", parent)
    assert label.parent() is parent
    assert PlainLabel(parent=parent).text() == ""


@pytest.mark.parametrize("text", TEXTS)
def test_text_through_as_typed_reads_as_typed_where_qt_guesses(text):
    shown = as_typed(text)
    assert tooltip_as_shown(shown) == text
    if not guesses_rich_text(Qt.TextFormat.AutoText, text):
        assert shown == text  # what Qt shows as plain text anyway is left alone


def test_as_typed_leaves_no_text_alone():
    assert as_typed("") == ""
    assert as_typed(None) is None


def test_a_window_title_shows_its_brackets(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.setWindowTitle(window_title("Plan [*] for [*][*] 2026"))
    window.show()
    qtbot.waitExposed(window)
    assert window.windowHandle().title() == "Plan [*] for [*][*] 2026"


@pytest.mark.parametrize("name", ["warn", "ask", "inform"])
def test_message_boxes_give_qt_the_text_to_show_as_typed(monkeypatch, name):
    static = {"warn": "warning", "ask": "question", "inform": "information"}[name]
    given = []
    monkeypatch.setattr(QMessageBox, static, staticmethod(lambda *args: given.append(args)))
    text = "Delete “<b>Our plan</b>”?"
    getattr(message_boxes, name)(None, "Title", text, QMessageBox.StandardButton.Ok)
    [(_parent, title, shown, buttons)] = given
    assert (title, buttons) == ("Title", QMessageBox.StandardButton.Ok)
    assert tooltip_as_shown(shown) == text


def test_a_plain_box_keeps_its_texts_plain(qtbot):
    box = message_boxes.plain_box()
    qtbot.addWidget(box)
    box.setText("<b>main</b>")
    box.setInformativeText("<i>more</i>")
    labels = {label.text(): label.textFormat() for label in box.findChildren(QLabel)}
    assert labels["<b>main</b>"] == Qt.TextFormat.PlainText
    assert labels["<i>more</i>"] == Qt.TextFormat.PlainText


def test_an_offline_document_loads_nothing_its_html_names(hostile, trap):
    document = OfflineDocument()
    document.setHtml(f"<p>{hostile}</p>")
    document.setTextWidth(400)
    assert document.size().height() > 0  # laid out: images sized, style sheets applied
    assert "HOSTILE-helpers-test" in document.toPlainText()
    assert not trap.opened()


def test_an_offline_browser_loads_nothing_its_html_names(qtbot, hostile, trap):
    browser = offline_browser()
    qtbot.addWidget(browser)
    browser.setHtml(hostile)
    browser.show()
    qtbot.waitExposed(browser)
    assert isinstance(browser.document(), OfflineDocument)
    assert not trap.opened()


def test_the_html_reader_of_these_tests_loads_nothing(hostile, trap):
    assert "HOSTILE-helpers-test" in as_rendered_html(hostile)
    assert not trap.opened()

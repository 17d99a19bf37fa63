"""The layouts that keep longer (translated) text whole: a row that wraps instead of widening
the window, a form that asks for the width its fields need, column titles that are never cut
without a tooltip."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from toolbox_desktop.ui.common.flow_layout import FlowLayout
from toolbox_desktop.ui.common.form_scroll import DownwardScroll
from toolbox_desktop.ui.common.header_titles import fit_titles, title_width

TEXTS = ["Teilnehmende hinzufügen…", "Papier-Einstufungen eingeben…", "Entfernen…"]


def _row(qtbot, width: int):
    top = QWidget()
    qtbot.addWidget(top)
    outer = QVBoxLayout(top)
    row = FlowLayout()
    buttons = [QPushButton(text) for text in TEXTS]
    search = QLineEdit()
    row.add_widget(search, 1)
    for button in buttons:
        row.add_widget(button)
    outer.addLayout(row)
    outer.addStretch(1)
    top.resize(width, 300)
    top.show()
    qtbot.waitExposed(top)
    QApplication.processEvents()
    return top, search, buttons


def test_a_row_stays_one_line_where_it_fits_and_its_field_takes_the_rest(qtbot):
    _top, search, buttons = _row(qtbot, 1200)
    assert len({button.y() for button in buttons} | {search.y()}) == 1
    assert all(button.width() >= button.sizeHint().width() for button in buttons)
    assert buttons[-1].geometry().right() > 1100  # the field grew to fill the line


def test_a_row_wraps_again_when_a_text_grows_or_a_hidden_button_shows(qtbot):
    """The row's height is kept per width between layouts: a longer text (a language switch)
    or a button shown later must still move what no longer fits to a new line."""
    top, _search, buttons = _row(qtbot, 900)
    assert len({button.y() for button in buttons}) == 1
    height = top.layout().itemAt(0).heightForWidth(900)
    buttons[0].setText("Teilnehmende hinzufügen und Papier-Einstufungen eingeben…" * 2)
    QApplication.processEvents()
    assert len({button.y() for button in buttons}) > 1
    assert top.layout().itemAt(0).heightForWidth(900) > height
    for button in buttons:
        assert button.geometry().right() <= top.width()
    buttons[0].setText("Neu")
    buttons[1].hide()
    QApplication.processEvents()
    assert top.layout().itemAt(0).heightForWidth(900) == height
    buttons[1].show()
    buttons[1].setText("Papier-Einstufungen eingeben und prüfen lassen…")
    QApplication.processEvents()
    assert buttons[1].width() >= buttons[1].sizeHint().width()
    assert buttons[1].geometry().right() <= top.width()


def test_a_narrow_row_wraps_and_every_button_keeps_its_text_whole(qtbot):
    top, _search, buttons = _row(qtbot, 360)
    assert len({button.y() for button in buttons}) > 1  # more than one line
    for button in buttons:
        assert button.width() >= button.sizeHint().width()
        assert button.geometry().right() <= top.width()
    widest = max(button.sizeHint().width() for button in buttons)
    assert top.minimumSizeHint().width() < widest + 40  # never wider than its widest button


def test_a_form_in_a_scroll_area_gets_the_width_it_needs_from_a_splitter(qtbot):
    form = QWidget()
    fields = QFormLayout(form)
    long_label = "Zuständige Person für die Umsetzung der Maßnahme:"
    fields.addRow(long_label, QLineEdit())
    scroll = DownwardScroll(form)
    splitter = QSplitter()
    qtbot.addWidget(splitter)
    splitter.addWidget(QTableView())
    splitter.addWidget(scroll)
    splitter.setChildrenCollapsible(False)
    splitter.resize(500, 200)
    splitter.setSizes([450, 50])
    splitter.show()
    qtbot.waitExposed(splitter)
    assert scroll.viewport().width() >= form.minimumSizeHint().width()
    assert scroll.horizontalScrollBar().maximum() == 0  # nothing to scroll sideways to


def test_columns_are_as_wide_as_their_titles_or_say_them_in_a_tooltip(qtbot, monkeypatch):
    model = QStandardItemModel(2, 3)
    model.setHorizontalHeaderLabels(["Titel", "Finanzierungsquelle", "Zuständigkeit"])
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.resizeSection(1, 40)  # a width set for the values
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    fit_titles(header)
    assert header.sectionSize(1) >= title_width(header, 1)

    table.resize(260, 120)
    table.show()
    qtbot.waitExposed(table)
    assert header.sectionSize(2) < title_width(header, 2)  # squeezed by the table's width
    shown = []
    monkeypatch.setattr(
        QToolTip, "showText", staticmethod(lambda _pos, text, *_: shown.append(text))
    )
    for section in (0, 2):
        x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
        where = QPoint(x, header.height() // 2)
        event = QHelpEvent(QEvent.Type.ToolTip, where, header.viewport().mapToGlobal(where))
        QApplication.sendEvent(header.viewport(), event)
    assert shown == ["Zuständigkeit"]  # the cut title, not the whole one ("Titel")

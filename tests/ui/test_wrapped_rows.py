"""A tree's long lines wrap at its width, each row as tall as its text needs, and wrap again
when the width changes (the import preview's lines ran off to the right)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QTreeWidget, QTreeWidgetItem

from toolbox_desktop.ui.common.wrapped_rows import WrappedRows

LONG = (
    "Add · Another municipality's assessment “Lindenbach (fictional training town): "
    "Self-assessment 2025” — 68 ratings added or changed — kept apart, for comparison"
)


def test_a_long_line_wraps_and_its_row_grows(qtbot):
    tree = QTreeWidget()
    qtbot.addWidget(tree)
    tree.setHeaderHidden(True)
    WrappedRows(tree)
    top = QTreeWidgetItem(["shared.toolbox"])
    tree.addTopLevelItem(top)
    short, long_ = QTreeWidgetItem(["Add · Action “Welcome desk”"]), QTreeWidgetItem([LONG])
    top.addChildren([short, long_])
    tree.expandAll()
    tree.resize(420, 300)
    tree.show()
    qtbot.waitExposed(tree)
    QApplication.processEvents()
    one_line, spacing = tree.visualItemRect(short).height(), tree.fontMetrics().lineSpacing()
    assert tree.visualItemRect(long_).height() >= one_line + 2 * spacing, "three lines at 420 px"
    assert not tree.horizontalScrollBar().isVisible()
    assert tree.visualItemRect(long_).right() <= tree.viewport().width()
    tree.resize(1000, 300)
    QApplication.processEvents()
    assert tree.visualItemRect(long_).height() < one_line + 2 * spacing, "fewer lines when wider"
    assert tree.visualItemRect(short).height() == one_line

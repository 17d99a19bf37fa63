"""Tables whose cells are typed in, one after another, as in a spreadsheet.

Why: Tab should leave a table of records (the plan's actions, a workshop's 68 benchmarks),
or a keyboard user presses it hundreds of times; in a grid that is filled in (a sheet of
paper ratings, milestones, measured values) Tab moves to the next cell, as spreadsheets
have taught everyone. Marking the grids says which is meant, and lets a test find any other
table that keeps the Tab key.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTableView

CELL_ENTRY = "cellEntry"  # the property that marks such a grid


def cell_entry(table: QTableView) -> QTableView:
    """Mark ``table`` as a grid typed in cell by cell: Tab moves to the next cell (from the
    last cell, Qt goes round to the first); Alt+letters and Shift+Tab from the first cell
    reach the rest of the window."""
    table.setTabKeyNavigation(True)
    table.setProperty(CELL_ENTRY, True)
    return table

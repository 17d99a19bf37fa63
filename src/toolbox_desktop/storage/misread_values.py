"""Find a value in a form the app never writes: a date that is not YYYY-MM-DD, a list that is
not a JSON list, text in a column of whole numbers or numbers.

SQLite keeps whatever another program (a database browser, a script) puts in a column: "31.12.2026"
in a date, "Caritas, VHS" in a list of partners, "n/a" in a budget. The app would read such a
value in the middle of a screen, a report or an export and stop with a traceback. So
``file_check`` looks for them once, read-only, before the file is opened (as it does for bytes
that are not text, ``unreadable_values``), and the user is told where the value is and what
belongs there. One query per table, in SQLite, so that the check costs the start little.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from toolbox_desktop.storage.table_scan import quoted, row_id, user_tables

DATE, LIST, WHOLE, NUMBER = "date", "list", "whole-number", "number"

# The columns whose form the declared type does not tell: dates and JSON lists.
FORMS = {
    ("actions", "start"): DATE,
    ("actions", "end"): DATE,
    ("actions", "partners"): LIST,
    ("milestones", "due"): DATE,
    ("measurements", "measured_on"): DATE,
    ("assessments", "assessed_on"): DATE,
    ("peer_assessments", "assessed_on"): DATE,
    ("ratings", "links"): LIST,
}

_CONDITIONS = {
    # A real day: SQLite moves "2026-02-31" on to March when it adds no days to it.
    DATE: "(typeof({c}) != 'text' OR {c} NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' "
    "OR date({c}, '+0 days') IS NOT {c})",
    LIST: "(typeof({c}) != 'text' OR NOT json_valid({c}) OR json_type({c}) != 'array')",
    WHOLE: "typeof({c}) != 'integer'",
    NUMBER: "typeof({c}) NOT IN ('integer', 'real')",
}


@dataclass(frozen=True)
class MisreadValue:
    table: str
    column: str
    row: int | None  # the rowid; None in a table without one
    value: str  # as stored, for the message
    form: str  # DATE, LIST, WHOLE or NUMBER: what belongs there


def first_misread_value(conn: sqlite3.Connection) -> MisreadValue | None:
    """The first value in any table of ``conn``'s database that is not in the form the app
    writes there, or ``None``. NULL is left to the columns' own rules."""
    for table in user_tables(conn):
        found = _first_in_table(conn, table)
        if found is not None:
            return found
    return None


def _forms(conn: sqlite3.Connection, table: str) -> list[tuple[str, str]]:
    forms = []
    for _cid, column, declared, *_rest in conn.execute(f"PRAGMA table_info({quoted(table)})"):
        form = FORMS.get((table, column))
        if form is None and declared.strip().upper() == "INTEGER":
            form = WHOLE
        elif form is None and declared.strip().upper() == "REAL":
            form = NUMBER
        if form is not None:
            forms.append((column, form))
    return forms


def _first_in_table(conn: sqlite3.Connection, table: str) -> MisreadValue | None:
    forms = _forms(conn, table)
    if not forms:
        return None
    wrong = [
        f"({quoted(column)} IS NOT NULL AND {_CONDITIONS[form].format(c=quoted(column))})"
        for column, form in forms
    ]
    which = " ".join(f"WHEN {condition} THEN {index}" for index, condition in enumerate(wrong))
    shown = " ".join(
        f"WHEN {condition} THEN CAST({quoted(column)} AS TEXT)"
        for condition, (column, _form) in zip(wrong, forms, strict=True)
    )
    row = conn.execute(
        f"SELECT {row_id(conn, table)}, CASE {which} END, CASE {shown} END "
        f"FROM {quoted(table)} WHERE {' OR '.join(wrong)} LIMIT 1"
    ).fetchone()
    if row is None:
        return None
    column, form = forms[row[1]]
    return MisreadValue(table, column, row[0], row[2] or "", form)

"""A value another program wrote in a form the app never writes ("31.12.2026" in a date,
"Caritas, VHS" in a list, "n/a" in a budget) is named when the file is opened: where it is,
what belongs there, the file untouched; never a traceback in a report or an export."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from toolbox_desktop.cli import EXIT_ERROR, main
from toolbox_desktop.core.plan import Action, Indicator, Measurement, Milestone
from toolbox_desktop.storage.database import DatabaseOpenError
from toolbox_desktop.storage.misread_values import first_misread_value
from toolbox_desktop.storage.plan_repository import PlanRepository
from toolbox_desktop.storage.workspace import open_workspace


def files_beside(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(path.parent.iterdir()) if p.is_file()}


@pytest.fixture
def town(workspace):
    """A closed database with a plan of one action (id returned), so tests can change it as
    another program would."""
    from datetime import date

    plan = PlanRepository(workspace.conn)
    action = plan.save_action(
        Action(
            title="Sprachcafé",
            start=date(2026, 1, 1),
            partners=("ngos",),
            budget_cents=120_000,
            milestones=(Milestone("Opening", date(2026, 3, 1)),),
        )
    )
    plan.save_indicator(
        Indicator(
            name="Visitors",
            action_id=action.id,
            measurements=(Measurement(date(2026, 2, 1), 40),),
        )
    )
    workspace.close()
    return workspace.path, action.id


def another_program_writes(path: Path, sql: str, *params) -> None:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(sql, params)
    conn.close()


@pytest.mark.parametrize(
    ("table", "column", "value", "form"),
    [
        ("actions", "start", "31.12.2026", "a date written YYYY-MM-DD, such as 2026-12-31"),
        (
            "actions",
            "end",
            "2026-02-31",
            "a date written YYYY-MM-DD, such as 2026-12-31",
        ),  # no such day
        ("actions", "partners", "Caritas, VHS", 'a list written in JSON, such as ["ngos"]'),
        ("actions", "partners", '{"ngos": 1}', 'a list written in JSON, such as ["ngos"]'),
        ("actions", "budget_cents", "n/a", "a whole number"),
        ("actions", "priority", "2.5", "a whole number"),
        ("milestones", "due", "next spring", "a date written YYYY-MM-DD, such as 2026-12-31"),
        (
            "measurements",
            "measured_on",
            "2026/02/01",
            "a date written YYYY-MM-DD, such as 2026-12-31",
        ),
        ("measurements", "value", "forty", "a number"),
    ],
)
def test_a_value_in_a_form_the_app_never_writes_is_named_and_the_file_left_alone(
    town, pack_copy, table, column, value, form
):
    path, _ = town
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA ignore_check_constraints = ON")  # as a careless program may
    row = conn.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0]
    with conn:
        conn.execute(f'UPDATE {table} SET "{column}" = ? WHERE rowid = ?', [value, row])
    conn.close()
    before = files_beside(path)
    with pytest.raises(DatabaseOpenError) as caught:
        open_workspace(path, pack_copy.parent)
    message = caught.value.message
    assert f"holds “{value}” in table '{table}', column '{column}', row {row}" in message
    assert f"where the app keeps {form}" in message and "The file was not changed" in message
    assert files_beside(path) == before


def test_what_the_app_writes_is_never_taken_for_a_misread_value(town):
    path, _ = town
    conn = sqlite3.connect(path)
    conn.execute("UPDATE actions SET end = NULL, budget_cents = NULL")  # empty is allowed
    assert first_misread_value(conn) is None
    conn.close()


def test_reports_and_exports_say_so_instead_of_a_traceback(town, capsys, tmp_path):
    path, action = town
    another_program_writes(path, "UPDATE actions SET start = '31.12.2026' WHERE id = ?", action)
    before = files_beside(path)
    for command in (
        ["report", "plan", "-o", str(tmp_path / "plan.pdf")],
        ["export", "plan", "-o", str(tmp_path / "plan.toolbox")],
        ["plan", "export", "--format", "csv", "-o", str(tmp_path / "plan.csv")],
    ):
        code = main([*command, "--db", str(path), "--lang", "de"])
        out, err = capsys.readouterr()
        assert code == EXIT_ERROR, command
        assert err.startswith("Fehler: ") and "„31.12.2026“" in err, err
        assert "Traceback" not in err and out == ""
    assert files_beside(path) == before

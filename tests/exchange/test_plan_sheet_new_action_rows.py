"""Milestones and indicators of actions typed into the exported spreadsheet: a new action has
no Permanent ID yet, so its rows in the Milestones and Indicators sheets name it by its title
(the Action column), and it gets them. A side sheet's rows whose action the sheet of actions
does not import are named with the reason, never dropped without a word."""

from __future__ import annotations

from datetime import date, datetime

import openpyxl

from sheet_helpers import export_plan, preview_file, seed_plan
from toolbox_desktop.core.plan import Milestone
from toolbox_desktop.exchange.sheets.importing import write
from toolbox_desktop.storage.plan_repository import PlanRepository


def add_rows(path, actions=(), milestones=(), indicators=()) -> None:
    """Type rows at the end of each sheet, as a user does in Excel (by the sheets' own
    headers: a new action's Permanent ID is left empty)."""
    workbook = openpyxl.load_workbook(path)
    for sheet, rows in zip(workbook.worksheets[:3], (actions, milestones, indicators), strict=True):
        headers = [cell.value for cell in sheet[1]]
        for row in rows:
            sheet.append([row.get(header) for header in headers])
    workbook.save(path)


def drop_action_row(path, title: str) -> None:
    sheet = openpyxl.load_workbook(path)
    actions = sheet.worksheets[0]
    for row in actions.iter_rows(min_row=2):
        if row[0].value == title:
            actions.delete_rows(row[0].row)
            break
    sheet.save(path)


def test_a_new_action_gets_the_milestones_and_indicators_that_name_it_by_title(workspace, tmp_path):
    seed_plan(workspace.conn)
    path = export_plan(workspace, tmp_path / "plan.xlsx")
    add_rows(
        path,
        actions=[{"Action": "Welcome walk", "Status": "Idea"}],
        milestones=[
            {"Action": "Welcome walk", "Milestone": "Route agreed", "Due": datetime(2027, 3, 1)},
            {"Action": "welcome  Walk", "Milestone": "First walk", "Done": "no"},
        ],
        indicators=[
            {
                "Action": "Welcome walk",
                "Indicator": "Walkers",
                "Unit": "people",
                "Target": 30,
                "Measured on": datetime(2027, 4, 1),
                "Value": 12,
            }
        ],
    )

    plan = preview_file(workspace, path)
    assert plan.side_left_out == [] and plan.rows_left_out == 0
    [new] = plan.new
    assert new.action.milestones == (
        Milestone("Route agreed", date(2027, 3, 1)),
        Milestone("First walk"),
    )
    assert [(i.name, i.target, len(i.measurements)) for i in new.indicators] == [("Walkers", 30, 1)]
    write(PlanRepository(workspace.conn), plan)
    stored = next(a for a in PlanRepository(workspace.conn).actions() if a.title == "Welcome walk")
    assert [m.title for m in stored.milestones] == ["Route agreed", "First walk"]

    # The same file again: the new action is there, its rows are nothing more to import.
    again = preview_file(workspace, path)
    assert not again.writes_anything and again.side_left_out == []


def test_rows_whose_action_is_not_imported_are_named_with_the_reason(workspace, tmp_path):
    seed_plan(workspace.conn)
    path = export_plan(workspace, tmp_path / "plan.xlsx")
    drop_action_row(path, "Just a title")  # its milestone rows stay in their sheet
    PlanRepository(workspace.conn).save_action(
        next(
            a for a in PlanRepository(workspace.conn).actions() if a.title == "Just a title"
        ).with_changes(milestones=(Milestone("Kept as it is"),))
    )
    path = export_plan(workspace, tmp_path / "plan.xlsx")
    drop_action_row(path, "Just a title")
    add_rows(
        path,
        actions=[{"Action": "Twice"}, {"Action": "Twice"}, {"Action": "Welcome walk"}],
        milestones=[
            {"Action": "Welcom walk", "Milestone": "Route agreed"},  # a typo in the title
            {"Action": "Twice", "Milestone": "Which one?"},
        ],
    )

    plan = preview_file(workspace, path)
    reasons = [side.reason for side in plan.side_left_out]
    assert len(reasons) == 3 and plan.rows_left_out == 3
    assert any("no row of the actions has the Permanent ID" in r for r in reasons)
    assert any("no new action is titled “Welcom walk”" in r for r in reasons)
    assert any("more than one new action is titled “Twice”" in r for r in reasons)
    assert all(r.startswith("sheet Milestones, rows ") for r in reasons)
    assert [new.action.milestones for new in plan.new] == [(), (), ()]

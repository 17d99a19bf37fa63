"""The plan's Indicators sheet read back: the same indicators and measurements in an empty
file, nothing changed on a second import, an updated action's indicators matched by name and
unit (never deleted), a row that cannot be read leaving its action out, and the command
line's dry run showing them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import openpyxl

from sheet_helpers import FULL, export_plan, preview_file, seed_plan
from toolbox_desktop.cli import EXIT_OK, main
from toolbox_desktop.core.plan import Indicator, Measurement
from toolbox_desktop.exchange.sheets.importing import write
from toolbox_desktop.storage.plan_repository import PlanRepository


def _by_title(conn) -> dict[str, list[Indicator]]:
    """Each action's indicators by the action's title, without the database's ids."""
    repository = PlanRepository(conn)
    titles = {action.id: action.title for action in repository.actions()}
    found: dict[str, list[Indicator]] = {}
    for indicator in repository.indicators():
        if indicator.action_id is not None:
            key = titles[indicator.action_id]
            found.setdefault(key, []).append(replace(indicator, id=None, action_id=None))
    return found


def _benchmark_indicator(workspace) -> Indicator:
    code = workspace.content.benchmarks[0].code
    return PlanRepository(workspace.conn).save_indicator(
        Indicator(name="Benchmark count", unit="%", benchmark=code, baseline=1.0)
    )


def _seed(workspace) -> list:
    stored = seed_plan(workspace.conn)
    PlanRepository(workspace.conn).save_indicator(
        Indicator(name="Mentors", action_id=stored[2].id, target=12.0)  # never measured
    )
    return stored


def test_indicators_come_back_the_same_in_an_empty_file(workspace, laptop, tmp_path):
    _seed(workspace)
    _benchmark_indicator(workspace)  # not the plan sheet's: not exported, not imported
    path = export_plan(workspace, tmp_path / "plan.xlsx")

    plan = preview_file(laptop, path)
    assert not plan.left_out and plan.indicator_count == 2
    write(PlanRepository(laptop.conn), plan)

    assert _by_title(laptop.conn) == _by_title(workspace.conn)
    visitors = _by_title(laptop.conn)[FULL.title][0]
    assert visitors.measurements == (
        Measurement(date(2026, 3, 1), 25.0, "first count"),
        Measurement(date(2026, 6, 1), 40.5, "=second"),
    )
    assert [i.name for i in PlanRepository(laptop.conn).indicators()] == ["Visitors", "Mentors"]


def test_importing_into_the_source_again_changes_no_indicator(workspace, tmp_path):
    _seed(workspace)
    _benchmark_indicator(workspace)
    before = PlanRepository(workspace.conn).indicators()
    path = export_plan(workspace, tmp_path / "plan.xlsx")

    plan = preview_file(workspace, path)

    assert not plan.writes_anything and plan.indicator_count == 0
    assert PlanRepository(workspace.conn).indicators() == before


def test_an_updated_actions_indicators_are_matched_by_name_and_unit_and_never_deleted(
    workspace, tmp_path
):
    stored = _seed(workspace)
    repository = PlanRepository(workspace.conn)
    benchmark = _benchmark_indicator(workspace)
    path = export_plan(workspace, tmp_path / "plan.xlsx")
    extra = repository.save_indicator(Indicator(name="Only here", action_id=stored[0].id))
    book = openpyxl.load_workbook(path)
    sheet = book["Indicators"]
    headers = [c.value for c in sheet[1]]
    at = {name: headers.index(name) + 1 for name in headers}
    sheet.cell(row=3, column=at["Value"], value=45)  # Visitors' second measurement
    sheet.cell(row=2, column=at["Target"], value=120)
    uid = sheet.cell(row=2, column=at["Permanent ID"]).value
    sheet.append([uid, "", "  visitors ", "people", 10, 120, date(2026, 9, 1), 60])
    sheet.append([uid, "", "Volunteers", "", None, 8, None, None, ""])
    book.save(path)

    plan = preview_file(workspace, path)
    assert not plan.left_out and not plan.new
    [change] = plan.changed
    assert change.before.id == stored[0].id and change.fields == ("indicators",)
    assert [(i.before is None, i.after.name) for i in change.indicators] == [
        (False, "Visitors"),
        (True, "Volunteers"),
    ]
    write(repository, plan)

    visitors, mentors, *_rest, volunteers = repository.indicators()
    only_here = repository.indicator(extra.id)
    assert visitors.name == "Visitors" and visitors.target == 120.0
    assert [m.value for m in visitors.measurements] == [25.0, 45.0, 60.0]
    assert mentors.name == "Mentors" and mentors.action_id == stored[2].id
    assert only_here == extra  # not in the sheet: kept
    assert volunteers.name == "Volunteers" and volunteers.target == 8.0
    assert volunteers.action_id == stored[0].id and not volunteers.measurements
    assert repository.indicator(benchmark.id) == benchmark


def test_an_indicator_row_that_cannot_be_read_leaves_its_action_out(workspace, tmp_path):
    _seed(workspace)
    before = PlanRepository(workspace.conn).indicators()
    path = export_plan(workspace, tmp_path / "plan.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book["Indicators"]
    headers = [c.value for c in sheet[1]]
    sheet.cell(row=3, column=headers.index("Value") + 1, value="a lot")
    sheet.cell(row=2, column=headers.index("Measured on") + 1).value = None
    book.save(path)

    plan = preview_file(workspace, path)

    assert not plan.writes_anything
    [left_out] = plan.left_out
    assert left_out.line == 2
    assert any("Indicators, row 3" in r and "a lot" in r for r in left_out.reasons)
    assert any(
        "Indicators, row 2: a value without the date it was measured" in r for r in left_out.reasons
    ), left_out.reasons
    assert PlanRepository(workspace.conn).indicators() == before


def test_a_target_changed_on_one_row_of_an_indicator_is_taken_two_are_named(workspace, tmp_path):
    """Each row of an indicator carries its baseline and target: a target changed on its
    second row only is taken (the first row's is the stored one); two rows changed to two
    targets are named, neither taken without a word."""
    _seed(workspace)
    before = PlanRepository(workspace.conn).indicators()
    path = export_plan(workspace, tmp_path / "plan.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book["Indicators"]
    headers = [c.value for c in sheet[1]]
    assert sheet.cell(row=3, column=headers.index("Indicator") + 1).value == "Visitors"
    sheet.cell(row=3, column=headers.index("Target") + 1, value=150)
    book.save(path)

    # Changed on one row: that value is the change, whichever row it is on.
    [change] = preview_file(workspace, path).changed
    assert [i.after.target for i in change.indicators] == [150.0]

    # Changed on both rows, to two values: which one is meant cannot be told.
    sheet.cell(row=2, column=headers.index("Target") + 1, value=120)
    book.save(path)
    plan = preview_file(workspace, path)
    assert not plan.writes_anything
    [left_out] = plan.left_out
    assert (
        "indicator “Visitors”: sheet Indicators, rows 2, 3 give different targets (120; 150): "
        "give every row of the indicator the same target"
    ) in left_out.reasons
    assert PlanRepository(workspace.conn).indicators() == before


def test_the_dry_run_shows_the_indicators_and_writes_nothing(workspace, laptop, tmp_path, capsys):
    _seed(workspace)
    path = export_plan(workspace, tmp_path / "plan.xlsx")
    code = main(["--db", str(laptop.path), "plan", "import", str(path), "--dry-run"])
    out = capsys.readouterr().out
    assert code == EXIT_OK
    assert "new 3, updated 0, unchanged 0, rows left out 0, indicators added or updated 2" in out
    assert f"+ row 2: {FULL.title}\n      + indicator “Visitors” (measurements: 2)\n" in out
    assert "+ indicator “Mentors” (measurements: 0)" in out
    assert PlanRepository(laptop.conn).indicators() == []

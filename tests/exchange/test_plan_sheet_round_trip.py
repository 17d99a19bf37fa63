"""The plan out to .xlsx and back: the same plan, nothing changed on a second import, and an
edited cell changes only its action."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from sheet_helpers import FULL, export_plan, preview_file, seed_plan, without_ids
from toolbox_desktop.core.merging import ChangedElsewhereError
from toolbox_desktop.exchange.sheets.importing import write
from toolbox_desktop.storage.plan_repository import PlanRepository


def with_first_milestone_cell(workspace, tmp_path, column: str, value) -> tuple:
    """The plan exported, the first milestone row's ``column`` set to ``value``: (path, the
    milestone's title)."""
    path = export_plan(workspace, tmp_path / "plan.xlsx")
    book = openpyxl.load_workbook(path)
    milestones = book["Milestones"]
    headers = [c.value for c in milestones[1]]
    milestones.cell(row=2, column=headers.index(column) + 1, value=value)
    book.save(path)
    return path, milestones.cell(row=2, column=headers.index("Milestone") + 1).value


def test_the_plan_comes_back_the_same_in_an_empty_database(workspace, laptop, tmp_path):
    stored = seed_plan(workspace.conn)
    path = export_plan(workspace, tmp_path / "plan.xlsx")

    plan = preview_file(laptop, path)
    assert not plan.left_out
    assert len(plan.new) == 3 and not plan.changed
    write(PlanRepository(laptop.conn), plan)

    assert without_ids(PlanRepository(laptop.conn).actions()) == without_ids(stored)


def test_importing_the_same_file_again_changes_nothing(workspace, tmp_path):
    stored = seed_plan(workspace.conn)
    path = export_plan(workspace, tmp_path / "plan.xlsx")

    plan = preview_file(workspace, path)

    assert not plan.new and not plan.changed and not plan.left_out
    assert len(plan.unchanged) == len(stored)
    assert not plan.writes_anything


def test_an_edited_cell_updates_only_that_action(workspace, tmp_path):
    stored = seed_plan(workspace.conn)
    path = export_plan(workspace, tmp_path / "plan.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    headers = [c.value for c in sheet[1]]
    sheet.cell(row=3, column=headers.index("Status") + 1, value="In progress")
    sheet.cell(row=3, column=headers.index("End") + 1, value="31.01.2027")
    book.save(path)

    plan = preview_file(workspace, path)
    assert [(c.before.id, c.fields) for c in plan.changed] == [(stored[1].id, ("end", "status"))]
    write(PlanRepository(workspace.conn), plan)

    after = PlanRepository(workspace.conn).actions()
    assert after[1].status == "in-progress" and after[1].end == date(2027, 1, 31)
    assert after[0] == stored[0] and after[2] == stored[2]
    assert after[1].budget_cents == 99 and after[1].currency == "CHF"


def test_formula_looking_text_stays_text(workspace, tmp_path):
    seed_plan(workspace.conn)
    path = export_plan(workspace, tmp_path / "plan.xlsx")
    sheet = openpyxl.load_workbook(path).worksheets[0]
    headers = [c.value for c in sheet[1]]
    role = sheet.cell(row=2, column=headers.index("Responsible role") + 1)
    assert role.value == FULL.responsible_role and role.data_type == "s"
    assert role.quotePrefix


def test_a_change_made_elsewhere_meanwhile_refuses_the_whole_import(workspace, tmp_path):
    stored = seed_plan(workspace.conn)
    path = export_plan(workspace, tmp_path / "plan.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    sheet.cell(row=3, column=1, value="Renamed in the sheet")
    sheet.append(["A new action"])
    book.save(path)
    plan = preview_file(workspace, path)
    assert len(plan.new) == 1 and len(plan.changed) == 1

    repository = PlanRepository(workspace.conn)
    repository.save_action(stored[1].with_changes(title="Renamed in another window"))
    with pytest.raises(ChangedElsewhereError):
        write(repository, plan)

    titles = [a.title for a in repository.actions()]
    assert titles == [stored[0].title, "Renamed in another window", stored[2].title]


def test_a_milestone_row_that_cannot_be_read_leaves_its_action_out_not_its_milestone(
    workspace, tmp_path
):
    """The Milestones sheet replaces an updated action's milestones: a row of it with a date
    that cannot be read must not silently drop that milestone."""
    stored = seed_plan(workspace.conn)
    path, _title = with_first_milestone_cell(workspace, tmp_path, "Due", "31.02.2027")

    plan = preview_file(workspace, path)

    assert not plan.writes_anything
    [left_out] = plan.left_out
    assert left_out.line == 2 and any(
        "Milestones" in reason and "31.02.2027" in reason for reason in left_out.reasons
    ), left_out.reasons
    assert PlanRepository(workspace.conn).actions()[0].milestones == stored[0].milestones


def test_an_export_made_in_another_language_maps_its_dimensions(workspace, tmp_path):
    """An English export ("1. Governance") read by someone working in German: the dimension
    is known by its number, nothing is left out and nothing changes."""
    seed_plan(workspace.conn)
    path = export_plan(workspace, tmp_path / "plan.xlsx")
    workspace.read_content("de")
    assert workspace.content.dimensions[0].title != "Governance"

    plan = preview_file(workspace, path)

    assert not plan.left_out and not plan.writes_anything


@pytest.mark.parametrize("exported_in", ["de", "nl"])
def test_a_plan_exported_in_any_shipped_language_comes_back_in_english(
    exported_in, workspace, laptop, tmp_path
):
    """A German office's export read by an app (or the command line) that speaks English:
    its "In Arbeit", "Kurzfristig (0–12 Monate)" and "Kommunaler Haushalt" are the plan's own
    words in another language, never refused (found by the packaging smoke test)."""
    from toolbox_desktop.catalogues import translate_in

    stored = seed_plan(workspace.conn)
    german = translate_in(exported_in)
    path = export_plan(workspace, tmp_path / "plan.xlsx", translate=german, language=exported_in)
    headers = [c.value for c in openpyxl.load_workbook(path).worksheets[0][1]]
    assert headers[0] != "Action"  # the file really is in the other language

    plan = preview_file(laptop, path)
    assert not plan.left_out, [str(row) for row in plan.left_out]
    write(PlanRepository(laptop.conn), plan)
    assert without_ids(PlanRepository(laptop.conn).actions()) == without_ids(stored)


@pytest.mark.parametrize(
    ("written", "done"),
    [("Afgerond", True), ("✓", True), ("gereed", True), ("Erledigt", True), ("nee", False)],
)
def test_a_milestone_marked_done_in_any_language_stays_done(workspace, tmp_path, written, done):
    """ "Afgerond" (the app's own Dutch for done) and a tick were read as not done."""
    seed_plan(workspace.conn)
    path, title = with_first_milestone_cell(workspace, tmp_path, "Done", written)
    plan = preview_file(workspace, path)
    assert plan.left_out == []
    # Changed if it was not so before; else unchanged, as stored.
    actions = [c.after for c in plan.changed] or PlanRepository(workspace.conn).actions()
    assert [m.done for a in actions for m in a.milestones if m.title == title] == [done]


def test_a_done_cell_that_says_neither_is_its_actions_problem(workspace, tmp_path):
    seed_plan(workspace.conn)
    path, _title = with_first_milestone_cell(workspace, tmp_path, "Done", "maybe")
    plan = preview_file(workspace, path)
    [left_out] = plan.left_out
    assert any(
        "“maybe” does not say whether the milestone is done" in reason
        for reason in left_out.reasons
    ), left_out.reasons


def test_a_milestone_title_whose_formula_has_no_value_is_its_actions_problem(workspace, tmp_path):
    """The row was skipped, and as the sheet replaces an action's milestones, the milestone
    was gone without a word."""
    stored = seed_plan(workspace.conn)
    path, _title = with_first_milestone_cell(workspace, tmp_path, "Milestone", "=Z99")
    plan = preview_file(workspace, path)
    assert not plan.writes_anything
    [left_out] = plan.left_out
    assert any("formula without a calculated value" in r for r in left_out.reasons), left_out
    assert PlanRepository(workspace.conn).actions()[0].milestones == stored[0].milestones

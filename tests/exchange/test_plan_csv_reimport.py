"""The one rule for the ID columns: both exports carry the action's uid in a last column
"Permanent ID" (translated), the import matches only on that (or "uid"), never on a plain
"ID" or "Nr." (the CSV export's first column is the row number ``--actions`` takes). So the
CSV export imported again changes nothing and adds nothing."""

from __future__ import annotations

from datetime import date

import pytest

from sheet_helpers import export_plan, preview_file, seed_plan
from toolbox_desktop.app import translation_for
from toolbox_desktop.exchange.sheets.columns import ID
from toolbox_desktop.exchange.sheets.importing import default_sheet, preview
from toolbox_desktop.exchange.sheets.mapping import auto_mapping
from toolbox_desktop.exchange.sheets.reading import read_spreadsheet
from toolbox_desktop.storage.plan_export import plan_csv, write_csv
from toolbox_desktop.storage.plan_import import action_uids

TODAY = date(2026, 3, 15)


def _export_csv(workspace, path, delimiter, translate=None):
    actions = seed_plan(workspace.conn)
    uids = action_uids(workspace.conn)
    extra = {"translate": translate} if translate else {}
    text = plan_csv(actions, workspace.content, delimiter, TODAY, uids=uids, **extra)
    write_csv(path, text)
    return actions


@pytest.mark.parametrize("delimiter", [",", ";"])
def test_the_csv_export_imported_again_changes_nothing_and_adds_nothing(
    workspace, tmp_path, delimiter
):
    path = tmp_path / "plan.csv"
    actions = _export_csv(workspace, path, delimiter)
    uids = action_uids(workspace.conn)
    spreadsheet = read_spreadsheet(path)
    sheet = spreadsheet.sheets[0]
    assert sheet.headers[0] == "ID" and sheet.headers[-1] == "Permanent ID"
    assert [row.values[0] for row in sheet.rows] == [str(a.id) for a in actions]
    assert [row.values[-1] for row in sheet.rows] == [uids[a.id] for a in actions]

    plan = preview_file(workspace, path)

    assert not plan.new and not plan.changed and not plan.left_out, (plan.changed, plan.left_out)
    assert len(plan.unchanged) == len(actions)


def test_a_german_csv_export_maps_its_permanent_id(workspace, tmp_path):
    german = translation_for("de")
    path = tmp_path / "massnahmen.csv"
    actions = _export_csv(workspace, path, ";", german)
    spreadsheet = read_spreadsheet(path)
    assert spreadsheet.sheets[0].headers[-1] == "Dauerhafte ID"
    sheet = default_sheet(spreadsheet, german)
    mapping = auto_mapping(sheet.headers, german)
    plan = preview(workspace.conn, workspace.content, spreadsheet, sheet, mapping, german, "de")
    assert not plan.new and not plan.changed and not plan.left_out
    assert len(plan.unchanged) == len(actions)


def test_the_xlsx_export_ends_with_the_permanent_id(workspace, tmp_path):
    actions = seed_plan(workspace.conn)
    spreadsheet = read_spreadsheet(export_plan(workspace, tmp_path / "plan.xlsx"))
    actions_sheet = spreadsheet.sheets[0]
    assert actions_sheet.headers[-1] == "Permanent ID"
    uids = action_uids(workspace.conn)
    assert [row.values[-1] for row in actions_sheet.rows] == [uids[a.id] for a in actions]


@pytest.mark.parametrize(
    ("header", "language", "is_id"),
    [
        ("Permanent ID", "en", True),
        ("permanent id", "en", True),
        ("uid", "en", True),
        ("Dauerhafte ID", "de", True),
        ("Dauerhafte ID", "en", True),  # a German file read in English
        ("Vaste ID", "nl", True),
        ("Vaste ID", "en", True),
        ("ID", "en", False),  # the CSV export's row number, and the header never released
        ("id", "de", False),
        ("Nr.", "de", False),
        ("Kennung", "de", False),
    ],
)
def test_only_the_permanent_id_names_the_id_column(header, language, is_id):
    translate = translation_for(language) if language != "en" else None
    mapping = (
        auto_mapping([header, "Action"], translate)
        if translate
        else auto_mapping([header, "Action"])
    )
    assert (mapping.get(0) == ID) is is_id, mapping


def test_spaces_around_a_stored_text_are_no_change_and_stay(workspace, tmp_path):
    """A cell is read trimmed; a title typed with a space at its end, or a description whose
    first line is indented, is still unchanged, and keeps its spaces when the row changes."""
    from toolbox_desktop.core.plan import Action
    from toolbox_desktop.storage.plan_repository import PlanRepository

    repository = PlanRepository(workspace.conn)
    stored = repository.save_action(
        Action(title="Trailing  ", description="  indented\n- a list item", responsible_role=" x")
    )
    path = tmp_path / "plan.csv"
    uids = action_uids(workspace.conn)
    write_csv(path, plan_csv([stored], workspace.content, ",", TODAY, uids=uids))

    plan = preview_file(workspace, path)
    assert (plan.unchanged, plan.changed) == ([2], [])

    text = path.read_text(encoding="utf-8-sig").replace(",2,0,", ",3,0,")  # priority 3
    path.write_text(text, encoding="utf-8-sig")
    [change] = preview_file(workspace, path).changed
    assert change.fields == ("priority",)
    assert change.after.title == "Trailing  "
    assert change.after.description == "  indented\n- a list item"


@pytest.mark.parametrize("language", ["en", "de", "nl"])
def test_milestones_travel_in_the_csv_exports_milestones_column(
    workspace, laptop, tmp_path, language
):
    """The CSV export writes an action's milestones in one column, one per line; they were
    never read back, so a plan moved by CSV lost them without a word."""
    from toolbox_desktop.core.plan import Action, Milestone
    from toolbox_desktop.storage.plan_repository import PlanRepository

    milestones = (
        Milestone("Raum (klein) buchen", date(2026, 3, 1), True),  # brackets of its own
        Milestone("Review"),
        Milestone("Einladung — „Neue Nachbarn“", date(2026, 9, 30)),
        Milestone("Abstimmung (ja)"),  # a word for yes, but no done mark
        Milestone("Schritt (1)", date(2027, 1, 15)),
        Milestone("1.2.3 Strategie beschlossen"),  # a benchmark's number, no date
    )
    stored = PlanRepository(workspace.conn).save_action(
        Action(title="Sprachcafé", milestones=milestones)
    )
    translate = translation_for(language) if language != "en" else None
    path = tmp_path / "plan.csv"
    extra = {"translate": translate} if translate else {}
    uids = action_uids(workspace.conn)
    write_csv(path, plan_csv([stored], workspace.content, ";", TODAY, uids=uids, **extra))
    spreadsheet = read_spreadsheet(path)
    sheet = default_sheet(spreadsheet, translate or (lambda _c, text: text))
    tr = translate or (lambda _c, text: text)

    for conn, expected in ((workspace.conn, "unchanged"), (laptop.conn, "new")):
        mapping = auto_mapping(sheet.headers, tr)
        assert "milestones" in mapping.values()
        plan = preview(conn, workspace.content, spreadsheet, sheet, mapping, tr, language)
        if expected == "unchanged":
            assert (plan.unchanged, plan.changed, plan.new) == ([2], [], [])
        else:
            [new] = plan.new
            assert new.action.milestones == milestones


def test_a_milestones_cell_typed_by_hand_is_read_line_by_line(workspace, tmp_path):
    path = tmp_path / "plan.csv"
    path.write_text(
        'Title;Milestones\nWelcome walk;"31.12.2026 Route agreed\nFirst walk (✓)\n\n'
        '2027-02-01 Report (afgerond)\nVisit (town hall)"\nA date alone;2026-05-01\n'
        "A mark alone;(done)\n",
        encoding="utf-8",
    )
    plan = preview_file(workspace, path, locale="de")
    walk, alone = plan.new
    assert [(m.title, m.due, m.done) for m in walk.action.milestones] == [
        ("Route agreed", date(2026, 12, 31), False),
        ("First walk", None, True),
        ("Report", date(2027, 2, 1), True),
        ("Visit (town hall)", None, False),  # brackets that are no done mark: the title's
    ]
    assert [m.title for m in alone.action.milestones] == ["2026-05-01"]  # kept, to be fixed
    [left] = plan.left_out
    assert left.reasons == ("Milestones: the milestone “(done)” has no title",)

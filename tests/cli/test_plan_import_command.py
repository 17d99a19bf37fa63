"""`plan import FILE [--sheet NAME] [--dry-run]` and `report plan|assessment -o x.xlsx`."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from sheet_helpers import export_plan, seed_plan
from toolbox_desktop.cli import EXIT_ERROR, EXIT_OK, main
from toolbox_desktop.cli.exit_codes import EXIT_PROBLEMS
from toolbox_desktop.storage.plan_repository import PlanRepository


def write_csv(path: Path, text: str, encoding: str = "utf-8-sig") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_dry_run_prints_and_writes_nothing(workspace, tmp_path, capsys):
    path = write_csv(
        tmp_path / "actions.csv",
        "Titel;Ende;Budget;Status\n"
        "Sprachcafé;31.12.2026;1.250,50 €;Idea\n"
        ";01.01.2027;5;Idea\n"
        "Kita-Lotsen;2026-13-45;;Planned\n",
    )
    before = workspace.conn.total_changes
    code = main(["--db", str(workspace.path), "plan", "import", str(path), "--dry-run"])
    out = capsys.readouterr().out
    assert code == EXIT_OK
    assert "new 1, updated 0, unchanged 0, rows left out 2" in out
    assert "+ row 2: Sprachcafé" in out
    assert "! row 3 left out: An action needs a title." in out
    assert "row 4 left out: Ende: “2026-13-45” is not a date" in out
    assert "Dry run: nothing was written." in out
    assert PlanRepository(workspace.conn).actions() == []
    assert workspace.conn.total_changes == before


def test_import_writes_the_good_rows_and_says_some_were_left_out(workspace, tmp_path, capsys):
    path = write_csv(
        tmp_path / "actions.csv",
        'Title,End,Budget\nLanguage café,2026-12-31,"1,250.50"\nBad,31.02.2026,\n',
    )
    code = main(["--db", str(workspace.path), "plan", "import", str(path)])
    assert code == EXIT_PROBLEMS
    assert "Imported: 1 added, 0 updated." in capsys.readouterr().out
    [action] = PlanRepository(workspace.conn).actions()
    assert (action.title, action.budget_cents) == ("Language café", 125050)


def test_own_export_reimports_without_changes(workspace, tmp_path, capsys):
    seed_plan(workspace.conn)
    path = export_plan(workspace, tmp_path / "plan.xlsx")
    code = main(["--db", str(workspace.path), "plan", "import", str(path)])
    assert code == EXIT_OK
    assert "new 0, updated 0, unchanged 3, rows left out 0" in capsys.readouterr().out


def test_a_missing_sheet_and_an_unreadable_file_are_errors(workspace, tmp_path, capsys):
    seed_plan(workspace.conn)
    path = export_plan(workspace, tmp_path / "plan.xlsx")
    code = main(["--db", str(workspace.path), "plan", "import", str(path), "--sheet", "Nope"])
    assert code == EXIT_ERROR
    assert "there is no sheet “Nope”" in capsys.readouterr().err
    locked = tmp_path / "locked.xlsx"
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)
    code = main(["--db", str(workspace.path), "plan", "import", str(locked)])
    assert code == EXIT_ERROR
    assert "protected by a password" in capsys.readouterr().err


def test_report_commands_write_spreadsheets(workspace, tmp_path):
    seed_plan(workspace.conn)
    out = tmp_path / "plan.xlsx"
    assert main(["--db", str(workspace.path), "report", "plan", "-o", str(out)]) == EXIT_OK
    assert openpyxl.load_workbook(out).worksheets[0]["A1"].value == "Action"


def test_a_changed_milestone_is_named_in_the_users_language(workspace, tmp_path, capsys):
    seed_plan(workspace.conn)
    path = export_plan(workspace, tmp_path / "plan.xlsx")
    book = openpyxl.load_workbook(path)
    book["Milestones"].cell(row=2, column=3, value="Renamed milestone")
    book.save(path)
    code = main(["--lang", "de", "--db", str(workspace.path), "plan", "import", str(path)])
    out, err = capsys.readouterr()
    assert code == EXIT_OK, out + err
    changed = [line for line in out.splitlines() if line.lstrip().startswith("~")]
    assert len(changed) == 1 and changed[0].endswith("(Meilensteine)"), out

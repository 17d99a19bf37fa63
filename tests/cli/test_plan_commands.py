"""`plan export`: the CSV and the calendar, from the command line."""

import csv
import io
from datetime import date

import icalendar

from toolbox_desktop.cli import EXIT_ERROR, EXIT_OK, main
from toolbox_desktop.core.plan import Action, Milestone
from toolbox_desktop.storage.plan_repository import PlanRepository


def seed(workspace) -> None:
    repository = PlanRepository(workspace.conn)
    repository.save_action(
        Action(
            title="Welcome desk; «Willkommen»",
            dimension="gov",
            end=date(2026, 9, 30),
            budget_cents=4_200_00,
            milestones=(Milestone("Opening", date(2026, 6, 1)),),
        )
    )
    repository.save_action(Action(title="Language café", dimension="edu"))


def test_export_csv_with_semicolons(workspace, tmp_path, capsys):
    seed(workspace)
    out = tmp_path / "plan.csv"
    code = main(
        [
            "plan",
            "export",
            "--db",
            str(workspace.path),
            "--format",
            "csv",
            "--separator",
            "semicolon",
            "-o",
            str(out),
        ]
    )
    assert code == EXIT_OK
    assert "2 actions written" in capsys.readouterr().out
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert [row[1] for row in rows[1:]] == ["Welcome desk; «Willkommen»", "Language café"]
    assert "4200,00" in rows[1]


def test_export_ics(workspace, tmp_path):
    seed(workspace)
    out = tmp_path / "plan.ics"
    assert (
        main(["--db", str(workspace.path), "plan", "export", "--format", "ics", "-o", str(out)])
        == EXIT_OK
    )
    events = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert sorted(str(e["SUMMARY"]) for e in events) == [
        "Deadline: Welcome desk; «Willkommen»",
        "Milestone: Opening (Welcome desk; «Willkommen»)",
    ]


def test_export_speaks_the_lang_as_the_windows_export_does(workspace, tmp_path):
    """With --lang de the CSV had English headers and statuses and the calendar "Deadline:",
    unlike the file File → Export writes in a German window."""
    seed(workspace)
    sheet, calendar = tmp_path / "plan.csv", tmp_path / "plan.ics"
    for kind, out in (("csv", sheet), ("ics", calendar)):
        command = ["plan", "export", "--format", kind, "-o", str(out), "--lang", "de"]
        assert main([*command, "--db", str(workspace.path)]) == EXIT_OK
    rows = list(csv.reader(io.StringIO(sheet.read_text(encoding="utf-8-sig"))))
    header = rows[0]
    assert header[1] == "Maßnahme" and "Status" in header
    assert rows[1][header.index("Status")] == "Idee"
    events = icalendar.Calendar.from_ical(calendar.read_bytes()).walk("VEVENT")
    assert sorted(str(e["SUMMARY"]) for e in events) == [
        "Frist: Welcome desk; «Willkommen»",
        "Meilenstein: Opening (Welcome desk; «Willkommen»)",
    ]


def test_export_to_a_folder_that_does_not_exist(workspace, tmp_path, capsys):
    code = main(
        [
            "plan",
            "export",
            "--db",
            str(workspace.path),
            "--format",
            "csv",
            "-o",
            str(tmp_path / "nowhere" / "plan.csv"),
        ]
    )
    assert code == EXIT_ERROR
    assert "cannot write" in capsys.readouterr().err

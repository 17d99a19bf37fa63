"""No control character from the data reaches the terminal: ESC could recolour, hide or
rewrite what the user reads, even when it is already in the database."""

from __future__ import annotations

import json

from toolbox_desktop.cli import EXIT_OK, main
from toolbox_desktop.storage.assessment_repository import AssessmentRepository

HOSTILE_TITLE = "Review\x1b[2J\x1b]0;owned\x07 2026\x9b31m\x00"


def controls(text: str) -> list[str]:
    return [c for c in text if (ord(c) < 32 and c not in "\t\n") or 0x7F <= ord(c) <= 0x9F]


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_listing_prints_titles_without_their_controls(workspace, capsys):
    AssessmentRepository(workspace.conn).create(HOSTILE_TITLE, "2026-03-01", "Mayor")
    code, out, err = run(capsys, "assessment", "list", "--db", workspace.path)
    assert code == EXIT_OK
    assert "Review[2J]0;owned 202631m" in out
    assert controls(out + err) == []


def test_json_output_stays_valid_without_raw_controls(workspace, capsys):
    AssessmentRepository(workspace.conn).create(HOSTILE_TITLE, "2026-03-01", "Mayor")
    code, out, _ = run(capsys, "assessment", "list", "--db", workspace.path, "--format", "json")
    assert code == EXIT_OK
    assert controls(out) == []
    [row] = json.loads(out)
    assert "\x9b" not in row["title"] and row["title"].startswith("Review\x1b[2J")  # escaped


def test_a_carriage_return_cannot_overwrite_a_line(workspace, capsys):
    repository = AssessmentRepository(workspace.conn)
    created = repository.create("Review", "2026-03-01", "Mayor\rAll ratings approved by")
    code, out, _ = run(capsys, "assessment", "show", created.id, "--db", workspace.path)
    assert code == EXIT_OK
    assert "Participants: Mayor\nAll ratings approved by" in out
    assert "\r" not in out

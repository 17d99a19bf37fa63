"""Control characters in a package (ESC, BEL, NUL, the C1 controls) are removed on import:
texts typed on several lines keep their line breaks and tabs, one-line texts get a space for
a line break. Nothing else about the package changes, and nothing is refused for them."""

from __future__ import annotations

import pytest
from exchange_helpers import B1, assessment_record, make_package

from toolbox_desktop.cli import EXIT_OK, main
from toolbox_desktop.core.clean_text import clean_text
from toolbox_desktop.exchange.errors import PackageError
from toolbox_desktop.exchange.package_import import apply_import, preview_import
from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.storage.plan_repository import PlanRepository

ESCAPES = "\x1b[2J\x1b]0;owned\x07\x00\x9b31m"


def hostile_assessment() -> dict:
    record = assessment_record(
        title=f"Review{ESCAPES} 2026\r\nspring",
        participants=f"Anna{ESCAPES}\r\nBen\tMayor\u2028Chloé",
    )
    record["ratings"][0].update(
        evidence=f"Line one\x00\r\nline\ttwo{ESCAPES}", rated_by="Maria\nSchmidt\x1b[8m"
    )
    return record


def test_texts_arrive_without_control_characters(laptop, tmp_path):
    path = tmp_path / "hostile.toolbox"
    path.write_bytes(make_package({"assessments.json": [hostile_assessment()]}))
    preview = preview_import(laptop.conn, path)
    assert [change.label for change in preview.changes] == ["Review[2J]0;owned31m 2026 spring"]
    apply_import(laptop.conn, preview)
    repository = AssessmentRepository(laptop.conn)
    [assessment] = repository.assessments()
    assert assessment.title == "Review[2J]0;owned31m 2026 spring"
    assert assessment.participants == "Anna[2J]0;owned31m\nBen\tMayor\nChloé"
    rating = repository.ratings(assessment.id)[B1]
    assert rating.evidence == "Line one\nline\ttwo[2J]0;owned31m"
    assert rating.rated_by == "Maria Schmidt[8m"


def test_a_title_of_control_characters_only_is_empty(laptop, tmp_path):
    action = {"uid": "b" * 32, "title": "\x1b\x07\x00\r\n"}
    path = tmp_path / "plan.toolbox"
    path.write_bytes(make_package({"plan.json": {"actions": [action]}}, kind="plan"))
    with pytest.raises(PackageError, match="must not be empty"):
        preview_import(laptop.conn, path)
    assert PlanRepository(laptop.conn).actions() == []


def test_the_command_line_preview_shows_none_either(laptop, tmp_path, capsys):
    path = tmp_path / "hostile.toolbox"
    data = {"assessments.json": [hostile_assessment()]}
    path.write_bytes(make_package(data, app_version=f"9.9{ESCAPES}"))
    code = main(["import", str(path), "--db", str(laptop.path), "--dry-run"])
    out, err = capsys.readouterr()
    assert code == EXIT_OK
    assert "by version 9.9[2J]0;owned31m" in out
    assert clean_text(out, multiline=True) == out and err == ""


def test_a_name_quoted_in_a_message_keeps_the_joiners_its_script_needs():
    """Persian writes with the zero-width non-joiner, an emoji family is joined by zero-width
    joiners: both stay; what turns the text around (a right-to-left override, which can make
    "txt.exe" read as "exe.txt") and control characters become "?"."""
    from toolbox_desktop.exchange.errors import shown

    assert shown("مریم می\u200cخواهد") == "مریم می\u200cخواهد"
    assert shown("Familie 👨\u200d👩\u200d👧") == "Familie 👨\u200d👩\u200d👧"
    assert shown("report\u202etxt.exe") == "report?txt.exe"
    assert shown("a\x1b[31mb\u2028c") == "a?[31mb?c"

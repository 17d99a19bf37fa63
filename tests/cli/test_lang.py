"""`--lang CODE` on every command: the command's own messages in that language, from the app's
.qm catalogue; English without it, and with a language that has no translation."""

import re

import pytest

from toolbox_desktop.cli import EXIT_ERROR, EXIT_OK, EXIT_PROBLEMS, build_parser, exit_codes, main


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_one_set_of_exit_codes():
    assert (EXIT_OK, EXIT_PROBLEMS, EXIT_ERROR) == (
        exit_codes.EXIT_OK,
        exit_codes.EXIT_PROBLEMS,
        exit_codes.EXIT_ERROR,
    )


@pytest.mark.parametrize(
    "argv",
    [
        ["content", "list"],
        ["content", "check", "DIR"],
        ["assessment", "list"],
        ["assessment", "show", "1"],
        ["plan", "export", "--format", "csv", "-o", "F"],
        ["report", "worksheet", "-o", "F"],
        ["export", "plan", "-o", "F"],
        ["import", "F"],
        ["demo", "--db", "F"],
        ["backup", "list"],
        ["backup", "now"],
        ["backup", "restore", "1", "--to", "F"],
    ],
)
def test_every_command_accepts_lang(argv):
    assert build_parser().parse_args([*argv, "--lang", "de"]).lang == "de"


def test_content_check_in_german(capsys, pack_copy):
    code, out, _err = run(capsys, "content", "check", str(pack_copy), "--lang", "de")
    assert code == EXIT_OK
    assert "Dimensionen" in out and "Unterthemen" in out


def test_assessment_list_and_errors_in_german(capsys, database_file):
    db = str(database_file)
    code, out, _err = run(capsys, "assessment", "list", "--db", db, "--lang", "de")
    assert (code, out.strip()) == (EXIT_OK, "Noch keine Bewertungen.")
    code, _out, err = run(capsys, "--lang", "de", "assessment", "show", "7", "--db", db)
    assert code == EXIT_ERROR
    assert err.startswith("Fehler: es gibt keine Bewertung mit der ID 7")  # prefix too


def test_an_assessments_scores_and_gaps_in_german(capsys, tmp_path):
    """`assessment list` and `show` printed "draft", "64 of 68 rated", "Overall: ... target",
    "not rated" and "priority high" in English under --lang de."""
    db = str(tmp_path / "town.sqlite3")
    assert run(capsys, "demo", "--db", db, "--lang", "de")[0] == EXIT_OK
    code, out, _err = run(capsys, "assessment", "list", "--db", db, "--lang", "de")
    assert code == EXIT_OK
    assert "13.10.2026  Entwurf" in out and "64 von 68 eingestuft, 4 ausgenommen" in out
    code, out, _err = run(capsys, "assessment", "show", "2", "--db", db, "--lang", "de")
    assert code == EXIT_OK
    assert "Gesamt: 46 %  Ziel 75 %  Zielerreichung 61 %" in out
    assert "Größte Lücken (Ziel − aktuell, nach Priorität gewichtet):" in out
    assert "Priorität hoch  gewichtet 6" in out
    for english in ("rated", "Overall", "target", "priority", "draft", "Participants"):
        assert not re.search(rf"\b{english}\b", out), english  # (codes: "emp.targeted-...")


def test_english_by_default_and_for_an_unknown_language(capsys, database_file):
    db = str(database_file)
    assert run(capsys, "assessment", "list", "--db", db)[1].strip() == "No assessments yet."
    code, out, err = run(capsys, "assessment", "list", "--db", db, "--lang", "xx")
    assert (code, out.strip()) == (EXIT_OK, "No assessments yet.")
    assert "no translation for 'xx'" in err


def test_plan_export_and_backup_messages_in_german(capsys, tmp_path, database_file):
    db = database_file
    target = tmp_path / "plan.csv"
    code, out, _err = run(
        capsys,
        "plan",
        "export",
        "--format",
        "csv",
        "-o",
        str(target),
        "--db",
        str(db),
        "--lang",
        "de",
    )
    assert code == EXIT_OK
    assert out.strip() == f"0 Maßnahmen gespeichert in {target}"
    code, _out, err = run(
        capsys, "backup", "now", "--db", str(tmp_path / "none.db"), "--lang", "de"
    )
    assert code == EXIT_ERROR
    assert "existiert nicht" in err

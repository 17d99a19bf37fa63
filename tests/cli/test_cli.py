"""The command line: version, content list (text and JSON), content check, and bad --db."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from toolbox_desktop import __version__
from toolbox_desktop.cli import EXIT_ERROR, EXIT_OK, EXIT_PROBLEMS, main


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_version_from_the_installed_command():
    result = subprocess.run(
        [sys.executable, "-m", "toolbox_desktop", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"toolbox-desktop {__version__}"


def test_content_list_json_is_complete(capsys, database_file):
    code, out, _err = run(capsys, "--db", str(database_file), "content", "list", "--format", "json")
    assert code == EXIT_OK
    data = json.loads(out)
    assert [d["code"] for d in data["dimensions"]] == ["gov", "emp", "edu", "hea", "hou"]
    benchmarks = [b for d in data["dimensions"] for s in d["subthemes"] for b in s["benchmarks"]]
    assert len(benchmarks) == 68
    assert benchmarks[0]["code"] == "gov.strategic-planning.1"
    assert benchmarks[0]["text"]
    practices = [p for d in data["dimensions"] for p in d["practices"]]
    assert len(practices) == 10
    assert any(p["place"].endswith("Roßlau") for p in practices)  # not escaped as \u00df
    assert sum(len(d["challenges"]) for d in data["dimensions"]) == 33
    assert len(data["guide"]) == 7
    assert data["packs"][0]["id"] == "whole-comm"


def test_content_list_text_and_db_option_after_the_command(capsys, database_file):
    code, out, _err = run(capsys, "content", "list", "--db", str(database_file))
    assert code == EXIT_OK
    assert "1. Governance [gov]" in out
    assert "gov.strategic-planning.1" in out
    assert "St. Pölten" in out


def test_content_check_good_pack(capsys, pack_copy):
    code, out, _err = run(capsys, "content", "check", str(pack_copy))
    assert code == EXIT_OK
    assert "68 benchmarks" in out


def test_content_check_lists_every_error_and_fails(capsys, pack_copy):
    for translation in ("de", "nl"):  # only the base language's errors here
        shutil.rmtree(pack_copy / translation)
    path = pack_copy / "challenges.txt"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("dimension: gov", "dimension: gvo", 2), encoding="utf-8")
    (pack_copy / "guide.txt").unlink()
    code, out, err = run(capsys, "content", "check", str(pack_copy))
    assert code == EXIT_PROBLEMS
    lines = out.strip().splitlines()
    assert sum("unknown dimension 'gvo'" in line for line in lines) == 2
    assert any(line.startswith(f"{pack_copy / 'guide.txt'}:0:") for line in lines)
    assert sum("must start with its dimension 'gvo'" in line for line in lines) == 2
    assert len(lines) == 5
    assert "5 problems found in" in err


def test_content_check_of_a_missing_folder(capsys, tmp_path):
    code, out, _err = run(capsys, "content", "check", str(tmp_path / "nope"))
    assert code == EXIT_PROBLEMS
    assert "is not a folder" in out


def test_bad_database_gives_a_message_and_leaves_the_file(capsys, tmp_path):
    path = tmp_path / "budget.xlsx"
    path.write_bytes(b"PK\x03\x04 not a database at all" * 10)
    before = path.read_bytes()
    code, out, err = run(capsys, "--db", str(path), "content", "list")
    assert code == EXIT_ERROR
    assert out == ""
    assert "not a Local Integration Toolbox database" in err
    assert path.read_bytes() == before


def test_unknown_command_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["frobnicate"])
    assert exit_info.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_opening_the_window_reads_the_options_without_the_commands_parsers():
    """``toolbox-desktop [--db PATH] [--lang CODE] [FILE.toolbox]`` opens the window: the same
    options as always, without importing every command module for its parser (about 25 ms
    of the window's start-up). Help still lists the commands."""
    code = (
        "import sys\n"
        "import toolbox_desktop.app as app\n"
        "app.run_gui = lambda db, packages=None: print(db.name, [p.name for p in packages]) or 0\n"
        "from toolbox_desktop.cli import main\n"
        "code = main(['--db', 'town.sqlite3', '--lang', 'de', 'a.toolbox'])\n"
        "print(code, any(m.startswith('toolbox_desktop.cli.') for m in sys.modules\n"
        "    if m not in ('toolbox_desktop.cli.exit_codes', 'toolbox_desktop.cli.translation')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.split("\n")[:2] == ["town.sqlite3 ['a.toolbox']", "0 False"], (
        result.stderr[-2000:]
    )
    helped = subprocess.run(
        [sys.executable, "-m", "toolbox_desktop", "--help"], capture_output=True, text=True
    )
    assert "assessment" in helped.stdout and "report" in helped.stdout


@pytest.mark.parametrize(
    "argv", [["--db"], ["--lang"], ["--frobnicate"], ["--db", "town.sqlite3", "-x"], ["-"]]
)
def test_a_mistake_without_a_command_is_told_as_the_whole_command_line_tells_it(capsys, argv):
    """The window's own options are read without the commands' parsers, but a mistake gets
    the message, and the usage line with its COMMAND, that the whole command line gives."""
    from toolbox_desktop.cli import build_parser, read_command_line

    with pytest.raises(SystemExit) as whole:
        read_command_line(build_parser(), argv)
    expected = capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == whole.value.code == 2
    assert capsys.readouterr().err == expected
    assert "COMMAND ..." in expected


COMMAND_LINES = [
    ["report", "plan", "-o", "plan.pdf"],
    ["report", "worksheet", "assessment", "-o", "w.pdf", "-o", "a.pdf", "--facilitator"],
    ["report", "worksheet", "-o", "w.pdf", "assessment", "--output=a.docx"],
    ["--db", "town.sqlite3", "report", "annual", "--year", "2025", "-o", "a.docx"],
    ["--lang=de", "plan", "export", "--format", "ics", "-o", "plan.ics"],
    ["content", "list", "--format", "json"],
    ["content", "check", "folder"],
    ["import", "x.toolbox", "--dry-run"],
    ["export", "assessment", "-o", "x.toolbox"],
    ["demo", "--db", "t.sqlite3"],
    ["backup", "list"],
    ["region", "info", "r.sqlite3"],
    ["assessment", "show", "1", "--format", "json"],
]
MISTAKES = [
    ["report"],
    ["report", "nonsense", "-o", "x.pdf"],
    ["report", "plan", "--frobnicate"],
    ["report", "plan", "-o", "p.pdf", "nonsense", "-o", "n.pdf"],
    ["report", "--help"],
    ["--db", "t.sqlite3", "plan", "import"],
    ["content"],
    ["region", "--help"],
]


@pytest.mark.parametrize("argv", COMMAND_LINES)
def test_a_command_is_read_as_the_whole_command_line_reads_it(argv):
    """Only the named command's parser is built (the others import their modules for
    nothing): what it reads must be exactly what the whole command line reads."""
    from toolbox_desktop.cli import ALL_COMMANDS, _parser_needed, build_parser, read_command_line

    needed = _parser_needed(argv)
    assert needed not in (None, ALL_COMMANDS)
    whole = read_command_line(build_parser(), argv)
    assert read_command_line(build_parser(needed), argv) == whole


@pytest.mark.parametrize("argv", MISTAKES)
def test_a_mistake_in_a_command_is_told_as_the_whole_command_line_tells_it(capsys, argv):
    from toolbox_desktop.cli import build_parser, read_command_line

    with pytest.raises(SystemExit) as whole:
        read_command_line(build_parser(), argv)
    expected = capsys.readouterr()
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == whole.value.code
    assert capsys.readouterr() == expected


@pytest.mark.parametrize(
    "command",
    [
        ["assessment", "list"],
        ["report", "plan", "-o", "{out}"],
        ["plan", "export", "--format", "csv", "-o", "{out}"],
        ["content", "list"],
        ["export", "municipality", "-o", "{out}"],
    ],
)
def test_a_mistyped_or_emptied_database_is_refused_not_made_an_empty_town(
    capsys, tmp_path, command
):
    """ "No assessments yet", an empty plan written: once the answer to a typing slip in
    --db, the slip made into a new town; and a file cut to nothing made one unseen."""
    out = str(tmp_path / "out.file")
    args = [part.format(out=out) for part in command]
    typo = tmp_path / "twon.sqlite3"
    code, _out, err = run(capsys, *args, "--db", str(typo))
    assert code == EXIT_ERROR
    assert err.startswith(f"error: There is no database at {typo}. Check the name")
    assert not typo.exists() and not Path(out).exists()
    emptied = tmp_path / "town.sqlite3"
    emptied.write_bytes(b"")
    code, _out, err = run(capsys, *args, "--db", str(emptied))
    assert code == EXIT_ERROR
    assert err.startswith(f"error: {emptied} is empty (0 bytes)")
    assert emptied.read_bytes() == b""


def test_an_import_may_start_a_new_town_file(capsys, tmp_path, database_file):
    package = tmp_path / "town.toolbox"
    assert (
        run(capsys, "export", "municipality", "-o", str(package), "--db", str(database_file))[0]
        == EXIT_OK
    )
    new = tmp_path / "new.sqlite3"
    code, _out, err = run(capsys, "import", str(package), "--db", str(new))
    assert code == EXIT_OK, err
    assert new.exists()


def test_an_import_of_a_missing_package_makes_no_new_file(capsys, tmp_path):
    new = tmp_path / "new.sqlite3"
    code, _out, err = run(capsys, "import", str(tmp_path / "missing.toolbox"), "--db", str(new))
    assert code == EXIT_ERROR
    assert "is not a file. Choose the package file" in err
    assert not new.exists()


def test_an_import_that_writes_nothing_leaves_no_new_file(capsys, tmp_path, workspace):
    """A dry run, or a spreadsheet that cannot be read, made an empty town (876 KB) at a
    --db that was perhaps mistyped."""
    from sheet_helpers import seed_plan

    seed_plan(workspace.conn)
    workspace.close()
    database_file = workspace.path
    sheet = tmp_path / "plan.csv"
    exported = run(
        capsys, "plan", "export", "--format", "csv", "-o", str(sheet), "--db", str(database_file)
    )
    assert exported[0] == EXIT_OK, exported
    package = tmp_path / "town.toolbox"
    assert (
        run(capsys, "export", "municipality", "-o", str(package), "--db", str(database_file))[0]
        == EXIT_OK
    )
    for command in (
        ("plan", "import", str(sheet), "--dry-run"),
        ("plan", "import", str(tmp_path / "missing.xlsx")),
        ("import", str(package), "--dry-run"),
    ):
        new = tmp_path / "typo.sqlite3"
        run(capsys, *command, "--db", str(new))
        assert not new.exists(), command
        assert not list(tmp_path.glob("typo.sqlite3*")), command
    code, _out, err = run(capsys, "plan", "import", str(sheet), "--db", str(new))
    assert code == EXIT_OK, err
    assert new.exists(), "an import that writes keeps its new file"

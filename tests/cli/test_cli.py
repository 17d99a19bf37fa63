"""The command line: version, content list (text and JSON), content check, and bad --db."""

import json
import shutil
import subprocess
import sys

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


def test_content_list_json_is_complete(capsys, db_path):
    code, out, _err = run(capsys, "--db", str(db_path), "content", "list", "--format", "json")
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


def test_content_list_text_and_db_option_after_the_command(capsys, db_path):
    code, out, _err = run(capsys, "content", "list", "--db", str(db_path))
    assert code == EXIT_OK
    assert "1. Governance [gov]" in out
    assert "gov.strategic-planning.1" in out
    assert "St. Pölten" in out
    assert db_path.exists()


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

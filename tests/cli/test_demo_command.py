"""`demo --db PATH`: the training town in a new file, never over a user's own work."""

from __future__ import annotations

import contextlib
import sqlite3

import pytest

from toolbox_desktop.cli import EXIT_ERROR, EXIT_OK, main
from toolbox_desktop.core.assessment import Profile
from toolbox_desktop.core.plan import Action
from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.storage.plan_repository import PlanRepository
from toolbox_desktop.storage.training_town import is_training_municipality


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def snapshot(folder) -> dict[str, bytes]:
    """Every file in the folder with its bytes: nothing changed, nothing added beside."""
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir()) if path.is_file()}


def test_demo_creates_the_town_in_a_new_file(capsys, tmp_path):
    path = tmp_path / "training.sqlite3"
    code, out, err = run(capsys, "demo", "--db", str(path))
    assert code == EXIT_OK, err
    assert "Lindenbach (fictional training town)" in out
    assert "two assessments, 10/14/2025 (final) and 10/13/2026 (draft" in out and err == ""
    assert "all 68 benchmarks" in out
    assert "workshop: 6 participants with ratings of their own" in out
    assert "annual report texts for" in out
    assert "1 fact sandwich for the Fact Sandwich worksheet" in out
    assert f"toolbox-desktop --db {path}" in out
    # Everything was committed to the file.
    with contextlib.closing(sqlite3.connect(path)) as conn:
        assert is_training_municipality(conn)
        assessments = conn.execute("SELECT count(*) FROM assessments").fetchone()[0]
        actions = conn.execute("SELECT count(*) FROM actions").fetchone()[0]
        ratings = conn.execute("SELECT count(*) FROM ratings").fetchone()[0]
    assert (assessments, ratings) == (2, 2 * 68)
    assert f"action plan: {actions} actions" in out and actions >= 38
    assert "4 neighbouring towns to compare with" in out
    # The new file works with the other commands.
    code, out, _ = run(capsys, "assessment", "list", "--db", str(path))
    assert code == EXIT_OK
    # Every benchmark is rated or excluded: the exclusions are named, not counted as rated.
    assert "64 of 68 rated, 4 excluded" in out and "63 of 68 rated, 5 excluded" in out


def test_demo_says_what_it_made_in_the_language_chosen(capsys, tmp_path):
    """Only its last line was translated: the summary came in English, with ISO dates."""
    path = tmp_path / "uebung.sqlite3"
    code, out, err = run(capsys, "demo", "--db", str(path), "--lang", "de")
    assert code == EXIT_OK, err
    lines = out.splitlines()
    assert (
        lines[0]
        == f"Die Übungskommune Lindenbach (fiktive Übungskommune) wurde in {path} angelegt:"
    )
    assert lines[1].startswith("  zwei Bewertungen, 14.10.2025 (abgeschlossen) und 13.10.2026")
    assert "  1 Faktensandwich für das Arbeitsblatt Faktensandwich" in lines
    assert "  4 Nachbarkommunen zum Vergleichen" in lines
    assert any(line.startswith("  Aktionsplan: 44 Maßnahmen mit Meilensteinen, ") for line in lines)


def test_demo_requires_db(capsys, monkeypatch):
    def never(*_args):
        raise AssertionError("the default database must not be opened")

    monkeypatch.setattr("toolbox_desktop.paths.default_database_path", never)
    with pytest.raises(SystemExit) as exited:
        main(["demo"])
    assert exited.value.code == EXIT_ERROR
    assert "--db" in capsys.readouterr().err


def test_demo_refuses_a_file_with_own_work(capsys, workspace):
    AssessmentRepository(workspace.conn).save_profile(Profile(name="Dessau-Roßlau"))
    PlanRepository(workspace.conn).save_action(Action(title="Welcome desk"))
    workspace.close()
    before = snapshot(workspace.path.parent)
    code, out, err = run(capsys, "demo", "--db", str(workspace.path))
    assert code == EXIT_ERROR
    assert out == ""
    assert err.startswith(f"error: {workspace.path}: it already holds your own work")
    assert "the profile of 'Dessau-Roßlau'" in err and "1 action" in err
    assert "Nothing was changed" in err and "choose a new file name" in err
    assert snapshot(workspace.path.parent) == before


def test_demo_refuses_to_run_twice_on_the_same_file(capsys, tmp_path):
    path = tmp_path / "training.sqlite3"
    assert run(capsys, "demo", "--db", str(path))[0] == EXIT_OK
    before = snapshot(tmp_path)
    code, _out, err = run(capsys, "demo", "--db", str(path))
    assert code == EXIT_ERROR
    assert "it already holds the training municipality" in err
    assert snapshot(tmp_path) == before


def test_demo_refuses_a_file_that_is_not_a_database(capsys, tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_text("minutes of the committee", encoding="utf-8")
    code, _out, err = run(capsys, "demo", "--db", str(path))
    assert code == EXIT_ERROR
    assert "is not a Local Integration Toolbox database" in err
    assert path.read_text(encoding="utf-8") == "minutes of the committee"


def test_demo_in_a_folder_that_does_not_exist(capsys, tmp_path):
    code, _out, err = run(capsys, "demo", "--db", str(tmp_path / "nowhere" / "t.sqlite3"))
    assert code == EXIT_ERROR
    assert err.startswith("error: ") and "does not exist" in err
    assert not (tmp_path / "nowhere").exists()


def test_demo_in_an_empty_database_of_ours(capsys, workspace):
    """A database the app created but nobody worked in yet may take the training town."""
    workspace.close()
    code, _out, err = run(capsys, "demo", "--db", str(workspace.path))
    assert code == EXIT_OK, err

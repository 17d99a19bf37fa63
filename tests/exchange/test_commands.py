"""`toolbox-desktop export` and `toolbox-desktop import`: the preview is printed, a dry run
writes nothing, a refused package says why on stderr with exit code 2."""

from __future__ import annotations

from exchange_helpers import dump

from toolbox_desktop.cli import EXIT_ERROR, EXIT_OK, main


def run(capsys, *args):
    code = main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_export_then_import_with_dry_run_first(town, laptop, tmp_path, capsys):
    path = tmp_path / "town.toolbox"
    code, out, _ = run(capsys, "export", "municipality", "--db", town.path, "-o", path)
    assert (code, out.strip()) == (EXIT_OK, f"Municipality package written to {path}")
    before = dump(laptop.conn)
    code, out, _ = run(capsys, "import", path, "--db", laptop.path, "--dry-run")
    assert code == EXIT_OK
    assert "town.toolbox: municipality package, made on " in out
    assert "  Update · Municipality profile “Dessau-Roßlau” — changes: name, country, region" in out
    assert "  Add · Assessment “Review 2026 — Roßlau” — 4 ratings added or changed" in out
    assert "  Add · Action “Welcome desk «Willkommen»”" in out
    assert "  Add · Fact sandwich “Crime”" in out
    assert "  Add · Advocacy letter addressee “Landkreis Anhalt-Bitterfeld”" in out
    assert "11 to add, 1 to update, 0 unchanged." in out  # with 2 sandwiches, 2 addressees
    assert out.rstrip().endswith("Dry run: nothing was written.")
    assert dump(laptop.conn) == before

    code, out, _ = run(capsys, "import", path, "--db", laptop.path)
    assert code == EXIT_OK
    assert out.rstrip().endswith("Imported: 11 added, 1 updated.")
    code, out, _ = run(capsys, "--db", laptop.path, "import", path)
    assert code == EXIT_OK
    assert "Nothing to change: everything in the package is already here." in out


def test_a_refused_package_prints_the_error_and_writes_nothing(laptop, tmp_path, capsys):
    path = tmp_path / "holiday-photo.toolbox"
    path.write_bytes(b"\xff\xd8\xff\xe0 not a package")
    before = dump(laptop.conn)
    code, out, err = run(capsys, "import", path, "--db", laptop.path)
    assert code == EXIT_ERROR
    assert out == ""
    assert err.startswith(f"error: '{path}' is not a Local Integration Toolbox package.")
    assert dump(laptop.conn) == before


def test_export_kinds_and_options(town, tmp_path, capsys):
    db = town.path
    second = town.ids["second"]
    code, out, _ = run(
        capsys, "export", "assessment", "--db", db, "-o", tmp_path / "a.toolbox", "--anonymised"
    )
    assert (code, out.strip()) == (
        EXIT_OK,
        f"Assessment package (anonymised) written to {tmp_path / 'a.toolbox'}",
    )
    code, _, _ = run(
        capsys,
        "export",
        "participant",
        "--db",
        db,
        "--assessment",
        second,
        "--name",
        "Pia",
        "-o",
        tmp_path / "p.toolbox",
    )
    assert code == EXIT_OK
    code, _, err = run(capsys, "export", "plan", "--db", db, "-o", tmp_path / "x", "--anonymised")
    assert code == EXIT_ERROR and "--anonymised works with assessment and municipality" in err
    code, _, err = run(
        capsys, "export", "assessment", "--db", db, "--assessment", 99, "-o", tmp_path / "x"
    )
    assert code == EXIT_ERROR and "no assessment with id 99" in err
    code, _, err = run(capsys, "export", "plan", "--db", db, "-o", tmp_path / "no" / "plan.toolbox")
    assert code == EXIT_ERROR and "cannot write" in err


def test_export_of_an_assessment_when_there_is_none(workspace, tmp_path, capsys):
    code, _, err = run(capsys, "export", "assessment", "--db", workspace.path, "-o", tmp_path / "x")
    assert code == EXIT_ERROR
    assert "there is no assessment yet" in err


def test_export_a_blank_assessment_for_participants(town, laptop, tmp_path, capsys):
    import json
    import zipfile

    db, path = town.path, tmp_path / "blank.toolbox"
    code, out, _ = run(capsys, "export", "assessment", "--db", db, "-o", path, "--for-participants")
    assert (code, out.strip()) == (
        EXIT_OK,
        f"Assessment package (blank, for participants) written to {path}",
    )
    with zipfile.ZipFile(path) as archive:
        (record,) = json.loads(archive.read("assessments.json"))
    assert record["ratings"] == record["workshop_participants"] == []
    assert "participants" not in record
    for wrong in (("plan",), ("assessment", "--anonymised")):
        code, _, err = run(
            capsys, "export", *wrong, "--db", db, "-o", tmp_path / "x", "--for-participants"
        )
        assert code == EXIT_ERROR and "--for-participants works with assessment packages" in err
    assert not (tmp_path / "x").exists()


def test_an_addressee_with_only_its_level_is_named_by_its_dimension(town, laptop, tmp_path, capsys):
    from toolbox_desktop.storage.advocacy_addressees import Addressee, AdvocacyAddresseeRepository

    AdvocacyAddresseeRepository(town.conn).save(Addressee("gov", "district"))
    path = tmp_path / "town.toolbox"
    run(capsys, "export", "municipality", "--db", town.path, "-o", path)
    code, out, _ = run(capsys, "import", path, "--db", laptop.path, "--dry-run")
    assert code == EXIT_OK
    assert "  Add · Advocacy letter addressee for “1. Governance”" in out
    assert "(anonymous)" not in out

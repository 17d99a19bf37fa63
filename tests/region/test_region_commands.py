"""`toolbox-desktop region merge|info`: what a coordinator reads, and the exit codes."""

from __future__ import annotations

from region_helpers import rows, write_town

from toolbox_desktop.cli import main


def _packages(tmp_path, content, known, count=5):
    folder = tmp_path / "packages"
    return [
        str(write_town(folder, content, known, f"Town {n}", 3_000, {2025: 2})) for n in range(count)
    ]


def test_merge_lists_refused_packages_and_merges_the_others(tmp_path, content, known, capsys):
    packages = _packages(tmp_path, content, known)
    foreign = tmp_path / "letter.toolbox"
    foreign.write_text("Dear colleagues", encoding="utf-8")
    region = tmp_path / "region.sqlite3"
    code = main(["region", "merge", *packages, str(foreign), "-o", str(region)])
    out, err = capsys.readouterr()
    assert code == 1
    assert f"refused: {foreign}: " in err and "1 package refused" in err
    assert "5 packages merged" in out and "5 added" in out
    assert "fewer than 5 towns" in out
    assert rows(region, "SELECT count(*) FROM towns") == [(5,)]
    assert main(["region", "merge", *packages, "-o", str(region)]) == 0
    assert "0 added, 0 replaced, 5 unchanged" in capsys.readouterr().out


def test_min_towns_is_stored_and_checked(tmp_path, content, known, capsys):
    packages = _packages(tmp_path, content, known)
    region = tmp_path / "region.sqlite3"
    assert main(["region", "merge", *packages, "-o", str(region), "--min-towns", "6"]) == 0
    assert "fewer than 6 towns" in capsys.readouterr().out
    assert rows(region, "SELECT n_towns, suppressed FROM public_years") == [(None, "fewer-towns")]
    before = region.read_bytes()
    assert main(["region", "merge", "-o", str(region), "--min-towns", "2"]) == 2
    assert "at least 3" in capsys.readouterr().err
    assert region.read_bytes() == before


def test_info_counts(tmp_path, content, known, capsys):
    region = tmp_path / "region.sqlite3"
    main(["region", "merge", *_packages(tmp_path, content, known, 3), "-o", str(region)])
    capsys.readouterr()
    assert main(["region", "info", str(region)]) == 0
    out = capsys.readouterr().out
    assert "towns        3" in out and "years        2025" in out and "min_towns    5" in out


def test_a_file_that_is_not_a_region_file(tmp_path, capsys):
    other = tmp_path / "notes.sqlite3"
    other.write_text("plain text", encoding="utf-8")
    assert main(["region", "merge", "-o", str(other)]) == 2
    assert "is not a region file; nothing was changed" in capsys.readouterr().err
    assert other.read_text(encoding="utf-8") == "plain text"
    assert main(["region", "info", str(tmp_path / "none.sqlite3")]) == 2
    assert "there is no file" in capsys.readouterr().err

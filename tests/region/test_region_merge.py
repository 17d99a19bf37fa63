"""Merging anonymised packages into a region file: packages made by the app's own export, the
scores the app computes, idempotence, refusals with their reasons, and an atomic output."""

from __future__ import annotations

import io
import json
import sqlite3
import uuid
import zipfile

import pytest
from region_helpers import dump, rows, write_town

from toolbox_desktop.core.assessment import NOT_APPLICABLE, OUTSIDE_COMPETENCE, Profile, Rating
from toolbox_desktop.core.scoring import compute_scores
from toolbox_desktop.exchange.format import FORMAT_VERSION
from toolbox_desktop.exchange.package_writer import export_assessment, export_municipality
from toolbox_desktop.region import merge as merging
from toolbox_desktop.region.merge import merge
from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.storage.region_schema import NEWER_SCHEMA, NOT_A_REGION_FILE, RegionFileError
from toolbox_desktop.storage.town_identity import adopt_town_id
from toolbox_desktop.storage.workspace import open_workspace

B1, B2, B3, B4 = (
    "gov.strategic-planning.1",
    "gov.strategic-planning.2",
    "gov.coordination.1",
    "gov.coordination.2",
)


def _town(conn, name, population, country="Germany"):
    repository = AssessmentRepository(conn)
    repository.save_profile(
        Profile(name=name, country=country, population=population, kind="small-town")
    )
    return repository


@pytest.fixture
def exported(workspace, tmp_path, pack_copy):
    """Three towns' anonymised packages exported by the app: two assessment packages from one
    workspace (the profile and the town id changed between exports: a town is its town id,
    so the second stands for another town's database) and a municipality package, with two
    assessments, from another laptop."""
    conn = workspace.conn
    folder = tmp_path / "packages"
    folder.mkdir()
    repository = _town(conn, "Dessau-Roßlau", 76_000)
    first = repository.create("Review 2025", "2025-03-01", "Mayor")
    for rating in (
        Rating(B1, level=3, target=4, notes="private note"),
        Rating(B2, level=1, target=3),
        Rating(B3, exclusion=NOT_APPLICABLE),
        Rating(B4, exclusion=OUTSIDE_COMPETENCE),
    ):
        repository.save_rating(first.id, rating)
    export_assessment(conn, first.id, folder / "dessau.toolbox", anonymised=True)
    adopt_town_id(conn, uuid.uuid4().hex)
    repository = _town(conn, "Wittenberg", 45_000)
    second = repository.create("Review 2025 W", "2025-06-01", "")
    repository.save_rating(second.id, Rating(B1, level=4))
    export_assessment(conn, second.id, folder / "wittenberg.toolbox", anonymised=True)
    other = open_workspace(tmp_path / "zerbst.sqlite3", pack_copy.parent)
    repository = _town(other.conn, "Zerbst", 21_000)
    for year in (2024, 2025):
        made = repository.create(f"Review {year}", f"{year}-02-01", "")
        repository.save_rating(made.id, Rating(B2, level=year - 2022))
    export_municipality(other.conn, folder / "zerbst.toolbox", anonymised=True)
    other.close()
    ids = {"first": first.id, "second": second.id}
    return workspace, sorted(folder.glob("*.toolbox")), ids


def test_merge_packages_made_by_the_app(exported, tmp_path, content):
    _, packages, _ = exported
    region = tmp_path / "region.sqlite3"
    result = merge(packages, region, content)
    assert result.refused == []
    assert len(result.merged) == 3
    towns = rows(
        region, "SELECT name, country, kind, population, size_band FROM towns ORDER BY name"
    )
    assert towns == [
        ("Dessau-Roßlau", "Germany", "small-town", 76_000, "50k-100k"),
        ("Wittenberg", "Germany", "small-town", 45_000, "20k-50k"),
        ("Zerbst", "Germany", "small-town", 21_000, "20k-50k"),
    ]
    assert rows(region, "SELECT year, count(*) FROM assessments GROUP BY year") == [
        (2024, 1),
        (2025, 3),
    ]
    # No note, evidence or name ever reaches a region file.
    text = "\n".join(dump(region))
    assert "private note" not in text and "Mayor" not in text


def test_scores_are_what_the_app_computes(exported, tmp_path, content):
    workspace, packages, ids = exported
    region = tmp_path / "region.sqlite3"
    merge(packages, region, content)
    repository = AssessmentRepository(workspace.conn)
    for key, town in (("first", "Dessau-Roßlau"), ("second", "Wittenberg")):
        app = compute_scores(workspace.content, repository.ratings(ids[key]))
        stored = {
            scope: values
            for scope, *values in rows(
                region,
                "SELECT s.scope, s.percent, s.target_percent, s.counted, s.excluded, s.outside, "
                "s.total, s.missing FROM scores s JOIN assessments a ON a.id = s.assessment_id "
                "JOIN towns t ON t.id = a.town_id WHERE t.name = ?",
                (town,),
            )
        }
        expected = {"overall": app.overall} | app.dimensions
        assert set(stored) == set(expected)
        for scope, score in expected.items():
            assert stored[scope] == [
                score.percent,
                score.target_percent,
                score.counted,
                score.excluded,
                score.outside,
                score.total,
                score.missing,
            ], scope
    gov = rows(
        region,
        "SELECT percent FROM scores s JOIN assessments a ON a.id = s.assessment_id "
        "JOIN towns t ON t.id = a.town_id WHERE t.name = 'Dessau-Roßlau' AND scope = 'gov'",
    )
    assert gov == [(50.0,)]  # levels 3 and 1 of two counted benchmarks; exclusions left out


def test_merging_twice_changes_nothing(exported, tmp_path, content):
    _, packages, _ = exported
    region = tmp_path / "region.sqlite3"
    merge(packages, region, content)
    before = dump(region)
    again = merge([*packages, packages[0]], region, content)  # one even twice in a run
    assert dump(region) == before
    assert again.added == 0 and again.replaced == 0 and again.unchanged == 5


def test_an_older_package_changes_nothing_a_newer_one_replaces(tmp_path, content, known):
    region = tmp_path / "region.sqlite3"
    folder = tmp_path / "packages"
    new = write_town(folder / "new", content, known, "Aken", 8_000, {2025: 3})
    old = write_town(folder / "old", content, known, "Aken", 8_000, {2025: 1})
    _set_created_at(old, "2020-01-01T00:00:00+00:00")
    merge([new], region, content)
    result = merge([old], region, content)
    assert result.unchanged == 1
    assert rows(region, "SELECT percent FROM scores WHERE scope = 'overall'") == [(75.0,)]
    newest = write_town(folder / "newest", content, known, "Aken", 9_500, {2025: 2})
    _set_created_at(newest, "2099-01-01T00:00:00+00:00")
    result = merge([newest], region, content)
    assert result.replaced == 1
    assert rows(region, "SELECT percent FROM scores WHERE scope = 'overall'") == [(50.0,)]
    assert rows(region, "SELECT population FROM towns") == [(9_500,)]


def _set_created_at(path, created_at):
    with zipfile.ZipFile(path) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    manifest = json.loads(files["manifest.json"])
    manifest["created_at"] = created_at
    files["manifest.json"] = json.dumps(manifest).encode()
    _write_zip(path, files)


def _write_zip(path, files):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    path.write_bytes(buffer.getvalue())


def test_refused_packages_are_listed_with_the_reason_and_the_others_merged(
    exported, tmp_path, content, known
):
    workspace, packages, ids = exported
    folder = tmp_path / "bad"
    folder.mkdir()
    damaged = folder / "damaged.toolbox"
    damaged.write_bytes(packages[0].read_bytes()[:-40])
    private = folder / "private.toolbox"
    export_assessment(workspace.conn, ids["first"], private, anonymised=False)
    newer = folder / "newer.toolbox"
    with zipfile.ZipFile(packages[0]) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    manifest = json.loads(files["manifest.json"])
    manifest["format_version"] = FORMAT_VERSION + 1
    files["manifest.json"] = json.dumps(manifest).encode()
    _write_zip(newer, files)
    foreign = folder / "notes.txt"
    foreign.write_text("not a package", encoding="utf-8")
    nameless = write_town(folder, content, known, "", 5_000, {2025: 2})
    missing = folder / "missing.toolbox"
    region = tmp_path / "region.sqlite3"
    result = merge(
        [damaged, private, *packages, newer, foreign, nameless, missing], region, content
    )
    reasons = {refusal.path.name: str(refusal.reason) for refusal in result.refused}
    assert set(reasons) == {
        "damaged.toolbox",
        "private.toolbox",
        "newer.toolbox",
        "notes.txt",
        ".toolbox",
        "missing.toolbox",
    }
    assert "damaged" in reasons["damaged.toolbox"] or "not a " in reasons["damaged.toolbox"]
    assert "not anonymised" in reasons["private.toolbox"]
    assert "newer version" in reasons["newer.toolbox"]
    assert "not a Local Integration Toolbox package" in reasons["notes.txt"]
    assert "names no municipality" in reasons[".toolbox"]
    assert "missing.toolbox" in reasons["missing.toolbox"]
    assert result.merged == packages
    assert rows(region, "SELECT count(*) FROM towns") == [(3,)]


def test_a_failed_merge_leaves_the_earlier_region_file_as_it_was(
    exported, tmp_path, content, monkeypatch
):
    _, packages, _ = exported
    (tmp_path / "out").mkdir()
    region = tmp_path / "out" / "region.sqlite3"
    merge(packages[:1], region, content)
    before = region.read_bytes()

    def broken(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(merging, "publish", broken)
    with pytest.raises(sqlite3.OperationalError):
        merge(packages, region, content)
    assert region.read_bytes() == before
    assert [p.name for p in region.parent.iterdir()] == ["region.sqlite3"]


def test_a_file_that_is_not_a_region_file_is_never_written(workspace, tmp_path, content):
    path = workspace.path
    workspace.close()
    before = path.read_bytes()
    with pytest.raises(RegionFileError) as raised:
        merge([], path, content)
    assert raised.value.reason == NOT_A_REGION_FILE
    assert path.read_bytes() == before


def test_a_region_file_of_a_newer_schema_is_refused(tmp_path, content):
    region = tmp_path / "region.sqlite3"
    merge([], region, content)
    conn = sqlite3.connect(region)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    before = region.read_bytes()
    with pytest.raises(RegionFileError) as raised:
        merge([], region, content)
    assert (raised.value.reason, raised.value.found) == (NEWER_SCHEMA, 99)
    assert region.read_bytes() == before


def test_many_packages_are_prepared_in_worker_processes_alike(
    exported, tmp_path, content, monkeypatch
):
    from toolbox_desktop.region import prepare

    _, packages, _ = exported
    foreign = tmp_path / "foreign.toolbox"
    foreign.write_text("no zip", encoding="utf-8")
    paths = [*packages, foreign]
    alone = prepare.prepare_all(paths, content)
    monkeypatch.setattr(prepare, "PARALLEL_FROM", 0)
    monkeypatch.setattr(prepare, "CHUNK", 1)
    together = prepare.prepare_all(paths, content)
    assert [str(getattr(o, "reason", "")) for o in together] == [
        str(getattr(o, "reason", "")) for o in alone
    ]
    assert [o for o in together if not isinstance(o, prepare.Refusal)] == [
        o for o in alone if not isinstance(o, prepare.Refusal)
    ]


def test_scores_are_computed_again_when_the_content_changed(tmp_path, content, known):
    region = tmp_path / "region.sqlite3"
    merge([write_town(tmp_path / "p", content, known, "Aken", 8_000, {2025: 3})], region, content)
    before = dump(region)
    conn = sqlite3.connect(region)
    conn.execute("UPDATE scores SET percent = 1.0")  # as if scored by another pack version
    conn.execute("UPDATE settings SET value = '0.9' WHERE key = 'content_version'")
    conn.commit()
    conn.close()
    merge([], region, content)
    assert dump(region) == before

"""A town in a region is its ``town_id`` with its name and country (package format version 2):
two towns of one name in one country stay two, and one file used for several towns gives
several towns; a package without an id (version 1) is its name and country, as before."""

from __future__ import annotations

from pathlib import Path

from region_helpers import dump, level_record, rows

from toolbox_desktop.core.assessment import Profile, Rating
from toolbox_desktop.exchange.package_writer import export_assessment
from toolbox_desktop.region.merge import merge
from toolbox_desktop.region.sample import SampleTown, town_package
from toolbox_desktop.storage.assessment_repository import AssessmentRepository

NEUSTADT_A, NEUSTADT_B = "a" * 32, "b" * 32


def _package(folder: Path, content, known, file: str, town: SampleTown, years: dict) -> Path:
    records = [level_record(content, file, year, level) for year, level in years.items()]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{file}.toolbox"
    path.write_bytes(town_package(content, known, town, records))
    return path


def _towns(region: Path) -> list[tuple]:
    return rows(
        region,
        "SELECT t.name, t.population, count(a.id) FROM towns t "
        "JOIN assessments a ON a.town_id = t.id GROUP BY t.id ORDER BY t.population",
    )


def test_two_towns_of_one_name_and_country_with_different_ids_stay_two(tmp_path, content, known):
    folder = tmp_path / "packages"
    first = SampleTown("Neustadt", "Germany", "small-town", 9_000, NEUSTADT_A)
    second = SampleTown("Neustadt", "Germany", "medium-town", 40_000, NEUSTADT_B)
    packages = [
        _package(folder, content, known, "neustadt-a", first, {2025: 2}),
        _package(folder, content, known, "neustadt-b", second, {2025: 3}),
    ]
    region = tmp_path / "region.sqlite3"
    result = merge(packages, region, content)
    assert result.refused == [] and result.added == 2
    assert _towns(region) == [("Neustadt", 9_000, 1), ("Neustadt", 40_000, 1)]
    before = dump(region)
    again = merge(packages, region, content)
    assert dump(region) == before and again.unchanged == 2


def test_one_file_used_for_several_towns_gives_several_towns(tmp_path, content, known):
    """An officer rates her neighbours' towns on her own laptop, changing the profile's name:
    one id, three names. By the id alone the region would keep one town a year."""
    folder = tmp_path / "packages"
    packages = [
        _package(
            folder,
            content,
            known,
            name,
            SampleTown(name, "Germany", "small-town", population, NEUSTADT_A),
            {2025: level},
        )
        for name, population, level in (
            ("Aue", 3_000, 1),
            ("Bernau", 4_000, 2),
            ("Celle", 5_000, 3),
        )
    ]
    region = tmp_path / "region.sqlite3"
    result = merge(packages, region, content)
    assert result.refused == [] and result.added == 3
    assert _towns(region) == [("Aue", 3_000, 1), ("Bernau", 4_000, 1), ("Celle", 5_000, 1)]


def test_a_renamed_town_starts_a_new_series(tmp_path, content, known):
    folder = tmp_path / "packages"
    old_name = SampleTown("Neustadt an der Orla", "Germany", "small-town", 8_000, NEUSTADT_A)
    new_name = SampleTown("Orlastadt", "Germany", "small-town", 8_200, NEUSTADT_A)
    earlier = _package(folder, content, known, "2024", old_name, {2024: 1})
    later = _package(folder, content, known, "2025", new_name, {2025: 2})
    region = tmp_path / "region.sqlite3"
    merge([earlier, later], region, content)
    assert _towns(region) == [("Neustadt an der Orla", 8_000, 1), ("Orlastadt", 8_200, 1)]


def test_packages_without_a_town_id_are_their_name_and_country(tmp_path, content, known):
    folder = tmp_path / "packages"
    town = SampleTown("Neustadt", "Germany", "small-town", 9_000)
    packages = [
        _package(folder, content, known, "one", town, {2024: 1}),
        _package(folder, content, known, "two", town, {2025: 2}),
    ]
    region = tmp_path / "region.sqlite3"
    merge(packages, region, content)
    assert _towns(region) == [("Neustadt", 9_000, 2)]


def test_the_app_s_packages_carry_the_town_id_a_region_follows(workspace, tmp_path, content):
    """Packages the app exports from one database are one town while the name stays, two
    towns under two names (one id: its name tells them apart)."""
    repository = AssessmentRepository(workspace.conn)
    packages = []
    for year, name in ((2023, "Neustadt"), (2024, "Neustadt"), (2025, "Neustadt (Saale)")):
        repository.save_profile(Profile(name=name, country="Germany", population=9_000))
        made = repository.create(f"Review {year}", f"{year}-03-01", "")
        repository.save_rating(made.id, Rating("gov.strategic-planning.1", level=2))
        path = tmp_path / f"{year}.toolbox"
        export_assessment(workspace.conn, made.id, path, anonymised=True)
        packages.append(path)
    region = tmp_path / "region.sqlite3"
    merge(packages, region, content)
    assert sorted(name for name, *_ in _towns(region)) == ["Neustadt", "Neustadt (Saale)"]
    assert rows(region, "SELECT count(*) FROM assessments") == [(3,)]
    keys = rows(region, "SELECT count(DISTINCT key) FROM towns")
    assert keys == [(2,)]  # the two years of Neustadt are one town

"""What the region view reads (``region.queries``): only published figures, a town's
standing only against a distribution that may be shown, and clear refusals of other files."""

from __future__ import annotations

import sqlite3

import pytest
from region_helpers import write_town

from toolbox_desktop.region import disclosure as d
from toolbox_desktop.region import queries
from toolbox_desktop.region.merge import merge
from toolbox_desktop.region.sample import sample_towns, write_sample_packages
from toolbox_desktop.region.scores import own_percentages


@pytest.fixture(scope="module")
def sample_region(tmp_path_factory, content, known):
    folder = tmp_path_factory.mktemp("sample-region")
    packages = write_sample_packages(
        folder / "packages", content, known, sample_towns(40), range(2023, 2026)
    )
    path = folder / "region.sqlite3"
    merge(packages, path, content)
    conn = queries.open_region(path)
    yield conn
    conn.close()


def test_years_bands_and_countries(sample_region):
    conn = sample_region
    assert [(y.year, y.n_towns) for y in queries.years(conn)] == [
        (2023, 40),
        (2024, 40),
        (2025, 40),
    ]
    assert [band.code for band in queries.size_bands_present(conn)] == [
        "lt5k",
        "5k-20k",
        "20k-50k",
        "50k-100k",
        "100k+",
    ]
    countries = queries.countries(conn)
    assert sum(c.n_towns or 0 for c in countries) <= 40
    assert all(c.n_towns is None or c.n_towns >= 5 for c in countries)
    assert queries.about(conn).min_towns == 5


def test_distributions_trend_and_bands_side_by_side(sample_region, content):
    conn = sample_region
    dimensions = queries.dimension_distributions(conn, 2025)
    assert set(dimensions) == {"overall", *(dim.code for dim in content.dimensions)}
    overall = dimensions["overall"].distribution
    assert overall.n_towns == 40 and overall.q1 <= overall.median <= overall.q3
    bands = queries.size_band_comparison(conn, 2025)
    assert [f.size_band for f in bands][-1] == "all"
    shown = [f.distribution for f in bands if f.distribution.shown]
    assert all(dist.n_towns >= 5 for dist in shown)
    trend = queries.trend(conn)
    assert [point.year for point in trend["overall"]] == [2023, 2024, 2025]
    assert trend["overall"][-1].median == overall.median
    benchmarks = queries.benchmark_distributions(conn, 2025)
    assert set(benchmarks) == {b.code for b in content.benchmarks}
    first = benchmarks[content.benchmarks[0].code]
    assert 0 <= first.distribution.median <= 4 and 0 <= first.share_low <= 100


def test_standing_against_a_shown_distribution_only(tmp_path, content, known):
    folder = tmp_path / "packages"
    packages = [
        write_town(folder, content, known, f"Town {n}", 3_000, {2025: n % 5}) for n in range(5)
    ]
    packages.append(write_town(folder, content, known, "Alone", 150_000, {2025: 4}))
    path = tmp_path / "region.sqlite3"
    merge(packages, path, content)
    conn = queries.open_region(path)
    try:
        own = {"overall": 60.0, "gov": None}
        everyone = queries.standing(conn, 2025, own)
        alone = queries.standing(conn, 2025, own, "100k+")
    finally:
        conn.close()
    # Six towns at 0, 25, 50, 75, 100 and 100 %: three below 60 %.
    assert everyone["overall"].percentile == 50.0
    assert everyone["overall"].n_towns == 6
    assert everyone["gov"].percentile is None  # no own score
    assert alone["overall"].percentile is None and alone["overall"].median is None
    assert alone["overall"].suppressed == d.FEWER_TOWNS


def test_own_percentages_are_the_apps_scores(content):
    from toolbox_desktop.core.assessment import Rating
    from toolbox_desktop.core.scoring import compute_scores

    ratings = {b.code: Rating(b.code, level=i % 5) for i, b in enumerate(content.benchmarks)}
    own = own_percentages(content, ratings)
    scores = compute_scores(content, ratings)
    assert own["overall"] == scores.overall.percent
    assert {k: v for k, v in own.items() if k != "overall"} == {
        code: score.percent for code, score in scores.dimensions.items()
    }


def test_other_files_are_refused(tmp_path, content):
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(queries.RegionFileError) as raised:
        queries.open_region(other)
    assert raised.value.reason == queries.NOT_A_REGION_FILE
    text = tmp_path / "text.sqlite3"
    text.write_text("hello", encoding="utf-8")
    with pytest.raises(queries.RegionFileError):
        queries.open_region(text)
    with pytest.raises(FileNotFoundError):
        queries.open_region(tmp_path / "missing.sqlite3")
    region = tmp_path / "region.sqlite3"
    merge([], region, content)
    conn = sqlite3.connect(region)
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    with pytest.raises(queries.RegionFileError) as raised:
        queries.open_region(region)
    assert raised.value.reason == queries.NEWER_SCHEMA


def test_the_view_cannot_write(tmp_path, content):
    region = tmp_path / "region.sqlite3"
    merge([], region, content)
    conn = queries.open_region(region)
    try:
        with pytest.raises(sqlite3.OperationalError):
            conn.execute("DELETE FROM public_years")
    finally:
        conn.close()

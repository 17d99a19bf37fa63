"""Publishing a region file with Datasette (the optional extra), checked with Datasette's own
test client: suppressed cells are served empty, the raw tables and arbitrary SQL are refused,
the canned queries answer."""

from __future__ import annotations

import asyncio
import json
import sqlite3

import pytest
from region_helpers import write_town

from toolbox_desktop.cli import main
from toolbox_desktop.region.merge import merge
from toolbox_desktop.region.metadata import metadata
from toolbox_desktop.storage.region_public import PUBLIC_TABLES, PUBLIC_VIEWS

datasette_app = pytest.importorskip("datasette.app")

BIG_TOWN_SCORE = 100.0  # the one big town rates everything at level 4


@pytest.fixture
def region(tmp_path, content, known):
    """Six small towns (level 1, 25 %) and one big town (level 4, 100 %) in 2025."""
    folder = tmp_path / "packages"
    packages = [
        write_town(folder, content, known, f"Small {n}", 3_000, {2025: 1}) for n in range(6)
    ]
    packages.append(write_town(folder, content, known, "Big", 150_000, {2025: 4}))
    path = tmp_path / "region.sqlite3"
    merge(packages, path, content)
    return path


def _get(path, urls, meta=None):
    """Each URL's (status, body) from Datasette serving ``path`` with the region's metadata."""

    async def fetch():
        ds = datasette_app.Datasette([str(path)], metadata=meta or metadata())
        answers = []
        for url in urls:
            response = await ds.client.get(url)
            answers.append((response.status_code, response.text))
        return answers

    return asyncio.run(fetch())


def test_a_suppressed_cell_is_not_served(region):
    [(status, body)] = _get(
        region,
        ["/region/public_dimension_scores.json?_shape=array&year=2025&dimension=overall"],
    )
    assert status == 200
    served = {row["size_band"]: row for row in json.loads(body)}
    assert served["100k+"]["median"] is None and served["100k+"]["n_towns"] is None
    assert served["100k+"]["suppressed"] == "fewer-towns"
    # The small towns' band is withheld too: all towns minus it would be the big town.
    assert served["lt5k"]["n_towns"] is None and served["lt5k"]["suppressed"] == "complementary"
    assert served["all"]["n_towns"] == 7 and served["all"]["median"] == 25.0


def test_the_big_towns_own_figure_is_served_nowhere(region):
    urls = [
        f"/region/{name}.json?_shape=array&_size=max" for name in (*PUBLIC_TABLES, *PUBLIC_VIEWS)
    ]
    for (status, body), url in zip(_get(region, urls), urls, strict=True):
        assert status == 200, url
        for row in json.loads(body):
            assert BIG_TOWN_SCORE not in row.values(), (url, row)
            assert "Big" not in json.dumps(row), url


def test_raw_tables_sql_and_the_file_itself_are_refused(region):
    urls = [
        "/region/towns.json",
        "/region/assessments.json",
        "/region/ratings.json",
        "/region/scores.json",
        "/region/settings.json",
        "/region/town_years.json",
        "/region/towns/1.json",
        "/region/ratings.csv",
        "/region.json?sql=select+name+from+towns",
        "/region.json?sql=select+1",
        "/region/public_years.json?_where=1=1",
        "/region.db",
    ]
    for (status, body), url in zip(_get(region, urls), urls, strict=True):
        assert status in (400, 403, 404), (url, status)
        assert "Small 1" not in body and "Big" not in body, url


def test_every_table_of_the_file_is_either_public_or_denied(region):
    conn = sqlite3.connect(region)
    names = {
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
            "AND name NOT LIKE 'sqlite_%'"
        )
    }
    conn.close()
    tables = metadata()["databases"]["region"]["tables"]
    public = set(PUBLIC_TABLES) | set(PUBLIC_VIEWS)
    assert names == set(tables)
    for name in names - public:
        assert tables[name]["allow"] is False, name


def test_canned_queries_answer(region):
    answers = _get(
        region,
        [
            "/region/trend_of_a_dimension.json?dimension=overall&_shape=array",
            "/region/dimension_scores_by_size_band.json?year=2025&_shape=array",
            "/region/benchmarks_where_most_towns_are_low.json?year=2025&_shape=array",
            "/region/overall_score_by_size_band.json?_shape=array",
        ],
    )
    assert all(status == 200 for status, _ in answers), answers
    trend = json.loads(answers[0][1])
    assert trend == [
        {
            "year": 2025,
            "dimension_title": "Overall score",
            "n_towns": 7,
            "median": 25.0,
            "q1": 25.0,
            "q3": 25.0,
            "suppressed": "",
        }
    ]
    low = json.loads(answers[2][1])
    assert low and all(row["share_low"] > 50 for row in low)  # six of seven towns at level 1
    by_band = json.loads(answers[1][1])
    assert all(row["median"] is None for row in by_band if row["size_band_label"] != "all towns")


def test_the_metadata_command_writes_what_datasette_reads(region, tmp_path, capsys):
    target = tmp_path / "region-metadata.json"
    assert main(["region", "metadata", str(region), "-o", str(target)]) == 0
    assert "datasette" in capsys.readouterr().out
    written = json.loads(target.read_text(encoding="utf-8"))
    assert written["allow_sql"] is False
    assert "5 towns" in written["description"]
    [(status, _)] = _get(region, ["/region/towns.json"], meta=written)
    assert status == 403


def test_the_public_copy_holds_the_safe_tables_only(region, tmp_path, capsys):
    public = tmp_path / "region-public.sqlite3"
    assert main(["region", "public", str(region), "-o", str(public)]) == 0
    assert "nothing else" in capsys.readouterr().out
    conn = sqlite3.connect(public)
    names = {
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
            "AND name NOT LIKE 'sqlite_%'"
        )
    }
    dumped = "\n".join(conn.iterdump())
    conn.close()
    assert names == set(PUBLIC_TABLES) | set(PUBLIC_VIEWS)
    assert "Small 1" not in dumped and "Big" not in dumped
    [(status, body)] = _get(
        public, ["/region-public/public_years.json?_shape=array"], meta=metadata("region-public")
    )
    assert status == 200 and json.loads(body) == [{"year": 2025, "n_towns": 7, "suppressed": ""}]
    assert main(["region", "public", str(region), "-o", str(region)]) == 2
    assert "another file" in capsys.readouterr().err


def test_a_file_served_under_another_name_shows_nothing(region, tmp_path):
    """The metadata is made for `region`; the same file renamed must not fall back to
    Datasette's defaults, which would serve its raw tables (every town's name and levels)."""
    renamed = tmp_path / "bezirk-2026.sqlite3"
    renamed.write_bytes(region.read_bytes())
    answers = _get(
        renamed,
        [
            "/bezirk-2026/towns.json",
            "/bezirk-2026/ratings.csv",
            "/bezirk-2026.json?sql=select+*+from+towns",
            "/bezirk-2026/public_dimension_scores.json",
        ],
    )
    assert [status for status, _body in answers] == [403, 403, 403, 403]
    assert not any("Small 1" in body for _status, body in answers)


def test_the_region_is_served_at_its_own_address(region):
    from toolbox_desktop.region.metadata import served_at

    assert served_at("region").endswith("/region")
    [(status, body), (home, _)] = _get(region, ["/region", "/"])
    assert status == 200 and "public_dimension_scores" in body
    assert "towns" not in {line.strip() for line in body.splitlines()}
    assert home == 403  # the price of failing closed: the address is printed by the command

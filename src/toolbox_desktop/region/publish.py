"""Compute the region file's public tables from its raw tables, with the disclosure rule.

Run after every merge (and when the threshold changes), inside the merge's transaction, so
the public tables always agree with the raw ones and with ``min_towns``. Each town counts once
per year, with its latest assessment of that year (view ``town_years``).

The groups that add up (size bands to all towns; countries to all towns) pass through
``disclosure.group_reasons`` per year and scope (or benchmark), so a hidden band cannot be
computed back from the total; everything else through ``disclosure.distribution``.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from pathlib import Path

from toolbox_desktop.core.content import Content
from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP
from toolbox_desktop.region import disclosure as d
from toolbox_desktop.region import size_bands
from toolbox_desktop.region.scores import OVERALL
from toolbox_desktop.region.size_bands import ALL, ALL_TOWNS, BANDS
from toolbox_desktop.storage import region_public as public
from toolbox_desktop.storage import region_store as store
from toolbox_desktop.storage.region_schema import APPLICATION, SCHEMA_VERSION, open_region_file

MSG_OVERALL = QT_TRANSLATE_NOOP("Region", "Overall score")
LOW_LEVELS = (0, 1)  # "low": not started or first steps (share_low)
PERCENT_DECIMALS, LEVEL_DECIMALS = 1, 2
_BAND_ORDER = {band.code: position for position, band in enumerate(BANDS)}


def publish(conn: sqlite3.Connection, content: Content, min_towns: int) -> None:
    """Replace the public tables of the region file open on ``conn`` (in the caller's
    transaction) with what ``min_towns`` allows."""
    d.check_min_towns(min_towns)
    scopes = [OVERALL, *(dimension.code for dimension in content.dimensions)]
    titles = {OVERALL: MSG_OVERALL} | {dim.code: dim.title for dim in content.dimensions}
    year_counts = store.towns_per_year(conn)
    about = {
        "application": APPLICATION,  # so that a copy of the public tables alone is recognised
        "min_towns": str(min_towns),
        "content_pack": store.setting(conn, "content_pack") or "",
        "content_version": store.setting(conn, "content_version") or "",
        "schema_version": str(SCHEMA_VERSION),
    }
    bands = [
        (position, band.code, band.label, band.population_from, band.population_below)
        for position, band in enumerate(BANDS)
    ]
    years = [
        (year, n if n >= min_towns else None, d.SHOWN if n >= min_towns else d.FEWER_TOWNS)
        for year, n in year_counts
    ]
    public.replace_public(
        conn,
        about,
        bands,
        years,
        _countries(conn, min_towns),
        _dimension_rows(conn, [y for y, _ in year_counts], scopes, titles, min_towns),
        _benchmark_rows(conn, content, [y for y, _ in year_counts], min_towns),
    )


def _countries(conn: sqlite3.Connection, min_towns: int) -> list[tuple]:
    named = {country: n for country, n in store.towns_per_country(conn) if country}
    others = sum(n for country, n in store.towns_per_country(conn) if not country)
    cells = {country: n for country, n in named.items() if n >= min_towns}
    pooled = others + sum(n for country, n in named.items() if n < min_towns)
    if pooled:
        cells[""] = pooled
    reasons = d.group_reasons(cells, min_towns)
    return [
        (country, None if reasons[country] else n, reasons[country]) for country, n in cells.items()
    ]


def _ordered(cells: dict[str, list]) -> dict[str, list]:
    return dict(sorted(cells.items(), key=lambda item: _BAND_ORDER.get(item[0], len(BANDS))))


def _dimension_rows(conn, years, scopes, titles, min_towns: int) -> list[tuple]:
    values: dict[tuple[int, str], dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for year, band, scope, percent in store.town_year_scores(conn):
        values[year, scope][band].append(percent)
    rows = []
    for year in years:
        for scope in scopes:
            cells = _ordered(values.get((year, scope), {}))
            everyone = [value for cell in cells.values() for value in cell]
            groups = {band: (cell, reason) for band, cell, reason in _groups(cells, min_towns)}
            for band, (cell, reason) in [*groups.items(), (ALL, (everyone, d.SHOWN))]:
                dist = d.distribution(cell, min_towns, PERCENT_DECIMALS, reason)
                rows.append(
                    (
                        year,
                        band,
                        size_bands.label(band),
                        scope,
                        titles[scope],
                        *_figures(dist),
                        dist.suppressed,
                        dist.extremes_suppressed,
                    )
                )
    return rows


def _figures(dist: d.Distribution) -> tuple:
    """The published columns from ``n_towns`` to ``maximum``, in the tables' order."""
    return (dist.n_towns, dist.median, dist.q1, dist.q3, dist.minimum, dist.maximum)


def _groups(cells: dict[str, list], min_towns: int):
    """(band, values, reason) of each band with towns: the reason from ``group_reasons``."""
    reasons = d.group_reasons({band: len(cell) for band, cell in cells.items()}, min_towns)
    return [(band, cell, reasons[band]) for band, cell in cells.items()]


def _benchmark_rows(conn, content: Content, years, min_towns: int) -> list[tuple]:
    found: dict[tuple[int, str], dict[str, list[tuple]]] = defaultdict(lambda: defaultdict(list))
    for year, band, benchmark, level, target in store.town_year_levels(conn):
        found[year, benchmark][band].append((level, target))
    rows = []
    for year in years:
        for benchmark in content.benchmarks:
            cells = _ordered(found.get((year, benchmark.code), {}))
            everyone = [rating for cell in cells.values() for rating in cell]
            groups = [*_groups(cells, min_towns), (ALL, everyone, d.SHOWN)]
            for band, ratings, reason in groups:
                rows.append(
                    _benchmark_row(year, band, benchmark, content, ratings, reason, min_towns)
                )
    return rows


def _benchmark_row(year, band, benchmark, content, ratings, reason, min_towns) -> tuple:
    levels = [level for level, _ in ratings]
    dist = d.distribution(levels, min_towns, LEVEL_DECIMALS, reason)
    share_low = median_target = None
    if dist.shown:
        share_low = d.share(sum(1 for level in levels if level in LOW_LEVELS), len(levels))
        targets = [target for _, target in ratings if target is not None]
        median_target = d.distribution(targets, min_towns, LEVEL_DECIMALS).median
    return (
        year,
        band,
        size_bands.label(band) if band != ALL else ALL_TOWNS.label,
        benchmark.code,
        content.benchmark_number(benchmark.code),
        benchmark.dimension,
        *_figures(dist),
        share_low,
        median_target,
        dist.suppressed,
        dist.extremes_suppressed,
    )


def write_public_file(region: Path | str, target: Path | str) -> None:
    """Copy the public tables of the region file ``region`` into a new file ``target``:
    the disclosure-safe figures only, for publishing where the whole file may be downloaded
    (Datasette's ``-i``) or handed out. ``RegionFileError`` for another file."""
    conn = open_region_file(region)
    try:
        public.write_public_copy(conn, target)
    finally:
        conn.close()

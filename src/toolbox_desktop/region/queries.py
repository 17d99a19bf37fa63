"""What the region view and the region report read from a region file: always
disclosure-safe.

Every figure comes from the public tables, which ``region.publish`` filled with the
disclosure rule (``region.disclosure``), so nothing here can show a withheld number: a
withheld figure is ``None`` and its ``suppressed`` field says why (``FEWER_TOWNS``,
``COMPLEMENTARY``; ``EXTREME_OF_FEW`` for a minimum or maximum). The one reading of the raw
tables is ``standing``, which places a town's own scores (from the user's own database) in a
distribution and returns only the rank, and only when that distribution may be shown.

Open the file with ``open_region`` (read-only); every function takes that connection.
Labels (size bands, "all towns") are English templates of the translation context
``size_bands.CTX`` ("Region"); translate them when showing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from toolbox_desktop.region import disclosure as d
from toolbox_desktop.region import size_bands
from toolbox_desktop.region.disclosure import Distribution
from toolbox_desktop.region.scores import OVERALL
from toolbox_desktop.region.size_bands import ALL
from toolbox_desktop.storage import region_public as public
from toolbox_desktop.storage import region_store as store
from toolbox_desktop.storage.region_schema import (
    NEWER_SCHEMA,
    NOT_A_REGION_FILE,
    RegionFileError,
    has_town_scores,
    open_region_file,
)

__all__ = [
    "ALL",
    "NEWER_SCHEMA",
    "NOT_A_REGION_FILE",
    "OVERALL",
    "About",
    "BenchmarkFigures",
    "Country",
    "DimensionFigures",
    "RegionFileError",
    "SizeBand",
    "Standing",
    "TrendPoint",
    "Year",
    "about",
    "benchmark_distributions",
    "countries",
    "dimension_distributions",
    "open_region",
    "size_band_comparison",
    "size_bands_present",
    "standing",
    "trend",
    "years",
]


@dataclass(frozen=True)
class About:
    min_towns: int  # the disclosure threshold the file's figures were computed with
    content_pack: str  # id and version of the benchmark pack the scores were computed with
    content_version: str
    schema_version: int


@dataclass(frozen=True)
class Year:
    year: int
    n_towns: int | None  # None: withheld (fewer than min_towns towns that year)
    suppressed: str


@dataclass(frozen=True)
class SizeBand:
    code: str
    label: str  # English template, context "Region"
    population_from: int | None
    population_below: int | None


@dataclass(frozen=True)
class Country:
    name: str  # "": the countries with fewer than min_towns towns each, pooled
    n_towns: int | None
    suppressed: str


@dataclass(frozen=True)
class DimensionFigures:
    """One scope's score distribution (percent) for a year and a band."""

    year: int
    size_band: str  # ALL or a band code
    scope: str  # OVERALL or a dimension code
    distribution: Distribution


@dataclass(frozen=True)
class BenchmarkFigures:
    """One benchmark's levels (0-4) for a year and a band."""

    year: int
    size_band: str
    benchmark: str
    dimension: str
    distribution: Distribution  # of the levels of the towns that rated it with a level
    share_low: float | None  # percent of those towns at level 0 or 1
    median_target: float | None


@dataclass(frozen=True)
class TrendPoint:
    year: int
    n_towns: int | None
    median: float | None
    q1: float | None
    q3: float | None
    suppressed: str


@dataclass(frozen=True)
class Standing:
    """Where a town's own score stands in the region's distribution of one scope."""

    scope: str
    own: float | None  # the score given (the caller's own; never read from the region file)
    percentile: float | None  # share of towns below, plus half of those level, in percent
    median: float | None  # the distribution's median (as published)
    n_towns: int | None
    suppressed: str  # why there is no percentile although ``own`` is given


def open_region(path: Path | str) -> sqlite3.Connection:
    """The region file at ``path``, or a public copy of one (``region public``), read-only.
    ``RegionFileError`` (``reason``:
    ``NOT_A_REGION_FILE`` or ``NEWER_SCHEMA``) for another file, ``FileNotFoundError`` for
    none."""
    return open_region_file(path)


def about(conn: sqlite3.Connection) -> About:
    values = public.about(conn)
    return About(
        int(values.get("min_towns", d.DEFAULT_MIN_TOWNS)),
        values.get("content_pack", ""),
        values.get("content_version", ""),
        int(values.get("schema_version", 1)),
    )


def years(conn: sqlite3.Connection) -> list[Year]:
    """Every assessment year in the file, oldest first."""
    return [Year(*row) for row in public.years(conn)]


def size_bands_present(conn: sqlite3.Connection) -> list[SizeBand]:
    """The size bands that have towns (their number may still be withheld), smallest first."""
    return [SizeBand(*row) for row in public.size_bands(conn)]


def countries(conn: sqlite3.Connection) -> list[Country]:
    """The countries with at least min_towns towns, then the others pooled (name "")."""
    return [Country(*row) for row in public.countries(conn)]


def dimension_distributions(
    conn: sqlite3.Connection, year: int, size_band: str | None = None
) -> dict[str, DimensionFigures]:
    """Per scope (``OVERALL`` and each dimension code) the distribution of the towns' scores
    in ``year``, of one size band or (None) of all towns."""
    rows = public.dimension_rows(conn, year, size_band or ALL)
    return {row[3]: _dimension(row) for row in rows}


def benchmark_distributions(
    conn: sqlite3.Connection, year: int, size_band: str | None = None
) -> dict[str, BenchmarkFigures]:
    """Per benchmark code the distribution of the levels in ``year`` (one band or all)."""
    figures = {}
    for row in public.benchmark_rows(conn, year, size_band or ALL):
        (year_, band, _label, code, _number, dimension, n, median, q1, q3, low, high) = row[:12]
        share_low, median_target, suppressed, extremes = row[12:]
        distribution = Distribution(n, median, q1, q3, low, high, suppressed, extremes)
        figures[code] = BenchmarkFigures(
            year_, band, code, dimension, distribution, share_low, median_target
        )
    return figures


def size_band_comparison(
    conn: sqlite3.Connection, year: int, scope: str = OVERALL
) -> list[DimensionFigures]:
    """The size bands side by side for one scope and year (aggregates only), smallest band
    first, then all towns."""
    order = {band.code: position for position, band in enumerate(size_bands.BANDS)}
    order[ALL] = len(order)
    rows = sorted(public.band_rows(conn, year, scope), key=lambda row: order.get(row[1], -1))
    return [_dimension(row) for row in rows]


def trend(conn: sqlite3.Connection, size_band: str | None = None) -> dict[str, list[TrendPoint]]:
    """Per scope the median (and quartiles) year by year, oldest first (all towns, or one
    band)."""
    points: dict[str, list[TrendPoint]] = {}
    for row in public.trend_rows(conn, size_band or ALL):
        figures = _dimension(row)
        dist = figures.distribution
        points.setdefault(figures.scope, []).append(
            TrendPoint(figures.year, dist.n_towns, dist.median, dist.q1, dist.q3, dist.suppressed)
        )
    return points


def standing(
    conn: sqlite3.Connection,
    year: int,
    own_scores: Mapping[str, float | None],
    size_band: str | None = None,
) -> dict[str, Standing]:
    """Where ``own_scores`` (scope -> the caller's own score in percent, e.g.
    ``scores.own_percentages``) stand among the towns of ``year`` (one band or all): a
    percentile rank only where the distribution may be shown, and only in a full region
    file (a public copy holds no town's score to rank against: the median is all there is)."""
    published = dimension_distributions(conn, year, size_band)
    min_towns = about(conn).min_towns
    result = {}
    for scope, own in own_scores.items():
        figures = published.get(scope)
        dist = figures.distribution if figures is not None else d.withheld(d.FEWER_TOWNS)
        percentile = None
        if own is not None and dist.shown and has_town_scores(conn):
            values = store.scores_in(conn, year, scope, size_band)
            percentile = d.percentile_rank(values, own, min_towns)
        result[scope] = Standing(scope, own, percentile, dist.median, dist.n_towns, dist.suppressed)
    return result


def _dimension(row: tuple) -> DimensionFigures:
    year, band, _label, scope, _title, n, median, q1, q3, low, high, suppressed, extremes = row
    distribution = Distribution(n, median, q1, q3, low, high, suppressed, extremes)
    return DimensionFigures(year, band, scope, distribution)

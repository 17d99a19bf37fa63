"""Everything the region view and the region report show, read in one call: the figures of a
year (and a size band), the bands side by side, the medians over the years and where the
user's own town stands.

Both faces read it from here, so the window and the PDF can never disagree about a figure,
and both get only what the region's query API (``region.queries``) lets out: a withheld
figure arrives as ``None`` and stays ``None`` here. The user's own scores come from the user's
own file (a town's own figures only to itself), never from the region file.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from toolbox_desktop.core.formatting import rounded

if TYPE_CHECKING:
    import sqlite3

    from toolbox_desktop.region.disclosure import Distribution

ABOVE, AT, BELOW, UNKNOWN = "above", "at", "below", "unknown"


@dataclass(frozen=True)
class Spread:
    """A distribution as it may be shown: the number of towns and the quartiles in percent;
    all ``None`` when the figure is withheld (fewer towns than the region's threshold)."""

    towns: int | None
    lower: float | None
    median: float | None
    upper: float | None
    # Why a withheld spread is withheld (``disclosure.FEWER_TOWNS`` or ``COMPLEMENTARY``): a
    # band of 8 towns hidden so that a smaller one cannot be worked out must not read "fewer
    # than 5 towns".
    reason: str = ""

    @property
    def withheld(self) -> bool:
        return self.median is None


WITHHELD = Spread(None, None, None, None)


def spread_of(distribution: Distribution) -> Spread:
    """What of a published distribution may be shown (nothing at all when it is withheld)."""
    if not distribution.shown or distribution.median is None:
        return Spread(None, None, None, None, distribution.suppressed)
    return Spread(distribution.n_towns, distribution.q1, distribution.median, distribution.q3)


@dataclass(frozen=True)
class BenchmarkSpread:
    """A benchmark's levels (0-4) across the towns that rated it, and the share of them at
    level 0 or 1 (percent; None when withheld)."""

    spread: Spread
    share_low: float | None


@dataclass(frozen=True)
class OwnPosition:
    """One dimension of the user's own newest assessment against the region."""

    dimension: str
    own: float | None  # the user's own score in percent (None: no score)
    median: float | None  # the region's (None: withheld)
    percentile: float | None  # share of the region's towns scoring lower, when disclosable

    @property
    def place(self) -> str:
        if self.own is None or self.median is None:
            return UNKNOWN
        # As the two are shown (whole percentages): "50 %" and "50 %" are at the median.
        own, median = rounded(self.own), rounded(self.median)
        return AT if own == median else ABOVE if own > median else BELOW


@dataclass(frozen=True)
class RegionFigures:
    min_towns: int  # the region's disclosure threshold
    year: int | None  # None: the region holds no assessment yet
    band: str  # size band code, ``size_bands.ALL`` for every town
    years: tuple[int, ...]
    bands: tuple[str, ...]  # the bands present in the region
    towns: int | None  # towns in the year (and band); None when withheld
    dimensions: dict[str, Spread]  # by scope: ``OVERALL`` and each dimension code
    benchmarks: dict[str, BenchmarkSpread]  # by benchmark code
    by_band: dict[str, dict[str, Spread]]  # band -> dimension -> spread (the chosen year)
    trend: dict[int, dict[str, float | None]]  # year -> dimension -> median
    own: dict[str, OwnPosition] = field(default_factory=dict)  # empty: no own assessment
    own_title: str = ""  # the own assessment's title, for the heading
    own_date: str = ""  # and its date (ISO), formatted where it is shown


def region_figures(
    path: Path | str,
    year: int | None = None,
    band: str | None = None,
    own: Mapping[str, float | None] | None = None,
    own_title: str = "",
    own_date: str = "",
) -> RegionFigures:
    """The figures of the region file at ``path`` for ``year`` (None or a year it lacks: the
    newest) and size ``band`` (None: all towns); ``own`` is the user's own score per scope
    (``region.scores.own_percentages`` of their newest assessment), placed among the towns.
    ``RegionFileError`` for a file that is not a region file (or too new)."""
    from toolbox_desktop.region.queries import open_region

    conn = open_region(path)
    try:
        return read_figures(conn, year, band, own, own_title, own_date)
    finally:
        conn.close()


def read_figures(
    conn: sqlite3.Connection,
    year: int | None = None,
    band: str | None = None,
    own: Mapping[str, float | None] | None = None,
    own_title: str = "",
    own_date: str = "",
) -> RegionFigures:
    """``region_figures`` on an open region file (read-only connection)."""
    from toolbox_desktop.region import queries as q

    min_towns = q.about(conn).min_towns
    years = tuple(entry.year for entry in q.years(conn))
    bands = tuple(entry.code for entry in q.size_bands_present(conn))
    band = band or q.ALL
    if band != q.ALL and band not in bands:
        band = q.ALL
    if not years:
        return RegionFigures(min_towns, None, band, (), bands, None, {}, {}, {}, {})
    year = year if year in years else years[-1]
    only = None if band == q.ALL else band
    dimensions = {
        scope: spread_of(figures.distribution)
        for scope, figures in q.dimension_distributions(conn, year, only).items()
    }
    benchmarks = {
        code: BenchmarkSpread(
            spread_of(figures.distribution),
            figures.share_low if figures.distribution.shown else None,
        )
        for code, figures in q.benchmark_distributions(conn, year, only).items()
    }
    by_band: dict[str, dict[str, Spread]] = {}
    for scope in dimensions:
        for figures in q.size_band_comparison(conn, year, scope):
            by_band.setdefault(figures.size_band, {})[scope] = spread_of(figures.distribution)
    trend: dict[int, dict[str, float | None]] = {}
    for scope, points in q.trend(conn, only).items():
        for point in points:
            shown = not point.suppressed and point.median is not None
            trend.setdefault(point.year, {})[scope] = point.median if shown else None
    positions = {}
    if own:
        for scope, standing in q.standing(conn, year, own, only).items():
            positions[scope] = OwnPosition(
                scope, standing.own, standing.median, standing.percentile
            )
    overall = dimensions.get(q.OVERALL, WITHHELD)
    return RegionFigures(
        min_towns,
        year,
        band,
        years,
        bands,
        overall.towns,
        dimensions,
        benchmarks,
        by_band,
        dict(sorted(trend.items())),
        positions,
        own_title,
        own_date,
    )

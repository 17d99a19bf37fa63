"""Size bands: towns are compared with towns of about their size (a village of 3,000 people
is not measured against a city), and a region publishes nothing per town, only per band.

The bands are fixed (a region file records the band of each town; changing them would be a
new schema version): under 5,000 inhabitants, 5,000-19,999, 20,000-49,999, 50,000-99,999,
100,000 and more, and "population not given" for a package without one.
"""

from __future__ import annotations

from dataclasses import dataclass

from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP

CTX = "Region"
ALL = "all"  # every town, whatever its size
UNKNOWN = "unknown"


@dataclass(frozen=True)
class SizeBand:
    code: str
    label: str  # English; translate with (CTX, label)
    population_from: int | None  # inclusive
    population_below: int | None  # exclusive; None: no upper bound


BANDS = (
    SizeBand("lt5k", QT_TRANSLATE_NOOP("Region", "under 5,000 inhabitants"), 0, 5_000),
    SizeBand("5k-20k", QT_TRANSLATE_NOOP("Region", "5,000 to 19,999 inhabitants"), 5_000, 20_000),
    SizeBand(
        "20k-50k", QT_TRANSLATE_NOOP("Region", "20,000 to 49,999 inhabitants"), 20_000, 50_000
    ),
    SizeBand(
        "50k-100k", QT_TRANSLATE_NOOP("Region", "50,000 to 99,999 inhabitants"), 50_000, 100_000
    ),
    SizeBand("100k+", QT_TRANSLATE_NOOP("Region", "100,000 inhabitants and more"), 100_000, None),
    SizeBand(UNKNOWN, QT_TRANSLATE_NOOP("Region", "population not given"), None, None),
)
ALL_TOWNS = SizeBand(ALL, QT_TRANSLATE_NOOP("Region", "all towns"), None, None)
BY_CODE = {band.code: band for band in (*BANDS, ALL_TOWNS)}


def band_of(population: int | None) -> str:
    """The code of the band a town of ``population`` inhabitants belongs to."""
    if population is None:
        return UNKNOWN
    for band in BANDS:
        below = band.population_below
        lowest = band.population_from
        if lowest is not None and population >= lowest and (below is None or population < below):
            return band.code
    return UNKNOWN


def label(code: str) -> str:
    """The English label of a band code (the code itself for one this version lacks)."""
    band = BY_CODE.get(code)
    return code if band is None else band.label

"""Fictional anonymised packages of many towns: for the tests, the region benchmark
(benchmarks/region_scale.py) and the screenshots of the region view. Written by the app's own
package writer (``exchange.package_writer.package_bytes``), so they are what towns send.

The levels are drawn at random (seeded, so the same call makes the same packages) around a
level that grows with the town's size and a little every year, so that bands and trends
differ the way a reader expects.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from toolbox_desktop.core.content import Content
from toolbox_desktop.exchange.format import ASSESSMENT, ASSESSMENTS, MUNICIPALITY
from toolbox_desktop.exchange.package_schema import Known
from toolbox_desktop.exchange.package_writer import package_bytes

COUNTRIES = ("Germany", "Austria", "Netherlands", "Italy", "Poland")
POPULATIONS = (3_200, 12_500, 34_000, 71_000, 240_000)
KINDS = ("rural-area", "small-town", "medium-town", "medium-town", "city")


@dataclass(frozen=True)
class SampleTown:
    name: str
    country: str
    kind: str
    population: int | None
    town_id: str | None = None  # None: a package that names its town by name and country


def sample_towns(count: int, seed: int = 1) -> list[SampleTown]:
    """``count`` fictional towns of every size band and a few countries."""
    draw = random.Random(seed)
    towns = []
    for number in range(count):
        size = draw.randrange(len(POPULATIONS))
        population = int(POPULATIONS[size] * draw.uniform(0.8, 1.2))
        towns.append(
            SampleTown(f"Town {number + 1}", draw.choice(COUNTRIES), KINDS[size], population)
        )
    return towns


def assessment_record(content: Content, town: SampleTown, year: int, draw: random.Random) -> dict:
    """One year's anonymised assessment of ``town``, its levels drawn with ``draw``."""
    base = 1.0 + POPULATIONS.index(min(POPULATIONS, key=lambda p: abs(p - (town.population or 0))))
    base = min(3.5, base * 0.5 + (year - 2022) * 0.15)
    ratings = []
    for benchmark in content.benchmarks:
        roll = draw.random()
        if roll < 0.05:
            ratings.append(_rating(benchmark.code, None, "outside-competence", None))
            continue
        level = max(0, min(4, round(draw.gauss(base, 1.0))))
        target = None if roll < 0.3 else min(4, level + draw.randint(0, 2))
        ratings.append(_rating(benchmark.code, level, "", target))
    uid = uuid.uuid5(uuid.NAMESPACE_URL, f"region-sample/{town.name}/{town.country}/{year}")
    return {
        "uid": uid.hex,
        "title": f"Self-assessment {year}",
        "assessed_on": f"{year}-{draw.randint(1, 12):02d}-{draw.randint(1, 28):02d}",
        "ratings": ratings,
    }


def _rating(code: str, level: int | None, exclusion: str, target: int | None) -> dict:
    return {"benchmark": code, "level": level, "exclusion": exclusion, "target": target}


def town_package(content: Content, known: Known, town: SampleTown, records: list[dict]) -> bytes:
    """An anonymised package of ``town`` holding ``records`` (one: an assessment package)."""
    profile = {
        "name": town.name,
        "country": town.country,
        "kind": town.kind,
        "population": town.population,
    }
    if town.town_id is not None:
        profile["town_id"] = town.town_id
    kind = ASSESSMENT if len(records) == 1 else "municipality"
    return package_bytes(kind, True, {MUNICIPALITY: profile, ASSESSMENTS: records}, known)


def write_sample_packages(
    folder: Path,
    content: Content,
    known: Known,
    towns: Iterable[SampleTown],
    years: Iterable[int],
    seed: int = 1,
) -> list[Path]:
    """One anonymised assessment package per town and year in ``folder``; their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    draw = random.Random(seed)
    paths = []
    years = list(years)
    for number, town in enumerate(towns):
        for year in years:
            record = assessment_record(content, town, year, draw)
            path = folder / f"town-{number + 1:05d}-{year}.toolbox"
            path.write_bytes(town_package(content, known, town, [record]))
            paths.append(path)
    return paths

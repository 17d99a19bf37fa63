"""Helpers for region tests: packages of towns with chosen sizes and levels, and a dump of
every table of a region file."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from toolbox_desktop.region.sample import SampleTown, town_package


def level_record(content, town: str, year: int, level: int | None, exclusion: str = "") -> dict:
    """An assessment of ``town`` in ``year`` rating every benchmark ``level`` (so its
    overall and dimension scores are level x 25 %)."""
    uid = uuid.uuid5(uuid.NAMESPACE_URL, f"region-test/{town}/{year}").hex
    return {
        "uid": uid,
        "title": f"Review {year}",
        "assessed_on": f"{year}-05-01",
        "ratings": [
            {"benchmark": b.code, "level": level, "exclusion": exclusion, "target": None}
            for b in content.benchmarks
        ],
    }


def write_town(
    folder: Path, content, known, name: str, population: int | None, years_levels: dict
) -> Path:
    """One anonymised package of town ``name`` holding an assessment per year
    (``{year: level}``)."""
    town = SampleTown(name, "Germany", "small-town", population)
    records = [level_record(content, name, y, level) for y, level in years_levels.items()]
    path = folder / f"{name.replace(' ', '-')}.toolbox"
    folder.mkdir(parents=True, exist_ok=True)
    path.write_bytes(town_package(content, known, town, records))
    return path


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def rows(path: Path, sql: str, params=()) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()

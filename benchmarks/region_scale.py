"""How a region scales: 1,000 towns x 5 years of anonymised packages merged into one region
file, and the region view's queries on it.

It writes the packages with the app's own package writer (``region.sample``), then times:

- the merge of all 5,000 packages into a new region file (target < 60 s on two cores),
  against the floor of reading and checking the same packages as an import does (what any
  merge must do), and merging them all again (idempotent: nothing changes);
- each query of the region view (``region.queries``; target < 100 ms each), against a bare
  SQLite query on the same file (one indexed row of a public table).

    python benchmarks/region_scale.py [--towns 1000] [--years 5]
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
from pathlib import Path

from toolbox_desktop.exchange.package_reader import read_package
from toolbox_desktop.exchange.package_schema import validate_package
from toolbox_desktop.region import queries
from toolbox_desktop.region.content import benchmark_content, known_codes
from toolbox_desktop.region.merge import merge
from toolbox_desktop.region.sample import sample_towns, write_sample_packages

MERGE_TARGET_S = 60
QUERY_TARGET_MS = 100
REPEATS = 5
LAST_YEAR = 2025


def timed(step, repeats: int = REPEATS) -> float:
    """The fastest of ``repeats`` runs, in seconds (the least disturbed by other work)."""
    times = []
    for _ in range(repeats):
        begin = time.perf_counter()
        step()
        times.append(time.perf_counter() - begin)
    return min(times)


def once(step) -> float:
    begin = time.perf_counter()
    step()
    return time.perf_counter() - begin


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--towns", type=int, default=1_000)
    parser.add_argument("--years", type=int, default=5)
    args = parser.parse_args()
    content = benchmark_content()
    known = known_codes(content)
    years = range(LAST_YEAR - args.years + 1, LAST_YEAR + 1)
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        begin = time.perf_counter()
        packages = write_sample_packages(
            folder / "packages", content, known, sample_towns(args.towns), years
        )
        written = time.perf_counter() - begin
        print(f"{len(packages):,} packages of {args.towns:,} towns x {args.years} years")
        print(f"  written in {written:.1f} s (not a target: the towns' own exports)")
        floor = once(lambda: [validate_package(read_package(p), known) for p in packages])
        region = folder / "region.sqlite3"
        merged = once(lambda: merge(packages, region, content))
        again = once(lambda: merge(packages, region, content))
        size = region.stat().st_size / 1024 / 1024
        print(f"{'step':<44}{'seconds':>10}{'target':>12}")
        print(f"{'read and check every package (the floor)':<44}{floor:>10.1f}{'':>12}")
        print(f"{'merge into a new region file':<44}{merged:>10.1f}{f'< {MERGE_TARGET_S} s':>12}")
        print(
            f"{'merge all again (nothing changes)':<44}{again:>10.1f}{f'< {MERGE_TARGET_S} s':>12}"
        )
        print(f"merge / floor: {merged / floor:.2f}x; region file {size:.1f} MB")
        print()
        _queries(region)
    return 0


def _queries(region: Path) -> None:
    conn = queries.open_region(region)
    bare = sqlite3.connect(f"{region.resolve().as_uri()}?mode=ro", uri=True)
    band = "20k-50k"
    own = {"overall": 48.5, "gov": 40.0, "edu": 55.0}
    steps = {
        "bare SQLite: one public row (the floor)": lambda: bare.execute(
            "SELECT median FROM public_dimension_scores "
            "WHERE year = ? AND size_band = 'all' AND dimension = 'overall'",
            (LAST_YEAR,),
        ).fetchall(),
        "open the region file (read-only, checked)": lambda: queries.open_region(region).close(),
        "years": lambda: queries.years(conn),
        "size bands present": lambda: queries.size_bands_present(conn),
        "countries": lambda: queries.countries(conn),
        "dimension distributions, all towns": lambda: queries.dimension_distributions(
            conn, LAST_YEAR
        ),
        "dimension distributions, one band": lambda: queries.dimension_distributions(
            conn, LAST_YEAR, band
        ),
        "benchmark distributions, all towns": lambda: queries.benchmark_distributions(
            conn, LAST_YEAR
        ),
        "benchmark distributions, one band": lambda: queries.benchmark_distributions(
            conn, LAST_YEAR, band
        ),
        "size bands side by side": lambda: queries.size_band_comparison(conn, LAST_YEAR),
        "trend (every year, every dimension)": lambda: queries.trend(conn),
        "own town's standing, all towns": lambda: queries.standing(conn, LAST_YEAR, own),
        "own town's standing, one band": lambda: queries.standing(conn, LAST_YEAR, own, band),
    }
    print(f"fastest of {REPEATS} runs per query, in milliseconds")
    print(f"{'query':<44}{'ms':>10}{'target':>12}")
    for name, step in steps.items():
        took = timed(step) * 1000
        target = "" if name.startswith("bare") else f"< {QUERY_TARGET_MS} ms"
        print(f"{name:<44}{took:>10.2f}{target:>12}")
    bare.close()
    conn.close()


if __name__ == "__main__":
    raise SystemExit(main())

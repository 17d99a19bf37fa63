"""Region files for the tests of the region view and report: towns made with the app's own
anonymised export (``exchange.package_writer.export_assessment``) and merged with the region's
own merge, so the tests read what a real region file holds.

``sample_region`` makes ``towns`` towns in the band "5,000 to 19,999" and ``small`` towns in
"under 5,000" (fewer than the threshold, so their band's figures are withheld), each with one
assessment a year in ``years``; every town rates every benchmark, except that only ``rare``
towns rate the first benchmark (so its figures are withheld too).
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from toolbox_desktop.core.assessment import Profile, Rating
from toolbox_desktop.exchange.package_writer import export_assessment
from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.storage.workspace import open_workspace


@dataclass(frozen=True)
class Sample:
    path: Path
    rare_benchmark: str  # rated by fewer towns than the threshold
    levels: dict[tuple[int, int], dict[str, int]]  # (town, year) -> benchmark -> level


def level_for(town: int, year: int, position: int) -> int:
    """Levels that differ between towns, benchmarks and years (so medians differ too)."""
    return (town * (position % 3 + 1) + position + year) % 5


_MADE: dict[tuple, Sample] = {}  # the same sample, made once per test process


def sample_region(
    folder: Path,
    content_root: Path,
    towns: int = 8,
    small: int = 2,
    years: tuple[int, ...] = (2025, 2026),
    rare: int = 3,
    min_towns: int = 5,
) -> Sample:
    """A region file in ``folder``: a copy of the one made earlier in this test process with
    the same packs and numbers (making one exports and merges every town's packages, about
    a second and a half, and many tests start from the same sample)."""
    from toolbox_desktop.core.pack import find_packs, pack_checksum

    packs = tuple(sorted((p.name, pack_checksum(p)) for p in find_packs(content_root)))
    key = (packs, towns, small, tuple(years), rare, min_towns)
    made = _MADE.get(key)
    if made is None:
        scratch = tempfile.mkdtemp(prefix="region-sample-")
        atexit.register(shutil.rmtree, scratch, ignore_errors=True)
        made = _make_sample(
            Path(scratch),
            content_root,
            towns,
            small,
            years,
            rare,
            min_towns,
        )
        _MADE[key] = made
    folder.mkdir(parents=True, exist_ok=True)
    copy = folder / made.path.name
    shutil.copyfile(made.path, copy)
    return Sample(copy, made.rare_benchmark, made.levels)


def _make_sample(
    folder: Path,
    content_root: Path,
    towns: int,
    small: int,
    years: tuple[int, ...],
    rare: int,
    min_towns: int,
) -> Sample:
    from toolbox_desktop.region.merge import merge

    folder.mkdir(parents=True, exist_ok=True)
    maker = open_workspace(folder / "maker.sqlite3", content_root)
    repository = AssessmentRepository(maker.conn)
    codes = [b.code for b in maker.content.benchmarks]
    packages, levels = [], {}
    try:
        for town in range(towns + small):
            population = 3_000 + town if town >= towns else 8_000 + 100 * town
            repository.save_profile(
                Profile(
                    name=f"Town {town}", country="Germany", population=population, kind="small-town"
                )
            )
            for year in years:
                ratings = {}
                for position, code in enumerate(codes):
                    if position == 0 and town >= rare:
                        continue
                    level = level_for(town, year, position)
                    ratings[code] = Rating(code, level=level, target=4)
                levels[(town, year)] = {code: r.level for code, r in ratings.items()}
                assessment = repository.create(
                    f"Assessment {year}", f"{year}-03-01", initial=ratings
                )
                path = folder / f"town-{town}-{year}.toolbox"
                export_assessment(maker.conn, assessment.id, path, anonymised=True)
                packages.append(path)
        output = folder / "region.sqlite3"
        result = merge(packages, output, maker.content, min_towns=min_towns)
        assert not result.refused, result.refused
    finally:
        maker.close()
    return Sample(output, codes[0], levels)


def own_assessment(workspace, level: int = 4) -> dict[str, Rating]:
    """The user's own newest assessment in ``workspace``: every benchmark at ``level``."""
    ratings = {b.code: Rating(b.code, level=level, target=4) for b in workspace.content.benchmarks}
    AssessmentRepository(workspace.conn).create("Our review", "2026-05-04", initial=ratings)
    return ratings


def expected_scores(sample: Sample, content, year: int, towns: range) -> dict[str, list[float]]:
    """Each scope's scores of ``towns`` in ``year``, computed from the levels the sample gave
    (with the app's scoring, as a town sees its own)."""
    from toolbox_desktop.region.scores import own_percentages

    scores: dict[str, list[float]] = {}
    for town in towns:
        ratings = {
            code: Rating(code, level=level, target=4)
            for code, level in sample.levels[(town, year)].items()
        }
        for scope, value in own_percentages(content, ratings).items():
            scores.setdefault(scope, []).append(value)
    return scores


def median(values: list[float]) -> float:
    import statistics

    return statistics.quantiles(values, n=4, method="inclusive")[1]

"""Each package of a merge read, checked and scored before anything is written: the part of a
merge that costs (unzipping, checking every field as an import does, scoring every
assessment), and that packages need not wait for each other to do. A large merge spreads it
over the computer's cores (separate processes, started fresh: ``spawn``); a small one stays in
this process, where starting workers would cost more than it saves.

Checking is the import's own (``exchange.package_reader.read_package``,
``package_schema.validate_package``), plus a region's rules: anonymised packages only, with a
municipality's name, holding at least one assessment.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from toolbox_desktop.core.assessment import Rating
from toolbox_desktop.core.content import Content
from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from toolbox_desktop.exchange.errors import PackageError
from toolbox_desktop.exchange.package_reader import read_package
from toolbox_desktop.exchange.package_schema import Known, validate_package
from toolbox_desktop.region.content import known_codes
from toolbox_desktop.region.scores import scope_scores

CTX = "Region"
MSG_NOT_ANONYMISED = QT_TRANSLATE_NOOP(
    "Region",
    "not anonymised: a region takes anonymised packages only, which hold no names, notes or "
    "evidence. Ask the town to export an anonymised package.",
)
MSG_NO_NAME = QT_TRANSLATE_NOOP(
    "Region",
    "the package names no municipality, so its town could not be told from another. Ask the "
    "town to fill in its name in the profile and export again.",
)
MSG_NO_ASSESSMENT = QT_TRANSLATE_NOOP("Region", "the package holds no assessment")

PARALLEL_FROM = 200  # packages: below this, worker processes cost more than they save
MOST_WORKERS = 4
CHUNK = 25


@dataclass(frozen=True)
class Refusal:
    path: Path
    reason: Message  # translate with ``core.i18n.translated_with``


@dataclass(frozen=True)
class PreparedAssessment:
    uid: str
    title: str
    assessed_on: str
    ratings: tuple[tuple, ...]  # (benchmark, level, exclusion, target)
    scores: tuple[tuple, ...]  # (scope, percent, target_percent, counted, excluded, ...)


@dataclass(frozen=True)
class Prepared:
    """A package that passed every check, reduced to what a region file keeps."""

    path: Path
    created_at: str  # the manifest's, in UTC
    digest: str  # sha256 over the package's file checksums
    profile: dict  # name, country, kind, population, town_id (None: a version 1 package)
    content_pack: tuple[str, str] | None
    assessments: tuple[PreparedAssessment, ...]


def prepare_all(paths: Sequence[Path], content: Content) -> list[Prepared | Refusal]:
    """``prepare_package`` of each path, in their order; in worker processes when many."""
    workers = min(MOST_WORKERS, os.cpu_count() or 1, len(paths) // CHUNK or 1)
    if len(paths) < PARALLEL_FROM or workers < 2:
        known = known_codes(content)
        return [prepare_package(path, content, known) for path in paths]
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, context, _start_worker, (content,)) as pool:
        return list(pool.map(_prepare_in_worker, paths, chunksize=CHUNK))


_worker: dict = {}


def _start_worker(content: Content) -> None:
    _worker["content"] = content
    _worker["known"] = known_codes(content)


def _prepare_in_worker(path: Path) -> Prepared | Refusal:
    return prepare_package(path, _worker["content"], _worker["known"])


def prepare_package(path: Path, content: Content, known: Known) -> Prepared | Refusal:
    """The package at ``path`` checked as an import checks it, plus a region's rules, and its
    assessments scored; or why it is refused."""
    try:
        package = validate_package(read_package(path), known)
    except PackageError as error:
        return Refusal(path, error.message)
    manifest = package.manifest
    if not manifest.anonymised:
        return Refusal(path, Message(CTX, MSG_NOT_ANONYMISED))
    if package.profile is None or not package.profile["name"].strip():
        return Refusal(path, Message(CTX, MSG_NO_NAME))
    if not package.assessments:
        return Refusal(path, Message(CTX, MSG_NO_ASSESSMENT))
    files = sorted(manifest.files.items())
    digest = hashlib.sha256(json.dumps(files).encode()).hexdigest()
    profile = {
        key: package.profile.get(key)
        for key in ("name", "country", "kind", "population", "town_id")
    }
    return Prepared(
        path,
        _utc(manifest.created_at),
        digest,
        profile,
        manifest.content_pack,
        tuple(_assessment(record, content) for record in package.assessments),
    )


def _utc(created_at: str) -> str:
    """``created_at`` in UTC (a time without zone taken as UTC), so that packages made in
    different time zones compare by when they were made."""
    moment = datetime.fromisoformat(created_at)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _assessment(record: dict, content: Content) -> PreparedAssessment:
    ratings = _ratings(record["ratings"])
    return PreparedAssessment(
        record["uid"],
        record["title"],
        record["assessed_on"],
        tuple((r.benchmark, r.level, r.exclusion, r.target) for r in ratings.values()),
        score_rows(content, ratings),
    )


def score_rows(content: Content, ratings: dict[str, Rating]) -> tuple[tuple, ...]:
    """The rows of the ``scores`` table for one assessment's ratings."""
    return tuple(
        (
            scope,
            score.percent,
            score.target_percent,
            score.counted,
            score.excluded,
            score.outside,
            score.total,
            score.missing,
        )
        for scope, score in scope_scores(content, ratings).items()
    )


def ratings_of(rows: Iterable[tuple]) -> dict[str, Rating]:
    """Ratings from rows of the ``ratings`` table (benchmark, level, exclusion, target)."""
    return {
        benchmark: Rating(benchmark, level=level, exclusion=exclusion, target=target)
        for benchmark, level, exclusion, target in rows
    }


def _ratings(records: Iterable[dict]) -> dict[str, Rating]:
    return {
        record["benchmark"]: Rating(
            record["benchmark"],
            level=record["level"],
            exclusion=record["exclusion"],
            target=record["target"],
        )
        for record in records
    }

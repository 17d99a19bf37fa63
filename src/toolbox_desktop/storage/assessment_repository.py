"""The municipality's profile, its assessments and their ratings, in the database.

Every change is written at once, in a transaction, and every changed rating field is also
written to ``rating_history``: an overwritten value is never lost. Saving a rating can say what
the screen believed was stored (``expected``); if another window changed it meanwhile, the save
is refused with ``RatingConflictError`` so that the user can decide.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property

from toolbox_desktop.core import limits
from toolbox_desktop.core.assessment import (
    COMPETENCES,
    DRAFT,
    FINAL,
    RATING_FIELDS,
    Assessment,
    Profile,
    Rating,
    validate_rating,
)
from toolbox_desktop.core.merging import field_names, merge_or_refuse
from toolbox_desktop.storage.database import as_database, data_version
from toolbox_desktop.storage.edit_history import ASSESSMENT as ASSESSMENT_HISTORY
from toolbox_desktop.storage.edit_history import PROFILE, record_changes, set_aside
from toolbox_desktop.storage.transactions import immediate_transaction
from toolbox_desktop.storage.version_stamp import version_stamp


class AssessmentIsFinalError(Exception):
    """A final assessment is read-only until it is reopened."""


class AssessmentNotFoundError(LookupError):
    """No (undeleted) assessment has that id."""


class RatingConflictError(Exception):
    """The rating changed in the database since the screen read it."""

    def __init__(self, stored: Rating | None) -> None:
        super().__init__("the rating was changed elsewhere")
        self.stored = stored


@dataclass(frozen=True)
class HistoryEntry:
    field: str
    old: object
    new: object
    changed_at: str


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


DETAILS = ("title", "assessed_on", "participants", "status")  # what ``update`` changes


PROFILE_FIELDS = field_names(Profile, skip=())

# Pass as ``expected`` to save without checking what is stored (e.g. a first save).
UNCHECKED = object()

_ASSESSMENT_COLUMNS = (
    "id, title, assessed_on, participants, status, copied_from, "
    "coalesce(benchmark_pack, ''), coalesce(benchmark_pack_version, '')"
)
_RATING_COLUMNS = "benchmark, " + ", ".join(RATING_FIELDS)


class AssessmentRepository:
    """All reads and writes of profiles, assessments and ratings go through here."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    @cached_property
    def db(self):
        """sqlite-utils on the same connection, for writes (imported on the first write)."""
        return as_database(self.conn)

    def _writing(self):
        """A write transaction that takes the write lock first (``BEGIN IMMEDIATE``), so that
        a write waits for another window instead of failing with "database is locked"."""
        return immediate_transaction(self.conn)

    def data_version(self) -> int:
        return data_version(self.conn)

    # -- profile -------------------------------------------------------------------------
    def profile(self) -> Profile:
        row = self.conn.execute(
            "SELECT name, country, region, population, kind, newcomers, staff_time, competences "
            "FROM municipality WHERE id = 1"
        ).fetchone()
        if row is None:
            return Profile()
        *values, competences = row
        chosen = frozenset(c for c in competences.split(",") if c in COMPETENCES)
        return Profile(*values, competences=chosen)

    def save_profile(self, profile: Profile, base: Profile | None = None) -> Profile:
        """Store the profile; returns it as stored now. With ``base`` (the profile as the
        dialog showed it) only the fields changed since are written, over what is stored, and
        ``ChangedElsewhereError`` is raised if another window changed the same field
        meanwhile (see ``core.merging``)."""
        with self._writing():
            stored = self.profile()
            if base is not None:
                outcome = merge_or_refuse(base, profile, stored, PROFILE_FIELDS)
                profile = outcome.merged
            if profile == stored:
                return stored
            limits.check_texts(profile, limits.PROFILE)
            record_changes(self.conn, PROFILE, 1, stored, profile, PROFILE_FIELDS)
            self.db["municipality"].upsert(
                {
                    "id": 1,
                    "name": profile.name,
                    "country": profile.country,
                    "region": profile.region,
                    "population": profile.population,
                    "kind": profile.kind,
                    "newcomers": profile.newcomers,
                    "staff_time": profile.staff_time,
                    "competences": ",".join(c for c in COMPETENCES if c in profile.competences),
                    "updated_at": version_stamp(),
                },
                pk="id",
            )
        return profile

    def set_aside_profile(self, theirs: Profile, mine: Profile, fields: tuple[str, ...]) -> None:
        """Keep the user's values in the edit history when they took another window's."""
        set_aside(self.conn, PROFILE, 1, theirs, mine, fields)

    # -- assessments ---------------------------------------------------------------------
    def assessments(self) -> list[Assessment]:
        """Assessments not deleted, newest first."""
        rows = self.conn.execute(
            f"SELECT {_ASSESSMENT_COLUMNS} FROM assessments WHERE deleted_at IS NULL "
            "ORDER BY assessed_on DESC, id DESC"
        )
        return [Assessment(*row) for row in rows]

    def assessment(self, assessment_id: int) -> Assessment:
        row = self.conn.execute(
            f"SELECT {_ASSESSMENT_COLUMNS} FROM assessments WHERE id = ? AND deleted_at IS NULL",
            [assessment_id],
        ).fetchone()
        if row is None:
            raise AssessmentNotFoundError(assessment_id)
        return Assessment(*row)

    def create(
        self,
        title: str,
        assessed_on: str,
        participants: str = "",
        copy_from: int | None = None,
        initial: dict[str, Rating] | None = None,
        *,
        benchmark_pack: tuple[str, str] | None = None,
    ) -> Assessment:
        """A new draft assessment: empty (or with ``initial`` ratings), or a copy of another.

        It records ``benchmark_pack`` (id, version) as the pack it is made with; by default
        the benchmark pack loaded now (a trigger of migration 0008 fills it in, so that every
        way of inserting an assessment records it)."""
        limits.check_texts({"title": title, "participants": participants}, limits.ASSESSMENT)
        source = self.ratings(copy_from) if copy_from is not None else dict(initial or {})
        stamp = now()
        pack = (
            {"benchmark_pack": benchmark_pack[0], "benchmark_pack_version": benchmark_pack[1]}
            if benchmark_pack
            else {}
        )
        with self._writing():
            assessment_id = (
                self.db["assessments"]
                .insert(
                    {
                        "title": title,
                        "assessed_on": assessed_on,
                        "participants": participants,
                        "status": DRAFT,
                        "copied_from": copy_from,
                        "created_at": stamp,
                        "updated_at": version_stamp(),
                        **pack,
                    }
                )
                .last_pk
            )
            self.db["ratings"].insert_all(
                [_rating_row(assessment_id, rating) for rating in source.values()]
            )
        return self.assessment(assessment_id)

    def update(self, assessment_id: int, **changes) -> Assessment:
        """Change title, date, participants or status (draft/final)."""
        allowed = {"title", "assessed_on", "participants", "status"}
        unknown = set(changes) - allowed
        if unknown:
            raise ValueError(f"cannot change {sorted(unknown)}")
        if changes.get("status", DRAFT) not in (DRAFT, FINAL):
            raise ValueError(f"unknown status {changes['status']!r}")
        limits.check_texts(changes, limits.ASSESSMENT)
        with self._writing():
            stored = self.assessment(assessment_id)
            if stored.is_final and set(changes) - {"status"}:
                raise AssessmentIsFinalError(assessment_id)  # reopen first
            self.db["assessments"].update(assessment_id, {**changes, "updated_at": version_stamp()})
            updated = self.assessment(assessment_id)
            # Kept as an action's fields are: what it was, and when it changed (an import
            # compares that with its package's time, see ``exchange.package_import``).
            record_changes(self.conn, ASSESSMENT_HISTORY, assessment_id, stored, updated, DETAILS)
        return updated

    def delete(self, assessment_id: int) -> None:
        """Hide the assessment (kept in the file, so that Undo can bring it back).

        A final assessment is read-only until it is reopened, deleting included (the page
        disables its Delete button, but Redo or a window that has not seen it finalised
        would otherwise get through)."""
        with self._writing():
            if self.assessment(assessment_id).is_final:
                raise AssessmentIsFinalError(assessment_id)
            self.db["assessments"].update(assessment_id, {"deleted_at": now()})

    def restore(self, assessment_id: int) -> Assessment:
        with self._writing():
            self.db["assessments"].update(assessment_id, {"deleted_at": None})
        return self.assessment(assessment_id)

    # -- ratings -------------------------------------------------------------------------
    def ratings(self, assessment_id: int) -> dict[str, Rating]:
        rows = self.conn.execute(
            f"SELECT {_RATING_COLUMNS} FROM ratings WHERE assessment_id = ?", [assessment_id]
        )
        return {row[0]: _rating(row) for row in rows}

    def rating(self, assessment_id: int, benchmark: str) -> Rating | None:
        row = self.conn.execute(
            f"SELECT {_RATING_COLUMNS} FROM ratings WHERE assessment_id = ? AND benchmark = ?",
            [assessment_id, benchmark],
        ).fetchone()
        return _rating(row) if row else None

    def save_rating(
        self, assessment_id: int, rating: Rating, expected: object = UNCHECKED
    ) -> Rating:
        """Store ``rating`` (all its fields) at once; see the module doc for ``expected``.

        A rating with nothing in it (all fields at their defaults) is removed.
        """
        validate_rating(rating)
        with self._writing():
            stored = self._writable_rating(assessment_id, rating.benchmark, expected)
            before = stored or Rating(rating.benchmark)
            if rating == before:
                return rating
            stamp = now()
            if rating == Rating(rating.benchmark):
                self.conn.execute(
                    "DELETE FROM ratings WHERE assessment_id = ? AND benchmark = ?",
                    [assessment_id, rating.benchmark],
                )
            else:
                self.db["ratings"].upsert(
                    _rating_row(assessment_id, rating), pk=("assessment_id", "benchmark")
                )
            self._record_history(assessment_id, before, rating, stamp)
        return rating

    def clear_rating(
        self, assessment_id: int, benchmark: str, expected: object = UNCHECKED
    ) -> Rating | None:
        """Remove a benchmark's rating; returns what was there (for Undo)."""
        with self._writing():
            stored = self._writable_rating(assessment_id, benchmark, expected)
            if stored is None:
                return None
            stamp = now()
            self.conn.execute(
                "DELETE FROM ratings WHERE assessment_id = ? AND benchmark = ?",
                [assessment_id, benchmark],
            )
            self._record_history(assessment_id, stored, Rating(benchmark), stamp)
        return stored

    def history(self, assessment_id: int, benchmark: str) -> list[HistoryEntry]:
        rows = self.conn.execute(
            "SELECT field, old_value, new_value, changed_at FROM rating_history "
            "WHERE assessment_id = ? AND benchmark = ? ORDER BY id",
            [assessment_id, benchmark],
        )
        return [
            HistoryEntry(field, json.loads(old), json.loads(new), at)
            for field, old, new, at in rows
        ]

    def _writable_rating(self, assessment_id: int, benchmark: str, expected) -> Rating | None:
        if self.assessment(assessment_id).status == FINAL:
            raise AssessmentIsFinalError(assessment_id)
        stored = self.rating(assessment_id, benchmark)
        if expected is not UNCHECKED and _normal(expected, benchmark) != _normal(stored, benchmark):
            raise RatingConflictError(stored)
        return stored

    def _record_history(self, assessment_id: int, before: Rating, after: Rating, stamp: str):
        rows = [
            {
                "assessment_id": assessment_id,
                "benchmark": after.benchmark,
                "field": name,
                "old_value": json.dumps(getattr(before, name), ensure_ascii=False),
                "new_value": json.dumps(getattr(after, name), ensure_ascii=False),
                "changed_at": stamp,
            }
            for name in RATING_FIELDS
            if getattr(before, name) != getattr(after, name)
        ]
        self.db["rating_history"].insert_all(rows)


def _normal(rating: Rating | None, benchmark: str) -> Rating:
    return rating if rating is not None else Rating(benchmark)


def _rating(row) -> Rating:
    benchmark, level, exclusion, target, priority, evidence, links, notes, rated_by = row
    return Rating(
        benchmark,
        level,
        exclusion,
        target,
        priority,
        evidence,
        tuple(json.loads(links)),
        notes,
        rated_by,
    )


def _rating_row(assessment_id: int, rating: Rating) -> dict:
    return {
        "assessment_id": assessment_id,
        "benchmark": rating.benchmark,
        "level": rating.level,
        "exclusion": rating.exclusion,
        "target": rating.target,
        "priority": rating.priority,
        "evidence": rating.evidence,
        "links": json.dumps(list(rating.links), ensure_ascii=False),
        "notes": rating.notes,
        "rated_by": rating.rated_by,
        "updated_at": version_stamp(),
    }


# -- package import ------------------------------------------------------------------------
# An import writes assessments and ratings through the same rules as the editors: the limits
# and the rating scale (``validate_rating``), ``rating_history`` for every overwritten value,
# and a final assessment stays read-only (``AssessmentIsFinalError``). Each call joins the
# import's open transaction (``immediate_transaction`` nests as a savepoint).


def add_assessment_from_package(
    repository: AssessmentRepository,
    uid: str,
    title: str,
    assessed_on: str,
    participants: str,
    ratings: list[Rating],
) -> Assessment:
    """A new draft assessment with a package's uid and ratings (stored as they come, like
    ``create(initial=...)``: a new assessment has no history yet). The import sets its
    status last, once its ratings and workshop are written."""
    for rating in ratings:
        validate_rating(rating)
    with repository._writing():
        created = repository.create(
            title, assessed_on, participants, initial={r.benchmark: r for r in ratings}
        )
        repository.conn.execute("UPDATE assessments SET uid = ? WHERE id = ?", [uid, created.id])
    return created


def store_package_ratings(
    repository: AssessmentRepository, assessment_id: int, ratings: list[Rating]
) -> None:
    """Store a package's ratings over the assessment's, each as ``save_rating`` does (refused
    when the assessment is final; every changed field goes to ``rating_history``), with one
    difference: a rating with nothing in it is stored as the package holds it, not removed,
    so that importing the same package again finds it there and changes nothing."""
    for rating in ratings:
        validate_rating(rating)
    with repository._writing():
        for rating in ratings:
            stored = repository._writable_rating(assessment_id, rating.benchmark, UNCHECKED)
            if stored is not None and stored == rating:
                continue
            stamp = version_stamp()  # the package's time (see ``version_stamp``)
            repository.db["ratings"].upsert(
                _rating_row(assessment_id, rating), pk=("assessment_id", "benchmark")
            )
            before = stored or Rating(rating.benchmark)
            repository._record_history(assessment_id, before, rating, stamp)

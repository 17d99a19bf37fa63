"""``toolbox-desktop region merge PACKAGES... -o region.sqlite3``: many towns' anonymised
packages pooled into one region file.

Each package is read and checked by the same code as an import (``exchange.package_reader``
and ``package_schema.validate_package``, against the benchmark pack's codes; see
``prepare``): a package the app would refuse to import is refused here, with the same
message. On top of that a region takes only **anonymised** packages (a region must never
collect notes, evidence or names), and only those that name their municipality (a town
without a name could not be told from another, and would be counted twice against the
disclosure threshold).

Identities (what makes merging the same package twice change nothing):

- a **town** is its ``town_id`` (packages of format version 2: the random id of the town's
  database, ``storage.town_identity``) together with its name and country (case and spacing
  ignored): two towns of one name have two ids and stay two, and one file used for several
  towns (an officer helping neighbours with their assessments on her laptop, changing the
  profile's name each time) gives several towns, never one that keeps only the last; a
  package without an id (version 1) is its name and country. Its kind and population are
  those of its newest package (by the manifest's ``created_at``);
- an **assessment** is its ``uid``. A package older than the one an assessment was taken
  from changes nothing; the same or a newer one replaces the assessment's date, title,
  ratings and scores (and its town, if the town was renamed).

The output is written atomically: the merge works on a copy beside it and renames it over
the old file only when everything succeeded; a failure leaves the earlier region file as it
was.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from toolbox_desktop.core.content import Content
from toolbox_desktop.region import disclosure
from toolbox_desktop.region.prepare import (
    Prepared,
    Refusal,
    prepare_all,
    ratings_of,
    score_rows,
)
from toolbox_desktop.region.publish import publish
from toolbox_desktop.region.size_bands import band_of
from toolbox_desktop.storage import region_store as store
from toolbox_desktop.storage.atomic_file import discard, put_in_place, temporary_beside
from toolbox_desktop.storage.region_schema import create_schema

__all__ = ["MergeResult", "Refusal", "merge", "town_key"]


@dataclass
class MergeResult:
    merged: list[Path] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)
    added: int = 0  # assessments new in the file
    replaced: int = 0  # assessments taken again from a newer (or changed) package
    unchanged: int = 0  # already there from this package, or from a newer one


def merge(
    packages: Sequence[Path | str],
    output: Path | str,
    content: Content,
    min_towns: int | None = None,
) -> MergeResult:
    """Merge ``packages`` into the region file ``output`` (created if missing) and publish
    its public tables with ``min_towns`` (default: the file's setting, else 5). Refused
    packages are listed in the result; the others are merged. Raises (leaving ``output``
    as it was) when the output cannot be written or is not a region file."""
    if min_towns is not None:
        disclosure.check_min_towns(min_towns)
    output = Path(output)
    result = MergeResult()
    prepared = []
    for outcome in prepare_all([Path(path) for path in packages], content):
        if isinstance(outcome, Refusal):
            result.refused.append(outcome)
        else:
            prepared.append(outcome)
            result.merged.append(outcome.path)
    # Oldest first, so that of two packages of one assessment the newer one is kept.
    prepared.sort(key=lambda item: item.created_at)
    temporary = temporary_beside(output)
    try:
        if output.exists():
            shutil.copyfile(output, temporary)
        conn = sqlite3.connect(temporary, isolation_level=None)
        try:
            create_schema(conn)  # its own statements; the merge's transaction follows
            conn.execute("BEGIN IMMEDIATE")
            threshold = _threshold(conn, min_towns)
            _use_content(conn, content)
            for item in prepared:
                _merge_one(conn, item, result)
            store.drop_towns_without_assessments(conn)
            publish(conn, content, threshold)
            conn.execute("COMMIT")
        finally:
            conn.close()
        put_in_place(temporary, output)
    except BaseException:
        discard(temporary)
        raise
    return result


def _threshold(conn: sqlite3.Connection, min_towns: int | None) -> int:
    if min_towns is None:
        stored = store.setting(conn, "min_towns")
        min_towns = int(stored) if stored else disclosure.DEFAULT_MIN_TOWNS
    store.put_setting(conn, "min_towns", str(min_towns))
    return min_towns


def _use_content(conn: sqlite3.Connection, content: Content) -> None:
    """Record the benchmark pack the scores are computed with; when it is not the one the
    file's scores were computed with (the app was updated), score every stored assessment
    again from its ratings, so that all towns' scores follow the same rules."""
    pack = content.benchmark_pack
    wanted = (pack.id, pack.version) if pack else ("", "")
    stored = (store.setting(conn, "content_pack"), store.setting(conn, "content_version"))
    if stored == wanted:
        return
    if stored != (None, None):
        for assessment_id, rows in store.all_ratings(conn).items():
            store.replace_scores(conn, assessment_id, score_rows(content, ratings_of(rows)))
    store.put_setting(conn, "content_pack", wanted[0])
    store.put_setting(conn, "content_version", wanted[1])


def town_key(name: str, country: str, town_id: str | None = None) -> str:
    """A town's identity in a region: its name and country, case and spacing ignored, and its
    ``town_id`` when the package has one (the two kinds of key can never be equal)."""
    parts = [" ".join(text.split()).casefold() for text in (name, country)]
    if town_id is not None:
        parts = ["town-id", town_id, *parts]
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False).encode()).hexdigest()


def _merge_one(conn: sqlite3.Connection, item: Prepared, result: MergeResult) -> None:
    created_at = item.created_at
    town_id = _town(conn, item.profile, created_at)
    pack_id, pack_version = item.content_pack or (None, None)
    for assessment in item.assessments:
        existing = store.assessment_by_uid(conn, assessment.uid)
        if existing is not None and (
            existing.package_created_at > created_at
            or (existing.package_digest == item.digest and existing.town_id == town_id)
        ):
            result.unchanged += 1  # from a newer package, or from this very one
            continue
        values = (
            town_id,
            assessment.title,
            assessment.assessed_on,
            int(assessment.assessed_on[:4]),
            pack_id,
            pack_version,
            created_at,
            item.digest,
        )
        store.put_assessment(
            conn, existing, assessment.uid, values, assessment.ratings, assessment.scores
        )
        if existing is None:
            result.added += 1
        else:
            result.replaced += 1


def _town(conn: sqlite3.Connection, profile: dict, created_at: str) -> int:
    key = town_key(profile["name"], profile["country"], profile.get("town_id"))
    values = (
        profile["name"],
        profile["country"],
        profile["kind"],
        profile["population"],
        band_of(profile["population"]),
        created_at,
    )
    found = store.town_by_key(conn, key)
    if found is None:
        return store.insert_town(conn, key, values)
    town_id, described_at = found
    if created_at >= described_at:
        store.update_town(conn, town_id, values)
    return town_id

"""Export packages: an assessment, the plan, the whole municipality, or one workshop
participant's ratings, as one ``.toolbox`` file.

A package is built in memory, read back and checked exactly as an import would check it (so
a file that this app would refuse is never written), then written to a temporary file in the
target folder and renamed over the target: a failed export (a full or pulled USB stick)
never leaves half a file, nor destroys an earlier package of the same name.

Anonymised packages are for sharing with other municipalities: they hold the assessments'
titles, dates and levels, exclusions and targets, and the municipality's name, country,
kind of place, population and town id (random: ``storage.town_identity``), and nothing else:
no names of people (participants, who rated, workshop participants), no evidence, notes or
links, no plan, none of the town's own texts (fact sandwiches, advocacy addressees).

A whole municipality, not anonymised, is how a town moves its work to another laptop: it
carries everything a backup does that belongs to the town, its fact sandwiches and advocacy
addressees included (format version 2).

A blank assessment package (``for_participants``) is what a facilitator hands to workshop
participants to rate on their own laptops: the assessment without any rating, note or name,
so that what each participant then sends back ("Export my ratings") is only their own.
"""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from toolbox_desktop import __version__
from toolbox_desktop.exchange import snapshot
from toolbox_desktop.exchange.format import (
    ADDRESSEES,
    ANNUAL_TEXTS,
    ASSESSMENT,
    ASSESSMENTS,
    FACT_SANDWICHES,
    FORMAT,
    MANIFEST,
    MUNICIPALITY,
    MUNICIPALITY_KIND,
    PARTICIPANT,
    PARTICIPANT_KIND,
    PEERS,
    PLAN,
    PLAN_KIND,
    version_for,
)
from toolbox_desktop.exchange.package_reader import read_package_bytes
from toolbox_desktop.exchange.package_schema import Known, validate_package
from toolbox_desktop.storage.assessment_repository import AssessmentNotFoundError
from toolbox_desktop.storage.atomic_file import write_atomically
from toolbox_desktop.storage.package_store import assessment_stamp

PUBLIC_PROFILE_FIELDS = ("name", "country", "kind", "population", "town_id")
PUBLIC_RATING_FIELDS = ("benchmark", "level", "exclusion", "target")


def export_assessment(
    conn: sqlite3.Connection,
    assessment_id: int,
    path: Path | str,
    anonymised: bool = False,
    for_participants: bool = False,
) -> Path:
    """One assessment with its ratings and workshop participants (anonymised: see above);
    ``for_participants``: blank, for workshop participants to rate (see above)."""
    if anonymised and for_participants:
        raise ValueError("a package for participants is not anonymised")
    known = snapshot.known_content(conn)
    record = _live_assessment(conn, known, assessment_id)
    if for_participants:
        files = {ASSESSMENTS: [_blank(record)]}
    elif anonymised:
        files = {
            MUNICIPALITY: _public_profile(snapshot.profile_with_town(conn, make=True)),
            ASSESSMENTS: [_anonymised(record)],
        }
    else:
        files = {ASSESSMENTS: [record]}
    return _write(path, ASSESSMENT, anonymised, files, known)


def export_plan(conn: sqlite3.Connection, path: Path | str) -> Path:
    """The action plan (actions, milestones, indicators, measurements) and the annual texts."""
    known = snapshot.known_content(conn)
    files = {PLAN: _plan(conn, known), ANNUAL_TEXTS: list(snapshot.annual_texts(conn).values())}
    return _write(path, PLAN_KIND, False, files, known)


def export_municipality(
    conn: sqlite3.Connection, path: Path | str, anonymised: bool = False
) -> Path:
    """Everything: the profile, every assessment, the plan, the annual texts, the fact
    sandwiches, the advocacy addressees and the other municipalities' assessments kept here;
    anonymised, the public facts of the profile and every assessment's levels only."""
    known = snapshot.known_content(conn)
    profile = snapshot.profile_with_town(conn, make=True)
    ids = snapshot.live_assessment_ids(conn)
    assessments = [local.record for local in snapshot.assessments_by_id(conn, known, ids)]
    if anonymised:
        files = {
            MUNICIPALITY: _public_profile(profile),
            ASSESSMENTS: [_anonymised(record) for record in assessments],
        }
    else:
        files = {
            MUNICIPALITY: profile,
            ASSESSMENTS: assessments,
            PLAN: _plan(conn, known),
            ANNUAL_TEXTS: list(snapshot.annual_texts(conn).values()),
            FACT_SANDWICHES: [
                local.record
                for local in snapshot.fact_sandwiches(conn).values()
                if not local.deleted
            ],
            ADDRESSEES: list(snapshot.addressees(conn, known).values()),
        }
        peers = snapshot.peers(conn, known)  # other towns' results, kept on this laptop
        if peers:
            files[PEERS] = peers  # format version 3: only when there are any
    return _write(path, MUNICIPALITY_KIND, anonymised, files, known)


def export_participant(
    conn: sqlite3.Connection, assessment_id: int, participant_name: str, path: Path | str
) -> Path:
    """A workshop participant's own ratings of the assessment (rated on their laptop), for
    the facilitator to collect: level, exclusion and notes of each rated benchmark, under
    ``participant_name`` (empty: anonymous) and the participant uid of this laptop, this
    assessment and this name (see ``participant_uid``): exported twice, the facilitator
    collects it once."""
    known = snapshot.known_content(conn)
    record = _live_assessment(conn, known, assessment_id)
    participant = {
        "assessment_uid": record["uid"],
        "assessment_title": record["title"],
        "uid": participant_uid(conn, assessment_id, participant_name),
        "name": participant_name.strip(),
        "ratings": [
            {
                "benchmark": rating["benchmark"],
                "level": rating["level"],
                "exclusion": rating["exclusion"],
                "note": rating["notes"],
            }
            for rating in record["ratings"]
            if rating["level"] is not None or rating["exclusion"] or rating["notes"]
        ],
    }
    return _write(path, PARTICIPANT_KIND, False, {PARTICIPANT: participant}, known)


def participant_uid(conn: sqlite3.Connection, assessment_id: int, participant_name: str) -> str:
    """The uid of the participant ``participant_name`` (case and spacing ignored) rating
    ``assessment_id`` on this laptop: the same at every export, different on another laptop
    (the assessment's ``created_at`` here is when it was made or imported on this laptop),
    so that the facilitator collects each participant once. Written nowhere."""
    stamp = assessment_stamp(conn, assessment_id)
    if stamp is None:
        raise AssessmentNotFoundError(assessment_id)
    name = " ".join(participant_name.split()).casefold()
    key = json.dumps([*stamp, name], ensure_ascii=False)
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def _live_assessment(conn: sqlite3.Connection, known: Known, assessment_id: int) -> dict:
    found = snapshot.assessments_by_id(conn, known, [assessment_id])
    if not found or found[0].deleted:
        raise AssessmentNotFoundError(assessment_id)
    return found[0].record


def _plan(conn: sqlite3.Connection, known: Known) -> dict:
    """Actions and indicators not deleted (nor belonging to a deleted action)."""
    actions = [
        local.record for local in snapshot.actions(conn, known).values() if not local.deleted
    ]
    live = {action["uid"] for action in actions}
    indicators = [
        local.record
        for local in snapshot.indicators(conn, known).values()
        if not local.deleted and (local.record["action"] is None or local.record["action"] in live)
    ]
    return {"actions": actions, "indicators": indicators}


def _public_profile(profile: dict) -> dict:
    return {name: profile[name] for name in PUBLIC_PROFILE_FIELDS}


def _blank(record: dict) -> dict:
    """The assessment for participants to rate: no ratings, no names (``participants`` is
    left out, so that importing it keeps the text a computer has), no workshop participants."""
    return {
        "uid": record["uid"],
        "title": record["title"],
        "assessed_on": record["assessed_on"],
        "status": record["status"],
        "workshop": record["workshop"],
        "ratings": [],
        "workshop_participants": [],
    }


def _anonymised(record: dict) -> dict:
    """Title, date and levels only; workshop participants are left out altogether, as one
    person's levels could identify them in a small group."""
    return {
        "uid": record["uid"],
        "title": record["title"],
        "assessed_on": record["assessed_on"],
        "ratings": [
            {name: rating[name] for name in PUBLIC_RATING_FIELDS} for rating in record["ratings"]
        ],
    }


def package_bytes(kind: str, anonymised: bool, files: dict, known: Known) -> bytes:
    """The zip of a package holding ``files`` (data file name -> JSON value)."""
    blobs = {
        name: json.dumps(value, ensure_ascii=False, indent=1, allow_nan=False).encode("utf-8")
        for name, value in files.items()
    }
    manifest = {
        "format": FORMAT,
        "format_version": version_for(files),
        "kind": kind,
        "anonymised": anonymised,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "app_version": __version__,
        "content_pack": (
            {"id": known.pack[0], "version": known.pack[1]} if known.pack is not None else None
        ),
        "files": {name: hashlib.sha256(blob).hexdigest() for name, blob in blobs.items()},
    }
    stamp = datetime.now().timetuple()[:6]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        manifest_blob = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
        for name, blob in ((MANIFEST, manifest_blob), *blobs.items()):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, blob)
    return buffer.getvalue()


def _write(path: Path | str, kind: str, anonymised: bool, files: dict, known: Known) -> Path:
    target = Path(path)
    data = package_bytes(kind, anonymised, files, known)
    # What this app cannot import is not written (raises PackageError saying what is wrong).
    validate_package(read_package_bytes(data, target.name), known)
    write_atomically(target, data)
    return target

"""Helpers for package tests: a municipality's data built with the repositories, hand-made
packages (valid or not), and a full dump of a database to prove that nothing was written."""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
import zipfile
from datetime import date

from toolbox_desktop.core.assessment import NOT_APPLICABLE, OUTSIDE_COMPETENCE, Profile, Rating
from toolbox_desktop.core.plan import Action, Indicator, Measurement, Milestone
from toolbox_desktop.exchange import snapshot
from toolbox_desktop.storage.advocacy_addressees import Addressee, AdvocacyAddresseeRepository
from toolbox_desktop.storage.annual_texts import AnnualTextRepository, AnnualTexts
from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.storage.fact_sandwich_repository import FactSandwich, FactSandwichRepository
from toolbox_desktop.storage.plan_repository import PlanRepository
from toolbox_desktop.storage.schema import CONTENT_TABLES

B1, B2, B3, B4 = (
    "gov.strategic-planning.1",
    "gov.strategic-planning.2",
    "gov.coordination.1",
    "gov.coordination.2",
)
# Words that must never appear in an anonymised package.
PRIVATE = (
    "Ayşe Yılmaz",
    "Пётр Иванов",
    "Evidence-Beweis",
    "Secret-Notiz",
    "protocol-2026.pdf",
    "Rated-By-Maria",
    "Workshop-Wolfgang",
    "Partner-Caritas-Roßlau",
    "Responsible-Jana",
    "Measured-Note",
    "Sandwich-Mythos",
    "Addressee-Landrat",
)
# The town's own texts: Unicode, and text that looks like markup (shown and printed as typed).
SANDWICH = FactSandwich(
    topic="Jobs <b>für</b> alle & „Neue“",
    fact="Newcomers fill 1 in 5 open jobs.\nSource: Jobcenter — 2026",
    myth=PRIVATE[10],
    why_wrong="<script>alert('x')</script> Ärger ≠ Fakten\n\tzweite Zeile",
    fact_again="Newcomers fill 1 in 5 open jobs.",
)
ADDRESSEE = Addressee(
    "hou",
    "state",
    f"Ministerium für Bau — {PRIVATE[11]}",
    "Turmschanzenstraße 30\n39114 Magdeburg",
    "Dr. Jana Müller",
    "Bürgermeisterin <i>i.V.</i>",
)


def dump(conn: sqlite3.Connection) -> str:
    """Every row of every table but the content tables: equal before and after means nothing
    was written. (The command line brings the content packs up to date whenever it opens a
    file, as the window does; that is not the import writing.)"""
    content = tuple(f'INSERT INTO "{table}"' for table in CONTENT_TABLES)
    return "\n".join(line for line in conn.iterdump() if not line.startswith(content))


def seed_town(conn: sqlite3.Connection) -> dict:
    """A municipality with a profile, two assessments (one a workshop with participants),
    a plan with milestones, indicators and measurements, annual texts, fact sandwiches (one
    deleted) and advocacy addressees."""
    assessments = AssessmentRepository(conn)
    assessments.save_profile(
        Profile(
            name="Dessau-Roßlau",
            country="Germany",
            region="Sachsen-Anhalt",
            population=76_000,
            kind="medium-town",
            newcomers=800,
            staff_time="one person, half time",
            competences=frozenset({"housing", "education"}),
        )
    )
    first = assessments.create("Baseline 2025", "2025-03-01", "Mayor")
    assessments.save_rating(first.id, Rating(B1, level=1, target=3))
    second = assessments.create("Review 2026 — Roßlau", "2026-03-01", f"{PRIVATE[0]}, {PRIVATE[1]}")
    for rating in (
        Rating(
            B1,
            level=3,
            target=4,
            priority=3,
            evidence=PRIVATE[2],
            links=(f"/home/maria/{PRIVATE[4]}",),
            notes=PRIVATE[3],
            rated_by=PRIVATE[5],
        ),
        Rating(B2, level=1, target=3, priority=1),
        Rating(B3, exclusion=NOT_APPLICABLE),
        Rating(B4, exclusion=OUTSIDE_COMPETENCE, notes="Land's competence"),
    ):
        assessments.save_rating(second.id, rating)
    add_workshop_participant(conn, second.id, PRIVATE[6], {B1: 2, B2: 4}, note=PRIVATE[3])
    add_workshop_participant(conn, second.id, "", {B1: 3})
    plan = PlanRepository(conn)
    action = plan.save_action(
        Action(
            title="Welcome desk «Willkommen»",
            description="Opening hours twice a week",
            benchmarks=(B1, B2),
            dimension="gov",
            responsible_role="Integration officer",
            responsible_person=PRIVATE[8],
            partners=("ngos", "volunteers"),
            partner_names=PRIVATE[7],
            start=date(2026, 1, 1),
            end=date(2026, 12, 31),
            status="in-progress",
            priority=3,
            progress=40,
            budget_cents=12_000_00,
            spent_cents=3_500_50,
            funding_source="amif",
            milestones=(Milestone("Opening", date(2026, 3, 1), True), Milestone("Review")),
        )
    )
    plan.save_action(Action(title="Language café", dimension="edu"))
    plan.save_indicator(
        Indicator(
            name="Visitors per month",
            unit="people",
            baseline=0,
            target=120.5,
            action_id=action.id,
            measurements=(
                Measurement(date(2026, 2, 1), 40, PRIVATE[9]),
                Measurement(date(2026, 4, 1), 75.25),
            ),
        )
    )
    plan.save_indicator(Indicator(name="Strategy adopted", benchmark=B1, target=1))
    AnnualTextRepository(conn).save(
        AnnualTexts(2026, "A good year", "Volunteers' stories", "Housing")
    )
    sandwiches = FactSandwichRepository(conn)
    sandwich = sandwiches.save(SANDWICH)
    sandwiches.save(FactSandwich(topic="Crime", fact="Crime fell."))
    gone = sandwiches.save(FactSandwich(topic="Deleted one", fact="never exported"))
    sandwiches.delete(gone.id)
    addressees = AdvocacyAddresseeRepository(conn)
    addressees.save(ADDRESSEE)
    addressees.save(Addressee("other", name="Landkreis Anhalt-Bitterfeld"))
    return {
        "first": first.id,
        "second": second.id,
        "action": action.id,
        "sandwich": sandwich.id,
        "deleted_sandwich": gone.id,
    }


def add_workshop_participant(
    conn: sqlite3.Connection, assessment_id: int, name: str, levels: dict, note: str = ""
) -> None:
    """There is no repository for workshop participants yet: plain SQL, as the schema says."""
    number = conn.execute(
        "SELECT coalesce(max(number), 0) + 1 FROM workshop_participants WHERE assessment_id = ?",
        [assessment_id],
    ).fetchone()[0]
    with conn:
        participant_id = conn.execute(
            "INSERT INTO workshop_participants (assessment_id, uid, number, name, source, "
            "created_at) VALUES (?, lower(hex(randomblob(16))), ?, ?, 'paper', '2026-03-01')",
            [assessment_id, number, name],
        ).lastrowid
        conn.executemany(
            "INSERT INTO participant_ratings (participant_id, benchmark, level, note) "
            "VALUES (?, ?, ?, ?)",
            [(participant_id, code, level, note) for code, level in levels.items()],
        )


def own_data(conn: sqlite3.Connection) -> dict:
    """This database's own data as package records (no local ids or timestamps)."""
    known = snapshot.known_content(conn)
    ids = snapshot.live_assessment_ids(conn)
    return {
        "profile": snapshot.profile_record(conn),
        "assessments": sorted(
            (local.record for local in snapshot.assessments_by_id(conn, known, ids)),
            key=lambda record: record["uid"],
        ),
        "actions": sorted(
            (local.record for local in snapshot.actions(conn, known).values() if not local.deleted),
            key=lambda record: record["uid"],
        ),
        "indicators": sorted(
            (
                local.record
                for local in snapshot.indicators(conn, known).values()
                if not local.deleted
            ),
            key=lambda record: record["uid"],
        ),
        "annual_texts": snapshot.annual_texts(conn),
        "fact_sandwiches": [
            local.record for local in snapshot.fact_sandwiches(conn).values() if not local.deleted
        ],
        "addressees": snapshot.addressees(conn, known),
    }


def count(conn: sqlite3.Connection, table: str) -> int:
    return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


# -- hand-made packages -------------------------------------------------------------------
def manifest_for(blobs: dict[str, bytes], **overrides) -> dict:
    manifest = {
        "format": "local-integration-toolbox-package",
        "format_version": 1,
        "kind": "assessment",
        "anonymised": False,
        "created_at": "2026-03-01T10:00:00+00:00",
        "app_version": "0.1.0",
        "content_pack": {"id": "whole-comm", "version": "1"},
        "files": {name: hashlib.sha256(blob).hexdigest() for name, blob in blobs.items()},
    }
    manifest.update(overrides)
    return manifest


def zip_bytes(members: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, blob in members:
            archive.writestr(name, blob)
    return buffer.getvalue()


def make_package(data: dict[str, object], raw: dict[str, bytes] | None = None, **manifest):
    """A package holding ``data`` (file name -> JSON value, or bytes as they are), with a
    manifest whose checksums match; ``manifest`` overrides its fields."""
    files = {
        name: value if isinstance(value, bytes) else json.dumps(value).encode("utf-8")
        for name, value in data.items()
    }
    files.update(raw or {})
    head = json.dumps(manifest_for(files, **manifest)).encode("utf-8")
    return zip_bytes([("manifest.json", head), *files.items()])


def assessment_record(uid: str = "a" * 32, **changes) -> dict:
    record = {
        "uid": uid,
        "title": "Spring",
        "assessed_on": "2026-03-01",
        "participants": "",
        "status": "draft",
        "workshop": "",
        "ratings": [
            {
                "benchmark": B1,
                "level": 2,
                "exclusion": "",
                "target": 3,
                "priority": 2,
                "evidence": "",
                "links": [],
                "notes": "",
                "rated_by": "",
            }
        ],
        "workshop_participants": [],
    }
    record.update(changes)
    return record

"""Anonymised packages: for other municipalities. Levels and targets with the municipality's
public facts, no names, notes or evidence; imported into the peer tables only."""

from __future__ import annotations

import json
import zipfile

from exchange_helpers import B1, B2, PRIVATE, count, dump

from toolbox_desktop.core.assessment import Rating
from toolbox_desktop.exchange.changes import ADD, UPDATE
from toolbox_desktop.exchange.package_import import apply_import, preview_import
from toolbox_desktop.exchange.package_writer import export_assessment, export_municipality
from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.storage.town_identity import town_id

OWN_TABLES = (
    "municipality",
    "assessments",
    "ratings",
    "rating_history",
    "workshop_participants",
    "participant_ratings",
    "actions",
    "action_benchmarks",
    "milestones",
    "indicators",
    "measurements",
    "annual_report_texts",
    "fact_sandwiches",
    "advocacy_addressees",
)


def unpacked(path) -> bytes:
    """The zip's bytes and every member's bytes unpacked (a deflated zip hides text)."""
    with zipfile.ZipFile(path) as archive:
        return path.read_bytes() + b"".join(archive.read(n) for n in archive.namelist())


def test_anonymised_municipality_package_holds_no_private_text(town, tmp_path):
    path = tmp_path / "shared.toolbox"
    export_municipality(town.conn, path, anonymised=True)
    everything = unpacked(path)
    for word in (*PRIVATE, "Mayor", "Land's competence", "one person, half time"):
        assert word.encode("utf-8") not in everything, word
    for word in ("evidence", "notes", "rated_by", "links", "participants", "responsible"):
        assert f'"{word}'.encode() not in everything, word
    with zipfile.ZipFile(path) as archive:
        assert sorted(archive.namelist()) == [
            "assessments.json",
            "manifest.json",
            "municipality.json",
        ]
        profile = json.loads(archive.read("municipality.json"))
        assessments = json.loads(archive.read("assessments.json"))
        assert json.loads(archive.read("manifest.json"))["anonymised"] is True
    # Enough to label the peer: the municipality's public facts, and the random id of the
    # town's database (a region tells two towns of one name apart by it).
    assert profile == {
        "town_id": town_id(town.conn),
        "name": "Dessau-Roßlau",
        "country": "Germany",
        "kind": "medium-town",
        "population": 76_000,
    }
    assert [a["title"] for a in assessments] == ["Baseline 2025", "Review 2026 — Roßlau"]
    assert set(assessments[1]["ratings"][0]) == {"benchmark", "level", "exclusion", "target"}


def test_anonymised_assessment_package(town, tmp_path):
    path = tmp_path / "one.toolbox"
    export_assessment(town.conn, town.ids["second"], path, anonymised=True)
    everything = unpacked(path)
    for word in PRIVATE:
        assert word.encode("utf-8") not in everything, word
    assert "Dessau-Roßlau".encode() in everything


def test_peer_import_touches_the_peer_tables_only(town, laptop, tmp_path):
    path = tmp_path / "shared.toolbox"
    export_municipality(town.conn, path, anonymised=True)
    own_before = {table: count(laptop.conn, table) for table in OWN_TABLES}
    preview = preview_import(laptop.conn, path)
    assert [(c.item, c.action) for c in preview.changes] == [("peer-assessment", ADD)] * 2
    assert preview.changes[1].label == "Dessau-Roßlau: Review 2026 — Roßlau"
    apply_import(laptop.conn, preview)
    assert {table: count(laptop.conn, table) for table in OWN_TABLES} == own_before
    rows = laptop.conn.execute(
        "SELECT municipality, country, kind, population, title, assessed_on FROM "
        "peer_assessments ORDER BY assessed_on"
    ).fetchall()
    assert rows[1] == (
        "Dessau-Roßlau",
        "Germany",
        "medium-town",
        76_000,
        "Review 2026 — Roßlau",
        "2026-03-01",
    )
    ratings = laptop.conn.execute(
        "SELECT benchmark, level, exclusion, target FROM peer_ratings r JOIN peer_assessments "
        "p ON p.id = r.peer_assessment_id WHERE p.title LIKE 'Review%' ORDER BY benchmark"
    ).fetchall()
    assert (B1, 3, "", 4) in ratings and len(ratings) == 4


def test_peer_import_twice_then_updated(town, laptop, tmp_path):
    path = tmp_path / "shared.toolbox"
    export_assessment(town.conn, town.ids["second"], path, anonymised=True)
    apply_import(laptop.conn, preview_import(laptop.conn, path))
    before = dump(laptop.conn)
    assert not preview_import(laptop.conn, path).has_changes
    assert dump(laptop.conn) == before
    AssessmentRepository(town.conn).save_rating(town.ids["second"], Rating(B2, level=2, target=4))
    export_assessment(town.conn, town.ids["second"], path, anonymised=True)
    preview = preview_import(laptop.conn, path)
    assert [(c.action, c.fields, c.details) for c in preview.changes] == [
        (UPDATE, ("ratings",), (B2,))
    ]
    apply_import(laptop.conn, preview)
    assert count(laptop.conn, "peer_assessments") == 1
    assert laptop.conn.execute(
        "SELECT level, target FROM peer_ratings WHERE benchmark = ?", [B2]
    ).fetchone() == (2, 4)


def test_own_assessment_shared_anonymised_stays_apart(town, tmp_path):
    path = tmp_path / "shared.toolbox"
    export_assessment(town.conn, town.ids["second"], path, anonymised=True)
    own_before = {table: count(town.conn, table) for table in OWN_TABLES}
    preview = preview_import(town.conn, path)
    assert "one of this computer's own" in str(preview.changes[0].note)
    apply_import(town.conn, preview)
    assert {table: count(town.conn, table) for table in OWN_TABLES} == own_before
    assert count(town.conn, "peer_assessments") == 1

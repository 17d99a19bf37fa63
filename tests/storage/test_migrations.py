"""Databases written by earlier versions open in this one, with nothing lost."""

import contextlib
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from pack_helpers import SHIPPED_PACK, SHIPPED_VERSION, replace_in, set_version
from toolbox_desktop.core.assessment import Assessment, Profile, Rating
from toolbox_desktop.core.consensus import Participant, ParticipantRating
from toolbox_desktop.core.pack import load_pack
from toolbox_desktop.core.plan import Action, Indicator, Measurement, Milestone
from toolbox_desktop.core.scoring import compute_scores
from toolbox_desktop.storage.annual_texts import AnnualTextRepository, AnnualTexts
from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.storage.content_repository import load_content
from toolbox_desktop.storage.edit_history import history
from toolbox_desktop.storage.peer_repository import PeerRepository
from toolbox_desktop.storage.plan_repository import PlanRepository
from toolbox_desktop.storage.schema import MIGRATION_NAMES, applied_migrations
from toolbox_desktop.storage.workshop_repository import WorkshopRepository
from toolbox_desktop.storage.workspace import open_workspace

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
# The content pack the fixture files had loaded (when they were made) and a later one on disk.
FIXTURE_PACK = ("whole-comm", "1.0.0")
LATER_VERSION = "9.9.9"


def test_schema_0001_upgrades_with_a_backup(tmp_path, pack_copy):
    path = tmp_path / "town.sqlite3"
    shutil.copy(FIXTURES / "schema-0001.sqlite3", path)
    workspace = open_workspace(path, pack_copy.parent)
    try:
        assert applied_migrations(workspace.conn) == set(MIGRATION_NAMES)
        assert len(load_content(workspace.conn).benchmarks) == 68
        repository = AssessmentRepository(workspace.conn)
        assert repository.assessments() == []
        created = repository.create("First", "2026-01-01")
        assert repository.assessment(created.id).title == "First"
        assert (created.benchmark_pack, created.benchmark_pack_version) == (
            "whole-comm",
            SHIPPED_VERSION,
        )
    finally:
        workspace.close()
    backups = list(tmp_path.glob("town.before-upgrade-*.sqlite3"))
    assert len(backups) == 1
    assert backups[0].read_bytes()[:16] == b"SQLite format 3\x00"


def test_schema_0006_with_user_data_upgrades_keeping_all_of_it(tmp_path, pack_copy):
    """Made by fixtures/make_schema_0006.py: the last schema before milestone uids."""
    path = tmp_path / "town.sqlite3"
    shutil.copy(FIXTURES / "schema-0006.sqlite3", path)
    workspace = open_workspace(path, pack_copy.parent)
    try:
        conn = workspace.conn
        assert applied_migrations(conn) == set(MIGRATION_NAMES)
        assessments = AssessmentRepository(conn)
        profile = assessments.profile()
        assert (profile.name, profile.population, profile.newcomers) == ("Lindenau", 24000, 350)
        [assessment] = assessments.assessments()
        assert assessment.title == "Self-assessment 2026"
        assert (
            assessment.benchmark_pack,
            assessment.benchmark_pack_version,
        ) == FIXTURE_PACK
        ratings = assessments.ratings(assessment.id)
        assert len(ratings) == 3
        assert ratings["edu.equal-access.1"].level == 2
        assert ratings["edu.equal-access.1"].links == ("https://example.org",)
        assert ratings["edu.equal-access.2"].exclusion == "not-applicable"
        assert ratings["edu.equal-access.3"].evidence == "Ça marche — 良い"
        assert len(assessments.history(assessment.id, "edu.equal-access.1")) == 1
        plan = PlanRepository(conn)
        actions = plan.actions()
        assert [a.title for a in actions] == ["Welcome desk", "Language café"]
        assert actions[0].budget_cents == 1250050
        assert actions[0].benchmarks == ("edu.equal-access.1",)
        assert [(m.title, m.due, m.done) for m in actions[0].milestones] == [
            ("Room found", date(2026, 3, 1), True),
            ("Opening", date(2026, 5, 1), False),
            ("First review", None, False),
        ]
        uids = [m.uid for a in actions for m in a.milestones]
        assert len(uids) == 4 and all(len(uid) == 32 for uid in uids)
        assert len(set(uids)) == 4
        [indicator] = plan.indicators()
        assert indicator.name == "Visitors" and len(indicator.measurements) == 1
        counts = {
            table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("annual_report_texts", "edit_history", "rating_history")
        }
        assert counts == {"annual_report_texts": 1, "edit_history": 1, "rating_history": 1}
        # A milestone written by SQL that knows nothing of uids still gets one.
        conn.execute(
            "INSERT INTO milestones (action_id, position, title) VALUES (?, 9, 'x')",
            [actions[1].id],
        )
        assert conn.execute("SELECT uid FROM milestones WHERE title = 'x'").fetchone()[0]
    finally:
        workspace.close()
    assert len(list(tmp_path.glob("town.before-upgrade-*.sqlite3"))) == 1


MIXED = "Café «Begegnung» — مقهى, Пётр"


@pytest.mark.parametrize("version", [2, 3, 4, 5, 7])
def test_schema_with_user_data_upgrades_keeping_all_of_it(tmp_path, pack_copy, version):
    """Made by fixtures/make_schema_fixtures.py: every released schema with user data in it.
    The pack on disk is newer (LATER_VERSION) than the one the file had loaded (FIXTURE_PACK)."""
    path = tmp_path / "town.sqlite3"
    shutil.copy(FIXTURES / f"schema-{version:04d}.sqlite3", path)
    assert _loaded_pack(path) == FIXTURE_PACK
    set_version(pack_copy, LATER_VERSION)
    workspace = open_workspace(path, pack_copy.parent)
    try:
        conn = workspace.conn
        assert applied_migrations(conn) == set(MIGRATION_NAMES)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        _check_assessments(conn, version)
        if version >= 3:
            _check_plan(conn)
        if version >= 4:
            _check_annual_texts(conn)
        if version >= 5:
            _check_workshop_and_peers(conn)
        if version >= 6:
            _check_edit_history(conn)
        if version >= 7:
            milestones = conn.execute("SELECT uid FROM milestones ORDER BY id").fetchall()
            assert milestones == [(f"f{n:031d}",) for n in (1, 2, 3, 4)]
        _check_content_and_new_assessments(workspace)
        # Every row that had no uid before 0005 was given one, and no two share it.
        for table in ("assessments", "actions", "indicators", "milestones"):
            uids = [row[0] for row in conn.execute(f"SELECT uid FROM {table}")]
            assert all(uid and len(uid) == 32 for uid in uids), table
            assert len(set(uids)) == len(uids), table
    finally:
        workspace.close()
    [backup] = tmp_path.glob("town.before-upgrade-*.sqlite3")
    with contextlib.closing(sqlite3.connect(backup)) as old:
        assert applied_migrations(old) == set(MIGRATION_NAMES[:version])
        assert old.execute("SELECT count(*) FROM ratings").fetchone()[0] == 4


def test_a_pack_failing_todays_checks_after_the_upgrade_leaves_the_content_it_had(
    tmp_path, pack_copy
):
    """An author's pack written before roles (no ``role:``) is refused after the upgrade to
    0008; the content the file had stays, scores and all, until the pack is fixed."""
    path = tmp_path / "town.sqlite3"
    shutil.copy(FIXTURES / "schema-0007.sqlite3", path)
    replace_in(pack_copy / "manifest.txt", "role: benchmark\n", "")
    workspace = open_workspace(path, pack_copy.parent)
    try:
        [failed] = workspace.failed_packs
        assert [(p.file, p.field) for p in failed.problems] == [("manifest.txt", "role")]
        content = workspace.content
        assert len(content.benchmarks) == 68 and len(content.dimensions) == 5
        assert len(content.guide) > 0 and len(content.practices) > 0
        assert (content.benchmark_pack.id, content.benchmark_pack.version) == FIXTURE_PACK
        assert (content.benchmark_pack.role, content.benchmark_pack.languages) == (
            "benchmark",
            ("en",),
        )
        shipped = load_pack(SHIPPED_PACK).content
        assert [b.code for b in content.benchmarks] == [b.code for b in shipped.benchmarks]
        repository = AssessmentRepository(workspace.conn)
        scores = compute_scores(content, repository.ratings(2))
        assert (scores.overall.total, scores.overall.counted) == (68, 2)
        # An assessment made now records the pack loaded: the one the file had.
        made = repository.create("Neu", "2026-06-01")
        assert (made.benchmark_pack, made.benchmark_pack_version) == FIXTURE_PACK
    finally:
        workspace.close()
    # Fixed: loaded from disk, with its translations.
    replace_in(pack_copy / "manifest.txt", "language: en\n", "role: benchmark\nlanguage: en\n")
    workspace = open_workspace(path, pack_copy.parent)
    try:
        assert workspace.failed_packs == []
        pack = workspace.content.benchmark_pack
        assert (pack.version, pack.languages) == (SHIPPED_VERSION, ("en", "de", "nl"))
        assert len(workspace.content.benchmarks) == 68
    finally:
        workspace.close()


def _check_assessments(conn, version):
    repository = AssessmentRepository(conn)
    profile = repository.profile()
    assert profile == Profile(
        "Lindenau-Süd",
        "DE",
        "Sachsen",
        24000,
        "town",
        350,
        "Пётр, half a post",
        frozenset({"housing", "education"}),
    )
    # Made with the pack the file had loaded, not the one on disk now.
    pack = FIXTURE_PACK
    assert repository.assessments() == [
        Assessment(
            2, "Selbstbewertung 2026 — Entwurf", "2026-01-15", "Ana, Пётр", "draft", 1, *pack
        ),
        Assessment(
            1,
            "Selbstbewertung 2025",
            "2025-03-10",
            f"Bürgermeisterin, {MIXED}",
            "final",
            None,
            *pack,
        ),
    ]
    deleted = conn.execute(
        "SELECT title, deleted_at, benchmark_pack, benchmark_pack_version "
        "FROM assessments WHERE id = 3"
    ).fetchone()
    assert deleted == ("Löschen?", "2026-02-01T09:00:00+00:00", *pack)
    assert repository.ratings(1) == {
        "edu.equal-access.1": Rating(
            "edu.equal-access.1", 1, "", 3, 1, "Schulumfrage", (), "", "Ana"
        )
    }
    assert repository.ratings(2) == {
        "edu.equal-access.1": Rating(
            "edu.equal-access.1",
            2,
            "",
            3,
            1,
            MIXED,
            ("https://example.org/ü",),
            "Zeile eins\nZeile zwei",
            "Пётр",
        ),
        "edu.equal-access.2": Rating(
            "edu.equal-access.2", None, "outside-competence", None, 2, "", (), "Land", ""
        ),
        "edu.equal-access.3": Rating(
            "edu.equal-access.3", 4, "", 4, 3, "良い — ça marche", (), "", ""
        ),
    }
    history = repository.history(2, "edu.equal-access.1")
    assert [(h.field, h.old, h.new) for h in history] == [
        ("level", 1, 2),
        ("evidence", "Schulumfrage", MIXED),
    ]
    if version >= 5:
        uids = conn.execute("SELECT uid FROM assessments ORDER BY id").fetchall()
        assert uids == [(f"a{n:031d}",) for n in (1, 2, 3)]


def _check_plan(conn):
    plan = PlanRepository(conn)
    first, second = plan.actions()
    assert first == Action(
        1,
        "Willkommensbüro",
        f"Ein Ort für alle.\n{MIXED}",
        ("edu.equal-access.2", "edu.equal-access.1"),
        "edu",
        "Integrationsbeauftragte",
        "Пётр Иванов",
        ("ngos", "volunteers"),
        "Verein «Miteinander» e.V.",
        date(2026, 1, 1),
        date(2026, 12, 31),
        "short",
        "in-progress",
        1,
        40,
        1250050,
        300000,
        "EUR",
        "4711 Soziales",
        "amif",
        (
            Milestone("Raum gefunden", date(2026, 3, 1), True),
            Milestone("Eröffnung — افتتاح", date(2026, 5, 1), False),
            Milestone("Erste Auswertung", None, False),
        ),
    )
    assert (second.title, second.benchmarks, second.phase, second.end) == (
        MIXED,
        ("edu.parents.1",),
        "medium",
        None,
    )
    assert second.milestones == (Milestone("Первое кафе", date(2026, 4, 15), False),)
    assert plan.indicators() == [
        Indicator(
            1,
            "Besucher:innen",
            "Personen",
            0,
            120,
            1,
            "",
            (
                Measurement(date(2026, 2, 1), 40, "erster Monat"),
                Measurement(date(2026, 3, 1), 55.5, MIXED),
            ),
        ),
        Indicator(
            2,
            "Anteil «mehrsprachig»",
            "%",
            12.5,
            30,
            None,
            "edu.equal-access.3",
            (Measurement(date(2026, 1, 31), 14, ""),),
        ),
    ]


def _check_annual_texts(conn):
    texts = AnnualTextRepository(conn)
    assert texts.texts(2025) == AnnualTexts(
        2025, "Ein guter Anfang.", f"{MIXED}\n\nZweiter Absatz.", "Sprache"
    )
    assert texts.texts(2026) == AnnualTexts(2026, "", "", "Wohnen — السكن")


def _check_workshop_and_peers(conn):
    workshop = WorkshopRepository(conn)
    assert workshop.mode(2) == "named"
    assert workshop.participants(2) == [
        Participant(1, 1, "Пётр", "paper", f"d{1:031d}"),
        Participant(2, 2, "مقهى", "file", f"d{2:031d}"),
    ]
    assert workshop.ratings(2) == {
        1: {"edu.equal-access.1": ParticipantRating("edu.equal-access.1", 2, "", MIXED)},
        2: {
            "edu.equal-access.1": ParticipantRating("edu.equal-access.1", 3),
            "edu.equal-access.2": ParticipantRating("edu.equal-access.2", None, "not-applicable"),
        },
    }
    peers = PeerRepository(conn)
    [peer] = peers.peers()
    assert (peer.municipality, peer.title, peer.population) == (
        "Gmünd",
        f"Selbstbewertung — {MIXED}",
        5400,
    )
    assert peers.ratings(peer.id) == {
        "edu.equal-access.1": Rating("edu.equal-access.1", level=3, target=4),
        "edu.equal-access.2": Rating("edu.equal-access.2", exclusion="not-applicable"),
    }


def _check_edit_history(conn):
    assert [(e.field, e.old, e.new) for e in history(conn, "action", 1)] == [
        ("title", "Büro", "Willkommensbüro")
    ]
    [aside] = history(conn, "profile", 1)
    assert (aside.field, aside.new, aside.reason) == ("region", MIXED, "set-aside")


def _check_content_and_new_assessments(workspace):
    """The content tables were made again and refilled from the pack on disk; an assessment
    made now records that pack."""
    content = workspace.content
    assert content.benchmark_pack.id == "whole-comm"
    assert content.benchmark_pack.version == LATER_VERSION
    assert content.benchmark_pack.role == "benchmark"
    assert len(content.benchmarks) == 68
    created = AssessmentRepository(workspace.conn).create("Neu", "2026-06-01")
    assert (created.benchmark_pack, created.benchmark_pack_version) == (
        "whole-comm",
        LATER_VERSION,
    )


def _loaded_pack(path: Path) -> tuple[str, str]:
    """The (id, version) of the pack a database file had loaded, read without upgrading it."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT id, version FROM content_packs").fetchone()

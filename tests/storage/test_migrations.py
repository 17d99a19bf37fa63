"""Databases written by earlier versions open in this one, with nothing lost."""

import shutil
from pathlib import Path

from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.storage.content_repository import load_content
from toolbox_desktop.storage.schema import MIGRATION_NAMES, applied_migrations
from toolbox_desktop.storage.workspace import open_workspace

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


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
    finally:
        workspace.close()
    backups = list(tmp_path.glob("town.before-upgrade-*.sqlite3"))
    assert len(backups) == 1
    assert backups[0].read_bytes()[:16] == b"SQLite format 3\x00"


def test_schema_0006_with_user_data_upgrades_keeping_all_of_it(tmp_path, pack_copy):
    """Made by fixtures/make_schema_0006.py: the last schema before milestone uids."""
    from datetime import date

    from toolbox_desktop.storage.plan_repository import PlanRepository

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

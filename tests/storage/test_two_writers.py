"""Two app instances writing to one file at the same time never fail with "database is
locked": every write transaction takes the write lock first (``BEGIN IMMEDIATE``) and waits for
the busy timeout, instead of failing when its read snapshot is older than the other's write."""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from toolbox_desktop.core.assessment import Profile, Rating
from toolbox_desktop.core.plan import Action, Indicator
from toolbox_desktop.storage.annual_texts import AnnualTextRepository, AnnualTexts
from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.storage.database import connect, migrate
from toolbox_desktop.storage.plan_repository import PlanRepository
from toolbox_desktop.storage.workspace import open_workspace

ROUNDS = 60

WRITER = Path(__file__).with_name("two_writers_script.py")


def test_two_processes_writing_at_once_never_fail(db_path):
    conn = connect(db_path)
    migrate(conn, db_path)
    assessment = AssessmentRepository(conn).create("2026", "2026-01-15")
    conn.close()
    writers = [
        subprocess.Popen(
            [sys.executable, str(WRITER), str(db_path), name, str(ROUNDS), str(assessment.id)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("A", "B")
    ]
    results = [writer.communicate(timeout=120) for writer in writers]

    for writer, (out, err) in zip(writers, results, strict=True):
        assert "locked" not in err
        assert writer.returncode == 0, err
        assert out.strip() == "done"
    conn = connect(db_path)
    actions = PlanRepository(conn).actions()
    assert len(actions) == 2 * ROUNDS
    assert {a.description for a in actions} == {f"edited {n}" for n in range(ROUNDS)}
    assert {a.status for a in actions} == {"planned"}
    assert len(PlanRepository(conn).indicators()) == 2 * ROUNDS
    texts = AnnualTextRepository(conn)
    assert all(
        texts.texts(2000 + n) == AnnualTexts(2000 + n, f"A {n}", f"B {n}") for n in range(ROUNDS)
    )
    assert len(AssessmentRepository(conn).ratings(assessment.id)) == 2 * ROUNDS
    conn.close()


def test_every_write_statement_runs_inside_begin_immediate(db_path, pack_copy):
    """A guard for new code: trace the statements of a day's typical edits and check that no
    INSERT, UPDATE or DELETE runs outside a transaction begun with BEGIN IMMEDIATE."""
    workspace = open_workspace(db_path, pack_copy.parent)
    conn = workspace.conn
    statements: list[str] = []
    conn.set_trace_callback(statements.append)

    plan, assessments = PlanRepository(conn), AssessmentRepository(conn)
    action = plan.save_action(Action(title="Café"))
    plan.save_action(replace(action, title="Language café"), base=action)
    plan.update_actions([action.id], status="done")
    plan.delete_actions([action.id])
    plan.restore_actions([action.id])
    indicator = plan.save_indicator(Indicator(name="Visitors", action_id=action.id))
    plan.save_indicator(replace(indicator, unit="people"), base=indicator)
    plan.delete_indicator(indicator.id)
    AnnualTextRepository(conn).save(AnnualTexts(2026, summary="Year"))
    assessments.save_profile(Profile(name="Lindenbach"))
    created = assessments.create("2026", "2026-01-15")
    assessments.save_rating(created.id, Rating("gov.resources.1", level=2))
    assessments.update(created.id, title="2026 review")
    assessments.delete(created.id)
    conn.set_trace_callback(None)
    workspace.close()

    state = "none"
    outside = []
    for statement in statements:
        word = statement.strip().split()[0].upper()
        if re.match(r"BEGIN\s+IMMEDIATE", statement.strip(), re.IGNORECASE):
            state = "immediate"
        elif word == "BEGIN":
            state = "deferred"
        elif word in ("COMMIT", "ROLLBACK", "END") and not statement.upper().startswith(
            "ROLLBACK TO"
        ):
            state = "none"
        elif word in ("INSERT", "UPDATE", "DELETE", "REPLACE") and state != "immediate":
            outside.append(statement)
    assert outside == []
    assert sum("BEGIN IMMEDIATE" in s.upper() for s in statements) >= 14

"""Review findings in the assessment repository: writes wait for another program's write
instead of failing at once, and a final assessment stays read-only whatever the path."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest

from toolbox_desktop.core.assessment import FINAL, Profile, Rating
from toolbox_desktop.storage.assessment_repository import (
    AssessmentIsFinalError,
    AssessmentRepository,
)
from toolbox_desktop.storage.database import connect, migrate


@pytest.fixture
def repository(db_path):
    conn = connect(db_path)
    migrate(conn, db_path)
    yield AssessmentRepository(conn)
    conn.close()


def hold_write_lock(db_path, seconds: float) -> threading.Thread:
    """Another program writes to the file for ``seconds`` (holds SQLite's write lock)."""
    conn = sqlite3.connect(db_path, check_same_thread=False, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")

    def release() -> None:
        time.sleep(seconds)
        conn.execute("COMMIT")
        conn.close()

    thread = threading.Thread(target=release)
    thread.start()
    return thread


@pytest.mark.parametrize(
    "write",
    [
        lambda repo, aid: repo.save_rating(aid, Rating("gov.x", level=2), expected=None),
        lambda repo, aid: repo.clear_rating(aid, "gov.a", expected=Rating("gov.a", level=1)),
        lambda repo, aid: repo.update(aid, title="Renamed"),
        lambda repo, aid: repo.delete(aid),
        lambda repo, aid: repo.save_profile(Profile(name="Roßlau")),
    ],
    ids=["save_rating", "clear_rating", "update", "delete", "save_profile"],
)
def test_a_write_waits_while_another_program_writes(repository, db_path, write):
    """The connection waits up to its busy timeout (5 s) for the write lock; a transaction
    that read first and then asks for the lock used to fail at once with "database is
    locked", so the user's change was refused although the other write took a moment."""
    assessment = repository.create("Baseline", "2025-03-01")
    repository.save_rating(assessment.id, Rating("gov.a", level=1))
    thread = hold_write_lock(db_path, 0.3)
    try:
        write(repository, assessment.id)
    finally:
        thread.join()


def test_a_final_assessment_cannot_be_deleted_or_renamed(repository):
    """The Delete and Details buttons are disabled for a final assessment, but Redo of an
    earlier deletion, or a window that has not yet seen the other window finalise, went
    straight to the file."""
    assessment = repository.create("Council 2025", "2025-03-01")
    repository.update(assessment.id, status=FINAL)
    with pytest.raises(AssessmentIsFinalError):
        repository.delete(assessment.id)
    with pytest.raises(AssessmentIsFinalError):
        repository.update(assessment.id, title="Renamed")
    assert repository.assessments() == [repository.assessment(assessment.id)]
    assert repository.assessment(assessment.id).title == "Council 2025"
    assert not repository.update(assessment.id, status="draft").is_final  # reopen still works

"""Shared by the backup tests: a town with a little work in it, and a clock to set."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

from toolbox_desktop.core.assessment import Profile
from toolbox_desktop.core.plan import Action
from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.storage.plan_repository import PlanRepository


def add_work(
    conn: sqlite3.Connection, town: str = "Kadıköy", assessments: int = 1, actions: int = 2
) -> None:
    repository = AssessmentRepository(conn)
    repository.save_profile(Profile(name=town, country="TR"))
    for number in range(assessments):
        repository.create(f"Review {number + 1}", f"202{number}-05-01")
    plan = PlanRepository(conn)
    for number in range(actions):
        plan.save_action(Action(title=f"Welcome desk {number + 1}"))


def town_name(conn: sqlite3.Connection) -> str:
    return AssessmentRepository(conn).profile().name


class Clock:
    """A clock the test moves forward; days are UTC days."""

    def __init__(self, start: str = "2026-03-02T09:00:00") -> None:
        self.now = datetime.fromisoformat(start).replace(tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)

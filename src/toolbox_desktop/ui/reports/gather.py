"""Read what a report needs on the GUI thread (fast, plain Python objects) and return a
``build(path)`` function the worker thread runs; it no longer touches the database."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from functools import partial
from pathlib import Path

from toolbox_desktop.core.content import Content
from toolbox_desktop.reports.document import ReportOptions
from toolbox_desktop.storage.annual_texts import AnnualTexts
from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.storage.plan_repository import PlanRepository

Build = Callable[[Path], None]


def worksheet(conn: sqlite3.Connection, content: Content, facilitator: bool, options) -> Build:
    from toolbox_desktop.reports.worksheet import build_worksheet

    profile = AssessmentRepository(conn).profile()
    return lambda path: build_worksheet(content, path, profile, facilitator, options)


def assessment(
    conn: sqlite3.Connection,
    content: Content,
    assessment_id: int,
    compare_with: int | None,
    options: ReportOptions,
) -> Build:
    from toolbox_desktop.reports.assessment_report import build_assessment_report

    repository = AssessmentRepository(conn)
    chosen = repository.assessment(assessment_id)
    ratings = repository.ratings(chosen.id)
    earlier = None
    if compare_with is not None:
        other = repository.assessment(compare_with)
        earlier = (other, repository.ratings(other.id))
    profile = repository.profile()
    return lambda path: build_assessment_report(
        content, profile, chosen, ratings, path, options, earlier
    )


def plan(conn: sqlite3.Connection, content: Content, group_by: str, options) -> Build:
    from toolbox_desktop.reports.plan_report import build_plan_report

    plans = PlanRepository(conn)
    profile = AssessmentRepository(conn).profile()
    actions = plans.actions()
    indicators = [i for i in plans.indicators() if i.action_id is not None]
    return partial(
        _plan, build_plan_report, content, profile, actions, indicators, options, group_by
    )


def _plan(builder, content, profile, actions, indicators, options, group_by, path) -> None:
    builder(content, profile, actions, indicators, path, options, group_by)


def annual(conn: sqlite3.Connection, content: Content, texts: AnnualTexts, options) -> Build:
    from toolbox_desktop.reports.annual_report import build_annual_report

    plans = PlanRepository(conn)
    profile = AssessmentRepository(conn).profile()
    actions = plans.actions()
    indicators = plans.indicators()
    return lambda path: build_annual_report(
        content, profile, actions, indicators, texts, path, options
    )

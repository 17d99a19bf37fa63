"""Helpers for the plan page tests: realistic actions, and reading the table as users see it."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from toolbox_desktop.core.plan import (
    DONE,
    DROPPED,
    IDEA,
    IN_PROGRESS,
    LONG,
    MEDIUM,
    PLANNED,
    SHORT,
    Action,
    Milestone,
)

TODAY = date(2025, 6, 1)

TITLES = [
    "Sprachcafé im Bürgerhaus Roßlau",
    "Welcome guide in eight languages",
    "One-stop desk for newcomers at the town hall",
    "Mentoring with local employers",
    "Recognition of foreign qualifications: advice days",
    "Homework club in the primary school",
    "Health navigators from migrant communities",
    "Affordable housing with the cooperative",
    "Integration council: yearly open meeting",
    "Train staff in intercultural communication",
    "Bus tickets for job interviews",
    "Women's swimming course",
    "Kita places for newly arrived children",
    "Shared data on arrivals with the district",
    "Volunteer network: coordination and thanks",
]
ROLES = ["Integration officer", "Head of social office", "Mayor", "Youth office", "Job centre"]
PEOPLE = ["Anna Weber", "Mehmet Yılmaz", "Olena Kovalenko", "", "Jean-Luc Dubois"]
DIMENSIONS = ["gov", "emp", "edu", "hea", "hou"]


def sample_actions(content, count: int = 40) -> list[Action]:
    """``count`` varied actions (statuses, phases, dates, money, milestones), not stored."""
    benchmarks = {d: [b.code for b in content.benchmarks if b.dimension == d] for d in DIMENSIONS}
    statuses = [IDEA, PLANNED, IN_PROGRESS, IN_PROGRESS, DONE, DROPPED, PLANNED]
    actions = []
    for n in range(count):
        dimension = DIMENSIONS[n % len(DIMENSIONS)]
        start = TODAY + timedelta(days=60 * (n % 9) - 200)
        end = start + timedelta(days=90 + 45 * (n % 13))
        status = statuses[n % len(statuses)]
        actions.append(
            Action(
                title=TITLES[n % len(TITLES)] + ("" if n < len(TITLES) else f" ({n // 15 + 1})"),
                description="Mit Caritas und der Volkshochschule; Ziel: 40 Teilnehmende.",
                benchmarks=(benchmarks[dimension][n % len(benchmarks[dimension])],),
                dimension=dimension,
                responsible_role=ROLES[n % len(ROLES)],
                responsible_person=PEOPLE[n % len(PEOPLE)],
                partners=("ngos", "schools") if n % 2 else ("migrant-organisations",),
                partner_names="Caritas; VHS" if n % 3 == 0 else "",
                start=start,
                end=end,
                phase=(SHORT, MEDIUM, LONG)[n % 3],
                status=status,
                priority=1 + n % 3,
                progress=(0, 10, 40, 75, 100)[n % 5],
                budget_cents=(n % 6) * 250_000 + 50 if n % 4 else None,
                spent_cents=(n % 3) * 40_000 if n % 4 else None,
                funding_source=("municipal-budget", "amif", "esf-plus", "")[n % 4],
                milestones=(Milestone("Kick-off", start + timedelta(days=14), n % 2 == 0),)
                if n % 3
                else (),
            )
        )
    return actions


def store(repository, actions: list[Action]) -> list[Action]:
    with repository.db.atomic():
        return [repository.save_action(a) for a in actions]


def column_texts(model, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def row_of_title(model, title: str) -> int:
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == title:
            return row
    raise AssertionError(f"no row {title!r}")


def cell(model, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return model.index(row, column).data(role)

"""Hand-built content and actions for the timeline and budget tests (no database needed)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPoint, QPointF, Qt

from toolbox_desktop.core.content import Content, Dimension
from toolbox_desktop.core.plan import Action, Milestone

TODAY = date(2026, 3, 15)


def make_content() -> Content:
    def dimension(code: str, number: int, title: str) -> Dimension:
        return Dimension(code, number, title, "", "", "")

    return Content(
        dimensions=[
            dimension("gov", 1, "Governance"),
            dimension("emp", 2, "Employment and vocational training"),
            dimension("edu", 3, "Education"),
        ]
    )


def action(action_id: int, title: str = "", **fields) -> Action:
    return Action(id=action_id, title=title or f"Action {action_id}", **fields)


TITLES = {
    "gov": [
        "Set up an integration steering group",
        "Write the local integration strategy",
        "Welcome desk at the town hall",
        "Train front-desk staff in plain language",
        "Migrant advisory council",
        "Annual integration report to the council",
        "Join the regional integration network",
        "Translate key municipal forms",
        "Interpreter pool for appointments",
        "Review of municipal hiring practices",
        "Community mediators programme",
        "Information evenings for newcomers",
        "Online guide to local services",
        "Volunteer coordination post",
    ],
    "emp": [
        "Job-matching fair with local employers",
        "Recognition of foreign qualifications: advice",
        "Language courses for work (B1)",
        "Mentoring by retired craftsmen",
        "Internships in municipal services",
        "Start-up advice for migrant entrepreneurs",
        "Childcare during language courses",
        "Driving licence support",
        "Apprenticeship taster days",
        "Skills check at the job centre",
        "Women's employment circle",
        "Transport to the industrial zone",
        "Employer round table",
        "Digital skills workshop",
    ],
    "edu": [
        "Homework café",
        "Welcome classes in primary school",
        "Parents' language café",
        "School mediators",
        "Holiday learning camp",
        "Library multilingual corner",
        "Adult literacy evening class",
        "Teacher training on diversity",
        "Pre-school places for newcomers",
        "Youth club outreach",
        "Scholarships for vocational school",
        "Sports club memberships",
    ],
}
STATUS_CYCLE = ["planned", "in-progress", "done", "idea", "in-progress", "planned", "dropped"]
PHASE_CYCLE = ["short", "medium", "short", "long", "medium"]
PEOPLE = ["A. Novak", "M. Rossi", "K. Weber", "S. Haddad", ""]
FUNDING_CYCLE = ["municipal-budget", "amif", "esf-plus", "municipal-budget", "foundation", ""]
SPENT_SHARE = {"idea": 0, "planned": 0, "in-progress": 55, "done": 100, "dropped": 10}


def sample_actions(today: date = TODAY) -> list[Action]:
    """About 40 realistic actions over three years: every status, overdue ones, milestones,
    three dimensions, and two without dates."""
    actions = []
    number = 0
    for dimension, titles in TITLES.items():
        for position, title in enumerate(titles):
            number += 1
            offset = (number * 37) % 900 - 420
            start = today + timedelta(days=offset)
            length = 45 + (number * 53) % 420
            end = start + timedelta(days=length)
            status = STATUS_CYCLE[number % len(STATUS_CYCLE)]
            if end < today and status in ("planned", "idea") and number % 2:
                status = "in-progress"  # an overdue one
            milestones = ()
            if number % 3 == 0:
                milestones = (
                    Milestone("Kick-off", start + timedelta(days=10), done=start < today),
                    Milestone("Review", start + timedelta(days=length // 2), done=False),
                )
            fields = {
                "dimension": dimension,
                "start": start,
                "end": end,
                "status": status,
                "phase": PHASE_CYCLE[number % len(PHASE_CYCLE)],
                "responsible_person": PEOPLE[number % len(PEOPLE)],
                "responsible_role": "Integration officer" if number % 4 else "",
                "progress": (number * 17) % 100 if status == "in-progress" else 0,
                "milestones": milestones,
                "budget_cents": (number * 7919 % 40 + 2) * 50_000,
                "funding_source": FUNDING_CYCLE[number % len(FUNDING_CYCLE)],
                "currency": "CHF" if number % 11 == 0 else "EUR",
            }
            share = SPENT_SHARE[status] + (25 if number % 9 == 0 else 0)  # some overspend
            fields["spent_cents"] = fields["budget_cents"] * share // 100
            if position == len(titles) - 1 and dimension != "edu":
                fields["start"] = fields["end"] = None  # undated
            actions.append(Action(id=number, title=title, **fields))
    return actions


def press_move_release(qtbot, widget, start: QPointF, end: QPointF, steps: int = 4) -> None:
    """Drag with the left button the way a user does: press, a few moves, release."""
    first = QPoint(round(start.x()), round(start.y()))
    last = QPoint(round(end.x()), round(end.y()))
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=first)
    for step in range(1, steps + 1):
        point = first + (last - first) * step / steps
        qtbot.mouseMove(widget, pos=QPoint(round(point.x()), round(point.y())))
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=last)

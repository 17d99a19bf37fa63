"""The realistic town the report benchmark measures: 68 rated benchmarks with evidence, an
earlier assessment to compare with, 200 actions with milestones and 40 indicators.

``make_database`` writes it into a database file through the app's repositories (so that
``toolbox-desktop report`` reads it as it would a council's file); ``plain_data`` gives the
same data as plain values, for the same-content floor documents and the spreadsheet.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from toolbox_desktop.core.assessment import Profile, Rating
from toolbox_desktop.core.plan import STATUSES, Action, Indicator, Measurement, Milestone

TODAY = date(2026, 3, 15)
ACTIONS = 200
PROFILE = Profile(
    name="Example town (fictional) · Kadıköy · Пётрово · مریم‌آباد",
    country="Germany",
    population=24000,
    kind="small-town",
    newcomers=380,
)
EVIDENCE = (
    "Council decision 12/2025; Haushaltsplan S. 112; Bütçe notu; Протокол № 7; ملاحظة الميزانية. "
) * 3


def ratings_for(content, shift: int = 0) -> dict[str, Rating]:
    ratings = {}
    for n, benchmark in enumerate(content.benchmarks):
        ratings[benchmark.code] = Rating(
            benchmark.code,
            level=(n + shift) % 5,
            target=min(4, (n + shift) % 5 + 1),
            priority=1 + n % 3,
            evidence=EVIDENCE,
            notes="Review in the committee.",
            rated_by="Ayşe Yılmaz",
        )
    return ratings


def actions_for(content, count: int = ACTIONS) -> list[Action]:
    benchmarks = content.benchmarks
    actions = []
    for n in range(count):
        b = benchmarks[n % len(benchmarks)]
        start = TODAY + timedelta(days=(n * 37) % 900 - 300)
        actions.append(
            Action(
                title=f"Action {n + 1}: {b.title}",
                description="Agreed with the partners in the spring meeting." if n % 4 else "",
                benchmarks=(b.code,),
                dimension=b.dimension,
                responsible_role="Integration officer",
                responsible_person=("Ayşe", "Jan", "Пётр", "مریم")[n % 4],
                start=start,
                end=start + timedelta(days=60 + n % 400),
                status=STATUSES[n % len(STATUSES)],
                progress=(n * 7) % 100,
                budget_cents=(n % 40) * 50_000,
                spent_cents=(n % 20) * 20_000,
                funding_source="amif" if n % 3 else "municipal-budget",
                milestones=(Milestone("Review", start + timedelta(days=30)),),
            )
        )
    return actions


def indicators_for(actions: list[Action]) -> list[Indicator]:
    return [
        Indicator(
            name="Participants",
            unit="people",
            baseline=5,
            target=25,
            action_id=a.id,
            measurements=(Measurement(TODAY, 12),),
        )
        for a in actions[:40]
    ]


def make_database(path: Path, content_root: Path):
    """The realistic town in a new database file at ``path``; returns the content read
    there (the benchmark pack and the guidance packs, as the app reads them)."""
    from toolbox_desktop.storage.assessment_repository import AssessmentRepository
    from toolbox_desktop.storage.plan_repository import PlanRepository
    from toolbox_desktop.storage.workspace import open_workspace

    workspace = open_workspace(path, content_root)
    try:
        content = workspace.content
        assessments = AssessmentRepository(workspace.conn)
        assessments.save_profile(PROFILE)
        assessments.create(
            "Self-assessment 2025", "2025-03-12", "Committee", initial=ratings_for(content, 1)
        )
        assessments.create(
            "Self-assessment 2026", "2026-03-10", "Committee", initial=ratings_for(content)
        )
        plans = PlanRepository(workspace.conn)
        stored = [plans.save_action(action) for action in actions_for(content)]
        for indicator in indicators_for(stored):
            plans.save_indicator(indicator)
    finally:
        workspace.conn.close()
    return content

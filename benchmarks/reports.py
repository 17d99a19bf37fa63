"""How long the PDF reports take, against a one-page reportlab document built in the same run.

Builds each report for a realistic municipality (68 rated benchmarks with evidence, 200
actions) and the action plan report for 10,000 actions, several times each, and prints the
median times and their ratio to the baseline. Aim: the realistic reports in about a second.

    python benchmarks/reports.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate

from toolbox_desktop.core.assessment import Assessment, Profile, Rating
from toolbox_desktop.core.pack import load_pack
from toolbox_desktop.core.plan import STATUSES, Action, Indicator, Measurement, Milestone
from toolbox_desktop.paths import content_root
from toolbox_desktop.reports.worksheet import build_worksheet

REPEATS = 3
TODAY = date(2026, 3, 15)
PROFILE = Profile(
    name="Example town (fictional) · Kadıköy · Пётрово · مریم‌آباد",
    country="Germany",
    population=24000,
    kind="small-town",
    newcomers=380,
)


def baseline(path: Path) -> None:
    styles = getSampleStyleSheet()
    SimpleDocTemplate(str(path), pagesize=A4).build(
        [Paragraph("One page of text. " * 40, styles["BodyText"])]
    )


def ratings_for(content) -> dict[str, Rating]:
    ratings = {}
    for n, benchmark in enumerate(content.benchmarks):
        ratings[benchmark.code] = Rating(
            benchmark.code,
            level=n % 5,
            target=min(4, n % 5 + 1),
            priority=1 + n % 3,
            evidence=(
                "Council decision 12/2025; Haushaltsplan S. 112; Bütçe notu; "
                "Протокол № 7; ملاحظة الميزانية. "
            )
            * 3,
            notes="Review in the committee.",
            rated_by="Ayşe Yılmaz",
        )
    return ratings


def actions_for(content, count: int) -> list[Action]:
    benchmarks = content.benchmarks
    actions = []
    for n in range(count):
        b = benchmarks[n % len(benchmarks)]
        start = TODAY + timedelta(days=(n * 37) % 900 - 300)
        actions.append(
            Action(
                id=n + 1,
                title=f"Action {n + 1}: {b.title}",
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
            id=n + 1,
            name="Participants",
            unit="people",
            baseline=5,
            target=25,
            action_id=a.id,
            measurements=(Measurement(TODAY, 12),),
        )
        for n, a in enumerate(actions[:40])
    ]


def reports(content) -> dict:
    """Report name -> function(path) building it. Reports not yet built are left out."""
    built = {
        "baseline: one-page reportlab document": baseline,
        "workshop worksheet (facilitator)": lambda path: build_worksheet(
            content, path, PROFILE, facilitator=True
        ),
    }
    try:
        from toolbox_desktop.reports.assessment_report import build_assessment_report
    except ImportError:
        pass
    else:
        ratings = ratings_for(content)
        current = Assessment(2, "Self-assessment 2026", "2026-03-10", "Committee", "final", 1)
        earlier = Assessment(1, "Self-assessment 2025", "2025-03-12", "Committee", "final")
        built["self-assessment report (68 rated, with comparison)"] = lambda path: (
            build_assessment_report(
                content, PROFILE, current, ratings, path, earlier=(earlier, ratings)
            )
        )
    try:
        from toolbox_desktop.reports.plan_report import build_plan_report
    except ImportError:
        pass
    else:
        realistic, huge = actions_for(content, 200), actions_for(content, 10_000)
        built["action plan report (200 actions)"] = lambda path: build_plan_report(
            content, PROFILE, realistic, indicators_for(realistic), path, today=TODAY
        )
        built["action plan report (10,000 actions)"] = lambda path: build_plan_report(
            content, PROFILE, huge, [], path, today=TODAY
        )
    return built


def main() -> int:
    content = load_pack(content_root() / "whole-comm").content
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        for name, build in reports(content).items():
            repeats = 1 if "10,000" in name else REPEATS
            times = []
            for run in range(repeats):
                start = time.perf_counter()
                build(Path(folder) / f"{len(results)}-{run}.pdf")
                times.append(time.perf_counter() - start)
            results[name] = statistics.median(times)
    base = results.pop("baseline: one-page reportlab document")
    print(f"baseline, one-page reportlab document: {base * 1000:8.1f} ms")
    for name, seconds in results.items():
        print(f"{name:<52} {seconds * 1000:8.0f} ms  {seconds / base:8.1f}x baseline")
    return 0


if __name__ == "__main__":
    sys.exit(main())

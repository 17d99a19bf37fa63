"""How long the reports take with every field at its limit (``core.limits``), against the
same reports with ordinary text, built in the same run.

The baseline is the action plan report for N actions with realistic text. The same N actions
are then printed with every text and list at its limit (a description of 20,000 characters,
100 milestones, all benchmarks linked, an indicator with 1,000 measurements), and with the
text that once took over ten minutes: partner names of 100,000 characters, stored before
there were limits. The other reports are built at their limits too. Each build runs in a
fresh process, so that its peak memory (resident set size) is its own. Prints the times, the
ratio to the baseline and the peak memory.

    python benchmarks/limits.py [N]    (N: actions, default 20)
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from toolbox_desktop.core import limits
from toolbox_desktop.core.assessment import Assessment, Profile, Rating
from toolbox_desktop.core.pack import load_pack
from toolbox_desktop.core.plan import (
    PARTNER_KINDS,
    STATUSES,
    Action,
    Indicator,
    Measurement,
    Milestone,
)
from toolbox_desktop.paths import content_root

TODAY = date(2026, 3, 15)
RUNS = ("x", "Wort ", "مريم الناصر ", "Пётр\n")  # one unbroken run, words, right to left, lines
ORDINARY = Profile(name="Example town", country="Germany", population=24_000, kind="small-town")


def filled(size: int, kind: int) -> str:
    run = RUNS[kind % len(RUNS)]
    return (run * (size // len(run) + 1))[:size]


def at_limits(most: dict[str, int], kind: int) -> dict[str, str]:
    return {name: filled(size, kind + n) for n, (name, size) in enumerate(most.items())}


def ordinary_actions(content, count: int) -> list[Action]:
    benchmarks = content.benchmarks
    actions = []
    for n in range(count):
        b = benchmarks[n % len(benchmarks)]
        start = TODAY + timedelta(days=(n * 37) % 900 - 300)
        actions.append(
            Action(
                id=n + 1,
                title=f"Action {n + 1}: {b.title}",
                description="Weekly open desk in the town hall, with interpreters. " * 3,
                benchmarks=(b.code,),
                dimension=b.dimension,
                responsible_role="Integration officer",
                responsible_person=("Ayşe", "Jan", "Пётр", "مریم")[n % 4],
                partner_names="Caritas, Volkshochschule",
                start=start,
                end=start + timedelta(days=60 + n % 400),
                status=STATUSES[n % len(STATUSES)],
                progress=(n * 7) % 100,
                budget_cents=(n % 40) * 50_000,
                funding_source="amif",
                milestones=(Milestone("Review", start + timedelta(days=30)),),
            )
        )
    return actions


def limit_actions(content, count: int) -> list[Action]:
    """The same actions (dates, statuses), every text and list at its limit."""
    codes = tuple(b.code for b in content.benchmarks)[: limits.BENCHMARKS_PER_ACTION]
    result = []
    for n, action in enumerate(ordinary_actions(content, count)):
        milestones = tuple(
            Milestone(filled(limits.MILESTONE["title"], n + k), action.start + timedelta(days=k))
            for k in range(limits.MILESTONES_PER_ACTION)
        )
        result.append(
            replace(
                action,
                benchmarks=codes,
                partners=tuple(PARTNER_KINDS),
                milestones=milestones,
                **at_limits(limits.ACTION, n),
            )
        )
    return result


def limit_indicators(actions: list[Action]) -> list[Indicator]:
    measurements = tuple(
        Measurement(TODAY - timedelta(days=k), float(k), filled(limits.NOTE, k))
        for k in range(limits.MEASUREMENTS_PER_INDICATOR)
    )
    return [
        Indicator(
            id=n + 1,
            action_id=action.id,
            baseline=0.0,
            target=100.0,
            measurements=measurements,
            **at_limits(limits.INDICATOR, n),
        )
        for n, action in enumerate(actions)
    ]


def build(name: str, count: int, path: Path) -> None:
    content = load_pack(content_root() / "whole-comm").content
    profile = Profile(**at_limits(limits.PROFILE, 0), population=24_000, kind="small-town")
    if name.startswith("plan"):
        from toolbox_desktop.reports.plan_report import build_plan_report

        if name == "plan, ordinary text":
            actions, indicators, profile = ordinary_actions(content, count), [], ORDINARY
        elif name == "plan, partner names of 100,000 characters":
            actions, indicators = ordinary_actions(content, count), []
            actions = [replace(a, partner_names="Caritas, " * 11_111) for a in actions]
        else:
            actions = limit_actions(content, count)
            indicators = limit_indicators(actions)
        build_plan_report(content, profile, actions, indicators, path, today=TODAY)
    elif name.startswith("annual"):
        from toolbox_desktop.reports.annual_report import build_annual_report
        from toolbox_desktop.storage.annual_texts import AnnualTexts

        actions = limit_actions(content, count)
        texts = AnnualTexts(TODAY.year, **at_limits(limits.ANNUAL_TEXTS, 3))
        build_annual_report(content, profile, actions, limit_indicators(actions), texts, path)
    elif name.startswith("assessment"):
        from toolbox_desktop.reports.assessment_report import build_assessment_report

        ratings = {}
        for n, benchmark in enumerate(content.benchmarks[:count]):
            links = tuple(
                f"/{k:03d}/" + filled(limits.LINK - 5, n + k)
                for k in range(limits.LINKS_PER_RATING)
            )
            ratings[benchmark.code] = Rating(
                benchmark.code, level=n % 5, target=4, links=links, **at_limits(limits.RATING, n)
            )
        assessment = Assessment(1, assessed_on="2026-03-01", **at_limits(limits.ASSESSMENT, 1))
        build_assessment_report(content, profile, assessment, ratings, path, today=TODAY)
    else:
        from toolbox_desktop.reports.worksheet import build_worksheet

        build_worksheet(content, path, profile, facilitator=True, today=TODAY)


def one(name: str, count: int) -> None:
    """Build one report in this process; print its time and peak memory as JSON."""
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        build(name, count, Path(folder) / "report.pdf")
        seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux
    print(json.dumps({"seconds": seconds, "megabytes": peak}))


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    cases = [
        ("plan, ordinary text", count),
        ("plan, every field at its limit", count),
        ("plan, partner names of 100,000 characters", count),
        ("annual report, every field at its limit", count),
        ("assessment report, 10 ratings at their limits", 10),
        ("worksheet, profile at its limits", 0),
    ]
    results = {}
    for name, size in cases:
        done = subprocess.run(
            [sys.executable, __file__, "--one", name, str(size)], capture_output=True, text=True
        )
        lines = (done.stdout.strip() or done.stderr.strip() or "no output").splitlines()
        results[name] = json.loads(lines[-1]) if done.returncode == 0 else lines[-1]
    base = results["plan, ordinary text"]["seconds"]
    print(f"{count} actions; baseline: the plan report with ordinary text, {base:.2f} s")
    for name, result in results.items():
        if isinstance(result, str):  # an older version that fails: say how
            print(f"{name:<48} failed: {result[:100]}")
            continue
        seconds, megabytes = result["seconds"], result["megabytes"]
        print(f"{name:<48} {seconds:7.2f} s {seconds / base:7.1f}x baseline {megabytes:6.0f} MB")
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 3 and sys.argv[1] == "--one":
        one(sys.argv[2], int(sys.argv[3]))
    else:
        sys.exit(main())

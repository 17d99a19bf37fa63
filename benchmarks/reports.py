"""How long the PDF reports take, each against a plain reportlab document with the same data.

For a realistic town (68 rated benchmarks with evidence, an earlier assessment to compare
with, 200 actions with milestones, 40 indicators; ``report_data.py``) it times, whole process
included, ``toolbox-desktop report KIND`` and, in the same run, the same-content floor of each
report (``report_floors.py``: SimpleDocTemplate, tables, paragraphs, a spider chart, a bar
Gantt, in DejaVu Sans) and prints the median of several runs and the ratio. When LibreOffice
(``soffice``) is installed it also times it converting the same data from spreadsheets (the
assessment's and the plan's tables, CSV) to PDF, what a council would otherwise do; skipped
otherwise.

Targets (issue 16): each report at most 1.5x its floor; the self-assessment and plan reports
together faster than LibreOffice: both made by one command (one start, as LibreOffice converts
both tables in one start), timed in turn with LibreOffice; the two commands apart are printed
too.

    python benchmarks/reports.py [--repeats N]

Ratios are of processor time (user + system, children included): on a shared machine wall
time swings with the neighbours' load, processor time much less; wall time is printed too.
The package's bytecode is compiled first, as an installation has it (in a checkout run with
PYTHONDONTWRITEBYTECODE every module edited since its last .pyc would be compiled again in
each timed run).

Measured on the development machine (2 shared cores, Intel Xeon, Python 3.11, reportlab
5.1 with its C accelerator), medians of 5 runs, processor time, app / floor:

    first (without the accelerator, two layout passes, a block of every field per action):
      assessment 1.55 s / 0.57 s = 2.73x (50 pages)   plan 1.42 s / 0.59 s = 2.38x (73 pages)
      annual     0.71 s / 0.33 s = 2.12x              worksheet 0.75 s / 0.31 s = 2.42x
    before (reportlab[accel], one pass, font metrics cached, cells as plain strings, the
    compact plan; commit a5a70a0, two runs in turn with the ones below, the machine busy):
      assessment 0.92 s / 0.61 s = 1.50x (47 pages)   plan 0.97 s / 0.65 s = 1.49x (37 pages)
      annual     0.47 s / 0.34 s = 1.39x              worksheet 0.47 s / 0.33 s = 1.40x
      assessment + plan 1.89 s; LibreOffice 1.45 s (1.43 s in the second run, plan 1.53x)
    after (paragraph markup read without the HTML parser, right-to-left lines shaped and the
    plan's values formatted once, the command run as its whole process: no cycle
    collection, no teardown), five runs:
      assessment 0.67-0.73 s = 1.07-1.23x             plan 0.74-0.80 s = 1.13-1.19x
      annual     0.35-0.39 s = 1.04-1.10x             worksheet 0.37-0.41 s = 1.09-1.13x
      assessment + plan 1.43-1.52 s against LibreOffice's 1.45-1.51 s: faster by a few
      hundredths of a second in three runs, as fast in one, slower in one (1.52 s against
      1.45 s, the machine at its busiest): about as fast as LibreOffice, not reliably faster.
    now (several reports in one command, ``report assessment plan -o A -o B``: Python,
    reportlab and the fonts started once for both, as LibreOffice starts once for both
    tables), one run of 5, 2026-12-07:
      assessment 0.64 s = 1.15x  plan 0.71 s = 1.17x  annual 1.01x  worksheet 1.09x
      assessment + plan, one command each 1.34 s; in one command 1.07 s; LibreOffice 1.33 s:
      0.80x LibreOffice's time.
"""

from __future__ import annotations

import argparse
import compileall
import csv
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import toolbox_desktop
from report_data import PROFILE, TODAY, actions_for, indicators_for, make_database, ratings_for
from toolbox_desktop.core.content import Content
from toolbox_desktop.core.next_steps import assessment_steps
from toolbox_desktop.core.scoring import compute_scores, gap_list
from toolbox_desktop.paths import content_root
from toolbox_desktop.reports.assessment_annex import RULES

HERE = Path(__file__).resolve().parent
SCRIPT = Path(sys.executable).with_name("toolbox-desktop")  # the installed command
APP = (
    [str(SCRIPT)]
    if SCRIPT.exists()
    else [
        sys.executable,
        "-c",
        "import sys; from toolbox_desktop.cli import main; sys.exit(main())",
    ]
)
REPORTS = {  # kind -> extra command-line options
    "assessment": ["--compare-with", "1"],
    "plan": [],
    "annual": ["--year", str(TODAY.year)],
    "worksheet": ["--facilitator"],
}
TARGET = 1.5


def _percent(score) -> float:
    return score.percent or 0.0


def floor_data(content: Content) -> dict[str, dict]:
    """What each report prints, as plain values for the floor documents."""
    ratings, earlier = ratings_for(content), ratings_for(content, 1)
    scores, before = compute_scores(content, ratings), compute_scores(content, earlier)
    dimensions = content.dimensions
    sections, worksheet = [], []
    for d in dimensions:
        rows, details, blank = [["No.", "Benchmark", "Rating", "Target", "Priority"]], [], []
        codes = [b for s in content.subthemes_of(d.code) for b in content.benchmarks_of(s.code)]
        for n, b in enumerate(codes, 1):
            r = ratings[b.code]
            number = f"{d.number}.{n}"
            rows.append([number, b.title, r.level, r.target, r.priority])
            details.append([number, b.title, r.evidence, r.notes, r.rated_by])
            blank.append([number, f"{b.title}\n{b.text}"])
        sections.append({"title": f"{d.number}. {d.title}", "rows": rows, "details": details})
        practice = content.practices_of(d.code)[:1]
        worksheet.append(
            {
                "title": f"{d.number}. {d.title}",
                "notes": [c.text for c in content.challenges_of(d.code)]
                + [f"{p.name}, {p.place}: {p.summary}" for p in practice],
                "rows": blank,
            }
        )
    gaps = [["No.", "Benchmark", "Current", "Target", "Gap", "Priority", "Weighted"]]
    gaps += [
        [
            g.benchmark,
            content.item(g.benchmark).title,
            g.level,
            g.target,
            g.gap,
            g.priority,
            g.weighted,
        ]
        for g in gap_list(content, ratings)
    ]
    found = assessment_steps(content, ratings)
    steps = []
    for gap in found.gaps:
        steps.append(
            f"{gap.gap.benchmark} {gap.title}: level {gap.gap.level}, target {gap.gap.target}"
        )
        steps += [f"{s.title} ({s.context})\n{s.why}" for s in gap.next_steps.steps]
    for dimension in found.dimensions:
        steps.append(dimension.target)
        steps += [f"{s.title} ({s.context})\n{s.why}" for s in dimension.steps]
    changes = [["No.", "Benchmark", "Earlier", "Now", "Change"]] + [
        [b.code, b.title, earlier[b.code].level, ratings[b.code].level, "+1"]
        for b in content.benchmarks
    ]
    assessment = {
        "title": "Self-assessment report",
        "place": PROFILE.name,
        "scores": [["Dimension", "Score", "Target", "Reached", "Rated", "Excluded"]]
        + [
            [d.title, _percent(s), s.target_percent, s.target_reached, s.rated, s.excluded]
            for d in dimensions
            for s in [scores.dimensions[d.code]]
        ],
        "dimensions": [d.title for d in dimensions],
        "percent": [_percent(scores.dimensions[d.code]) for d in dimensions],
        "target_percent": [scores.dimensions[d.code].target_percent or 0 for d in dimensions],
        "sections": sections,
        "gaps": gaps,
        "next_steps": steps,
        "changes": changes,
        "annex": [str(rule) for rule in RULES],
        "comparison": [["Dimension", "Earlier", "Now", "Change"]]
        + [
            [d.title, _percent(before.dimensions[d.code]), _percent(scores.dimensions[d.code]), 0]
            for d in dimensions
        ],
    }
    actions = actions_for(content)
    for n, action in enumerate(actions, 1):
        action.__dict__["id"] = n
    indicators = indicators_for(actions)
    first = min(a.start for a in actions).toordinal()
    plan_actions = []
    overview = [["Action", "Responsible", "Dates", "Status", "Progress", "Budget"]]
    for a in actions:
        overview.append(
            [
                f"{a.title}\n{a.dimension}",
                f"{a.responsible_role}\n{a.responsible_person}",
                f"{a.start} – {a.end}",
                a.status,
                f"{a.progress} %",
                f"{a.budget_cents / 100:.2f}\nspent {a.spent_cents / 100:.2f}",
            ]
        )
        details = [a.description, f"Benchmarks: {', '.join(a.benchmarks)}"]
        details += [f"Funding: {a.funding_source}", f"Priority: {a.priority}"]
        details += [f"Milestone {m.due}: {m.title}" for m in a.milestones]
        details += [
            f"{i.name} ({i.unit}): baseline {i.baseline}, target {i.target}"
            for i in indicators
            if i.action_id == a.id
        ]
        plan_actions.append(
            {
                "title": a.title,
                "start_day": a.start.toordinal(),
                "end_day": a.end.toordinal(),
                "details": [line for line in details if line],
            }
        )
    plan = {
        "title": "Action plan",
        "place": PROFILE.name,
        "overview": overview,
        "actions": plan_actions,
        "first_day": first,
        "last_day": max(a.end for a in actions).toordinal(),
        "budget": [["Dimension", "Actions", "Planned", "Spent", "Share"]]
        + [[d.title, 40, "100,000.00", "40,000.00", "40 %"] for d in dimensions],
    }
    in_year = [a for a in actions if a.start.year <= TODAY.year <= a.end.year]
    annual = {
        "title": f"Annual integration report {TODAY.year}",
        "place": PROFILE.name,
        "groups": [
            (
                status,
                [["Action", "Dimension", "Responsible", "Dates", "Status"]]
                + [
                    [a.title, a.dimension, a.responsible_person, f"{a.start} – {a.end}", a.status]
                    for a in in_year
                    if a.status == status
                ],
            )
            for status in ("done", "in-progress", "planned", "dropped")
        ],
        "indicators": [["Indicator", "Baseline", "Target", "Latest", "Towards"]]
        + [[i.name, i.baseline, i.target, 12, "35 %"] for i in indicators],
    }
    return {
        "assessment": assessment,
        "plan": plan,
        "annual": annual,
        "worksheet": {"title": "Workshop worksheet", "sections": worksheet},
    }


def timed(command: list[str]) -> tuple[float, float]:
    """Wall time and processor time (user + system, the process and its children) of one run
    of ``command`` (it must succeed)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def median_times(runs: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


def libreoffice_command(soffice: str, data: dict, folder: Path) -> list[str]:
    """LibreOffice converting the assessment's and the plan's tables (CSV) to PDF, both in
    one start; run once here, as the first start sets up its profile (not counted)."""
    sheets = []
    for name, rows in (
        ("assessment", [row for s in data["assessment"]["sections"] for row in s["rows"]]),
        ("plan", data["plan"]["overview"]),
    ):
        sheet = folder / f"{name}.csv"
        with sheet.open("w", newline="", encoding="utf-8") as file:
            csv.writer(file).writerows(rows)
        sheets.append(str(sheet))
    profile = (folder / "lo-profile").as_uri()
    command = [soffice, f"-env:UserInstallation={profile}", "--headless"]
    command += ["--convert-to", "pdf", "--outdir", str(folder / "lo"), *sheets]
    timed(command)
    return command


def together(database: Path, data: dict, folder: Path, soffice: str | None, repeats: int):
    """The self-assessment and plan reports made by one command (``report assessment plan
    -o A -o B``, one start as LibreOffice converts both tables in one), and LibreOffice, in
    turn; medians (wall, processor) of each, LibreOffice's None when it is not installed."""
    both = [*APP, "report", "assessment", "plan", "--db", str(database)]
    both += ["-o", str(folder / "a-both.pdf"), "-o", str(folder / "p-both.pdf")]
    both += REPORTS["assessment"] + REPORTS["plan"]
    office = libreoffice_command(soffice, data, folder) if soffice else None
    app_runs, office_runs = [], []
    for _ in range(repeats):
        app_runs.append(timed(both))
        if office:
            office_runs.append(timed(office))
    return median_times(app_runs), (median_times(office_runs) if office else None)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=5)
    repeats = parser.parse_args().repeats
    # The app as installed, its bytecode compiled (pip does it): in a checkout run with
    # PYTHONDONTWRITEBYTECODE, every module edited since its last .pyc would be compiled
    # again in each timed run, a cost no user pays.
    compileall.compile_dir(Path(toolbox_desktop.__file__).parent, quiet=1)
    results: dict[str, tuple] = {}
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        database = folder / "town.sqlite3"
        content = make_database(database, content_root())
        data = floor_data(content)
        for kind, extra in REPORTS.items():
            data_file = folder / f"{kind}.json"
            data_file.write_text(json.dumps(data[kind], default=str), encoding="utf-8")
            floor_pdf, report_pdf = folder / f"floor-{kind}.pdf", folder / f"{kind}.pdf"
            floor = [sys.executable, str(HERE / "report_floors.py"), kind, str(data_file)]
            app = [*APP, "report", kind, "--db", str(database), "-o", str(report_pdf), *extra]
            floor_runs, app_runs = [], []
            for _ in range(repeats):  # in turn, so that a busy moment hits both alike
                floor_runs.append(timed([*floor, str(floor_pdf)]))
                app_runs.append(timed(app))
            results[kind] = (
                median_times(app_runs),
                median_times(floor_runs),
                pages(report_pdf),
                pages(floor_pdf),
            )
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        one_start, office = together(database, data, folder, soffice, repeats)
    print(f"medians of {repeats} runs; processor time (user + system), wall time in brackets")
    print(f"{'report':<12}{'app':>16}{'floor':>16}{'ratio':>8}   pages (app / floor)")
    for kind, (
        (app_wall, app_cpu),
        (floor_wall, floor_cpu),
        app_pages,
        floor_pages,
    ) in results.items():
        ratio = app_cpu / floor_cpu
        mark = "" if ratio <= TARGET else f"   over the {TARGET}x target"
        print(
            f"{kind:<12}{app_cpu:6.2f}s ({app_wall:5.2f}s){floor_cpu:6.2f}s ({floor_wall:5.2f}s)"
            f"{ratio:7.2f}x   {app_pages} / {floor_pages}{mark}"
        )
    apart = [sum(results[k][0][i] for k in ("assessment", "plan")) for i in (0, 1)]
    print(
        f"assessment + plan, one command each: {apart[1]:.2f}s ({apart[0]:.2f}s); "
        f"in one command (report assessment plan): {one_start[1]:.2f}s ({one_start[0]:.2f}s)"
    )
    if office is None:
        print("LibreOffice (soffice) not installed: skipped")
    else:
        # Processor time, steady on a shared machine, and wall time, what the user waits for;
        # both in one start each (LibreOffice converts both tables in one start).
        by_cpu = "faster" if one_start[1] < office[1] else "SLOWER"
        by_wall = "faster" if one_start[0] < office[0] else "SLOWER"
        print(
            f"LibreOffice, both tables in one start: {office[1]:.2f}s ({office[0]:.2f}s): "
            f"the app in one command {one_start[1] / office[1]:.2f}x, {by_cpu} in processor "
            f"time, {by_wall} in wall time"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

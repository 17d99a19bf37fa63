"""How the action plan scales: a realistic plan (100 actions) as the baseline, measured in the
same run as an empty plan and a plan of 10,000 actions.

For each size it times what a user waits for: opening the plan area (reading all actions and
filling the table), filtering by text, sorting by a column, redrawing the timeline, and the
budget overview; it prints the ratio of the 10,000-action plan to the baseline, and the peak
memory (resident set size, Qt included). The aim: no visible stall (each step well under a
second) with 10,000 actions.

    python benchmarks/plan_scale.py
"""

from __future__ import annotations

import os
import resource
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from toolbox_desktop.core.plan import STATUSES, Action, Milestone
from toolbox_desktop.paths import content_root
from toolbox_desktop.storage.plan_repository import PlanRepository
from toolbox_desktop.storage.workspace import open_workspace
from toolbox_desktop.ui.plan.action_filter import ActionFilter
from toolbox_desktop.ui.plan.action_model import END
from toolbox_desktop.ui.plan.plan_area import PlanArea

SIZES = (0, 100, 10_000)
BASELINE = 100
TODAY = date(2026, 3, 15)
REPEATS = 5


def fill(repository: PlanRepository, content, count: int) -> None:
    codes = [b for b in content.benchmarks]
    with repository.db.atomic():
        for n in range(count):
            benchmark = codes[n % len(codes)]
            start = TODAY + timedelta(days=(n * 37) % 900 - 300)
            repository.save_action(
                Action(
                    title=f"Action {n}: {benchmark.title}",
                    benchmarks=(benchmark.code,),
                    dimension=benchmark.dimension,
                    responsible_person=("Ayşe", "Jan", "Пётр", "Mariam")[n % 4],
                    start=start,
                    end=start + timedelta(days=30 + n % 400),
                    status=STATUSES[n % len(STATUSES)],
                    budget_cents=(n % 50) * 100_000,
                    funding_source="amif" if n % 3 else "municipal-budget",
                    milestones=(Milestone("Review", start + timedelta(days=20)),),
                )
            )


def timed(step) -> float:
    times = []
    for _ in range(REPEATS):
        begin = time.perf_counter()
        step()
        QApplication.processEvents()
        times.append(time.perf_counter() - begin)
    return statistics.median(times)


def measure(app: QApplication, folder: Path, count: int) -> dict[str, float]:
    workspace = open_workspace(folder / f"plan-{count}.sqlite3", content_root())
    fill(PlanRepository(workspace.conn), workspace.content, count)
    results: dict[str, float] = {}
    areas = []

    def open_area() -> None:
        area = PlanArea(workspace.conn, workspace.content, QUndoStack(), today=lambda: TODAY)
        area.resize(1280, 800)
        area.show()
        areas.append(area)

    results["open plan (read + table)"] = timed(open_area)
    area = areas[-1]
    proxy = area.page.table.proxy
    queries = iter(["roßlau", "budget", "ayse", "language", "plan"] * REPEATS)
    results["filter by text"] = timed(lambda: proxy.set_filter(ActionFilter(text=next(queries))))
    proxy.set_filter(ActionFilter())
    orders = iter([Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder] * REPEATS)
    results["sort by end date"] = timed(lambda: area.page.table.sortByColumn(END, next(orders)))
    actions = area.session.actions()
    area.tabs.setCurrentWidget(area.timeline)

    def redraw_timeline() -> None:
        area.timeline.set_actions(actions, TODAY)
        area.timeline.grab()

    results["timeline redraw"] = timed(redraw_timeline)
    results["budget overview"] = timed(lambda: area.budget.set_actions(actions))
    for opened in areas:
        opened.close()
        opened.deleteLater()
    workspace.close()
    return results


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    table: dict[int, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for count in SIZES:
            table[count] = measure(app, Path(folder), count)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    steps = list(table[SIZES[0]])
    print(f"median of {REPEATS} runs per step, in milliseconds")
    header = "".join(f"{f'{n} actions':>15}" for n in SIZES)
    print(f"{'step':<26}{header}{'10,000 / baseline':>20}")
    for step in steps:
        row = "".join(f"{table[n][step] * 1000:>15.1f}" for n in SIZES)
        ratio = table[SIZES[-1]][step] / max(table[BASELINE][step], 1e-9)
        print(f"{step:<26}{row}{ratio:>19.1f}x")
    print(f"peak memory of the whole process (RSS): {rss_mb:.0f} MB")
    slowest = max(table[SIZES[-1]].values())
    print(f"slowest step with {SIZES[-1]:,} actions: {slowest * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())

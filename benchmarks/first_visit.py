"""First visits: how long each area and each tab takes to show the first time, on the training
town (a realistic file), against an empty window shown in the same run.

Each area is visited in a fresh process (a first visit is only first once; the assessment
area reads the plan too, so visiting it after the plan would flatter it), the tabs of an area
right after it, each by a click on its tab. A visit is timed from the click until the page
has been painted, and so is the moment the busy state (wait cursor, "Loading…") came up. The
aim (issue 15): under 300 ms, or a busy state at once.

    python benchmarks/first_visit.py [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

AIM_MS = 300
CHILD = "--child"


def _painted(app) -> None:
    """Let the window lay out and paint everything pending."""
    app.processEvents()
    app.processEvents()


def visit(database: str, settings: str, area_row: int) -> dict[str, list[float | None]]:
    """In this process: show the window, then time the first visit of ``area_row`` and of
    each of its tabs (clicked), and when the busy state came up (None: it did not); first of
    all an empty window of the same size."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget

    from toolbox_desktop.app import build_main_window, create_application
    from toolbox_desktop.paths import content_root
    from toolbox_desktop.storage.workspace import open_workspace
    from toolbox_desktop.ui.common.settings import UiState

    busy_at: list[float] = []
    set_cursor = QApplication.setOverrideCursor

    def noted(cursor) -> None:
        busy_at.append(time.perf_counter())
        set_cursor(cursor)

    QApplication.setOverrideCursor = staticmethod(noted)
    state = UiState(QSettings(settings, QSettings.Format.IniFormat))
    app = create_application([], state)
    results: dict[str, list[float | None]] = {}

    def timed(name: str, step) -> None:
        busy_at.clear()
        begin = time.perf_counter()
        step()
        _painted(app)
        results[name] = [
            time.perf_counter() - begin,
            busy_at[0] - begin if busy_at else None,
        ]

    def show_empty() -> None:
        empty.show()

    empty = QMainWindow()
    empty.resize(1280, 720)
    timed("empty window", show_empty)
    empty.close()
    window = build_main_window(open_workspace(database, content_root()), state)
    window.resize(1280, 720)
    window.show()
    _painted(app)
    name = window.navigation_model.index(area_row, 0).data()
    timed(name, lambda: window.show_area(area_row))
    tabs = window.pages.currentWidget().findChild(QTabWidget)
    for index in range(1, tabs.count() if tabs is not None else 0):
        if not tabs.isTabEnabled(index):
            continue
        bar = tabs.tabBar()
        timed(
            f"{name} › {tabs.tabText(index).replace('&', '')}",
            lambda bar=bar, index=index: QTest.mouseClick(
                bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center()
            ),
        )
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    from toolbox_desktop.paths import content_root
    from toolbox_desktop.services.training_town import create_training_municipality
    from toolbox_desktop.storage.workspace import open_workspace
    from toolbox_desktop.ui.window.rows import LIBRARY_ROW, REPORTS_ROW

    timings: dict[str, list[float]] = {}
    busy_after: dict[str, list[float | None]] = {}
    with tempfile.TemporaryDirectory() as folder:
        database = str(Path(folder) / "town.sqlite3")
        settings = str(Path(folder) / "settings.ini")
        workspace = open_workspace(database, content_root())
        create_training_municipality(workspace.conn)
        workspace.close()
        # As installed: pip writes bytecode at install time, so let the warm-up write it.
        env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        for run in range(runs + 1):  # the first run only warms up (bytecode, file cache)
            for row in range(LIBRARY_ROW, REPORTS_ROW + 1):
                done = subprocess.run(
                    [sys.executable, __file__, CHILD, database, settings, str(row)],
                    check=True,
                    capture_output=True,
                    text=True,
                    env=env,
                )
                if run == 0:
                    continue
                for step, (seconds, busy) in json.loads(done.stdout.splitlines()[-1]).items():
                    timings.setdefault(step, []).append(seconds)
                    busy_after.setdefault(step, []).append(busy)
    empty = statistics.median(timings.pop("empty window"))
    print(f"median of {runs} first visits, in milliseconds (aim: < {AIM_MS} ms or busy at once)")
    print(f"{'empty window shown':<40}{empty * 1000:>8.0f}")
    for step, seconds in timings.items():
        median = statistics.median(seconds)
        busy = [b for b in busy_after[step] if b is not None]
        if median * 1000 < AIM_MS:
            mark = ""
        elif len(busy) == len(seconds):
            mark = f"  busy state after {statistics.median(busy) * 1000:.0f} ms"
        else:
            mark = "  over the aim, no busy state"
        print(f"{step:<40}{median * 1000:>8.0f}{median / empty:>8.1f}x empty{mark}")


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == CHILD:
        print(json.dumps(visit(sys.argv[2], sys.argv[3], int(sys.argv[4]))))
    else:
        main()

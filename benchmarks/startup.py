"""Start-up time of the app against a bare PySide6 window, measured in the same run.

Each sample is a fresh Python process, timed from launch until its window has been shown and
painted (for the app: with the library's content in it). Samples of the two alternate so
that machine load affects both alike. Prints medians and their ratio; the aim is <= 1.5x (issue 16).

    python benchmarks/startup.py [--runs 9]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("Hello"))
window.resize(1100, 720)
window.show()
app.processEvents()
import os; os._exit(0)
"""

APP = """
import sys
from PySide6.QtCore import QSettings
from toolbox_desktop.app import build_main_window, create_application
from toolbox_desktop.paths import content_root
from toolbox_desktop.storage.workspace import open_workspace
from toolbox_desktop.ui.common.settings import UiState
app = create_application([])
workspace = open_workspace(sys.argv[1], content_root())
state = UiState(QSettings(sys.argv[2], QSettings.Format.IniFormat))
window = build_main_window(workspace, state)
window.show()
app.processEvents()
assert window.library.tree_model.rowCount() == 5, "content must be on screen"
import os; os._exit(0)
"""


def sample(code: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    # Measure the app as installed: pip writes bytecode at install time, so allow the
    # warm-up run to write it even where the developer's shell forbids it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", code, *args], check=True, env=env, stderr=subprocess.DEVNULL
    )
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "bench.sqlite3")
        ini = str(Path(folder) / "settings.ini")
        first_run = sample(APP, db, ini)  # creates the database and loads the content pack
        sample(BARE)  # warm the file cache for both (and write our modules' bytecode)
        sample(APP, db, ini)
        town = str(Path(folder) / "town.sqlite3")
        make_town = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "toolbox_desktop", "demo", "--db", town],
            check=True,
            capture_output=True,
        )
        demo_seconds = time.perf_counter() - make_town
        sample(APP, town, ini)
        bare, app, training = [], [], []
        for _ in range(runs):
            bare.append(sample(BARE))
            app.append(sample(APP, db, ini))
            training.append(sample(APP, town, ini))
    bare_median, app_median = statistics.median(bare), statistics.median(app)
    town_median = statistics.median(training)
    print(f"runs per variant:        {runs}")
    print(f"bare PySide6 window:     {bare_median * 1000:7.1f} ms (median)")
    print(f"app, library shown:      {app_median * 1000:7.1f} ms (median)")
    print(f"app, very first run:     {first_run * 1000:7.1f} ms (creates db, loads content)")
    print(f"ratio app / bare:        {app_median / bare_median:7.2f}x  (aim: <= 1.50x)")
    print(f"`toolbox-desktop demo`:  {demo_seconds * 1000:7.1f} ms (creates the training town)")
    print(f"training town opened:    {town_median * 1000:7.1f} ms (median; aim: < 1000 ms)")


if __name__ == "__main__":
    main()

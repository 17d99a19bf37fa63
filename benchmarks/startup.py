"""Start-up time of the app against a bare PySide6 window, measured in the same run.

Each sample is a fresh Python process, timed from launch until its window has been shown and
painted (for the app: with the library's content in it, and its database closed as quitting
closes it). Samples of the two alternate so that machine load affects both alike. Prints
medians and their ratio; the aim is <= 1.5x (issue 16). Beside them, the "Qt floor" (see
``QT_USED``): what PySide6 itself costs a window using the app's Qt classes, and so how much of
the aim is left for the app's own work. And the app once it has also done
the work it leaves for after the window's first paint (``MainWindow.after_first_paint``:
starting ``ScreenFit``, the backup timer): when the start-up is finished.

Processor time (user + system of the process) is printed beside wall time: on a shared machine
wall time swings with the neighbours' load, processor time much less, so its ratio is the
steadier figure for comparing one version with the next.

The database is closed before the process ends because a file left open (``os._exit``) looks
to the next start like one left by a crash: its write-ahead log is read and checked page by
page (``storage/file_check``), about 20 ms that a user's ordinary start never pays.

    python benchmarks/startup.py [--runs 9]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
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

# In the order the real entry point imports (``toolbox-desktop`` -> cli -> app): the app
# before PySide6 (see app.py's docstring for why the order counts).
APP = """
import sys
from toolbox_desktop.app import build_main_window, create_application
from PySide6.QtCore import QSettings
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
workspace.close()  # as quitting does: the next start finds the file closed, not crashed
import os; os._exit(0)
"""

# The same, and then the work the window leaves for after its first paint
# (``MainWindow.after_first_paint``: starting ``ScreenFit``, the backup timer), done: the
# time until the app is fully started, printed beside the time until it is seen.
APP_SETTLED = APP.replace(
    "workspace.close()",
    """app.processEvents()  # the round after the first paint
from toolbox_desktop.ui.common.screen_fit import ScreenFit
assert app.findChild(ScreenFit) is not None, "the work after the first paint must be done"
workspace.close()""",
)


# What the app's start-up asks of PySide6 itself. PySide6 builds each Qt class, with all its
# enumerations, when it is first used (the ``Qt`` namespace alone takes about 20 ms): the
# classes the app's window uses cost the same in any PySide6 app with such a window. A run of
# the app lists them (a class built is one in its module's namespace), and the "Qt floor"
# sample imports them, then shows the bare window: the part of the start-up that is PySide6's,
# against which the app's own work (its modules, the file, the window, the painting) is seen.
QT_USED = APP.replace(
    "workspace.close()",
    """workspace.close()
import json
print(json.dumps({
    name: sorted(key for key in vars(module) if not key.startswith("_"))
    for name, module in sys.modules.items()
    if name.startswith("PySide6.Qt")
}))""",
)


def qt_floor_code(db: str, ini: str) -> str:
    """The bare window, after importing every Qt class the app's start-up used."""
    listed = subprocess.run(
        [sys.executable, "-c", QT_USED, db, ini],
        check=True,
        capture_output=True,
        text=True,
        env=child_env(),
    )
    used = json.loads(listed.stdout.strip().splitlines()[-1])
    imports = [
        f"from {module} import {', '.join(names)}" for module, names in used.items() if names
    ]
    return "\n".join(imports) + "\n" + BARE


CPU: list[float] = []  # processor time of each sample, in the order taken


def child_env() -> dict[str, str]:
    """The environment of every sample: offscreen unless told otherwise, and bytecode
    allowed (pip writes it at install time, so the warm-up run may write it even where the
    developer's shell forbids it: the app is measured as installed)."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def sample(code: str, *args: str) -> float:
    """Wall time of one fresh process running ``code``; its processor time goes to ``CPU``."""
    env = child_env()
    used = _children_cpu()
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", code, *args], check=True, env=env, stderr=subprocess.DEVNULL
    )
    wall = time.perf_counter() - start
    CPU.append(_children_cpu() - used)
    return wall


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


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
        floor_code = qt_floor_code(db, ini)
        sample(floor_code)
        bare, app, training, settled, floor = [], [], [], [], []
        bare_cpu, app_cpu = [], []
        for _ in range(runs):
            bare.append(sample(BARE))
            bare_cpu.append(CPU[-1])
            floor.append(sample(floor_code))
            app.append(sample(APP, db, ini))
            app_cpu.append(CPU[-1])
            training.append(sample(APP, town, ini))
            settled.append(sample(APP_SETTLED, db, ini))
    bare_median, app_median = statistics.median(bare), statistics.median(app)
    town_median = statistics.median(training)
    print(f"runs per variant:        {runs}")
    print(f"bare PySide6 window:     {bare_median * 1000:7.1f} ms (median)")
    floor_median = statistics.median(floor)
    print(
        f"Qt floor:                {floor_median * 1000:7.1f} ms (median; the bare window after "
        f"building the Qt classes the app uses: {floor_median / bare_median:.2f}x bare)"
    )
    print(f"app, library shown:      {app_median * 1000:7.1f} ms (median)")
    print(
        f"app, start-up finished:  {statistics.median(settled) * 1000:7.1f} ms (median; with "
        "the work left for after the first paint)"
    )
    print(f"app, very first run:     {first_run * 1000:7.1f} ms (creates db, loads content)")
    print(f"ratio app / bare:        {app_median / bare_median:7.2f}x  (aim: <= 1.50x)")
    print(
        f"the app's own work:      {(app_median - floor_median) * 1000:7.1f} ms above the Qt "
        f"floor; the aim leaves it {(1.5 * bare_median - floor_median) * 1000:.1f} ms"
    )
    bare_cpu_median, app_cpu_median = statistics.median(bare_cpu), statistics.median(app_cpu)
    print(
        f"processor time:          bare {bare_cpu_median * 1000:.1f} ms, app "
        f"{app_cpu_median * 1000:.1f} ms, ratio {app_cpu_median / bare_cpu_median:.2f}x"
    )
    print(f"`toolbox-desktop demo`:  {demo_seconds * 1000:7.1f} ms (creates the training town)")
    print(f"training town opened:    {town_median * 1000:7.1f} ms (median; aim: < 1000 ms)")


if __name__ == "__main__":
    main()

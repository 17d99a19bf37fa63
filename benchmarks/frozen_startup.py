"""Start-up of the app as most users get it, a frozen build, against a bare PySide6 window
frozen the same way, measured in the same run.

``benchmarks/startup.py`` times the app as pip installs it. A user without Python starts the
one-folder build that ``packaging/build.py`` makes (PyInstaller): the same code, but run
from bytecode in the build's archive, with no sources beside it. PySide6 reads the source of
every module an import statement names once PySide6 is loaded, looking for its optional
``from __feature__`` switches (about 25 ms of a pip-installed start, see the README's
Performance section); a frozen build has no sources to read, so it pays nothing there.

This script freezes the bare window of ``startup.py`` with PyInstaller (one folder, into a
temporary folder), then alternates fresh starts of the two: the app until its window has been
shown and painted with the library's content (``TOOLBOX_DESKTOP_SMOKE_TEST``: it then writes
one line about what it shows and quits, closing its database), the bare window until it has
been shown and painted. Prints medians, processor time beside wall time, and the ratio; the
aim is <= 1.5x (issue 16).

Needs the build (``python packaging/build.py``) and PyInstaller in this Python:

    python benchmarks/frozen_startup.py [--runs 9] [--program dist/toolbox-desktop/toolbox-desktop]
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

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PROGRAM = ROOT / "dist" / "toolbox-desktop" / "toolbox-desktop"

sys.path.insert(0, str(Path(__file__).resolve().parent))
from startup import BARE as PIP_BARE  # noqa: E402  (the same bare window as startup.py)

# Says when it was painted, as the app's report does (see ``until_shown``).
BARE = PIP_BARE.replace(
    "import os; os._exit(0)", "import time; print(time.time(), flush=True)\nimport os; os._exit(0)"
)
assert "time.time()" in BARE, "startup.py's bare window no longer ends as expected"


def freeze_bare(folder: Path) -> Path:
    """The bare window as a one-folder PyInstaller build in ``folder``; its executable."""
    script = folder / "bare_window.py"
    script.write_text(BARE, encoding="utf-8")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--onedir",
            "--noconfirm",
            "--log-level=WARN",
            "--distpath",
            str(folder / "dist"),
            "--workpath",
            str(folder / "build"),
            "--specpath",
            str(folder),
            str(script),
        ],
        check=True,
    )
    return folder / "dist" / "bare_window" / "bare_window"


def until_shown(command: list[str], env: dict, report: Path | None = None) -> float:
    """Seconds from launching ``command`` until its window was shown and painted: the moment
    the program noted (the bare window prints it; the app writes it into its report as
    ``shown_at``); what it does after (the app closes its database and writes its settings)
    is not counted."""
    if report is not None:
        report.unlink(missing_ok=True)  # a report left by the run before is never read
    start = time.time()
    done = subprocess.run(
        command, check=True, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    if report is None:
        return float(done.stdout.strip().splitlines()[-1]) - start
    shown = json.loads(report.read_text(encoding="utf-8").strip().splitlines()[-1])
    if shown.get("benchmarks_tree_rows") != 5:
        raise SystemExit(f"the window did not show the library: {shown}")
    return shown["shown_at"] - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--program", type=Path, default=DEFAULT_PROGRAM)
    args = parser.parse_args()
    program = args.program.resolve()
    if not program.is_file():
        print(f"no build at {program}: run packaging/build.py first", file=sys.stderr)
        return 1
    if not _has_pyinstaller():
        print(
            "PyInstaller is not installed in this Python: pip install pyinstaller", file=sys.stderr
        )
        return 1
    with tempfile.TemporaryDirectory(prefix="toolbox-frozen-") as temporary:
        folder = Path(temporary)
        bare = freeze_bare(folder)
        home = folder / "home"
        home.mkdir()
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
        }
        database = folder / "bench.sqlite3"
        report = folder / "shown.json"
        app_env = {**env, "TOOLBOX_DESKTOP_SMOKE_TEST": str(report)}
        app_command = [str(program), "--db", str(database)]
        until_shown(app_command, app_env, report)  # creates the database, loads the content
        until_shown([str(bare)], env)  # warm the file cache for both
        until_shown(app_command, app_env, report)
        bare_times, app_times = [], []
        for _ in range(args.runs):
            bare_times.append(until_shown([str(bare)], env))
            app_times.append(until_shown(app_command, app_env, report))
    bare_median, app_median = statistics.median(bare_times), statistics.median(app_times)
    print(f"runs per variant:            {args.runs}")
    print(f"bare PySide6 window, frozen: {bare_median * 1000:7.1f} ms (median, launch to painted)")
    print(f"app, library shown, frozen:  {app_median * 1000:7.1f} ms (median, launch to painted)")
    print(f"ratio app / bare:            {app_median / bare_median:7.2f}x  (aim: <= 1.50x)")
    return 0


def _has_pyinstaller() -> bool:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        return False
    return True


if __name__ == "__main__":
    sys.exit(main())

"""Smoke test of a built (or pip-installed) app, as a user would meet it.

    python packaging/smoke_test.py                      # the build in dist/
    python packaging/smoke_test.py --program PATH       # another executable
    python packaging/smoke_test.py --platform xcb       # the real X11 plugin (under xvfb-run)
    python packaging/smoke_test.py --timing 9           # also: start-up times, medians of 9

Checks, each in a fresh temporary folder, with HOME and the XDG folders pointed there too:
``--version``; the training town (``demo``); every report kind the program lists in
``report --help``, each a PDF; a package exported from the town and imported into a new
database; the window shown with the library's content (``TOOLBOX_DESKTOP_SMOKE_TEST``, see
``toolbox_desktop/app.py``); the window started on a package's import preview (as a file
manager opens a ``.toolbox`` file); portable mode (a ``portable`` file beside the program:
database and settings in ``data/`` beside it, nothing in the profile). Needs only the
standard library. Exits 1 at the first failure, naming it.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
TIMEOUT = 180  # seconds for one command; a first start on a slow CI machine takes a while


class SmokeError(Exception):
    pass


def default_program() -> Path:
    if sys.platform == "win32":
        return DIST / "toolbox-desktop" / "toolbox-desktop.exe"
    if sys.platform == "darwin":
        return DIST / "Local Integration Toolbox.app" / "Contents" / "MacOS" / "toolbox-desktop"
    return DIST / "toolbox-desktop" / "toolbox-desktop"


def program_folder_of(program: list[str]) -> Path:
    return program_folder(Path(program[-1])) if len(program) == 1 else Path(sys.prefix)


def program_folder(program: Path) -> Path:
    """Where the ``portable`` marker goes: beside the program (macOS: beside the .app)."""
    for parent in program.resolve().parents:
        if parent.suffix == ".app":
            return parent.parent
    return program.resolve().parent


class Runner:
    def __init__(self, program: list[str], home: Path, platform: str) -> None:
        self.program = program
        self.home = home
        self.env = {**os.environ, "HOME": str(home), "USERPROFILE": str(home)}
        for variable, folder in (
            ("XDG_CONFIG_HOME", ".config"),
            ("XDG_DATA_HOME", ".local/share"),
            ("XDG_CACHE_HOME", ".cache"),
            ("XDG_STATE_HOME", ".local/state"),
        ):
            self.env[variable] = str(home / folder)
        self.env.pop("TOOLBOX_DESKTOP_PORTABLE", None)
        self.env.pop("TOOLBOX_DESKTOP_PROGRAM_DIR", None)
        self.env.pop("TOOLBOX_DESKTOP_SMOKE_TEST", None)
        if platform == "native":
            self.env.pop("QT_QPA_PLATFORM", None)
        else:
            self.env["QT_QPA_PLATFORM"] = platform

    def run(self, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
        result = subprocess.run(
            [*self.program, *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            env={**self.env, **(env or {})},
            timeout=TIMEOUT,
        )
        if result.returncode != 0:
            raise SmokeError(
                f"{' '.join(args)} exited with {result.returncode}\n"
                f"stdout: {result.stdout[-2000:]}\nstderr: {result.stderr[-4000:]}"
            )
        return result

    def window(self, *args: str, env: dict | None = None) -> dict:
        """Start the window, wait until it is shown, and return what it reported."""
        report = self.home / f"shown-{time.monotonic_ns()}.json"
        self.run(*args, env={"TOOLBOX_DESKTOP_SMOKE_TEST": str(report), **(env or {})})
        if not report.is_file():
            raise SmokeError(f"the window never reported being shown ({' '.join(args)})")
        return json.loads(report.read_text(encoding="utf-8"))


def check(condition: bool, what: str) -> None:
    if not condition:
        raise SmokeError(what)
    print(f"ok  {what}", flush=True)


def is_pdf(path: Path) -> bool:
    return path.is_file() and path.read_bytes()[:5] == b"%PDF-" and path.stat().st_size > 1000


def report_kinds(runner: Runner) -> list[str]:
    help_text = runner.run("report", "--help").stdout
    # argparse wraps at the terminal's width: any run of spaces may be a line break
    found = re.search(r"KIND\s+one\s+(?:or\s+more\s+)?of:\s+(.*?)\n\s*\n", help_text, re.DOTALL)
    kinds = re.findall(r"[a-z][a-z-]*", found.group(1)) if found else []
    if not kinds:
        raise SmokeError(f"no report kinds in 'report --help':\n{help_text}")
    return kinds


# Word and spreadsheet versions (python-docx's template and openpyxl must be in the build).
EDITABLE = (
    ("assessment", "docx"),
    ("plan", "docx"),
    ("annual", "docx"),
    ("proposal", "docx"),
    ("letters", "docx"),
    ("assessment", "xlsx"),
    ("plan", "xlsx"),
)
WORD, SHEET = "word/document.xml", "xl/workbook.xml"


def is_zip_with(path: Path, member: str) -> bool:
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            return member in archive.namelist()
    except (OSError, zipfile.BadZipFile):
        return False


def region_file(runner: Runner, work: Path, town: Path) -> Path:
    """A region of the training town's anonymised package (``region merge``): what the region
    report and the region view open."""
    shared = work / "region" / "town.toolbox"
    shared.parent.mkdir()
    runner.run("export", "assessment", "--anonymised", "-o", str(shared), "--db", str(town))
    region = work / "region" / "region.sqlite3"
    runner.run("region", "merge", str(shared), "-o", str(region))
    check(region.is_file(), "region merge: a region file")
    return region


def smoke(program: list[str], platform: str, folder: Path | None) -> None:
    with tempfile.TemporaryDirectory(prefix="toolbox-smoke-") as temporary:
        work = Path(temporary)
        home = work / "home"
        home.mkdir()
        runner = Runner(program, home, platform)

        version = runner.run("--version").stdout.strip()
        check(re.fullmatch(r"toolbox-desktop \d+\.\d+\.\d+\S*", version) is not None, version)

        town = work / "town.sqlite3"
        runner.run("demo", "--db", str(town))
        check(town.is_file(), "demo: the training town written")

        region = region_file(runner, work, town)
        for kind in report_kinds(runner):
            pdf = work / "reports" / f"{kind}.pdf"
            pdf.parent.mkdir(exist_ok=True)
            extra = ["--region", str(region)] if kind == "region" else []
            runner.run("report", kind, "-o", str(pdf), "--db", str(town), *extra)
            check(is_pdf(pdf), f"report {kind}: {pdf.stat().st_size:,} bytes of PDF")
        for kind, extension in EDITABLE:
            made = work / "reports" / f"{kind}.{extension}"
            runner.run("report", kind, "-o", str(made), "--db", str(town), "--lang", "de")
            check(is_zip_with(made, WORD if extension == "docx" else SHEET), f"{made.name}")
        plan_sheet = work / "reports" / "plan.xlsx"
        again = runner.run("plan", "import", str(plan_sheet), "--db", str(town), "--dry-run")
        unchanged = "new 0, updated 0" in again.stdout and "rows left out 0" in again.stdout
        check(unchanged, f"plan import of its own spreadsheet: {again.stdout.strip()}")
        for kind in ("assessment", "plan"):
            pdf = work / "reports" / f"{kind}-de.pdf"
            runner.run("report", kind, "-o", str(pdf), "--db", str(town), "--lang", "de")
            check(is_pdf(pdf), f"report {kind} in German")

        package = work / "usb" / "our-town.toolbox"
        package.parent.mkdir()
        runner.run("export", "municipality", "-o", str(package), "--db", str(town))
        check(package.is_file(), "export: the town as a package")
        laptop = work / "laptop.sqlite3"
        runner.run("import", str(package), "--db", str(laptop))
        listed = runner.run("assessment", "list", "--format", "json", "--db", str(laptop))
        assessments = json.loads(listed.stdout)
        check(len(assessments) >= 1, f"import: {len(assessments)} assessment(s) on the laptop")

        shown = runner.window("--db", str(town))
        check(shown["visible"] and shown["benchmarks_tree_rows"] == 5, "window shown: library")
        check("TRAINING" in shown["title"], f"window title: {shown['title']}")
        check(shown["pdf_renderer"].startswith("pdfium"), f"preview: {shown['pdf_renderer']}")
        check(not shown["portable"], "not portable without the marker")

        opened = runner.window("--db", str(laptop), str(package))
        check(len(opened["dialogs"]) == 1, f"opening a package: {opened['dialogs']}")

        settings = Path(shown["settings"])
        check(
            settings.is_file() and not settings.is_relative_to(program_folder_of(program)),
            f"installed: settings in the profile ({settings})",
        )
        if folder is not None:
            portable(runner, folder)


def portable(runner: Runner, folder: Path) -> None:
    """A ``portable`` file beside the program: everything in ``data/`` beside it."""
    marker = folder / "portable"
    data = folder / "data"
    if marker.exists() or data.exists():
        raise SmokeError(f"{marker} or {data} exists already: remove them first")
    for path in runner.home.iterdir():
        shutil.rmtree(path) if path.is_dir() else path.unlink()
    marker.write_bytes(b"")
    try:
        shown = runner.window()
        check(shown["portable"] and shown["title"].endswith("portable"), shown["title"])
        check(Path(shown["database"]) == data / "toolbox.sqlite3", "portable database in data/")
        check((data / "toolbox.sqlite3").is_file(), "portable: database written")
        check((data / "settings.ini").is_file(), "portable: settings.ini written")
        written = [
            str(p.relative_to(runner.home))
            for p in runner.home.rglob("*")
            if p.is_file() and "shown-" not in p.name
        ]
        check(written == [], f"portable: nothing written into the profile {written}")
    finally:
        marker.unlink(missing_ok=True)
        shutil.rmtree(data, ignore_errors=True)


def timing(program: list[str], platform: str, runs: int) -> None:
    """Medians of ``--version`` and of starting until the window is shown (then quitting)."""
    with tempfile.TemporaryDirectory(prefix="toolbox-timing-") as temporary:
        home = Path(temporary) / "home"
        home.mkdir()
        runner = Runner(program, home, platform)
        database = Path(temporary) / "town.sqlite3"
        runner.run("demo", "--db", str(database))
        runner.window("--db", str(database))  # warm the file cache
        versions, windows = [], []
        for _ in range(runs):
            start = time.perf_counter()
            runner.run("--version")
            versions.append(time.perf_counter() - start)
            start = time.perf_counter()
            runner.window("--db", str(database))
            windows.append(time.perf_counter() - start)
    print(f"--version:      {statistics.median(versions) * 1000:7.0f} ms (median of {runs})")
    print(f"window shown:   {statistics.median(windows) * 1000:7.0f} ms (median of {runs})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--program", type=Path, default=None, help="the executable to test")
    parser.add_argument(
        "--installed",
        action="store_true",
        help="test the pip-installed app of this Python (python -m toolbox_desktop) instead",
    )
    parser.add_argument(
        "--platform",
        default="offscreen",
        help="QT_QPA_PLATFORM for the window: offscreen (default), xcb, or native (unset)",
    )
    parser.add_argument("--timing", type=int, default=0, metavar="RUNS")
    parser.add_argument("--skip-checks", action="store_true", help="only the timing")
    args = parser.parse_args()
    if args.installed:
        program, folder = [sys.executable, "-m", "toolbox_desktop"], None
    else:
        path = (args.program or default_program()).resolve()
        if not path.is_file():
            print(f"error: no program at {path}; run packaging/build.py first", file=sys.stderr)
            return 1
        program, folder = [str(path)], program_folder(path)
    print(f"smoke test of {' '.join(program)} (QT_QPA_PLATFORM={args.platform})", flush=True)
    try:
        if not args.skip_checks:
            smoke(program, args.platform, folder)
        if args.timing:
            timing(program, args.platform, args.timing)
    except (SmokeError, subprocess.TimeoutExpired) as error:
        print(f"FAILED: {error}", file=sys.stderr)
        return 1
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""How long packages take to export, check and import, against a baseline in the same run.

The municipality is the training town (2 assessments of 68 ratings, a 6-person workshop, 41
actions with indicators) plus 2,000 more actions, exported as one package, previewed and
imported into a fresh database, then imported again (nothing to change). The baseline is the
least any package needs: the package's own JSON files written into a zip and parsed back, with
no checks and no database. Prints median times and the ratio to the baseline.

    python benchmarks/packages.py
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
import zipfile
from datetime import date, timedelta
from pathlib import Path

from toolbox_desktop.core.plan import Action, Milestone
from toolbox_desktop.exchange.package_import import apply_import, preview_import
from toolbox_desktop.exchange.package_writer import export_municipality
from toolbox_desktop.paths import content_root
from toolbox_desktop.services.training_town import create_training_municipality
from toolbox_desktop.storage.plan_repository import PlanRepository
from toolbox_desktop.storage.workspace import open_workspace

REPEATS = 3
EXTRA_ACTIONS = 2000


def timed(step) -> float:
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        step()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def build_town(folder: Path):
    workspace = open_workspace(folder / "town.sqlite3", content_root())
    create_training_municipality(workspace.conn, date(2026, 11, 23))
    plans = PlanRepository(workspace.conn)
    codes = [b.code for b in workspace.content.benchmarks]
    with workspace.conn:
        for n in range(EXTRA_ACTIONS):
            start = date(2026, 1, 1) + timedelta(days=n % 700)
            plans.save_action(
                Action(
                    title=f"Action {n}: Sprachcafé · Пётр · مریم",
                    description="A realistic description of what is done and by whom. " * 3,
                    benchmarks=(codes[n % len(codes)],),
                    start=start,
                    end=start + timedelta(days=90),
                    budget_cents=100_000 + n,
                    milestones=(Milestone(title="Kick-off", due=start),),
                )
            )
    return workspace


def main() -> int:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        town = build_town(folder)
        package = folder / "town.toolbox"
        export_municipality(town.conn, package)
        with zipfile.ZipFile(package) as archive:
            members = {name: archive.read(name) for name in archive.namelist()}

        def plain_zip() -> None:
            raw = folder / "baseline.zip"
            with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:
                for member, content in members.items():
                    archive.writestr(member, content)
            with zipfile.ZipFile(raw) as archive:
                for member in archive.namelist():
                    json.loads(archive.read(member))

        base = timed(plain_zip)
        export = timed(lambda: export_municipality(town.conn, package))
        fresh = open_workspace(folder / "laptop.sqlite3", content_root())
        preview = timed(lambda: preview_import(fresh.conn, package))
        start = time.perf_counter()
        apply_import(fresh.conn, preview_import(fresh.conn, package))
        first_import = time.perf_counter() - start
        again = timed(lambda: preview_import(fresh.conn, package))
        size = package.stat().st_size
        rows = fresh.conn.execute("SELECT COUNT(*) FROM actions").fetchone()[0]
        fresh.close()
        town.close()
    print(f"package: {size / 1024:.0f} KB, {rows} actions imported")
    print(f"baseline (zip + JSON, no checks): {base * 1000:7.1f} ms")
    for label, seconds in (
        ("export municipality", export),
        ("preview import (fresh laptop)", preview),
        ("import (preview + write)", first_import),
        ("preview again (nothing to change)", again),
    ):
        print(f"{label:36} {seconds * 1000:7.1f} ms  ({seconds / base:5.1f}x baseline)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Regenerate the peer comparison screenshot on a virtual screen (QT_QPA_PLATFORM=offscreen).

python docs/screenshots/make_peer_screenshot.py

Three fictional peers (invented names) are written straight into the peer tables, as an
import of anonymised packages would, and our own fictional small town is rated beside them.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent

# municipality, country, kind, population, title, date, level per dimension (None: unrated)
PEERS = [
    (
        "Neustadt am Kamp",
        "Austria",
        "small-town",
        9100,
        "Integrationscheck 2025",
        "2025-11-20",
        {"gov": 3, "emp": 2, "edu": 3, "hea": 2, "hou": 1},
    ),
    (
        "",
        "Italy",
        "rural-area",
        None,
        "Autovalutazione 2025",
        "2025-06-05",
        {"gov": 1, "emp": 2, "edu": 2, "hea": None, "hou": 2},
    ),
    (
        "مریم‌آباد",
        "Sweden",
        "medium-town",
        41500,
        "Självskattning 2026",
        "2026-02-02",
        {"gov": 4, "emp": 3, "edu": 3, "hea": 3, "hou": 2},
    ),
]
# Our own fictional town: a level per dimension, varied a little per benchmark.
OURS = {"gov": 2, "emp": 3, "edu": 2, "hea": 1, "hou": 2}


def _level(base: int | None, position: int) -> int | None:
    if base is None:
        return None
    return max(0, min(4, base + (position % 3) - 1))


def insert_peers(conn, content) -> None:
    for number, (name, country, kind, population, title, day, levels) in enumerate(PEERS):
        peer_id = conn.execute(
            "INSERT INTO peer_assessments (uid, municipality, country, kind, population, "
            "title, assessed_on, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [f"peer-{number}", name, country, kind, population, title, day, "2026-03-01T10:00"],
        ).lastrowid
        for position, benchmark in enumerate(content.benchmarks):
            level = _level(levels[benchmark.dimension], position + number)
            if level is None:
                continue
            conn.execute(
                "INSERT INTO peer_ratings (peer_assessment_id, benchmark, level, exclusion, "
                "target) VALUES (?, ?, ?, '', ?)",
                [peer_id, benchmark.code, level, min(4, level + 1)],
            )
    conn.commit()


def peer_screenshot(path: Path | str = HERE / "peers.png") -> Path:
    """Build a temporary workspace with three peers and save the view at 1280×800."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from toolbox_desktop.core.assessment import Assessment, Rating
    from toolbox_desktop.paths import content_root
    from toolbox_desktop.storage.workspace import open_workspace
    from toolbox_desktop.ui.peers.peer_view import PeerComparisonView

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    path = Path(path)
    with tempfile.TemporaryDirectory() as folder:
        workspace = open_workspace(Path(folder) / "peers.sqlite3", content_root())
        try:
            content = workspace.content
            insert_peers(workspace.conn, content)
            ours = {
                b.code: Rating(b.code, level=_level(OURS[b.dimension], position + 1))
                for position, b in enumerate(content.benchmarks)
            }
            view = PeerComparisonView(workspace.conn, content)
            view.set_own(Assessment(1, "Self-assessment 2026", "2026-03-10"), ours)
            view.resize(1280, 800)
            view.show()
            app.processEvents()
            view.grab().save(str(path))
            view.close()
            view.deleteLater()
            app.processEvents()
        finally:
            workspace.close()
    return path


if __name__ == "__main__":
    print(f"screenshot written to {peer_screenshot()}")

"""Regenerate docs/screenshots/presentation.png: a projector slide with a workshop group's votes.

python docs/screenshots/make_presentation_screenshot.py

Seven participants of the fictional training town rate one housing benchmark from 1 to 4; the
slide shows their counts (never their names), the median and spread, and the agreed rating.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent
BENCHMARK = "hou.equitable-access.7"  # Use private housing stock in smaller municipalities
LEVELS = (1, 2, 2, 3, 3, 3, 4)  # seven participants, median 3, spread 3
NAMES = ("Anna", "Bernd", "Carla", "Dariusz", "Elif", "Frank", "Gül")  # never on the slide


def presentation_screenshot(path: Path | str = HERE / "presentation.png") -> Path:
    """Paint the slide at 1280×720 and save it to ``path``."""
    from PySide6.QtCore import QLocale

    from toolbox_desktop.app import create_application
    from toolbox_desktop.core.assessment import Assessment, Rating
    from toolbox_desktop.core.consensus import Participant, ParticipantRating, Votes
    from toolbox_desktop.paths import content_root
    from toolbox_desktop.services.training_town import load_story

    town_name = load_story().town_name
    from toolbox_desktop.storage.workspace import open_workspace
    from toolbox_desktop.ui.workshop.presentation import PresentationWindow

    # The offscreen platform reports the "C" locale; show dates as a British user sees them.
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    app = create_application(sys.argv[:1])
    path = Path(path)
    with tempfile.TemporaryDirectory() as folder:
        workspace = open_workspace(Path(folder) / "shot.sqlite3", content_root())
        try:
            content = workspace.content
            participants = [
                Participant(id=n, number=n, name=name) for n, name in enumerate(NAMES, start=1)
            ]
            votes = [
                Votes(
                    b.code,
                    tuple(ParticipantRating(b.code, level=level) for level in LEVELS)
                    if b.code == BENCHMARK
                    else (),
                )
                for b in content.benchmarks
            ]
            ratings = {BENCHMARK: Rating(BENCHMARK, level=3, target=4)}
            assessment = Assessment(1, "Workshop with the integration working group", "2026-03-12")
            window = PresentationWindow(
                content, assessment, ratings, votes, participants, municipality=town_name
            )
            window.start_at(BENCHMARK)
            window.resize(1280, 720)
            window.show()
            app.processEvents()
            window.grab().save(str(path))
            window.close()
        finally:
            workspace.close()
    return path


if __name__ == "__main__":
    print(f"written {presentation_screenshot()}")

"""Regenerate the README's screenshots on a virtual screen (QT_QPA_PLATFORM=offscreen).

python docs/screenshots/make_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings

from toolbox_desktop.app import build_main_window, create_application
from toolbox_desktop.paths import content_root
from toolbox_desktop.storage.workspace import open_workspace
from toolbox_desktop.ui.settings import UiState

HERE = Path(__file__).resolve().parent


def main() -> int:
    from PySide6.QtCore import QLocale

    # The offscreen platform reports the "C" locale; show dates as a British user sees them.
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    app = create_application(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        workspace = open_workspace(Path(folder) / "shots.sqlite3", content_root())
        state = UiState(QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat))
        window = build_main_window(workspace, state)
        window.resize(1280, 800)
        window.show()
        library = window.library
        library.splitter.setSizes([520, 760])

        library.select_code("gov.resources.3")
        app.processEvents()
        window.grab().save(str(HERE / "library.png"))

        library.search_edit.setText("rosslau")
        app.processEvents()
        window.grab().save(str(HERE / "library-search.png"))

        library.search_edit.clear()
        library.practices.set_filters("hou", "")
        library.select_code("hou.practice.diversity-cafe")
        app.processEvents()
        window.grab().save(str(HERE / "library-practices.png"))

        assessment_screenshots(app, window, workspace.content)
        window.close()
        workspace.close()
    print(f"screenshots written to {HERE}")
    return 0


def assessment_screenshots(app, window, content) -> None:
    """A fictional small town with two assessments a year apart."""
    from toolbox_desktop.core.assessment import OUTSIDE_COMPETENCE, Profile, Rating
    from toolbox_desktop.ui.assessment_area import COMPARE_TAB, DASHBOARD_TAB

    window.show_area(1)
    area = window.assessment_area
    session = area.session
    session.save_profile(
        Profile(
            name="Example town (fictional)",
            country="Germany",
            population=24000,
            kind="small-town",
            newcomers=380,
            staff_time="one officer, half time",
            competences=frozenset({"education", "employment", "housing"}),
        )
    )
    codes = [b.code for b in content.benchmarks]
    first = session.create_assessment("Self-assessment 2025", "2025-03-12", "Integration committee")
    for position, code in enumerate(codes[:52]):
        if session.rating(code) is None:
            level = (position * 7 + 3) % 5 if position % 4 else max(0, (position % 5) - 2)
            session.write_rating(first.id, code, Rating(code, level=level), expected=None)
    second = session.create_assessment(
        "Self-assessment 2026",
        "2026-03-10",
        "Mayor, integration officer, Café International, job centre, two volunteers",
        copy_from=first.id,
    )
    for position, code in enumerate(codes[:60]):
        old = session.rating(code)
        if old is not None and old.exclusion == OUTSIDE_COMPETENCE:
            continue
        level = min(4, (old.level if old and old.level is not None else 1) + (position % 3 == 0))
        session.write_rating(
            second.id,
            code,
            Rating(
                code,
                level=level,
                target=min(4, level + 1 + position % 2),
                priority=1 + position % 3,
                rated_by="Ayşe Yılmaz",
            ),
            expected=old,
        )
    code = "gov.resources.3"
    session.write_rating(
        second.id,
        code,
        Rating(
            code,
            level=1,
            target=3,
            priority=3,
            rated_by="Ayşe Yılmaz",
            evidence="Integration costs are booked under general social assistance "
            "(budget line 4.31). Council asked for a separate line from 2027.\n"
            "Haushaltsplan 2026, S. 112 · Bütçe notu · ملاحظة الميزانية",
            notes="Raise in the finance committee in May.",
        ),
        expected=session.rating(code),
    )
    area.page.rating_screen.select_code(code)
    app.processEvents()
    window.grab().save(str(HERE / "assessment-rating.png"))
    area.tabs.setCurrentIndex(DASHBOARD_TAB)
    app.processEvents()
    window.grab().save(str(HERE / "assessment-dashboard.png"))
    area.tabs.setCurrentIndex(COMPARE_TAB)
    app.processEvents()
    window.grab().save(str(HERE / "assessment-compare.png"))


if __name__ == "__main__":
    sys.exit(main())

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
from toolbox_desktop.ui.common.settings import UiState

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
        plan_screenshots(app, window)
        window.show_area(3)
        reports = window.reports_page
        reports.choose("annual")
        reports.year_spin.setValue(2026)
        reports.summary_edit.setPlainText(
            "A year of building: the welcome desk opened in November and the language café "
            "now meets twice a week."
        )
        reports.stories_edit.setPlainText("Volunteers of the Café International ran 40 evenings.")
        app.processEvents()
        window.grab().save(str(HERE / "reports.png"))
        reports.save_texts()
        preview_screenshot(app, reports)
        window.close()
        workspace.close()
        workshop_screenshot(app, Path(folder), state)
    from make_peer_screenshot import peer_screenshot
    from make_presentation_screenshot import presentation_screenshot

    peer_screenshot()
    presentation_screenshot()
    print(f"screenshots written to {HERE}")
    return 0


def wait(app, milliseconds: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def workshop_screenshot(app, folder: Path, state) -> None:
    """The training town's workshop: the consensus table, largest disagreement first."""
    from toolbox_desktop.ui.window.training import ensure_training_database

    path = folder / "training.sqlite3"
    ensure_training_database(path)
    workspace = open_workspace(path, content_root())
    window = build_main_window(workspace, state)
    window.resize(1280, 800)
    window.show()
    window.show_area(1)
    area = window.assessment_area
    area.tabs.setCurrentWidget(area.workshop)
    area.workshop.select_code(area.workshop.order()[1])
    area.workshop.agreed_panel.note_edit.setPlainText(
        "One course at the hospital in 2025; social services have asked for one next year."
    )
    app.processEvents()
    window.grab().save(str(HERE / "workshop.png"))
    window.close()
    workspace.close()


def preview_screenshot(app, reports) -> None:
    """The facilitator worksheet in the preview, on its fifth page."""
    opened = []
    reports.choose("worksheet")
    reports.facilitator_check.setChecked(True)
    reports.preview_opened.connect(opened.append)
    reports.preview_report()
    while not opened:
        wait(app, 100)
    dialog = opened[0]
    dialog.resize(900, 760)
    dialog.go_to_page(4)
    wait(app, 1500)
    dialog.grab().save(str(HERE / "report-preview.png"))
    dialog.close()


def assessment_screenshots(app, window, content) -> None:
    """A fictional small town with two assessments a year apart."""
    from toolbox_desktop.core.assessment import OUTSIDE_COMPETENCE, Profile, Rating
    from toolbox_desktop.ui.assessment.assessment_area import COMPARE_TAB, DASHBOARD_TAB

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


PLAN = [
    # title, benchmark, start, end, status, progress, owner, budget in euros, funding, milestone
    (
        "Separate budget line for integration",
        "gov.resources.3",
        "2026-01-15",
        "2026-12-31",
        "in-progress",
        40,
        "Finance department",
        0,
        "municipal-budget",
        ("Council vote", "2026-06-30"),
    ),
    (
        "Integration plan 2026-2030 with the committee",
        "gov.strategic-planning.1",
        "2025-10-01",
        "2026-09-30",
        "in-progress",
        60,
        "Integration officer",
        8000,
        "municipal-budget",
        ("Draft to council", "2026-05-15"),
    ),
    (
        "Welcome desk in the town hall",
        "gov.coordination.5",
        "2025-09-01",
        "2026-02-28",
        "in-progress",
        80,
        "Citizens' office",
        24000,
        "amif",
        ("Opening", "2025-11-03"),
    ),
    (
        "Join the regional integration network",
        "gov.coordination.2",
        "2026-03-01",
        "2026-06-30",
        "planned",
        0,
        "Mayor's office",
        0,
        "",
        None,
    ),
    (
        "Yearly survey of newcomers",
        "gov.informed-policymaking.1",
        "2026-09-01",
        "2027-01-31",
        "planned",
        0,
        "Integration officer",
        3500,
        "regional-programme",
        ("Questionnaire ready", "2026-10-01"),
    ),
    (
        "Job-matching fair with local employers",
        "emp.local-needs.3",
        "2026-04-01",
        "2026-10-31",
        "planned",
        10,
        "Job centre",
        12000,
        "esf-plus",
        ("Fair day", "2026-10-17"),
    ),
    (
        "Language courses with childcare",
        "emp.skills-recognition.2",
        "2026-02-01",
        "2027-06-30",
        "in-progress",
        25,
        "Adult education centre",
        45000,
        "amif",
        ("Second course", "2026-09-01"),
    ),
    (
        "Mentoring for small businesses",
        "emp.small-businesses.2",
        "2026-09-01",
        "2027-12-31",
        "idea",
        0,
        "Chamber of crafts",
        20000,
        "",
        None,
    ),
    (
        "Homework club in the library",
        "edu.resources.1",
        "2025-11-01",
        "2026-07-15",
        "in-progress",
        70,
        "Library",
        6000,
        "foundation",
        ("Volunteer training", "2025-12-01"),
    ),
    (
        "Multilingual school information evenings",
        "edu.parents.3",
        "2026-02-01",
        "2026-03-01",
        "planned",
        0,
        "School office",
        1500,
        "municipal-budget",
        None,
    ),
    (
        "Intercultural training for teachers",
        "edu.intercultural.2",
        "2026-10-01",
        "2027-05-31",
        "idea",
        0,
        "Schools",
        9000,
        "national-programme",
        None,
    ),
    (
        "Interpreter pool for doctors' appointments",
        "hea.language.1",
        "2025-06-01",
        "2025-12-31",
        "done",
        100,
        "Health office",
        15000,
        "regional-programme",
        ("Pool of 12 interpreters", "2025-09-30"),
    ),
    (
        "Landlord round table against discrimination",
        "hou.equitable-access.7",
        "2026-05-01",
        "2026-11-30",
        "planned",
        0,
        "Housing department",
        2500,
        "municipal-budget",
        None,
    ),
    (
        "Neighbourhood centre with services in one place",
        "hou.community.2",
        "2026-06-01",
        "2028-12-31",
        "idea",
        0,
        "Urban planning",
        180000,
        "esf-plus",
        ("Site chosen", "2026-12-15"),
    ),
    (
        "Bus line to the industrial zone",
        "hou.equitable-access.8",
        "2025-04-01",
        "2025-12-31",
        "dropped",
        0,
        "Transport office",
        60000,
        "regional-programme",
        None,
    ),
]


def plan_screenshots(app, window) -> None:
    """A plan of fifteen actions for the fictional town, shown as table and timeline."""
    from datetime import date

    from toolbox_desktop.core.plan import Action, Milestone, phase_for
    from toolbox_desktop.ui.plan.plan_area import TIMELINE_TAB

    today = date(2026, 3, 15)
    window.show_area(2)
    area = window.plan_area
    area._today = lambda: today
    area.session.today = lambda: today
    for title, code, start, end, status, progress, owner, euros, funding, milestone in PLAN:
        benchmark = window.content.item(code)
        end_day = date.fromisoformat(end)
        area.session.create_action(
            Action(
                title=title,
                benchmarks=(code,),
                dimension=benchmark.dimension,
                responsible_role=owner,
                start=date.fromisoformat(start),
                end=end_day,
                phase=phase_for(end_day, today),
                status=status,
                progress=progress,
                budget_cents=euros * 100 if euros else None,
                spent_cents=euros * progress if euros else None,
                funding_source=funding,
                milestones=(
                    Milestone(
                        milestone[0],
                        date.fromisoformat(milestone[1]),
                        done=date.fromisoformat(milestone[1]) < today,
                    ),
                )
                if milestone
                else (),
            )
        )
    area.session.select_action(area.session.actions()[0].id)
    app.processEvents()
    window.grab().save(str(HERE / "plan-table.png"))
    area.tabs.setCurrentIndex(TIMELINE_TAB)
    area.timeline.set_zoom("months")
    app.processEvents()
    window.grab().save(str(HERE / "plan-timeline.png"))


if __name__ == "__main__":
    sys.exit(main())

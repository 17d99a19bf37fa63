"""Pictures of every area, tab and dialog of the window, at the screen sizes councils have.

Why: a layout that fits the developer's 27-inch screen may cut text, or put buttons out of
reach, on a 1366 x 768 council laptop; only looking at the screens at those sizes shows it.
This script opens the app headless on the training town (the same town ``toolbox-desktop
demo`` writes) and saves a PNG of each area, each tab (nested tabs too, e.g. every tab of the
action editor), and each dialog that opens without the user's files: new, copied and edited
assessment, municipality profile, paper ratings, export and import of a package, restore from
a backup, report preview, About, presentation mode.

Usage::

    .venv/bin/python tools/screenshots.py OUT_FOLDER [--size 1280x720 ...] [--lang en de ...]

Sizes: ``1280x720`` and ``1366x768`` at 100 %, and ``1920x1080@150`` (150 % scaling: the
physical screen is 1920 x 1080, Qt works in logical pixels, so the window has 1280 x 720 to
lay itself out in and every picture is 1.5 times as large). Each size and language runs in a
process of its own, because the screen is chosen when Qt starts: Qt's headless platform
reads it from a file (``QT_QPA_PLATFORM=offscreen:configfile=screen.json``, with
``{"screens": [{"width": 1920, "height": 1080, ...}]}``) and the scaling from
``QT_SCALE_FACTOR=1.5``. The pictures land in ``OUT_FOLDER/<size>/<lang>/NN-place.png``; the
script prints every window or dialog larger than the screen (those are problems) and ends
with exit code 1 if there was one.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

SIZES = {
    "1280x720": (1280, 720, 1.0),
    "1366x768": (1366, 768, 1.0),
    "1920x1080@150": (1920, 1080, 1.5),
}
LANGUAGES = ("en", "de")
TOO_BIG = 3  # exit code of one run that found a window larger than the screen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder for the pictures")
    parser.add_argument("--size", nargs="+", choices=sorted(SIZES), default=list(SIZES))
    parser.add_argument("--lang", nargs="+", default=list(LANGUAGES))
    parser.add_argument("--one", nargs=2, metavar=("SIZE", "LANG"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        return capture(args.out, *args.one)
    worst = 0
    for size in args.size:
        for language in args.lang:
            result = _run_one(args.out, size, language)
            print(f"{size} {language}: {'ok' if result == 0 else f'problems ({result})'}")
            worst = max(worst, result)
    return 1 if worst else 0


def _run_one(out: Path, size: str, language: str) -> int:
    width, height, scale = SIZES[size]
    with tempfile.TemporaryDirectory() as folder:
        config = Path(folder) / "screen.json"
        screen = {"name": size, "x": 0, "y": 0, "width": width, "height": height}
        config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
        env = dict(os.environ)
        env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
        env["QT_SCALE_FACTOR"] = str(scale)
        env["XDG_DATA_HOME"] = str(Path(folder) / "data")  # backups of the town stay here
        env["XDG_CONFIG_HOME"] = str(Path(folder) / "config")
        env.pop("TOOLBOX_DESKTOP_PORTABLE", None)
        command = [sys.executable, __file__, str(out), "--one", size, language]
        return subprocess.run(command, env=env, check=False).returncode


# -- inside one run (Qt started with the screen of the size) ----------------------------------
def capture(out: Path, size: str, language: str) -> int:
    from PySide6.QtCore import QSettings, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from toolbox_desktop.ui.common import gui_thread_gc
    from toolbox_desktop.ui.common.language import apply_language
    from toolbox_desktop.ui.common.settings import UiState

    qInstallMessageHandler(_quiet)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    gui_thread_gc.install(app)
    apply_language(language)
    folder = out / size / language
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        state = UiState(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
        town, other, package = _town(work, language)
        shots = Shots(app, folder)
        try:
            window = _open_window(town, state)
            shots.take("window-as-opened", window)
            _visit_areas(shots, window)
            _visit_dialogs(shots, window, town, other, package, work)
            window.close()
        finally:
            other.close()
            town.close()
    for problem in shots.problems:
        print(f"  {size} {language}: {problem}")
    return TOO_BIG if shots.problems else 0


def _quiet(_kind, _context, message: str) -> None:
    """Qt's messages, less the headless platform's note on every window shown."""
    if "propagateSizeHints" not in message and "support raise()" not in message:
        print(message, file=sys.stderr)


def _town(work: Path, language: str):
    """The training town, with a neighbour's anonymised copy imported as a peer, a backup to
    restore and a package to preview."""
    from toolbox_desktop.exchange.package_import import apply_import, preview_import
    from toolbox_desktop.exchange.package_writer import export_municipality
    from toolbox_desktop.paths import content_root
    from toolbox_desktop.services.training_town import create_training_municipality
    from toolbox_desktop.storage.backups import take_backup
    from toolbox_desktop.storage.workspace import open_workspace

    town = open_workspace(work / "training-town.sqlite3", content_root(), language=language)
    create_training_municipality(town.conn, date.today(), language)
    package = export_municipality(town.conn, work / "shared.toolbox", anonymised=True)
    apply_import(town.conn, preview_import(town.conn, package))
    take_backup(town.path)
    other = open_workspace(work / "other.sqlite3", content_root(), language=language)
    return town, other, package


def _open_window(town, state):
    """The window as the app opens it (its own size and place for the screen)."""
    from toolbox_desktop.app import build_main_window

    window = build_main_window(town, state)
    window.show()
    _settle()
    return window


def _settle() -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QThread

    for _ in range(3):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        QThread.msleep(20)


class Shots:
    """Saves numbered pictures and notes each window larger than the screen's free area."""

    def __init__(self, app, folder: Path) -> None:
        self.app, self.folder = app, folder
        self.count = 0
        self.problems: list[str] = []

    def take(self, place: str, top) -> None:
        _settle()
        self.count += 1
        name = "".join(c if c.isalnum() else "-" for c in place.lower()).strip("-")
        top.grab().save(str(self.folder / f"{self.count:02d}-{name}.png"))
        screen = top.screen() or self.app.primaryScreen()
        available = screen.availableGeometry()
        frame = top.frameGeometry()
        if not available.contains(frame):
            self.problems.append(
                f"{place}: {type(top).__name__} {frame.width()} x {frame.height()} at "
                f"({frame.x()}, {frame.y()}) is not inside the screen's "
                f"{available.width()} x {available.height()}"
            )
        needs = top.minimumSizeHint()
        if needs.width() > available.width() or needs.height() > available.height():
            self.problems.append(
                f"{place}: {type(top).__name__} needs at least {needs.width()} x "
                f"{needs.height()}, more than the screen's {available.width()} x "
                f"{available.height()}"
            )

    def tabs(self, window, tabs, place: str) -> None:
        """Every tab of ``tabs`` and, inside each, every tab of the tab widgets shown."""
        from PySide6.QtWidgets import QTabWidget

        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            here = f"{place} {tabs.tabText(index).replace('&', '')}"
            self.take(here, window)
            for nested in tabs.widget(index).findChildren(QTabWidget):
                if nested.isVisible() and _outermost(nested, tabs):
                    self.tabs(window, nested, here)
        tabs.setCurrentIndex(0)

    def dialog(self, place: str, dialog) -> None:
        if dialog is None:
            self.problems.append(f"{place}: did not open")
            return
        if not dialog.isVisible():
            dialog.show()
        self.take(place, dialog)
        dialog.close()


def _outermost(tabs, within) -> bool:
    """True when no other tab widget lies between ``tabs`` and ``within``."""
    from PySide6.QtWidgets import QTabWidget

    parent = tabs.parentWidget()
    while parent is not None and parent is not within:
        if isinstance(parent, QTabWidget):
            return False
        parent = parent.parentWidget()
    return True


def _visit_areas(shots: Shots, window) -> None:
    from PySide6.QtWidgets import QTabWidget

    from toolbox_desktop.ui.window.rows import ASSESSMENT_ROW, PLAN_ROW

    model = window.navigation_model
    for row in range(model.rowCount()):
        window.show_area(row)
        name = model.index(row, 0).data()
        if row == ASSESSMENT_ROW:
            _prepare_assessment(window)
        if row == PLAN_ROW:
            _prepare_plan(window)
        page = window.pages.currentWidget()
        tab_widgets = [t for t in page.findChildren(QTabWidget) if _outermost(t, page)]
        if not tab_widgets:
            shots.take(name, window)
        for tabs in tab_widgets:
            if tabs.isVisible():
                shots.tabs(window, tabs, name)
        if row == ASSESSMENT_ROW:
            _evidence_in_sight(shots, window)
    window.show_area(0)


def _prepare_assessment(window) -> None:
    """The assessment the workshop runs on, a benchmark chosen to rate."""
    area = window.assessment_area
    session = area.session
    for assessment in session.assessments():
        if area.workshop.repository.mode(assessment.id):
            session.select_assessment(assessment.id)
    session.select_benchmark(window.content.benchmarks[1].code)
    area.workshop.participant_list.setCurrentRow(0)
    area.peers.peer_list.setCurrentRow(0)


def _prepare_plan(window) -> None:
    """The action with the most to show: indicators, milestones, a budget."""
    area = window.plan_area
    session = area.session
    chosen = [a for a in session.actions() if session.indicators(a.id) and a.budget_cents]
    if chosen:
        area.open_action(chosen[0].id)


def _evidence_in_sight(shots: Shots, window) -> None:
    """The rating screen after Alt+D (the evidence box), as a keyboard user sees it."""
    from toolbox_desktop.ui.assessment.assessment_area import RATE_TAB

    area = window.assessment_area
    area.tabs.setCurrentIndex(RATE_TAB)
    editor = area.page.rating_screen.editor
    evidence = getattr(editor, "evidence", None)
    if evidence is not None:
        evidence.setFocus()
        shots.take("Assessment rate evidence focused", window)


def _visit_dialogs(shots: Shots, window, town, other, package, work: Path) -> None:
    from toolbox_desktop.ui.backups.restore_dialog import RestoreDialog
    from toolbox_desktop.ui.exchange.export_dialog import ExportDialog
    from toolbox_desktop.ui.exchange.import_dialog import ImportDialog, check_packages
    from toolbox_desktop.ui.window.about import show_about
    from toolbox_desktop.ui.window.rows import ASSESSMENT_ROW

    window.show_area(ASSESSMENT_ROW)
    area = window.assessment_area
    page = area.page
    original = page.open_dialog
    page.open_dialog = lambda dialog: shots.dialog(f"dialog {type(dialog).__name__}", dialog)
    try:
        page.new_assessment()
        page.new_assessment(copy=True)
        page.edit_assessment()
        page.edit_profile()
    finally:
        page.open_dialog = original
    shots.dialog("dialog paper ratings", area.workshop.enter_paper_ratings())
    assessment = area.session.current_assessment()
    shots.dialog("dialog export package", ExportDialog(assessment, window))
    checked = check_packages(other.conn, [package])
    shots.dialog("dialog import preview", ImportDialog(other.conn, checked, window))
    shots.dialog("dialog restore", RestoreDialog(town.conn, town.path, window))
    shots.dialog("dialog about", show_about(window))
    _report_preview(shots, window, town, work)
    _presentation(shots, window)


def _report_preview(shots: Shots, window, town, work: Path) -> None:
    """The self-assessment report, made as the Reports area makes it, in the preview."""
    from toolbox_desktop.services.reports.building import build_report
    from toolbox_desktop.services.reports.choices import ReportChoices
    from toolbox_desktop.ui.common.language import current_language
    from toolbox_desktop.ui.reports.reports_page import report_translate
    from toolbox_desktop.ui.window.rows import REPORTS_ROW

    window.show_area(REPORTS_ROW)
    pdf = work / "report.pdf"
    key = window.reports_page.kind()
    build_report(key, town, ReportChoices(), pdf, report_translate, current_language())
    shots.dialog("dialog report preview", window.reports_page.footer.show_preview(pdf))


def _presentation(shots: Shots, window) -> None:
    from toolbox_desktop.ui.window.rows import ASSESSMENT_ROW
    from toolbox_desktop.ui.workshop.presenting import open_presentation

    window.show_area(ASSESSMENT_ROW)
    presentation = open_presentation(window.assessment_area, window.content)  # full screen
    shots.dialog("presentation", presentation)


if __name__ == "__main__":
    src = Path(__file__).resolve().parents[1] / "src"
    if src.is_dir() and str(src) not in sys.path:
        sys.path.insert(0, str(src))
    sys.exit(main())

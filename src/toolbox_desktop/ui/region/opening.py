"""File → Open region file…: a region file shown in a window of its own, beside the user's file.

The chosen file is checked first (read-only: ``services.reports.region_data.region_file_problem``,
the same check the region report makes): a file that is not a region file, or one made by a
newer version, is refused with a message and nothing is opened or changed. The user's own
newest assessment is read from the window's own file, once, to place the town in the region.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from toolbox_desktop.core.content import Content
from toolbox_desktop.ui.common import region_files
from toolbox_desktop.ui.common.busy import busy
from toolbox_desktop.ui.common.message_boxes import inform, warn
from toolbox_desktop.ui.common.messages import message_text
from toolbox_desktop.ui.region.region_window import RegionWindow

REPORT_SUFFIX = ".pdf"


def open_region_file(window, path: Path | None = None) -> RegionWindow | None:
    """Ask for a region file (unless ``path`` is given) and show it; ``window`` is the main
    window (its ``conn`` and ``content`` are the user's own). None when nothing was opened."""
    if path is None:
        path = region_files.choose_region_file(window)
        if path is None:
            return None
    return show_region(window, Path(path), window.conn, window.content)


def show_region(parent: QWidget, path: Path, conn, content: Content) -> RegionWindow | None:
    from toolbox_desktop.region.view_queries import region_figures
    from toolbox_desktop.services.reports.region_data import own_newest, region_file_problem

    problem = region_file_problem(path)
    if problem is not None:
        warn(parent, RegionOpening.tr("Cannot open the region file"), message_text(problem))
        return None
    with busy(parent):
        own = own_newest(conn, content) if conn is not None else None
    scores, title, day = own if own else (None, "", "")

    def load(year, band):
        return region_figures(path, year, band, scores, title, day)

    def save(region_window: QWidget, year: int | None):
        return save_region_report(region_window, path, conn, content, year)

    region_window = RegionWindow(path, content, load, save if conn is not None else None)
    _keep(parent, region_window)
    region_window.show()
    region_window.show_figures()
    return region_window


def _keep(parent: QWidget, region_window: RegionWindow) -> None:
    """The main window holds its region windows (no Qt parent: each is a window of its own
    in the task bar), and lets each go when it closes."""
    windows = getattr(parent, "region_windows", None)
    if windows is None:
        windows = parent.region_windows = []
    windows.append(region_window)
    region_window.destroyed.connect(
        lambda *_args: windows.remove(region_window) if region_window in windows else None
    )


def save_region_report(
    parent: QWidget, region: Path, conn, content: Content, year: int | None
) -> Path | None:
    """Save the region report (of ``year``) as a PDF where the user chooses."""
    from toolbox_desktop.services.reports import ReportChoices, prepare
    from toolbox_desktop.services.reports.region_data import RegionReportError
    from toolbox_desktop.storage.atomic_file import replacing

    target = choose_report_path(parent, region, year)
    if target is None:
        return None
    choices = ReportChoices(region=str(region), year=year)
    title = RegionOpening.tr("Report not saved")
    try:
        with busy(parent):
            report = prepare(
                "region",
                conn,
                content,
                choices,
                translate=QCoreApplication.translate,
                language=QLocale().name(),
            )
            with replacing(target) as partial:
                report(partial)
    except RegionReportError as error:
        warn(parent, title, message_text(error.message))
        return None
    except OSError as error:
        warn(parent, title, str(error.strerror or error))
        return None
    inform(
        parent,
        RegionOpening.tr("Report saved"),
        RegionOpening.tr("The region report was saved as {path}.").format(path=str(target)),
    )
    return target


def choose_report_path(parent: QWidget, region: Path, year: int | None) -> Path | None:
    stem = RegionOpening.tr("region-report")
    name = f"{stem}-{year}{REPORT_SUFFIX}" if year else f"{stem}{REPORT_SUFFIX}"
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        RegionOpening.tr("Save the region report"),
        str(region.with_name(name)),
        RegionOpening.tr("PDF documents (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix else path.with_suffix(REPORT_SUFFIX)


class RegionOpening(QObject):
    """Translation context of this module's messages (lupdate reads ``RegionOpening.tr``)."""

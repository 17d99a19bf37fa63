"""How fast the report preview shows the action plan of a town with 200 actions (68 pages,
7 of them landscape), drawn by pypdfium2; and, when QtPdf (PySide6-Addons, which the app
used before) happens to be installed, the same with QtPdf's own view, in the same run.

Two times for each: from opening the file until the first page's text is on screen (the
view, 880 x 640, fitted to the width, polled until dark pixels appear), and drawing every
page at the size the view shows them. Medians of several runs, taking turns; with QtPdf also
the ratio new/old.

    python benchmarks/preview.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from reports import PROFILE, TODAY, actions_for, indicators_for
from toolbox_desktop.core.pack import load_pack
from toolbox_desktop.paths import content_root
from toolbox_desktop.reports.plan_report import build_plan_report
from toolbox_desktop.ui.reports.page_view import PageView
from toolbox_desktop.ui.reports.pdf_pages import PdfPages

VIEW = QSize(880, 640)  # about the preview's page area on a 1280 x 720 screen
TIMEOUT = 30.0


def plan_report(folder: Path) -> Path:
    content = load_pack(content_root() / "whole-comm").content
    actions = actions_for(content, 200)
    path = folder / "plan.pdf"
    build_plan_report(content, PROFILE, actions, indicators_for(actions), path, today=TODAY)
    return path


def shows_text(widget: QWidget) -> bool:
    """Whether the widget shows dark pixels (text), not only the grey and the white page."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    return min(bytes(image.constBits())) < 80


def until_text(app: QApplication, widget: QWidget, start: float) -> float:
    while time.perf_counter() - start < TIMEOUT:
        if shows_text(widget):
            return time.perf_counter() - start
        app.processEvents()
        time.sleep(0.002)
    raise TimeoutError("the first page never showed")


def new_first_page(app: QApplication, pdf: Path) -> float:
    start = time.perf_counter()
    pages = PdfPages(pdf)
    view = PageView(pages)
    view.resize(VIEW)
    view.show()
    took = until_text(app, view.viewport(), start)
    view.close()
    pages.close()
    return took


def new_all_pages(app: QApplication, pdf: Path) -> float:
    pages = PdfPages(pdf)
    view = PageView(pages)
    view.resize(VIEW)
    view.show()
    app.processEvents()
    scale = view.zoom() * view.logicalDpiX() / 72
    start = time.perf_counter()
    for index in range(pages.page_count()):
        pages.render(index, scale)
    took = time.perf_counter() - start
    view.close()
    pages.close()
    return took


def old_first_page(app: QApplication, pdf: Path) -> float:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    start = time.perf_counter()
    document = QPdfDocument()
    document.load(str(pdf))
    view = QPdfView()
    view.setDocument(document)
    view.setPageMode(QPdfView.PageMode.MultiPage)
    view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
    view.resize(VIEW)
    view.show()
    took = until_text(app, view.viewport(), start)
    view.close()
    document.close()
    return took


def old_all_pages(app: QApplication, pdf: Path, widths: list[int]) -> float:
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    document.load(str(pdf))
    start = time.perf_counter()
    for index, width in enumerate(widths):
        points = document.pagePointSize(index)
        document.render(index, QSize(width, round(width * points.height() / points.width())))
    took = time.perf_counter() - start
    document.close()
    return took


def qtpdf_installed() -> bool:
    try:
        import PySide6.QtPdf
        import PySide6.QtPdfWidgets  # noqa: F401
    except ImportError:
        return False
    return True


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    app = QApplication.instance() or QApplication(sys.argv)
    with_old = qtpdf_installed()
    times: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        pdf = plan_report(Path(folder))
        pages = PdfPages(pdf)
        count = pages.page_count()
        view = PageView(pages)
        view.resize(VIEW)
        widths = [view.page_rect(index).width() for index in range(count)]
        pages.close()
        print(f"action plan report, 200 actions: {count} pages, {pdf.stat().st_size:,} bytes")
        for _run in range(runs):  # taking turns, so that machine load hits both alike
            measured = {
                "pypdfium2: first page shown": lambda: new_first_page(app, pdf),
                "pypdfium2: every page drawn": lambda: new_all_pages(app, pdf),
            }
            if with_old:
                measured["QtPdf: first page shown"] = lambda: old_first_page(app, pdf)
                measured["QtPdf: every page drawn"] = lambda: old_all_pages(app, pdf, widths)
            for name, measure in measured.items():
                times.setdefault(name, []).append(measure())
    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, seconds in medians.items():
        print(f"{name:<32} {seconds * 1000:8.0f} ms")
    if with_old:
        for what in ("first page shown", "every page drawn"):
            ratio = medians[f"pypdfium2: {what}"] / medians[f"QtPdf: {what}"]
            print(f"new/old, {what:<22} {ratio:8.2f}x")
    else:
        print("QtPdf (PySide6-Addons) is not installed: no comparison.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The PDF's charts as PNG pictures for the Word documents, drawn without Qt.

The radar, the bar chart and the Gantt chart are reportlab drawings and flowables, laid out for
the PDF with our fonts (any script, right-to-left text put in visual order). Drawing the same
object on a one-page PDF in memory and rasterising that page with pdfium gives the Word
document exactly the PDF's picture, without a second way of drawing charts. reportlab's own
rasteriser (renderPM) would need an extra package and cannot draw a flowable such as the Gantt.
"""

from __future__ import annotations

import io

import pypdfium2
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import Flowable

from toolbox_desktop.reports.fonts import register_fonts
from toolbox_desktop.reports.pdfium_lock import PDFIUM

DPI = 180  # sharp in print, small enough for a document sent by e-mail
POINTS_PER_INCH = 72


def flowable_png(flowable: Flowable, width: float, height: float | None = None) -> bytes:
    """``flowable`` (a Drawing, a GanttChart ...) laid out ``width`` points wide (and at most
    ``height`` high: a flowable fills what it is given), as PNG bytes at ``DPI``."""
    register_fonts()
    natural_width, natural_height = flowable.wrap(width, height or 10_000_000)
    page_width, page_height = max(natural_width, 1.0), max(natural_height, 1.0)
    buffer = io.BytesIO()
    canvas = pdf_canvas.Canvas(buffer, pagesize=(page_width, page_height))
    flowable.drawOn(canvas, 0, 0)
    canvas.showPage()
    canvas.save()
    with PDFIUM:  # the window may be drawing a preview with PDFium on the GUI thread
        document = pypdfium2.PdfDocument(buffer.getvalue())
        try:
            page = document[0]
            image = page.render(scale=DPI / POINTS_PER_INCH).to_pil()
            page.close()
        finally:
            document.close()
    out = io.BytesIO()
    image.convert("RGB").save(out, format="PNG", optimize=True, dpi=(DPI, DPI))
    return out.getvalue()


def png_size(png: bytes) -> tuple[int, int]:
    """Width and height in pixels of a PNG (its IHDR chunk), for tests and layout."""
    return int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")

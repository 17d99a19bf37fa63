"""One lock for every call into PDFium, which must never run on two threads at once.

The window draws PDF pages with PDFium on the GUI thread (``ui/reports/pdf_pages.py``), and
the Word documents rasterise their charts with it on the worker thread that writes them
(``reports/word/pictures.py``). A cancelled Word build may still be drawing when the next
preview opens: both hold this lock while they call PDFium.
"""

from __future__ import annotations

import threading

PDFIUM = threading.RLock()

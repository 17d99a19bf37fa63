"""The reports' font: DejaVu Sans, shipped in resources/fonts, registered once with reportlab.

Helvetica (reportlab's default) has no Cyrillic, Arabic or Persian letters; DejaVu Sans has them
all, including the Arabic presentation forms that shaping produces.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics

from toolbox_desktop.paths import resources_dir
from toolbox_desktop.reports import font_cache

FAMILY = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_FILES = {FAMILY: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


@cache
def register_fonts() -> str:
    """Register the font family (once per process) and return its name.

    Only the upright faces: reading a font's tables costs about 20 ms each (``font_cache``
    keeps them read), and no report prints italics (user text is escaped, so it cannot ask
    for them; DejaVu Sans Oblique has no Arabic or Persian letters anyway). Italic maps to the
    upright faces."""
    folder = resources_dir() / "fonts"
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(font_cache.load(name, folder / filename))
    addMapping(FAMILY, 0, 0, FAMILY)
    addMapping(FAMILY, 1, 0, BOLD)
    addMapping(FAMILY, 0, 1, FAMILY)
    addMapping(FAMILY, 1, 1, BOLD)
    return FAMILY

"""The reports' font: DejaVu Sans, shipped in resources/fonts, registered once with reportlab.

Helvetica (reportlab's default) has no Cyrillic, Arabic or Persian letters; DejaVu Sans has them
all, including the Arabic presentation forms that shaping produces.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from toolbox_desktop.paths import resources_dir

FAMILY = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_FILES = {
    FAMILY: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique": "DejaVuSans-Oblique.ttf",
    "DejaVuSans-BoldOblique": "DejaVuSans-BoldOblique.ttf",
}


@cache
def register_fonts() -> str:
    """Register the font family (once per process) and return its name."""
    folder = resources_dir() / "fonts"
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    addMapping(FAMILY, 0, 0, FAMILY)
    addMapping(FAMILY, 1, 0, BOLD)
    addMapping(FAMILY, 0, 1, "DejaVuSans-Oblique")
    addMapping(FAMILY, 1, 1, "DejaVuSans-BoldOblique")
    return FAMILY

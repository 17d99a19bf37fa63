"""Render the app icon from its SVG: PNGs for every size desktops ask for, an .ico for
Windows and an .icns for macOS, all in ``resources/icons/``.

    python packaging/make_icons.py

Run it after changing ``resources/icons/toolbox-desktop.svg`` and commit what it writes. The
app itself loads only the PNGs (``ui/common/app_icon.py``), so a frozen build needs neither
QtSvg nor Qt's SVG plugin. Needs PySide6 (QSvgRenderer is in PySide6-Essentials) and Pillow
(which reportlab already brings) for the .ico and .icns.
"""

from __future__ import annotations

import os
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SVG = ICONS / "toolbox-desktop.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    return ICONS / f"toolbox-desktop-{size}.png"


def render_pngs() -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"error: cannot read {SVG}")
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        if not image.save(str(png_path(size))):
            raise SystemExit(f"error: cannot write {png_path(size)}")


def write_ico_and_icns() -> None:
    from PIL import Image

    largest = Image.open(png_path(max(SIZES))).convert("RGBA")
    largest.save(
        ICONS / "toolbox-desktop.ico",
        format="ICO",
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=[Image.open(png_path(size)).convert("RGBA") for size in ICO_SIZES],
    )
    largest.save(ICONS / "toolbox-desktop.icns", format="ICNS")


def main() -> None:
    render_pngs()
    write_ico_and_icns()
    for path in sorted(ICONS.glob("toolbox-desktop*")):
        print(f"{path.relative_to(ICONS.parents[1])}  {path.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()

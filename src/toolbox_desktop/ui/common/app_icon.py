"""The app's icon for every window, from the PNGs rendered out of ``resources/icons/``.

PNGs rather than the SVG itself: a frozen build then needs neither QtSvg nor Qt's SVG image
plugin (``packaging/make_icons.py`` renders them).
"""

from __future__ import annotations

from PySide6.QtGui import QIcon

from toolbox_desktop.paths import resources_dir

ICON_NAME = "toolbox-desktop"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """Every size shipped, so that the title bar, the task bar and the About box each get a
    sharp one; an empty icon (Qt's default) when the files are missing."""
    icon = QIcon()
    folder = resources_dir() / "icons"
    for size in SIZES:
        path = folder / f"{ICON_NAME}-{size}.png"
        if path.is_file():
            icon.addFile(str(path))
    return icon

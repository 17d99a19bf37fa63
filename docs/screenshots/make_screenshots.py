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
from toolbox_desktop.ui.settings import UiState

HERE = Path(__file__).resolve().parent


def main() -> int:
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
        window.close()
        workspace.close()
    print(f"screenshots written to {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

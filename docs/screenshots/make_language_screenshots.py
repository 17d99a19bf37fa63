"""The README's language pictures: the library in Dutch and the dashboard in German, both on
the training town in that language (QT_QPA_PLATFORM=offscreen).

python docs/screenshots/make_language_screenshots.py
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
from toolbox_desktop.services.training_town import create_training_municipality
from toolbox_desktop.storage.workspace import open_workspace
from toolbox_desktop.ui.assessment.assessment_area import DASHBOARD_TAB
from toolbox_desktop.ui.common.language import apply_language
from toolbox_desktop.ui.common.settings import UiState

HERE = Path(__file__).resolve().parent


def window_in(language: str, folder: Path, app):
    apply_language(language)
    path = folder / f"training-{language}.sqlite3"
    workspace = open_workspace(path, content_root(), language=language)
    create_training_municipality(workspace.conn, language=language)
    state = UiState(QSettings(str(folder / f"{language}.ini"), QSettings.Format.IniFormat))
    window = build_main_window(workspace, state)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    return window


def main() -> int:
    app = create_application(sys.argv[:1])
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        dutch = window_in("nl", folder, app)
        dutch.library.select_code("gov.strategic-planning.1")
        app.processEvents()
        dutch.grab().save(str(HERE / "library-nl.png"))
        dutch.close()

        german = window_in("de", folder, app)
        german.show_area(1)
        area = german.assessment_area
        area.tabs.setCurrentIndex(DASHBOARD_TAB)
        app.processEvents()
        german.grab().save(str(HERE / "dashboard-de.png"))
        german.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

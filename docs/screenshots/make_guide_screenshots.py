"""The README's pictures of the leaders' guide: a quick win's page in the library, in the
plan (added with "Add to plan" if the training town does not have it yet), in English and in
Dutch, at 1280 x 720 (QT_QPA_PLATFORM=offscreen).

python docs/screenshots/make_guide_screenshots.py
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
from toolbox_desktop.ui.common.language import apply_language
from toolbox_desktop.ui.common.settings import UiState

HERE = Path(__file__).resolve().parent
QUICK_WIN = "qw.train-frontline-staff"


def quick_win_page(language: str, folder: Path, app, target: Path) -> None:
    apply_language(language)
    workspace = open_workspace(
        folder / f"training-{language}.sqlite3", content_root(), language=language
    )
    create_training_municipality(workspace.conn, language=language)
    state = UiState(QSettings(str(folder / f"{language}.ini"), QSettings.Format.IniFormat))
    window = build_main_window(workspace, state)
    window.resize(1280, 720)
    window.show()
    app.processEvents()
    library = window.library
    library.splitter.setSizes([480, 800])
    library.select_code(QUICK_WIN)
    app.processEvents()
    if not library.plan_bar.actions:
        library.plan_bar.add_button.click()
    app.processEvents()
    window.grab().save(str(target))
    window.close()
    workspace.close()


def main() -> int:
    app = create_application(sys.argv[:1])
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        quick_win_page("en", folder, app, HERE / "guide-quick-win.png")
        quick_win_page("nl", folder, app, HERE / "guide-quick-win-nl.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())

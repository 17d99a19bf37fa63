"""Regenerate the README's picture of the Reports page with the format choice (Word chosen for
the action plan), on a virtual screen of 1280 x 720 with the training town.

python docs/screenshots/make_word_window.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale, QSettings

from toolbox_desktop.app import build_main_window, create_application
from toolbox_desktop.paths import content_root
from toolbox_desktop.services.reports import DOCX
from toolbox_desktop.services.training_town import create_training_municipality
from toolbox_desktop.storage.workspace import open_workspace
from toolbox_desktop.ui.common.settings import UiState

HERE = Path(__file__).resolve().parent


def main() -> int:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    app = create_application(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        workspace = open_workspace(Path(folder) / "town.sqlite3", content_root())
        create_training_municipality(workspace.conn, today=date(2026, 3, 1))
        state = UiState(QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat))
        window = build_main_window(workspace, state)
        window.resize(1280, 720)
        window.show()
        window.show_area(3)
        app.processEvents()
        reports = window.reports_page
        reports.choose("plan")
        reports.footer.format_choice.choose(DOCX)
        app.processEvents()
        window.grab().save(str(HERE / "reports-word.png"))
        window.close()
        workspace.close()
    print("wrote reports-word.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

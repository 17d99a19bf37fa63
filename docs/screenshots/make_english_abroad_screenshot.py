"""The README's picture of English on a Swedish computer: the action plan with the dates and
amounts a Swede writes (2026-06-30, 6 000,00 €), on the English training town
(QT_QPA_PLATFORM=offscreen).

python docs/screenshots/make_english_abroad_screenshot.py
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
from toolbox_desktop.ui.common import language
from toolbox_desktop.ui.common.settings import UiState
from toolbox_desktop.ui.plan.action_form import BUDGET_TAB
from toolbox_desktop.ui.window.rows import PLAN_ROW

HERE = Path(__file__).resolve().parent


def main() -> int:
    app = create_application(sys.argv[:1])
    language.system_locale_name = lambda: "sv_SE"  # a computer set to Swedish
    language.apply_language("en")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        workspace = open_workspace(folder / "training.sqlite3", content_root(), language="en")
        create_training_municipality(workspace.conn, language="en")
        state = UiState(QSettings(str(folder / "en.ini"), QSettings.Format.IniFormat))
        window = build_main_window(workspace, state)
        window.resize(1366, 768)
        window.show()
        window.show_area(PLAN_ROW)
        app.processEvents()
        action = next(a for a in window.plan_area.session.actions() if a.budget_cents)
        window.open_action(action.id)
        window.plan_area.page.editor.form.tabs.setCurrentIndex(BUDGET_TAB)
        app.processEvents()
        window.grab().save(str(HERE / "plan-english-in-sweden.png"))
        window.close()
        workspace.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

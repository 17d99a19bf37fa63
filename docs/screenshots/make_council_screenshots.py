"""Regenerate the README's pictures of the Reports page for the council: the council proposal
with the plan's actions to tick (done and dropped ones listed with their status, not ticked)
and the advocacy letters with the health dimension's addressee, on a virtual screen of
1280 x 720 with the training town.

python docs/screenshots/make_council_screenshots.py
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
from toolbox_desktop.services.reports import LETTERS, PROPOSAL
from toolbox_desktop.services.training_town import create_training_municipality
from toolbox_desktop.storage.advocacy_addressees import Addressee, AdvocacyAddresseeRepository
from toolbox_desktop.storage.workspace import open_workspace
from toolbox_desktop.ui.common.settings import UiState

HERE = Path(__file__).resolve().parent
HEALTH = Addressee(
    "hea",
    "state",
    "Ministry of Health and Social Affairs",
    "Department of Public Health\nPO Box 1010\n40001 State Capital",
    "Thomas Brandt",
    "Mayor",
)


def main() -> int:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    app = create_application(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        workspace = open_workspace(Path(folder) / "town.sqlite3", content_root())
        create_training_municipality(workspace.conn, today=date(2026, 3, 1))
        AdvocacyAddresseeRepository(workspace.conn).save(HEALTH)
        state = UiState(QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat))
        window = build_main_window(workspace, state)
        window.resize(1280, 720)
        window.show()
        window.show_area(3)
        app.processEvents()
        reports = window.reports_page
        reports.choose(PROPOSAL)
        app.processEvents()
        window.grab().save(str(HERE / "reports-council-proposal.png"))
        reports.choose(LETTERS)
        reports.addressee_editor.show_dimension("hea")
        app.processEvents()
        window.grab().save(str(HERE / "reports-advocacy-addressees.png"))
        window.close()
        workspace.close()
    print("wrote reports-council-proposal.png, reports-advocacy-addressees.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Regenerate the import preview of a municipality package on a virtual screen
(QT_QPA_PLATFORM=offscreen): the town's fact sandwiches and letter addressees travel with it.

python docs/screenshots/make_package_preview_screenshot.py

A fictional town (invented names) exports everything; its second laptop, which had imported an
earlier package and changed an addressee since, previews the new one.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent


def preview_screenshot(path: Path | str = HERE / "package-preview.png") -> Path:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from toolbox_desktop.core.assessment import Profile, Rating
    from toolbox_desktop.exchange.package_import import apply_import, preview_import
    from toolbox_desktop.exchange.package_writer import export_municipality
    from toolbox_desktop.paths import content_root
    from toolbox_desktop.storage.advocacy_addressees import Addressee, AdvocacyAddresseeRepository
    from toolbox_desktop.storage.assessment_repository import AssessmentRepository
    from toolbox_desktop.storage.fact_sandwich_repository import (
        FactSandwich,
        FactSandwichRepository,
    )
    from toolbox_desktop.storage.workspace import open_workspace
    from toolbox_desktop.ui.exchange.import_dialog import ImportDialog, check_packages

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        town = open_workspace(folder / "town.sqlite3", content_root())
        laptop = open_workspace(folder / "laptop.sqlite3", content_root())
        try:
            assessments = AssessmentRepository(town.conn)
            assessments.save_profile(
                Profile(name="Lindenau", country="Germany", population=18_400, kind="small-town")
            )
            review = assessments.create("Self-assessment 2026", "2026-03-02", "")
            for benchmark in town.content.benchmarks[:12]:
                assessments.save_rating(review.id, Rating(benchmark.code, level=2))
            addressees = AdvocacyAddresseeRepository(town.conn)
            addressees.save(
                Addressee("hou", "state", "Ministry of Housing", "Schlossplatz 1\n01067 Dresden")
            )
            first = folder / "first.toolbox"
            export_municipality(town.conn, first)
            apply_import(laptop.conn, preview_import(laptop.conn, first))
            AdvocacyAddresseeRepository(laptop.conn).save(
                Addressee("hou", "district", "District of Lindenau", "Am Markt 3\n04000 Lindenau")
            )
            sandwiches = FactSandwichRepository(town.conn)
            sandwiches.save(
                FactSandwich(
                    topic="Jobs",
                    fact="Newcomers fill one in five open jobs in our care homes.",
                    myth="You may have heard that newcomers take jobs away.",
                    why_wrong="The jobs were open for months: nobody else applied.",
                    fact_again="Newcomers fill one in five open jobs in our care homes.",
                )
            )
            sandwiches.save(FactSandwich(topic="Schools", fact="Class sizes did not grow."))
            addressees.save(Addressee("emp", "national-ministry", "Federal Employment Agency"))
            package = folder / "Lindenau.toolbox"
            export_municipality(town.conn, package)
            dialog = ImportDialog(laptop.conn, check_packages(laptop.conn, [package]))
            dialog.resize(900, 240)
            dialog.show()
            for index in range(dialog.tree.topLevelItemCount()):
                dialog.tree.expandItem(dialog.tree.topLevelItem(index))
            app.processEvents()
            dialog.grab().save(str(path))
            dialog.close()
        finally:
            town.close()
            laptop.close()
    return Path(path)


if __name__ == "__main__":
    print(preview_screenshot())

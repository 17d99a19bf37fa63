"""English on a Swedish computer: the plan made on the Reports page and by `toolbox-desktop
report plan --lang en` (LANG=sv_SE.UTF-8) is the same document, with the dates and amounts a
Swede writes (2026-12-07, 12 500,50), not the American ones."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from reports_ui_helpers import BUILD_TIMEOUT_MS, answer_save_dialog, pdf_text, save_and_wait

from toolbox_desktop.cli import EXIT_OK, main
from toolbox_desktop.core.plan import Action
from toolbox_desktop.storage.plan_repository import PlanRepository
from toolbox_desktop.ui.common import language
from toolbox_desktop.ui.reports import build_job
from toolbox_desktop.ui.reports.reports_page import ReportsPage


def test_english_on_a_swedish_computer_in_both_faces(workspace, qtbot, monkeypatch, tmp_path):
    PlanRepository(workspace.conn).save_action(
        Action(title="Welcome desk", end=date(2026, 12, 7), budget_cents=1_250_050)
    )
    for variable in ("LC_ALL", "LC_NUMERIC", "LC_TIME"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "sv_SE.UTF-8")
    from_cli = tmp_path / "cli.pdf"
    arguments = ["report", "plan", "--lang", "en", "--page-size", "A4"]
    assert main([*arguments, "--db", str(workspace.path), "-o", str(from_cli)]) == EXIT_OK

    monkeypatch.setattr(language, "system_locale_name", lambda: "sv_SE")
    previous = QLocale()
    QLocale.setDefault(language.locale_for("en"))  # what apply_language("en") sets
    try:
        page = ReportsPage(workspace.conn, workspace.content)
        qtbot.addWidget(page)
        page.show()
        page.choose("plan")
        assert page.page_size_combo.currentData() == "A4"  # Sweden prints on A4, not Letter
        from_page = tmp_path / "page.pdf"
        answer_save_dialog(monkeypatch, from_page)
        try:
            save_and_wait(qtbot, page, from_page)
        finally:
            assert build_job.wait_for_all(BUILD_TIMEOUT_MS)
            QApplication.processEvents()
    finally:
        QLocale.setDefault(previous)
    text = pdf_text(from_page)
    assert text == pdf_text(from_cli)
    assert "Welcome desk" in text and "2026-12-07" in text and "12/7/2026" not in text
    assert re.search(r"12\s500,50", text) and "12,500.50" not in text

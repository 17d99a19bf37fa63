"""The Reports page's format choice: offered for reports made in more than one format, it
names the save button and the file dialog's filter and extension, and "Save" writes that
format through the same worker; Preview and Print stay PDF."""

from __future__ import annotations

import pytest
from docx import Document
from PySide6.QtWidgets import QApplication
from reports_ui_helpers import BUILD_TIMEOUT_MS, answer_save_dialog, save_and_wait

from toolbox_desktop.services.reports import DOCX, PDF
from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.ui.reports import build_job
from toolbox_desktop.ui.reports.reports_page import ASSESSMENT, PLAN, WORKSHEET, ReportsPage


@pytest.fixture
def page(qtbot, workspace):
    AssessmentRepository(workspace.conn).create("Autumn review", "2025-10-01")
    page = ReportsPage(workspace.conn, workspace.content)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    yield page
    assert build_job.wait_for_all(BUILD_TIMEOUT_MS), "a build did not end"
    QApplication.processEvents()


def formats_offered(page) -> list[str]:
    combo = page.footer.format_choice.combo
    return [combo.itemData(i) for i in range(combo.count())]


def test_the_choice_shows_only_for_reports_made_in_several_formats(page):
    choice = page.footer.format_choice
    page.choose(WORKSHEET)
    assert not choice.isVisible()
    assert page.save_button.text() == "&Save as PDF…"
    page.choose(ASSESSMENT)
    assert choice.isVisible()
    assert formats_offered(page)[:2] == [PDF, DOCX]
    assert choice.combo.itemText(1) == "Word document (to edit)"
    assert choice.label.buddy() is choice.combo


def test_choosing_word_renames_the_button_and_going_back_to_a_pdf_only_report_resets_it(page):
    page.choose(ASSESSMENT)
    page.footer.format_choice.choose(DOCX)
    assert page.save_button.text() == "&Save as Word document…"
    page.choose(PLAN)  # made as a Word document too: the choice stays
    assert page.footer.format_choice.format() == DOCX
    page.choose(WORKSHEET)
    assert page.save_button.text() == "&Save as PDF…"


def test_saving_as_word_writes_a_docx_with_the_reports_headings(page, qtbot, tmp_path, monkeypatch):
    page.choose(ASSESSMENT)
    page.footer.format_choice.choose(DOCX)
    target = tmp_path / "chosen-name"  # the extension is added
    calls = answer_save_dialog(monkeypatch, target)
    expected = tmp_path / "chosen-name.docx"
    with qtbot.waitSignal(page.report_saved, timeout=BUILD_TIMEOUT_MS) as blocker:
        page.save_button.click()
    assert blocker.args == [str(expected)]
    args, _kwargs = calls[0]
    assert args[1] == "Save the report as a Word document"
    assert args[2].endswith("self-assessment-report-2025-10-01.docx")
    assert args[3] == "Word documents (*.docx)"
    document = Document(str(expected))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[0] == "Summary"
    assert page.open_button.isVisible() and page.open_button.text() == "&Open document"


def test_preview_stays_pdf_when_word_is_chosen(page, qtbot, tmp_path, monkeypatch):
    page.choose(PLAN)
    page.footer.format_choice.choose(DOCX)
    shown = []
    monkeypatch.setattr(page.footer, "show_preview", shown.append)
    with qtbot.waitSignal(page.footer.busy_changed, timeout=BUILD_TIMEOUT_MS):
        page.preview_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=BUILD_TIMEOUT_MS)
    assert shown[0].read_bytes().startswith(b"%PDF")


def test_saving_a_pdf_still_saves_a_pdf(page, qtbot, tmp_path, monkeypatch):
    page.choose(PLAN)
    target = tmp_path / "plan.pdf"
    answer_save_dialog(monkeypatch, target)
    save_and_wait(qtbot, page, target)
    assert target.read_bytes().startswith(b"%PDF")


def test_a_spreadsheet_greys_out_the_options_it_has_no_use_for(page):
    from toolbox_desktop.services.reports import XLSX

    options = page.options_box
    page.choose(PLAN)
    group = options.widgets["group_by"]
    assert group.isEnabled() and options.page_size_combo.isEnabled()
    page.footer.format_choice.choose(XLSX)
    assert not group.isEnabled() and not options.page_size_combo.isEnabled()
    assert group.toolTip() == "Not used in a spreadsheet."
    page.choose(ASSESSMENT)  # a spreadsheet still: which assessment matters, the rest not
    assert page.footer.format_choice.format() == XLSX
    assert options.widgets["assessment"].isEnabled()
    assert not options.widgets["compare_with"].isEnabled()
    page.choose(WORKSHEET)  # a PDF only: everything counts again
    assert options.page_size_combo.isEnabled() and options.widgets["compare_with"].isEnabled()
    assert group.toolTip() != "Not used in a spreadsheet."

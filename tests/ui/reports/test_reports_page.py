"""The Reports page: choose a report, save it as a PDF built off the GUI thread, cancel,
the annual texts, the empty state."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QLocale, Qt, QThread, QTimer
from PySide6.QtWidgets import QApplication
from reports_ui_helpers import (
    BUILD_TIMEOUT_MS,
    answer_save_dialog,
    leftovers,
    pdf_text,
    save_and_wait,
)

from toolbox_desktop.storage.annual_texts import AnnualTextRepository, AnnualTexts
from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.storage.database import connect
from toolbox_desktop.ui.reports import build_job
from toolbox_desktop.ui.reports.reports_page import (
    ANNUAL,
    ASSESSMENT,
    PLAN,
    WORKSHEET,
    ReportsPage,
    default_page_size,
)


@pytest.fixture
def make_page(qtbot, workspace):
    pages = []

    def make() -> ReportsPage:
        page = ReportsPage(workspace.conn, workspace.content)
        qtbot.addWidget(page)
        page.resize(1280, 800)
        page.show()
        pages.append(page)
        return page

    yield make
    assert build_job.wait_for_all(BUILD_TIMEOUT_MS), "a PDF build did not end"
    QApplication.processEvents()
    assert not build_job.running_jobs()


@pytest.fixture
def with_assessments(workspace):
    repository = AssessmentRepository(workspace.conn)
    first = repository.create("Autumn review", "2025-10-01")
    second = repository.create("Spring check", "2026-03-01")
    return first, second


def test_without_an_assessment_its_report_is_disabled_and_explained(make_page):
    page = make_page()
    assert not page.kind_buttons[ASSESSMENT].isEnabled()
    assert page.no_assessment_label.isVisible()
    assert "no assessment yet" in page.no_assessment_label.text()
    assert page.kind() == WORKSHEET


def test_assessments_are_listed_newest_first_and_compare_offers_earlier_ones(
    make_page, with_assessments
):
    first, second = with_assessments
    page = make_page()
    assert page.kind_buttons[ASSESSMENT].isEnabled()
    assert not page.no_assessment_label.isVisible()
    assert page.kind() == ASSESSMENT
    ids = [page.assessment_combo.itemData(i) for i in range(page.assessment_combo.count())]
    assert ids == [second.id, first.id]
    compare = [page.compare_combo.itemData(i) for i in range(page.compare_combo.count())]
    assert compare == [None, first.id]
    page.assessment_combo.setCurrentIndex(1)
    assert page.compare_combo.count() == 1  # nothing earlier than the oldest


def test_page_size_defaults_from_the_locale():
    assert default_page_size(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) == (
        "Letter"
    )
    assert default_page_size(QLocale(QLocale.Language.French, QLocale.Country.Canada)) == ("Letter")
    assert default_page_size(QLocale(QLocale.Language.German, QLocale.Country.Germany)) == "A4"
    # the rest of the Americas and the Philippines (CLDR's paper data) print on Letter too
    for language, territory in (
        (QLocale.Language.Spanish, QLocale.Country.Mexico),
        (QLocale.Language.Spanish, QLocale.Country.Chile),
        (QLocale.Language.Filipino, QLocale.Country.Philippines),
    ):
        assert default_page_size(QLocale(language, territory)) == "Letter"
    for language, territory in (
        (QLocale.Language.Spanish, QLocale.Country.Spain),
        (QLocale.Language.Portuguese, QLocale.Country.Brazil),
        (QLocale.Language.English, QLocale.Country.UnitedKingdom),
    ):
        assert default_page_size(QLocale(language, territory)) == "A4"


@pytest.mark.parametrize(
    ("kind", "title"),
    [
        (PLAN, "Action plan"),
        (WORKSHEET, "Self-assessment worksheet"),
    ],
)
def test_each_report_is_saved_as_pdf(make_page, qtbot, monkeypatch, tmp_path, kind, title):
    page = make_page()
    target = tmp_path / "out" / "report.pdf"
    target.parent.mkdir()
    calls = answer_save_dialog(monkeypatch, target)
    page.choose(kind)
    save_and_wait(qtbot, page, target)
    assert len(calls) == 1
    assert title in pdf_text(target)
    assert leftovers(target.parent) == []
    assert page.open_button.isVisible()
    assert str(target) in page.status_label.text()


def test_the_keyboard_stays_on_the_save_button_while_the_report_is_made(
    make_page, qtbot, monkeypatch, tmp_path
):
    """The button pressed is disabled while the report is made: the focus went on to the
    area list, and the next arrow key left the Reports area."""
    page = make_page()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    target = tmp_path / "plan.pdf"
    answer_save_dialog(monkeypatch, target)
    page.choose(PLAN)
    page.save_button.setFocus()
    qtbot.waitUntil(page.save_button.hasFocus)
    seen = []
    page.footer.busy_changed.connect(lambda busy: seen.append((busy, QApplication.focusWidget())))
    with qtbot.waitSignal(page.report_saved, timeout=BUILD_TIMEOUT_MS):
        qtbot.keyClick(page.save_button, Qt.Key.Key_Space)
    assert seen[0] == (True, page.cancel_button), "Cancel, in reach of Enter and Esc"
    assert QApplication.focusWidget() is page.save_button


def test_assessment_report_with_comparison(
    make_page, qtbot, monkeypatch, tmp_path, with_assessments
):
    page = make_page()
    page.choose(ASSESSMENT)
    page.compare_combo.setCurrentIndex(1)
    target = tmp_path / "assessment.pdf"
    answer_save_dialog(monkeypatch, target)
    save_and_wait(qtbot, page, target)
    text = pdf_text(target)
    assert "Self-assessment report" in text
    assert "Spring check" in text


def test_facilitator_worksheet_and_letter(make_page, qtbot, monkeypatch, tmp_path):
    page = make_page()
    page.choose(WORKSHEET)
    page.facilitator_check.setChecked(True)
    page.page_size_combo.setCurrentIndex(page.page_size_combo.findData("Letter"))
    target = tmp_path / "facilitator"  # no suffix: .pdf is added
    answer_save_dialog(monkeypatch, target)
    with qtbot.waitSignal(page.report_saved, timeout=BUILD_TIMEOUT_MS):
        page.save_button.click()
    saved = tmp_path / "facilitator.pdf"
    assert "Self-assessment worksheet: facilitator" in pdf_text(saved)
    from pypdf import PdfReader

    box = PdfReader(str(saved)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_the_build_runs_off_the_gui_thread_and_the_window_stays_responsive(
    make_page, qtbot, monkeypatch, tmp_path
):
    """The real worksheet build, held at its start until the GUI thread has shown that its
    event loop runs (a timer fires, the page answers) while the build is under way."""
    page = make_page()
    page.choose(WORKSHEET)
    target = tmp_path / "worksheet.pdf"
    answer_save_dialog(monkeypatch, target)
    gate = threading.Event()
    seen = {}
    real_gather = page._gather

    def gated_gather():
        build = real_gather()

        def held(path):
            seen["thread"] = QThread.currentThread()
            seen["python"] = threading.current_thread()
            assert gate.wait(BUILD_TIMEOUT_MS / 1000)
            build(path)

        return held

    monkeypatch.setattr(page, "_gather", gated_gather)
    page.save_button.click()
    job = page.job
    assert job is not None and job.isRunning()
    assert page.progress.isVisible() and page.cancel_button.isVisible()
    assert not page.save_button.isEnabled()
    fired = []
    QTimer.singleShot(20, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired), timeout=2000)  # the GUI thread is free
    page.page_size_combo.setCurrentIndex(0)  # and answers
    assert page.is_building()
    with qtbot.waitSignal(page.report_saved, timeout=BUILD_TIMEOUT_MS):
        gate.set()
    assert seen["thread"] is not QApplication.instance().thread()
    assert seen["python"] is not threading.main_thread()
    assert "Self-assessment worksheet" in pdf_text(target)
    assert page.save_button.isEnabled() and not page.progress.isVisible()


def test_cancel_returns_at_once_and_leaves_no_file(make_page, qtbot, monkeypatch, tmp_path):
    page = make_page()
    page.choose(WORKSHEET)
    target = tmp_path / "worksheet.pdf"
    answer_save_dialog(monkeypatch, target)
    saved = []
    page.report_saved.connect(saved.append)
    page.save_button.click()
    job = page.job
    page.cancel_button.click()
    assert not page.is_building()
    assert page.save_button.isEnabled() and not page.cancel_button.isVisible()
    assert "Cancelled" in page.status_label.text()
    assert job.wait(BUILD_TIMEOUT_MS)
    qtbot.waitUntil(lambda: job not in build_job._LIVE, timeout=BUILD_TIMEOUT_MS)
    assert not target.exists()
    assert leftovers(tmp_path) == []
    assert saved == []


def test_cancel_keeps_an_existing_file(make_page, qtbot, monkeypatch, tmp_path):
    page = make_page()
    target = tmp_path / "keep.pdf"
    target.write_bytes(b"old")
    answer_save_dialog(monkeypatch, target)
    page.save_button.click()
    job = page.job
    page.cancel()
    assert job.wait(BUILD_TIMEOUT_MS)
    qtbot.waitUntil(lambda: job not in build_job._LIVE, timeout=BUILD_TIMEOUT_MS)
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


def test_a_failing_build_explains_and_overwrites_nothing(make_page, qtbot, tmp_path):
    page = make_page()
    target = tmp_path / "broken.pdf"
    target.write_bytes(b"old")

    def broken(path):
        path.write_bytes(b"half")
        raise RuntimeError("layout exploded")

    with qtbot.waitSignal(page.report_failed, timeout=BUILD_TIMEOUT_MS) as blocker:
        page.start_build(broken, target)
    assert "layout exploded" in blocker.args[0]
    assert "Nothing was overwritten" in page.status_label.text()
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []
    assert page.save_button.isEnabled()


def test_an_unwritable_folder_is_explained(make_page, qtbot, monkeypatch, tmp_path):
    page = make_page()
    target = tmp_path / "missing-folder" / "report.pdf"
    answer_save_dialog(monkeypatch, target)
    with qtbot.waitSignal(page.report_failed, timeout=BUILD_TIMEOUT_MS) as blocker:
        page.save_button.click()
    assert "Choose a folder where you can save files" in blocker.args[0]
    assert not target.exists()


def test_dismissing_the_dialog_builds_nothing(make_page, monkeypatch):
    page = make_page()
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName", staticmethod(lambda *a, **k: ("", ""))
    )
    page.save_button.click()
    assert not page.is_building()


def test_annual_texts_are_stored_and_come_back_when_switching_year(make_page, qtbot, workspace):
    page = make_page()
    page.choose(ANNUAL)
    page.year_spin.setValue(2026)
    page.summary_edit.setPlainText("Ein gutes Jahr — café, Zürich, 日本語")
    page.stories_edit.setPlainText("Volunteers ran the language café.")
    other = AnnualTextRepository(connect(workspace.path))
    qtbot.waitUntil(lambda: other.texts(2026).summary.startswith("Ein gutes"), timeout=5000)
    page.focus_edit.setPlainText("More housing support")
    page.year_spin.setValue(2025)  # switching year stores at once, without waiting
    assert other.texts(2026) == AnnualTexts(
        2026,
        "Ein gutes Jahr — café, Zürich, 日本語",
        "Volunteers ran the language café.",
        "More housing support",
    )
    assert page.summary_edit.toPlainText() == ""
    page.summary_edit.setPlainText("The year before")
    page.year_spin.setValue(2026)
    assert page.summary_edit.toPlainText() == "Ein gutes Jahr — café, Zürich, 日本語"
    assert page.focus_edit.toPlainText() == "More housing support"
    assert other.texts(2025).summary == "The year before"
    other.conn.close()


def test_annual_report_carries_the_texts_into_the_pdf(
    make_page, qtbot, monkeypatch, tmp_path, workspace
):
    page = make_page()
    page.choose(ANNUAL)
    page.year_spin.setValue(2026)
    page.summary_edit.setPlainText("Ein gutes Jahr für Zürich — café")
    page.focus_edit.setPlainText("Ελληνικά και Ünïcödé")
    target = tmp_path / "annual.pdf"
    answer_save_dialog(monkeypatch, target)
    save_and_wait(qtbot, page, target)
    text = pdf_text(target)
    assert "Annual integration report 2026" in text
    assert "Ein gutes Jahr für Zürich — café" in text
    assert "Ελληνικά και Ünïcödé" in text
    stored = AnnualTextRepository(workspace.conn).texts(2026)
    assert stored.next_focus == "Ελληνικά και Ünïcödé"


def test_every_control_has_an_accessible_name(make_page):
    page = make_page()
    for widget in (
        page.assessment_combo,
        page.compare_combo,
        page.group_combo,
        page.facilitator_check,
        page.year_spin,
        page.summary_edit,
        page.stories_edit,
        page.focus_edit,
        page.page_size_combo,
        page.save_button,
        page.cancel_button,
        page.progress,
        *page.kind_buttons.values(),
    ):
        assert widget.accessibleName(), widget

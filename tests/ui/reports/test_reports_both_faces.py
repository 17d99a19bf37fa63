"""The Reports page and `toolbox-desktop report` take one path: for the same choices they read
the same data through the registry and write the same PDF, for every report in the registry,
from the training town."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication
from reports_ui_helpers import BUILD_TIMEOUT_MS, answer_save_dialog, pdf_text, save_and_wait

from toolbox_desktop.cli import EXIT_OK, main
from toolbox_desktop.services.reports import OPTIONS, REPORTS, Entry, ReportChoices
from toolbox_desktop.services.training_town import create_training_municipality
from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.storage.plan_repository import PlanRepository
from toolbox_desktop.ui.reports import build_job
from toolbox_desktop.ui.reports.reports_page import ReportsPage

GUIDE = Path(__file__).resolve().parents[3] / "data" / "content" / "leaders-guide"


@pytest.fixture
def pack_copy(pack_copy: Path) -> Path:
    """The shipped packs, the leaders' guide too: the command line opens the file with the
    shipped content folder, so the page must have the same content (the handouts print the
    guide)."""
    shutil.copytree(GUIDE, pack_copy.parent / "leaders-guide")
    return pack_copy


@pytest.fixture
def town(workspace):
    return create_training_municipality(workspace.conn)


@pytest.fixture
def region_file(tmp_path, pack_copy) -> Path:
    """A region file for the region report (towns made with the app's own export)."""
    from region_sample import sample_region

    return sample_region(tmp_path / "region", pack_copy.parent).path


def choices_for(kind, workspace, town, region_file: Path | None = None) -> ReportChoices:
    """Choices other than the usual ones wherever the report has options, so that a face that
    dropped or misread one would make another report."""
    newest, older = AssessmentRepository(workspace.conn).assessments()[:2]
    values = {
        "assessment": older.id,
        "compare_with": None,
        "year": max(town.annual_text_years),
        "group_by": "dimension",
        "facilitator": True,
        "no_next_steps": True,
        "actions": tuple(action.id for action in PlanRepository(workspace.conn).actions()[1::3]),
        "region": str(region_file) if region_file else None,
    }
    if "compare_with" in kind.options:  # compare the newest with the older one
        values["assessment"], values["compare_with"] = newest.id, older.id
    return ReportChoices(page_size="Letter", **{name: values[name] for name in kind.options})


def command_line(key: str, choices: ReportChoices) -> list[str]:
    arguments = ["report", key]
    for name, option in OPTIONS.items():
        value = getattr(choices, name)
        if option.entry == Entry.FLAG:
            arguments += [option.flag] if value else []
        elif option.entry == Entry.ACTIONS and value is not None:
            arguments += [option.flag, ",".join(str(i) for i in value)]
        elif value is not None:
            arguments += [option.flag, str(value)]
    return arguments


def choose_on_page(page: ReportsPage, key: str, choices: ReportChoices) -> None:
    page.choose(key)
    combos = {
        "page_size": page.page_size_combo,
        "assessment": page.assessment_combo,
        "compare_with": page.compare_combo,
        "group_by": page.group_combo,
    }
    for name in ("page_size", *REPORTS[key].options):
        value = getattr(choices, name)
        if name in combos:
            combo = combos[name]
            combo.setCurrentIndex(combo.findData(value))
            assert combo.currentData() == value, name
        elif name == "year":
            page.year_spin.setValue(value)
        elif name == "facilitator":
            page.facilitator_check.setChecked(value)
        elif name == "no_next_steps":
            page.options_box.widgets[name].setChecked(value)
        elif name == "actions":
            page.action_picker.choose(list(value))
        elif name == "region":
            page.options_box.widgets[name].set_path(value)
        else:
            raise AssertionError(f"the test does not know how to choose {name!r} on the page")


@pytest.fixture
def recorded(monkeypatch):
    """Every report written, with the data it was given; the real layout still runs."""
    calls: list[tuple[str, dict, str]] = []
    for key, kind in list(REPORTS.items()):

        def write(content, data, path, options, key=key, real=kind.write):
            calls.append((key, data, options.page_size))
            real(content, data, path, options)

        monkeypatch.setitem(REPORTS, key, replace(kind, write=write))
    return calls


@pytest.mark.parametrize("key", list(REPORTS))
def test_the_page_and_the_command_line_make_the_same_report(
    key, workspace, town, recorded, qtbot, monkeypatch, tmp_path, capsys, request
):
    region = request.getfixturevalue("region_file") if key == "region" else None
    choices = choices_for(REPORTS[key], workspace, town, region)
    from_cli = tmp_path / "cli.pdf"
    arguments = [*command_line(key, choices), "--db", str(workspace.path), "-o", str(from_cli)]
    assert main(arguments) == EXIT_OK
    assert "written to" in capsys.readouterr().out

    page = ReportsPage(workspace.conn, workspace.content)
    qtbot.addWidget(page)
    page.show()
    try:
        choose_on_page(page, key, choices)
        assert page.choices() == choices
        from_page = tmp_path / "page.pdf"
        answer_save_dialog(monkeypatch, from_page)
        save_and_wait(qtbot, page, from_page)
    finally:
        assert build_job.wait_for_all(BUILD_TIMEOUT_MS)
        QApplication.processEvents()

    (cli_key, cli_data, cli_size), (page_key, page_data, page_size) = recorded
    assert cli_key == page_key == key
    assert cli_size == page_size == "Letter"
    assert cli_data == page_data  # the same data, read by the same registry entry
    assert len(PdfReader(from_cli).pages) == len(PdfReader(from_page).pages)
    text = pdf_text(from_page)
    assert text == pdf_text(from_cli)
    assert AssessmentRepository(workspace.conn).profile().name in text


def test_a_new_registry_entry_is_a_report_in_both_faces(workspace, qtbot, monkeypatch, tmp_path):
    """Adding a report is one entry in the registry: the command line accepts it and the page
    offers it, its options and its file name, without a change to either."""
    from toolbox_desktop.services.reports import PLAN

    entry = replace(
        REPORTS[PLAN], key="plan-copy", title="Plan copy", file_stem="plan-copy", dated=None
    )
    monkeypatch.setitem(REPORTS, "plan-copy", entry)
    from_cli = tmp_path / "cli.pdf"
    arguments = ["report", "plan-copy", "--group-by", "dimension"]
    assert main([*arguments, "--db", str(workspace.path), "-o", str(from_cli)]) == EXIT_OK
    assert "Action plan" in pdf_text(from_cli)

    page = ReportsPage(workspace.conn, workspace.content)
    qtbot.addWidget(page)
    page.show()
    try:
        assert page.kind_buttons["plan-copy"].text() == "Plan copy"
        page.choose("plan-copy")
        assert page.group_combo.isVisible() and not page.year_spin.isVisible()
        page.group_combo.setCurrentIndex(page.group_combo.findData("dimension"))
        assert page.suggested_name() == "plan-copy.pdf"
        target = tmp_path / "page.pdf"
        answer_save_dialog(monkeypatch, target)
        save_and_wait(qtbot, page, target)
    finally:
        assert build_job.wait_for_all(BUILD_TIMEOUT_MS)
        QApplication.processEvents()
    assert pdf_text(target) == pdf_text(from_cli)

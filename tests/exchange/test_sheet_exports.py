"""The spreadsheets as another program opens them: frozen headers, filters, real dates,
amounts as numbers in their currency, text never a formula, the assessment with its scores."""

from __future__ import annotations

from datetime import datetime

import openpyxl

from sheet_helpers import FULL, OTHER, export_plan, seed_plan
from toolbox_desktop.core.assessment import OUTSIDE_COMPETENCE, Rating
from toolbox_desktop.reports.document import ReportOptions
from toolbox_desktop.services.reports.choices import ReportChoices
from toolbox_desktop.services.reports.registry import XLSX, report_kind
from toolbox_desktop.storage.assessment_repository import AssessmentRepository


def columns(sheet) -> dict[str, int]:
    return {cell.value: cell.column for cell in sheet[1]}


def test_plan_sheets_look_right_in_a_spreadsheet_program(workspace, tmp_path):
    seed_plan(workspace.conn)
    path = export_plan(workspace, tmp_path / "plan.xlsx", language="de")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Actions", "Milestones", "Indicators"]
    actions = book["Actions"]
    assert actions.freeze_panes == "A2"
    assert actions.auto_filter.ref == "A1:U4"
    at = columns(actions)
    end = actions.cell(row=2, column=at["End"])
    assert isinstance(end.value, datetime) and end.value.date() == FULL.end
    assert end.number_format == "dd.mm.yyyy"
    budget = actions.cell(row=2, column=at["Budget"])
    assert budget.value == 12500.55 and budget.data_type == "n"
    assert budget.number_format == '#,##0.00" €"'
    other = actions.cell(row=3, column=at["Budget"])
    assert other.value == 0.99 and "CHF" in other.number_format
    assert actions.cell(row=2, column=at["Action"]).value == FULL.title
    assert actions.cell(row=2, column=at["Description"]).alignment.wrap_text
    assert actions.cell(row=3, column=at["Status"]).value == "Done"
    assert actions.column_dimensions["B"].width > actions.column_dimensions["M"].width
    for name in ("Responsible role", "Responsible person", "Partner names"):
        cell = actions.cell(row=2, column=at[name])
        assert cell.data_type == "s" and cell.quotePrefix, name

    milestones = book["Milestones"]
    assert milestones.freeze_panes == "A2" and milestones.auto_filter.ref
    rows = list(milestones.iter_rows(min_row=2, values_only=True))
    assert [(r[2], r[4]) for r in rows] == [
        ("Rat, Beschluss", True),
        ("=Opening", False),
        ("Undated", False),
    ]
    indicators = list(book["Indicators"].iter_rows(min_row=2, values_only=True))
    assert [(r[2], r[7], r[8]) for r in indicators] == [
        ("Visitors", 25.0, "first count"),
        ("Visitors", 40.5, "=second"),
    ]
    assert (
        indicators[0][0] == actions.cell(row=2, column=at["Permanent ID"]).value
    )  # keyed by the action's ID
    assert OTHER.title not in {r[1] for r in indicators}


def test_headers_and_words_are_translated(workspace, tmp_path):
    seed_plan(workspace.conn)
    words = {"Actions": "Maßnahmen", "End": "Ende", "Done": "Erledigt"}

    def translate(context, text, *_rest):
        return words.get(text, text)

    book = openpyxl.load_workbook(export_plan(workspace, tmp_path / "p.xlsx", translate, "de"))
    sheet = book["Maßnahmen"]
    assert "Ende" in columns(sheet)
    assert sheet.cell(row=3, column=columns(sheet)["Status"]).value == "Erledigt"


def test_control_characters_are_removed(workspace, tmp_path):
    from toolbox_desktop.storage.plan_repository import PlanRepository

    PlanRepository(workspace.conn).save_action(FULL.with_changes(title="Bell\x07 and\x1b[2J"))
    book = openpyxl.load_workbook(export_plan(workspace, tmp_path / "plan.xlsx"))
    assert book.worksheets[0]["A2"].value == "Bell and[2J"


def test_assessment_sheet_has_every_benchmark_and_the_scores(workspace, tmp_path):
    repository = AssessmentRepository(workspace.conn)
    assessment = repository.create("Baseline", "2026-03-01")
    repository.save_rating(
        assessment.id,
        Rating("gov.strategic-planning.1", level=2, target=4, priority=3, evidence="=Plan 2025"),
    )
    repository.save_rating(
        assessment.id, Rating("gov.strategic-planning.2", exclusion=OUTSIDE_COMPETENCE)
    )
    kind = report_kind("assessment")
    data = kind.read(workspace.conn, ReportChoices())
    path = tmp_path / "assessment.xlsx"
    kind.writer(XLSX)(workspace.content, data, path, ReportOptions())
    book = openpyxl.load_workbook(path)
    sheet = book["Benchmarks"]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(workspace.content.benchmarks)
    at = {name: index - 1 for name, index in columns(sheet).items()}
    first, second = rows[0], rows[1]
    assert first[at["Code"]] == "gov.strategic-planning.1" and first[at["No."]] == "1.1.1"
    assert (first[at["Level"]], first[at["Level (in words)"]]) == (2, "Partly in place")
    assert (first[at["Target"]], first[at["Priority"]]) == (4, "High")
    assert first[at["Evidence"]] == "=Plan 2025"
    assert second[at["Level"]] is None and second[at["Excluded"]] == "Outside our competence"
    scores = list(book["Scores"].iter_rows(values_only=True))
    assert scores[0][:3] == ("Dimension", "Current %", "Target %")
    assert scores[1][0] == "Overall" and scores[1][1] == 0.5 and scores[1][2] == 1.0
    assert book["Scores"].cell(row=2, column=2).number_format == "0.0%"
    assert len(scores) == 1 + 1 + len(workspace.content.dimensions)


def test_rows_with_wrapped_text_are_as_high_as_their_text(workspace, tmp_path):
    """Written into the file: LibreOffice opened such rows one line high, the benchmark's
    lines printed over each other."""
    from toolbox_desktop.exchange.sheets.cells import LINE_POINTS, wrapped_lines

    AssessmentRepository(workspace.conn).create("Baseline", "2026-03-01")
    kind = report_kind("assessment")
    path = tmp_path / "assessment.xlsx"
    kind.writer(XLSX)(
        workspace.content, kind.read(workspace.conn, ReportChoices()), path, ReportOptions()
    )
    sheet = openpyxl.load_workbook(path)["Benchmarks"]
    text_column = columns(sheet)["Benchmark"]
    width = sheet.column_dimensions[openpyxl.utils.get_column_letter(text_column)].width
    for row in range(2, sheet.max_row + 1):
        text = sheet.cell(row=row, column=text_column).value
        lines = wrapped_lines(text, width)
        assert len(text) < width or lines > 1
        assert (sheet.row_dimensions[row].height or LINE_POINTS) >= LINE_POINTS * lines
    assert wrapped_lines("short", 20) == 1 and wrapped_lines("a\nb", 20) == 2
    assert wrapped_lines("x" * 100, 22) == 6  # 19 of the 22 characters count: a little generous

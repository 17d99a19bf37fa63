"""The report registry (services/reports): what each report declares, its file names, reading
and building without Qt, and that the command line loads no reportlab until it builds."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import fields
from datetime import date

import pytest
from pypdf import PdfReader

from toolbox_desktop.core.assessment import Rating
from toolbox_desktop.services.reports import (
    ANNUAL,
    ASSESSMENT,
    FACT_SANDWICH,
    LETTERS,
    OPTIONS,
    PAGE_SIZE,
    PLAN,
    PROPOSAL,
    REGION,
    REPORTS,
    RIGHTS,
    WORKSHEET,
    Entry,
    NoAssessmentYetError,
    ReportChoices,
    YearOutOfRangeError,
    build_report,
    default_file_name,
    prepare,
    safe_stem,
)
from toolbox_desktop.services.training_town import create_training_municipality
from toolbox_desktop.storage.assessment_repository import (
    AssessmentNotFoundError,
    AssessmentRepository,
)


def test_every_report_declares_what_both_faces_need():
    # the window's order
    assert list(REPORTS) == [
        ASSESSMENT,
        PLAN,
        WORKSHEET,
        ANNUAL,
        FACT_SANDWICH,
        RIGHTS,
        PROPOSAL,
        LETTERS,
        REGION,
    ]
    for key, kind in REPORTS.items():
        assert kind.key == key
        assert kind.title and kind.description and kind.file_stem
        assert PAGE_SIZE not in kind.options  # every report takes it
        assert set(kind.options) <= set(OPTIONS), key
    option_fields = {field.name for field in fields(ReportChoices)} - {"texts"}
    assert option_fields == set(OPTIONS)
    for option in OPTIONS.values():
        assert option.label and option.accessible_name
        assert (option.entry == Entry.CHOICE) == bool(option.choices), option.name
        if option.entry == Entry.CHOICE:
            assert option.default in [value for value, _label in option.choices]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("annual-report-2026", "annual-report-2026"),
        ("Bericht: 2026/27?", "Bericht- 2026-27"),
        ('a<b>c"d|e*f\\g', "a-b-c-d-e-f-g"),
        ("tab\tand\nnewline", "tab and newline"),
        ("ends with dots...", "ends with dots"),
        ("CON", "CON-report"),
        ("nul.txt", "nul.txt-report"),
        ("", "report"),
        ("///", "report"),
        ("Ελληνικά-日本語", "Ελληνικά-日本語"),
    ],
)
def test_file_names_are_safe_on_every_system(text, expected):
    assert safe_stem(text) == expected


def test_a_very_long_translation_is_cut_short():
    assert len(safe_stem("x" * 400)) == 100


def test_default_file_names_carry_the_translated_stem_and_the_date_or_year(workspace):
    conn = workspace.conn
    today = date(2026, 3, 14)
    assert default_file_name(WORKSHEET, conn, ReportChoices()) == "worksheet.pdf"
    assert (
        default_file_name(PLAN, conn, ReportChoices(), today=today) == "action-plan-2026-03-14.pdf"
    )
    assert (
        default_file_name(ANNUAL, conn, ReportChoices(year=2025), today=today)
        == "annual-report-2025.pdf"
    )
    assert default_file_name(ANNUAL, conn, ReportChoices(), today=today) == "annual-report-2026.pdf"
    # No assessment yet: no date (making the report will say why it cannot be made).
    assert default_file_name(ASSESSMENT, conn, ReportChoices()) == "self-assessment-report.pdf"
    repository = AssessmentRepository(conn)
    older = repository.create("Autumn", "2025-10-01")
    repository.create("Spring", "2026-03-01")
    assert (
        default_file_name(ASSESSMENT, conn, ReportChoices())
        == "self-assessment-report-2026-03-01.pdf"
    )
    assert (
        default_file_name(ASSESSMENT, conn, ReportChoices(assessment=older.id))
        == "self-assessment-report-2025-10-01.pdf"
    )

    def hostile(context, text):
        return {"annual-report": "Jahres/bericht: "}.get(text, text)

    name = default_file_name(ANNUAL, conn, ReportChoices(year=2025), hostile)
    assert name == "Jahres-bericht- -2025.pdf"


def test_reading_says_what_is_missing(workspace):
    with pytest.raises(NoAssessmentYetError):
        prepare(ASSESSMENT, workspace.conn, workspace.content, ReportChoices())
    with pytest.raises(AssessmentNotFoundError):
        prepare(ASSESSMENT, workspace.conn, workspace.content, ReportChoices(assessment=999))
    with pytest.raises(YearOutOfRangeError) as refused:
        prepare(ANNUAL, workspace.conn, workspace.content, ReportChoices(year=1025))
    assert refused.value.year == 1025


def test_reading_gathers_what_the_choices_say(workspace):
    repository = AssessmentRepository(workspace.conn)
    code = workspace.content.benchmarks[0].code
    old = repository.create("Old", "2024-01-01", initial={code: Rating(code, level=1)})
    new = repository.create("New", "2025-01-01", initial={code: Rating(code, level=3)})
    report = prepare(
        ASSESSMENT,
        workspace.conn,
        workspace.content,
        ReportChoices(page_size="Letter", compare_with=old.id),
    )
    assert report.data["assessment"].id == new.id  # the newest when none is chosen
    assert report.data["ratings"][code].level == 3
    assert report.data["earlier"][0].id == old.id
    assert report.options.page_size == "Letter"


def test_every_report_builds_from_the_training_town(workspace, pack_copy, tmp_path):
    from region_sample import sample_region

    create_training_municipality(workspace.conn)
    town = AssessmentRepository(workspace.conn).profile().name
    region = sample_region(tmp_path / "region", pack_copy.parent).path  # the region report's
    folder = tmp_path / "reports"
    folder.mkdir()
    for key in REPORTS:
        target = folder / f"{key}.pdf"
        choices = ReportChoices(region=str(region)) if key == REGION else ReportChoices()
        build_report(key, workspace, choices, target)
        first_page = " ".join(PdfReader(target).pages[0].extract_text().split())
        assert town in first_page, key
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{k}.pdf" for k in REPORTS)


def test_a_report_whose_data_is_missing_writes_nothing(workspace, tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    target = folder / "annual.pdf"
    target.write_bytes(b"%PDF- the earlier one")
    with pytest.raises(YearOutOfRangeError):
        build_report(ANNUAL, workspace, ReportChoices(year=3000), target)
    assert target.read_bytes() == b"%PDF- the earlier one"
    assert [p.name for p in folder.iterdir()] == ["annual.pdf"]


def test_the_command_line_loads_the_registry_without_reportlab_or_qt():
    code = (
        "import sys\n"
        "from toolbox_desktop.cli import build_parser\n"
        "build_parser().parse_args(['report', 'annual', '-o', 'x.pdf', '--year', '2025'])\n"
        "import toolbox_desktop.services.reports\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('reportlab', 'PySide6')))\n"
        "print(loaded)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "[]"

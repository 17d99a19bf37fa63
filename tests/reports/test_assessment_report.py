"""The self-assessment report: the numbers a reader can check by hand, any text in any field,
evidence of any length, the comparison, the annex, and the `report assessment` command."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from report_helpers import nfkc, pdf_text

from toolbox_desktop.cli import EXIT_ERROR, EXIT_OK, main
from toolbox_desktop.core.assessment import (
    NOT_APPLICABLE,
    OUTSIDE_COMPETENCE,
    Assessment,
    Profile,
    Rating,
)
from toolbox_desktop.core.pack import load_pack
from toolbox_desktop.reports.assessment_report import build_assessment_report
from toolbox_desktop.reports.charts import Series, radar_chart
from toolbox_desktop.reports.document import ReportOptions
from toolbox_desktop.reports.long_text import chunks
from toolbox_desktop.storage.assessment_repository import AssessmentRepository

TOWN = Profile(
    name="Kadıköy-Пётрово",
    country="Türkiye",
    region="Marmara",
    population=18400,
    kind="small-town",
)
SPRING = Assessment(2, "Весенняя оценка 2025", "2025-05-12", "Ayşe Yılmaz, Ольга Петрова", "final")
EARLIER = Assessment(1, "First assessment 2023", "2023-04-20", "Anna Novak")
SHIPPED_PACK = Path(__file__).resolve().parents[2] / "data" / "content" / "whole-comm"
NASTY = "<b>x</b> & <img src='/etc/passwd'> </para> 🙂🏳️‍🌈 Hello سلام دنیا עברית end"


@pytest.fixture(scope="module")
def shipped():
    """The shipped content, loaded once (hypothesis cannot use function-scoped fixtures)."""
    return load_pack(SHIPPED_PACK).content


def codes(content, dimension: str) -> list[str]:
    return [b.code for b in content.benchmarks if b.dimension == dimension]


def hand_ratings(content) -> dict[str, Rating]:
    """Governance: 4, 1, 2 and one N/A (7/12 = 58 %); employment: 3 and 2, targets 4 and 4
    (5/8 = 62.5 %, printed 63 %). Overall: 12/20 = 60 %; target (7 + 8)/20 = 75 %; target
    reached (3 + 2)/8 = 62.5 % -> 63 %; 5 of 68 rated with a level, 1 excluded."""
    gov, emp = codes(content, "gov"), codes(content, "emp")
    return {
        gov[0]: Rating(
            gov[0],
            level=4,
            evidence="Совет утвердил план; Kadıköy'de ığüşöçİ toplantı yapıldı.",
            notes="شورای شهر برنامه را تصویب کرد",
            rated_by="Ayşe Yılmaz",
            links=("/home/ayse/Belgeler/tutanak-2025.pdf",),
        ),
        gov[1]: Rating(gov[1], level=1, notes="اعتمد المجلس البلدي"),
        gov[2]: Rating(gov[2], level=2),
        gov[3]: Rating(gov[3], exclusion=NOT_APPLICABLE),
        emp[0]: Rating(emp[0], level=3, target=4, priority=3),
        emp[1]: Rating(emp[1], level=2, target=4, priority=1),
    }


def build(content, path, ratings, **kwargs):
    kwargs.setdefault("today", date(2025, 6, 1))
    build_assessment_report(content, TOWN, SPRING, ratings, path, **kwargs)
    return flat(pdf_text(path))


def flat(text: str) -> str:
    """The text with every run of spaces and line breaks as one space (table cells and
    wrapped lines come out of the PDF on lines of their own)."""
    return " ".join(text.split())


def test_report_shows_names_and_the_scores_computed_by_hand(shipped, tmp_path):
    text = build(shipped, tmp_path / "report.pdf", hand_ratings(shipped))
    assert "Kadıköy-Пётрово" in text and "Весенняя оценка 2025" in text
    assert "Ayşe Yılmaz, Ольга Петрова" in text and "5/12/2025" in text
    assert "Türkiye" in text and "18,400" in text and "Small town" in text
    assert "Final" in text and "6/1/2025" in text
    assert "Overall score 60 %" in text
    assert "Target score 75 %" in text and "Target reached 63 %" in text
    assert "5 of 68 rated" in text  # the N/A one is excluded, not rated
    assert "1. Governance 58 %" in text  # the summary's dimension row
    assert "2. Employment and vocational training 63 % 100 % 63 % 2 of 18 0" in text
    assert "3. Education not rated yet" in text
    assert "Score: 58 % · target: 58 % · rated: 3 of 12 · excluded: 1" in text
    assert "4 Fully in place and evaluated" in text and "Not applicable" in text
    assert "Contents" in text and "Page 1 of" in text
    reader = PdfReader(tmp_path / "report.pdf")
    assert all("Kadıköy-Пётрово" in page.extract_text() for page in reader.pages)


def test_any_script_is_printed_exactly(shipped, tmp_path):
    text = build(shipped, tmp_path / "scripts.pdf", hand_ratings(shipped))
    assert "Совет утвердил план; Kadıköy'de ığüşöçİ toplantı yapıldı." in text
    assert "tutanak-2025.pdf (in /home/ayse/Belgeler)" in text
    normalised = nfkc(text)
    for phrase in ("شورای شهر برنامه را تصویب کرد", "اعتمد المجلس البلدي"):
        expected = nfkc(phrase)
        assert expected in normalised or expected[::-1] in normalised


def test_gap_list_is_weighted_by_priority(shipped, tmp_path):
    text = build(shipped, tmp_path / "gaps.pdf", hand_ratings(shipped))
    gaps = text[text.index("Gap list Benchmarks") :]
    # 2.1.1: gap 1 x high 3 = 3 comes before 2.1.2: gap 2 x low 1 = 2.
    assert gaps.index("2.1.1") < gaps.index("2.1.2")
    assert "3 4 1 High 3" in gaps and "2 4 2 Low 2" in gaps


def test_empty_assessment_says_not_rated_yet(shipped, tmp_path):
    text = build(shipped, tmp_path / "empty.pdf", {})
    assert "Overall score not rated yet" in text
    assert "0 of 68 rated" in text and "Nothing has been rated" in text
    assert text.count("not rated yet") >= 68 + 5
    assert "No gaps" in text and "Comparison" not in text


def test_a_dimension_with_everything_excluded_says_why(shipped, tmp_path):
    ratings = {code: Rating(code, exclusion=OUTSIDE_COMPETENCE) for code in codes(shipped, "hou")}
    text = build(shipped, tmp_path / "excluded.pdf", ratings)
    assert "5. Housing and urban planning outside our competence" in text
    assert "Outside our competence" in text


def test_evidence_of_100000_characters_flows_over_pages(shipped, tmp_path):
    evidence = " ".join(f"w{i}" for i in range(20_000))[:100_000]
    last = evidence.split()[-1]
    code = shipped.benchmarks[0].code
    ratings = {code: Rating(code, level=2, evidence=evidence, notes="x" * 5000)}
    started = time.perf_counter()
    text = build(shipped, tmp_path / "long.pdf", ratings)
    assert time.perf_counter() - started < 10
    assert len(PdfReader(tmp_path / "long.pdf").pages) > 30
    assert "w0 w1 w2" in text and "w9999 w10000" in text and f" {last}" in text
    assert "x" * 1000 in text.replace(" ", "")


def test_user_text_with_markup_and_mixed_directions_in_every_field(shipped, tmp_path):
    code = shipped.benchmarks[0].code
    rating = Rating(
        code, level=1, target=3, evidence=NASTY, notes=NASTY, rated_by=NASTY, links=(NASTY,)
    )
    profile = Profile(name=NASTY, country=NASTY, region=NASTY, population=5)
    assessment = Assessment(3, NASTY, NASTY, NASTY, NASTY)
    earlier = (Assessment(1, NASTY, NASTY, NASTY), {code: rating.with_changes(level=0)})
    # Content packs are text files too: a title with markup must reach the contents escaped.
    dimensions = [replace(shipped.dimensions[0], title=NASTY), *shipped.dimensions[1:]]
    content = replace(shipped, dimensions=dimensions)
    path = tmp_path / "nasty.pdf"
    build_assessment_report(content, profile, assessment, {code: rating}, path, earlier=earlier)
    text = flat(pdf_text(path))
    assert text.count("<img src='/etc/passwd'> </para>") >= 10
    assert "<b>x</b> &" in text
    contents = flat(PdfReader(path).pages[1].extract_text())
    assert "1. <b>x</b> & <img src='/etc/passwd'>" in contents


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(st.lists(st.text(), min_size=12, max_size=12))
def test_any_text_in_any_field_builds(shipped, tmp_path_factory, texts):
    name, country, region, title, when, who, evidence, notes, rater, link, old, status = texts
    first, second = shipped.benchmarks[0].code, shipped.benchmarks[20].code
    ratings = {
        first: Rating(first, level=3, target=4, evidence=evidence, notes=notes, rated_by=rater),
        second: Rating(second, exclusion=NOT_APPLICABLE, links=(link, link + "/x")),
    }
    path = tmp_path_factory.mktemp("any") / "any.pdf"
    build_assessment_report(
        shipped,
        Profile(name=name, country=country, region=region, kind=status),
        Assessment(2, title, when, who, status),
        ratings,
        path,
        earlier=(Assessment(1, old, when, who), {first: Rating(first, level=1, notes=old)}),
    )
    assert path.read_bytes().startswith(b"%PDF") and len(PdfReader(path).pages) > 5


def test_comparison_with_an_earlier_assessment(shipped, tmp_path):
    now = hand_ratings(shipped)
    gov, emp = codes(shipped, "gov"), codes(shipped, "emp")
    before = {
        gov[0]: Rating(gov[0], level=1),  # up 3
        gov[1]: Rating(gov[1], level=3),  # down 2
        gov[2]: Rating(gov[2], level=2),
        emp[0]: Rating(emp[0], level=3),
    }
    # Governance: earlier 6/12 = 50 %, now 58 % (+8); employment 75 % -> 63 % (−12);
    # all benchmarks: 9/16 = 56 % -> 60 % (+4).
    text = build(shipped, tmp_path / "compare.pdf", now, earlier=(EARLIER, before))
    part = text[text.index("Comparison with an earlier assessment Earlier") :]
    assert "Earlier: First assessment 2023 (4/20/2023)" in part
    assert "Now: Весенняя оценка 2025 (5/12/2025)" in part
    assert "1. Governance 50 % 58 % +8" in part
    assert "2. Employment and vocational training 75 % 63 % −12" in part
    assert "All benchmarks 56 % 60 % +4" in part
    up = part[part.index("Benchmarks that went up") : part.index("Benchmarks that went down")]
    assert "1.1.1" in up and "+3" in up and "1.1.2" not in up
    down = part[part.index("Benchmarks that went down") :]
    assert "1.1.2" in down and "−2" in down
    assert "Newly rated: 2." in part  # 2.1.2 and the N/A one


def test_annex_explains_the_scores(shipped, tmp_path):
    text = build(shipped, tmp_path / "annex.pdf", {})
    annex = text[text.rindex("Annex: how scores are computed") :]
    assert "Score = sum of the levels ÷ (4 × number of counted benchmarks) × 100 %" in annex
    assert "Target reached = sum of the levels, each counted at most up to its target" in annex
    assert "(4 + 1 + 2) ÷ (3 × 4) = 7 ÷ 12 = 58 %" in annex
    assert "Fully in place and evaluated" in annex and "Outside our competence" in annex


def test_all_report_text_goes_through_translate(shipped, tmp_path):
    def translate(context: str, text: str) -> str:
        return "§" + text if context == "AssessmentReport" else text

    options = ReportOptions(translate=translate, page_size="Letter")
    text = build(shipped, tmp_path / "tr.pdf", hand_ratings(shipped), options=options)
    for heading in ("§Summary", "§Gap list", "§Annex", "§Self-assessment report", "§Evidence"):
        assert heading in text
    assert "§1. Governance" in text and "§60 %" in text
    assert round(float(PdfReader(tmp_path / "tr.pdf").pages[0].mediabox.width)) == 612


def test_chunks_keep_every_character_of_a_long_line():
    line = "word " * 3000 + "x" * 5000
    pieces = chunks(line, 2000)
    assert all(len(piece) <= 2000 for piece in pieces)
    assert "".join(pieces) == line.rstrip()
    assert chunks("a\n\nb") == ["a\n\nb"] and chunks("  \n ") == [] and chunks(None) == []


def test_radar_leaves_out_missing_scores(tmp_path):
    series = [Series("Now", (50.0, None, 75.0, 0.0, 100.0))]
    drawing = radar_chart(
        ["A", "B", "C", "D", "E"], ["50 %", "(not rated yet)", "", "", ""], series, [], 400, 300
    )
    assert drawing.width == 400 and drawing.height == 300


# -- the command line ---------------------------------------------------------------------
def run_report(workspace, out, *extra) -> int:
    return main(["report", "assessment", "--db", str(workspace.path), "-o", str(out), *extra])


def test_cli_reports_the_newest_assessment_and_compares(workspace, tmp_path, capsys):
    repository = AssessmentRepository(workspace.conn)
    repository.save_profile(Profile(name="Пётрово"))
    code = workspace.content.benchmarks[0].code
    old = repository.create("Old one", "2023-01-01", initial={code: Rating(code, level=1)})
    new = repository.create("New one", "2025-01-01", initial={code: Rating(code, level=3)})
    out = tmp_path / "newest.pdf"
    assert run_report(workspace, out) == EXIT_OK
    assert "written to" in capsys.readouterr().out
    text = pdf_text(out)
    assert "New one" in text and "Пётрово" in text and "Comparison" not in text
    assert run_report(workspace, out, "--assessment", str(old.id)) == EXIT_OK
    assert "Old one" in pdf_text(out)
    assert run_report(workspace, out, "--compare-with", str(old.id)) == EXIT_OK
    text = pdf_text(out)
    assert "Earlier: Old one (1/1/2023)" in text and "Now: New one" in text
    assert new.id != old.id


def test_cli_without_assessments_or_with_an_unknown_id(workspace, tmp_path, capsys):
    out = tmp_path / "none.pdf"
    assert run_report(workspace, out) == EXIT_ERROR
    assert "there is no assessment yet; create one in the app first" in capsys.readouterr().err
    assert not out.exists()
    AssessmentRepository(workspace.conn).create("Only", "2025-01-01")
    assert run_report(workspace, out, "--compare-with", "999") == EXIT_ERROR
    assert "there is no assessment with id 999" in capsys.readouterr().err


def test_half_a_percent_rounds_up_in_the_pdf_as_on_screen_and_on_the_command_line(
    shipped, tmp_path
):
    """Ratings 4 and 1 score 62.5 %: the PDF prints 63 %, as the dashboard and the CLI do."""
    gov = codes(shipped, "gov")
    ratings = {gov[0]: Rating(gov[0], level=4), gov[1]: Rating(gov[1], level=1)}
    text = build(shipped, tmp_path / "half.pdf", ratings)
    assert "63 %" in text and "62 %" not in text
    from toolbox_desktop.reports.assessment_format import Formats
    from toolbox_desktop.reports.document import ReportOptions

    assert Formats(ReportOptions()).percent(0.5) == "1 %"

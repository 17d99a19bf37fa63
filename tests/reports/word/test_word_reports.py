"""The Word versions of the self-assessment report, the action plan and the annual report:
read back with python-docx, they hold the PDF's sections in the PDF's order as real Word
headings, real tables whose header row repeats, the charts as pictures, and any user text
as text (any script, right to left marked as such, markup-looking text literal)."""

from __future__ import annotations

from datetime import date

import pytest
from docx import Document
from pypdf import PdfReader
from report_helpers import pdf_text
from word_helpers import all_text, header_repeats, headings, is_rtl, pictures, tables

from toolbox_desktop.core.assessment import Assessment, Profile, Rating
from toolbox_desktop.core.plan import Action
from toolbox_desktop.reports.assessment_report import build_assessment_report
from toolbox_desktop.reports.document import ReportOptions
from toolbox_desktop.reports.word.assessment import write_assessment_docx
from toolbox_desktop.reports.word.plan import write_plan_docx
from toolbox_desktop.services.reports import ReportChoices, build_report
from toolbox_desktop.services.training_town import create_training_municipality

MARKUP = "<b>not bold</b> &amp; </w:t> <img src=x>"
ARABIC = "مرحبا بكم في المدينة"
TOWN = Profile(name="Пётрово Ελληνικά", country="Deutschland")
TODAY = date(2026, 3, 1)


@pytest.fixture
def town(workspace):
    create_training_municipality(workspace.conn, today=TODAY)
    return workspace


def build(town, key: str, path, format: str, **choices) -> None:
    build_report(key, town, ReportChoices(**choices), path, format=format)


def test_assessment_has_the_pdfs_sections_in_order_as_word_headings(town, tmp_path):
    docx, pdf = tmp_path / "a.docx", tmp_path / "a.pdf"
    build(town, "assessment", docx, "docx", compare_with=1)
    build(town, "assessment", pdf, "pdf", compare_with=1)
    level_one = [text for _level, text in headings(docx, 1)]
    assert level_one[0] == "Summary"
    assert level_one[-1] == "Annex: how scores are computed"
    for expected in (
        "Gap list",
        "Next steps for the gaps",
        "Comparison with an earlier assessment",
    ):
        assert expected in level_one
    # the PDF's contents list names the same sections in the same order
    text = " ".join(pdf_text(pdf).split())
    positions = [text.find(heading) for heading in level_one]
    assert -1 not in positions and positions == sorted(positions)
    assert (2, "Scores per dimension") in headings(docx)


def test_assessment_tables_repeat_their_header_and_show_the_pdfs_values(town, tmp_path):
    docx = tmp_path / "a.docx"
    build(town, "assessment", docx, "docx")
    document = Document(str(docx))
    found = tables(docx)
    scores = next(t for t in found if t[0][0] == "Dimension" and t[0][1] == "Score")
    assert scores[-1][0] == "All benchmarks"
    assert all(cell.endswith("%") for cell in (row[1] for row in scores[1:]))
    benchmark_table = next(t for t in found if t[0][:3] == ["No.", "Benchmark", "Rating"])
    ratings = {row[2] for row in benchmark_table[1:]}
    assert ratings & {"2 Partly in place", "3 Largely in place", "1 Planned or ad hoc"}
    repeated = [t for t in document.tables if len(t.rows) > 1 and t.rows[0].cells[0].text == "No."]
    assert repeated and all(header_repeats(t) for t in repeated)
    assert pictures(docx) == 2  # the radar and the bars
    assert "Table Grid" in {t.style.name for t in document.tables}


def test_plan_has_overview_timeline_budget_and_details_with_money_as_in_the_pdf(town, tmp_path):
    docx = tmp_path / "p.docx"
    build(town, "plan", docx, "docx")
    assert [text for _level, text in headings(docx, 1)] == [
        "Actions at a glance",
        "Timeline",
        "Budget",
        "Action details",
    ]
    budget = next(t for t in tables(docx) if t[0][0] == "Dimension" and t[0][2] == "Planned")
    total = budget[-1]
    assert total[0] == "Total" and total[2].startswith("€") and "," in total[2]
    overview = next(t for t in tables(docx) if t[0][:2] == ["No.", "Action"])
    assert overview[1][0] == "1"
    assert pictures(docx) >= 1  # the Gantt chart
    sections = Document(str(docx)).sections
    wide = [s for s in sections if s.page_width > s.page_height]
    assert len(wide) == 1 and len(sections) == 3  # the timeline alone is landscape
    for section in sections:  # the title stands at the right edge of every page, wide or not
        line = section.header.paragraphs[0]
        assert line.text == "Lindenbach (fictional training town)\tAction plan"
        [stop] = line.paragraph_format.tab_stops
        width = section.page_width - section.left_margin - section.right_margin
        assert abs(stop.position - width) < 1000  # EMU: well under a tenth of a millimetre
        assert "Page" in section.footer.paragraphs[0].text


def test_annual_report_leaves_out_unwritten_texts_as_the_pdf_does(town, tmp_path):
    docx = tmp_path / "y.docx"
    build(town, "annual", docx, "docx", year=2025)
    level_one = [text for _level, text in headings(docx, 1)]
    assert level_one[0] == "Summary" and "Budget of the year's actions" in level_one
    budget = next(t for t in tables(docx) if t[0][0] == "Currency")
    assert budget[1][0] == "EUR"
    build(town, "annual", docx, "docx", year=2031)  # nothing written for that year
    level_one = [text for _level, text in headings(docx, 1)]
    assert "Summary" not in level_one and "Next year's focus" not in level_one
    assert "No indicator was measured in 2031." in all_text(docx)


def test_user_text_in_any_script_stays_text_and_right_to_left_is_marked(content, tmp_path):
    assessment = Assessment(1, f"Оценка {MARKUP}", "2026-02-01", f"{ARABIC}\nΕλένη\x07 Παππά")
    benchmark = content.benchmarks[0]
    ratings = {benchmark.code: Rating(benchmark.code, level=2, target=4, evidence=ARABIC)}
    path = tmp_path / "u.docx"
    write_assessment_docx(content, TOWN, assessment, ratings, path, ReportOptions(), today=TODAY)
    document = Document(str(path))
    text = all_text(path)
    assert f"Оценка {MARKUP}" in text and "Пётрово Ελληνικά" in text
    assert "Ελένη Παππά" in text  # the bell character is dropped, the rest kept
    arabic = [p for p in document.paragraphs if p.text.startswith(ARABIC)]
    assert arabic and all(is_rtl(p) for p in arabic)
    assert not is_rtl(next(p for p in document.paragraphs if p.text == "Summary"))
    header = document.sections[0].header.paragraphs[0].text
    assert header.startswith("Пётрово Ελληνικά")


def test_no_actions_makes_a_short_plan_as_the_pdf_does(content, tmp_path):
    path = tmp_path / "empty.docx"
    write_plan_docx(content, TOWN, [], [], path, today=TODAY)
    assert headings(path) == []
    assert "No actions yet" in all_text(path)


def test_actions_with_markup_and_arabic_titles_are_printed_literally(content, tmp_path):
    actions = [
        Action(id=1, title=MARKUP, budget_cents=12_500_50, currency="EUR"),
        Action(id=2, title=ARABIC, start=date(2026, 1, 1), end=date(2026, 6, 30)),
    ]
    path = tmp_path / "p.docx"
    write_plan_docx(content, TOWN, actions, [], path, today=TODAY)
    overviews = [t for t in tables(path) if t[0][:2] == ["No.", "Action"]]
    titles = [row[1].split("\n")[0] for table in overviews for row in table[1:]]
    assert MARKUP in titles and ARABIC in titles
    assert "€12,500.50" in all_text(path)


def test_blank_lines_in_a_description_stay_as_the_user_typed_them(content, tmp_path):
    """Word left out every blank line: two paragraphs the user had set apart ran together."""
    description = "\n\nFirst part.\nSame part.\n\nSecond part.\n \n\nThird part.\n\n"
    path = tmp_path / "p.docx"
    action = Action(id=1, title="T", description=description, responsible_person="Jan")
    write_plan_docx(content, TOWN, [action], [], path)
    texts = [p.text for p in Document(str(path)).paragraphs]
    start = texts.index("First part.")
    assert texts[start : start + 7] == [
        "First part.",
        "Same part.",
        "",
        "Second part.",
        "",
        "",
        "Third part.",
    ]
    assert texts[start - 1] == "1. T", "no blank line before the text"
    assert texts[start + 7].endswith("Jan"), "nor after it"


def test_the_contents_field_and_field_update_on_opening(town, tmp_path):
    path = tmp_path / "a.docx"
    build(town, "assessment", path, "docx")
    document = Document(str(path))
    body = document.element.body.xml
    assert 'TOC \\o "1-3"' in body
    assert "updateFields" in document.settings.element.xml
    footer = document.sections[0].footer.paragraphs[0]._p.xml
    assert "PAGE" in footer and "NUMPAGES" in footer


def test_a_report_in_german_uses_the_pdfs_translated_words(town, tmp_path, monkeypatch):
    words = {("AssessmentReport", "Summary"): "Zusammenfassung"}

    def translate(context: str, text: str) -> str:
        return words.get((context, text), text)

    path = tmp_path / "de.docx"
    build_report(
        "assessment",
        town,
        ReportChoices(),
        path,
        translate=translate,
        language="de",
        format="docx",
    )
    assert headings(path, 1)[0][1] == "Zusammenfassung"


def test_pdf_is_unchanged_by_the_shared_rows(content, tmp_path):
    """The rows the Word document shares with the PDF still print in the PDF."""
    benchmark = content.benchmarks[0]
    ratings = {benchmark.code: Rating(benchmark.code, level=1, target=3, priority=3)}
    path = tmp_path / "a.pdf"
    build_assessment_report(
        content, TOWN, Assessment(1, "A", "2026-02-01"), ratings, path, today=TODAY
    )
    text = pdf_text(path)
    assert "Gap list" in text and "1 Planned or ad hoc" in text
    assert len(PdfReader(path).pages) > 3


@pytest.mark.parametrize(
    ("locale", "tag"),
    [
        ("de_AT", "de-AT"),
        ("en_IE", "en-IE"),
        ("en_SE", "en-GB"),  # English as a Swede writes its numbers: spelled as British
        ("en_150", "en-GB"),
        ("nl", "nl"),
        ("C", "en-US"),
    ],
)
def test_word_checks_spelling_in_the_reports_language(content, tmp_path, locale, tag):
    """Word knows a language by its BCP 47 tag ("de-AT"); a locale name ("de_AT") it does
    not know, and it then checks no spelling at all."""
    from docx.oxml.ns import qn

    path = tmp_path / "plan.docx"
    write_plan_docx(content, TOWN, [], [], path, ReportOptions(language=locale), today=TODAY)
    defaults = Document(str(path)).styles.element.find(qn("w:docDefaults"))
    language = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:lang"))
    assert language.get(qn("w:val")) == tag

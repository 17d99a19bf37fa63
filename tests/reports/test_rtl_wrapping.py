"""Arabic and Persian paragraphs that wrap over several lines read from the first line down:
each line is put in right-to-left order after wrapping, never the paragraph as a whole."""

import unicodedata

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Table

from toolbox_desktop.core.assessment import Profile, Rating
from toolbox_desktop.reports.document import make_styles
from toolbox_desktop.reports.fonts import register_fonts
from toolbox_desktop.reports.paragraph import Paragraph
from toolbox_desktop.reports.text import markup

ARABIC = "بيت ولد كتاب شمس قمر بحر جبل نهر مدرسة مدينة طريق حديقة سوق باب نافذة شجرة زهرة سماء"
FARSI = "خانه مدرسه کتاب دوست شهر روستا کار زبان خانواده همسایه بازار"


def lines_of(path) -> list[str]:
    text = "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)
    return [unicodedata.normalize("NFKC", line).strip() for line in text.split("\n") if line]


def in_reading_order(lines: list[str], words: list[str]) -> bool:
    found = " ".join(line for line in lines if any(word in line for word in words))
    positions = [found.find(word) for word in words]
    return -1 not in positions and positions == sorted(positions)


def test_a_wrapped_arabic_paragraph_reads_from_the_first_line_down(tmp_path):
    register_fonts()
    path = tmp_path / "rtl.pdf"
    cell = Paragraph(markup(ARABIC + "\n" + FARSI), make_styles().body)
    SimpleDocTemplate(str(path), pagesize=A4).build([Table([[cell]], colWidths=[120])])
    lines = lines_of(path)
    assert len(lines) >= 6, "the paragraph must wrap for this test to mean anything"
    assert lines[0].startswith("بيت ولد")
    assert in_reading_order(lines, ARABIC.split())
    assert in_reading_order(lines, FARSI.split())


def test_wrapped_evidence_in_the_assessment_report_keeps_its_order(content, tmp_path):
    from toolbox_desktop.core.assessment import Assessment
    from toolbox_desktop.reports.assessment_report import build_assessment_report

    code = content.benchmarks[0].code
    evidence = " ".join([ARABIC] * 3)
    ratings = {code: Rating(code, level=2, evidence=evidence)}
    path = tmp_path / "report.pdf"
    build_assessment_report(
        content, Profile(name="مریم‌آباد"), Assessment(1, "ارزیابی", "2026-01-01"), ratings, path
    )
    lines = lines_of(path)
    first = next(i for i, line in enumerate(lines) if "بيت ولد" in line)
    assert in_reading_order(lines[first : first + 12], ARABIC.split())

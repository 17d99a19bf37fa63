"""The workshop worksheet: every benchmark with its boxes, any script in the header."""

from pypdf import PdfReader
from report_helpers import nfkc, pdf_text

from toolbox_desktop.core.assessment import Profile
from toolbox_desktop.reports.document import ReportOptions
from toolbox_desktop.reports.worksheet import build_worksheet


def test_participant_worksheet_lists_every_benchmark(content, tmp_path):
    path = tmp_path / "worksheet.pdf"
    build_worksheet(content, path, Profile(name="Kadıköy · Пётрово · مریم‌آباد"))
    text = pdf_text(path)
    for benchmark in content.benchmarks:
        assert benchmark.title.split()[0] in text
    assert "1.4.3" in text and "5.4.1" in text
    assert "Kadıköy · Пётрово" in text
    assert nfkc("مریم") in nfkc(text) or nfkc("مریم")[::-1] in nfkc(text)
    assert "Contents" in text and "Page 1 of" in text
    assert "Common challenges" not in text
    reader = PdfReader(path)
    assert len(reader.pages) >= 10


def test_facilitator_version_adds_challenges_and_a_practice(content, tmp_path):
    path = tmp_path / "facilitator.pdf"
    build_worksheet(content, path, facilitator=True)
    text = pdf_text(path)
    assert text.count("Common challenges to discuss") == 5
    assert "POLI" in text and "Multifunctional" in text  # the first practice per dimension
    assert "Diversity Café" not in text


def test_letter_paper(content, tmp_path):
    path = tmp_path / "letter.pdf"
    build_worksheet(content, path, options=ReportOptions(page_size="Letter"))
    box = PdfReader(path).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)

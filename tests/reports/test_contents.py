"""The contents list: laid out in one pass, numbers that point at the right pages, and none at
all for a report of two pages or fewer besides it."""

import re

from pypdf import PdfReader
from reportlab.platypus import PageBreak

from toolbox_desktop.core.assessment import Profile
from toolbox_desktop.reports.annual_report import build_annual_report
from toolbox_desktop.reports.document import (
    Heading,
    ReportOptions,
    build_pdf,
    contents_block,
    make_styles,
)
from toolbox_desktop.reports.paragraph import Paragraph
from toolbox_desktop.storage.annual_texts import AnnualTexts


def story_of(chapters: int, pages_each: int) -> list:
    styles = make_styles()
    story = [Paragraph("Cover", styles.title), PageBreak()]
    story += contents_block(styles, ReportOptions())
    for chapter in range(1, chapters + 1):
        story.append(Heading(f"Chapter {chapter}", styles.h1, 0))
        story.append(Heading(f"Section {chapter}.1", styles.h2, 1))
        story += [Paragraph("Text.", styles.body), PageBreak()] * pages_each
    return story


def page_texts(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def test_every_contents_line_names_the_page_of_its_heading(tmp_path):
    path = tmp_path / "long.pdf"
    build_pdf(path, story_of(4, 3), ("Town", "Report"), ReportOptions(), with_contents=True)
    pages = page_texts(path)
    assert len(pages) == 1 + 1 + 4 * 3  # cover, contents, the chapters
    contents = pages[1]
    assert "Contents" in contents
    for chapter in range(1, 5):
        for heading in (f"Chapter {chapter}", f"Section {chapter}.1"):
            number = int(re.search(rf"{re.escape(heading)}\D*(\d+)", contents).group(1))
            assert heading in pages[number - 1].split("\n")[2:]  # below the page header
            assert f"Page {number} of {len(pages)}" in pages[number - 1]


def test_a_report_of_two_pages_has_no_contents_page(tmp_path):
    path = tmp_path / "short.pdf"
    build_pdf(path, story_of(1, 1), ("Town", "Report"), ReportOptions(), with_contents=True)
    pages = page_texts(path)
    assert len(pages) == 2  # the cover and the chapter; the contents page left out
    assert not any("Contents" in text for text in pages)
    assert "Page 1 of 2" in pages[0] and "Page 2 of 2" in pages[1]
    assert "Chapter 1" in pages[1]


def test_three_pages_besides_the_contents_keep_it(tmp_path):
    path = tmp_path / "three.pdf"
    build_pdf(path, story_of(1, 2), ("Town", "Report"), ReportOptions(), with_contents=True)
    pages = page_texts(path)
    assert len(pages) == 4 and "Contents" in pages[1]


def test_an_empty_annual_report_says_nothing_about_the_app_and_has_no_contents(content, tmp_path):
    path = tmp_path / "annual.pdf"
    build_annual_report(content, Profile(name="Musterstadt"), [], [], AnnualTexts(2030), path)
    pages = page_texts(path)
    text = "\n".join(pages)
    assert len(pages) <= 2 and "Contents" not in text
    for absent in ("Not written", "Reports area", "app", "Summary", "Stories", "focus"):
        assert absent not in text
    assert "No actions." in text

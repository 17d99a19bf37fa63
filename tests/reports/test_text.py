"""User text is escaped, cleaned of what XML cannot hold, and shaped when right-to-left."""

from hypothesis import given
from hypothesis import strategies as st
from reportlab.platypus import Paragraph

from toolbox_desktop.reports.document import make_styles
from toolbox_desktop.reports.text import clean, is_rtl, markup, short, visual


def test_markup_escapes_tags_and_entities():
    assert markup('<img src="/etc/passwd"> & </para>') == (
        '&lt;img src="/etc/passwd"&gt; &amp; &lt;/para&gt;'
    )
    assert markup("a\r\nb\rc") == "a<br/>b<br/>c"


def test_control_characters_are_dropped():
    assert clean("a\x00b\x07c\x1fd\tok") == "abcd\tok"


def test_arabic_and_farsi_lines_are_shaped_other_lines_are_not():
    assert is_rtl("مریم") and not is_rtl("Kadıköy Пётр")
    assert visual("Kadıköy Пётр") == "Kadıköy Пётр"
    shaped = visual("سلام")
    assert shaped != "سلام" and all("\ufb50" <= c <= "\ufeff" for c in shaped)


def test_short_cuts_long_text():
    assert short("x" * 2000, 100).endswith(" …") and len(short("x" * 2000, 100)) == 102
    assert short(None) == ""


@given(st.text())
def test_any_text_makes_a_paragraph(text):
    Paragraph(markup(text), make_styles().body)


def test_a_heading_with_markup_characters_builds_with_contents(tmp_path):
    from report_helpers import pdf_text
    from reportlab.platypus import PageBreak

    from toolbox_desktop.reports.document import (
        Heading,
        ReportOptions,
        build_pdf,
        contents_block,
        make_styles,
    )

    styles = make_styles()
    story = [
        *contents_block(styles, ReportOptions()),
        Heading("Jobs & <img src='x'> </para> مریم", styles.h1, 0),
        *[PageBreak(), Heading("More", styles.h1, 0)] * 2,  # three pages: with contents
    ]
    path = tmp_path / "heading.pdf"
    build_pdf(path, story, ("a & b", "<c>"), ReportOptions(), with_contents=True)
    assert pdf_text(path).count("Jobs & <img src='x'> </para>") == 2  # contents and heading

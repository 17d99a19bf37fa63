"""The paragraph fast path (``reports/fragments.py``) gives reportlab exactly the fragments its
own HTML parser would: same text runs, same fonts, sizes and colours, same line breaks, for
plain, escaped, right-to-left and multi-line text and the tags the reports use, and for any
text a user can type put in that markup (a property test); and it leaves anything else to the
parser."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.platypus import SimpleDocTemplate
from reportlab.platypus.paragraph import Paragraph as ReportlabParagraph
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaParser

from toolbox_desktop.reports.document import make_styles
from toolbox_desktop.reports.fragments import fragments
from toolbox_desktop.reports.paragraph import Paragraph
from toolbox_desktop.reports.plan_actions import RED, TITLE_COLOR
from toolbox_desktop.reports.text import markup

ARABIC = "بيت ولد كتاب شمس قمر بحر جبل نهر مدرسة مدينة طريق حديقة سوق باب نافذة شجرة زهرة"
FARSI = "خانه مدرسه کتاب دوست شهر روستا کار زبان خانواده همسایه بازار"
SAMPLES = [
    markup("Integration officer"),
    markup("R&D <budget> for \"Müller & Söhne\" > 5 'quoted'"),
    markup("&amp; is not an entity here; neither is &lt;b&gt;"),
    markup(f"{ARABIC}\n{FARSI}"),
    markup("Kadıköy · Пётрово\nsecond line\n\nafter an empty line\r\nand a Windows one"),
    markup("  leading and trailing spaces  \t and a tab  "),
    markup("مریم‌آباد (Example town)"),
    f'<b>{markup("Ayşe & Jan")}</b><br/><font size="6.5" color="grey">'
    f"{markup('Phase · Priority: high <3>')}</font>",
    f'<font size="8.5" color="{TITLE_COLOR}"><b>12. {markup("A & B")}</b></font>'
    f"<br/><b>Funding source:</b> {markup('EU <AMIF>')}  ·  <b>Budget line:</b> 4711",
    f'Open<br/><font color="{RED}"><b>{markup("Overdue")}</b></font>',
    f"<i>{markup('Evidence')}</i> <b><i>both</i></b> <font color='#555555'>note</font>",
    "<br/><br/>",
    f"• {markup(ARABIC)}: <b>{markup('done')}</b>",
]


def parsed(text: str, style) -> list[dict]:
    """reportlab's own fragments of ``text``, as Paragraph makes them."""
    parser = ParaParser()
    parser.caseSensitive = 1
    _style, frags, _bullet = parser.parse(cleanBlockQuotedText(text), style)
    return [dict(frag.__dict__) for frag in frags]


@pytest.mark.parametrize("text", SAMPLES)
def test_the_fast_path_makes_the_fragments_reportlabs_parser_makes(text):
    styles = make_styles()
    for style in (styles.body, styles.cell, styles.cell_bold, styles.h2):
        found = fragments(text, style)
        assert found is not None, "the reports' own markup must take the fast path"
        shown, made = found
        assert shown == cleanBlockQuotedText(text)
        expected = parsed(text, style)
        assert [dict(frag.__dict__) for frag in made] == expected
        assert [list(frag.__dict__) for frag in made] == [list(frag) for frag in expected]


def test_a_second_paragraph_gets_fragments_of_its_own():
    style = make_styles().body
    _text, first = fragments("<b>one</b> two", style)
    _text, second = fragments("<b>three</b> four", style)
    assert [f.text for f in first] == ["one", " two"]
    assert [f.text for f in second] == ["three", " four"]
    assert not {id(f) for f in first} & {id(f) for f in second}
    assert first[0].link is not second[0].link and first[0].us_lines is not second[0].us_lines
    assert first[0].link is first[1].link  # shared within a paragraph, as the parser does


@pytest.mark.parametrize(
    "text",
    [
        '<a href="https://example.org">link</a>',
        "<u>underlined</u>",
        "x&#169;y",
        "&nbsp;",
        "<b>never closed",
        "closed</b> never opened",
        "<b><i>crossed</b></i>",
        '<img src="x.png"/>',
        '<para alignment="right">text</para>',
        "",
    ],
)
def test_other_markup_is_left_to_reportlabs_parser(text):
    assert fragments(text, make_styles().body) is None


def test_broken_markup_fails_as_it_did():
    with pytest.raises(ValueError):
        Paragraph("<b>never closed", make_styles().body)
    with pytest.raises(ValueError):
        ReportlabParagraph("<b>never closed", make_styles().body)


def test_a_page_of_fast_paragraphs_prints_what_the_parser_would(tmp_path):
    """The same PDF page, byte for byte in its content, from either path."""
    from pypdf import PdfReader

    from toolbox_desktop.reports.fonts import register_fonts

    register_fonts()
    styles = make_styles()

    class Parsed(Paragraph):  # our Paragraph, its text always through reportlab's parser
        def __init__(self, text, style):
            super().__init__(text, style, None)

    pages = []
    for kind in (Paragraph, Parsed):
        path = tmp_path / f"{kind.__name__}.pdf"
        story = [kind(text, styles.body) for text in SAMPLES]
        SimpleDocTemplate(str(path), invariant=1).build(story)
        pages.append([page.get_contents().get_data() for page in PdfReader(path).pages])
    assert pages[0] == pages[1]


STYLES = make_styles()


# What a user can type: markup-like text, entities, quotes, backslashes, tabs, runs of spaces,
# every kind of line end, zero-width and combining marks, characters outside the BMP, lone
# surrogates, right-to-left text mixed with Latin and digits; and anything else Unicode holds.
TYPED = st.sampled_from(
    [
        "&",
        "<",
        ">",
        '"',
        "'",
        "\\",
        "\t",
        "    ",
        "\n",
        "\r\n",
        "\r",
        "\u2028",
        "\u2029",
        "\x85",
        "\x0b",
        "\x0c",
        "\x1c",
        "\xa0",
        "\u200b",
        "\u200c",
        "\u200d",
        "\u0301",
        "\u202e",
        "&amp;",
        "&#169;",
        "&nbsp;",
        "&lt;b&gt;",
        "<b>",
        "</b>",
        "<br/>",
        "<br>",
        "<font name=x>",
        "</font>",
        "<para>",
        "<![CDATA[x]]>",
        "<!-- -->",
        "😀",
        "👩‍👩‍👧",
        "\U00010348",
        "\ud800",
        "مریم‌آباد",
        "كتاب ۱۲۳",
        "שלום",
        "Ayşe",
        "2026",
        "x" * 60,
    ]
)
USER_TEXT = st.lists(st.one_of(TYPED, st.text(max_size=6)), max_size=10).map("".join)
FAST_STYLES = ("body", "small", "title", "h1", "h2", "cell", "cell_bold")


def as_the_reports_write(user: str, form: str) -> str:
    """``user`` text in one of the forms the reports put it: alone, a bold label before it,
    in a coloured and sized title, lines joined by <br/>, italic evidence."""
    text = markup(user)
    return {
        "alone": text,
        "label": f"<b>{markup('Owner:')}</b> {text}",
        "title": f'<font size="8.5" color="{TITLE_COLOR}"><b>12. {text}</b></font>',
        "lines": f'{text}<br/><font color="{RED}"><b>{text}</b></font><br/>{text}',
        "italic": f"<i>{text}</i> <b><i>{text}</i></b>",
    }[form]


@settings(max_examples=300, deadline=None)
@given(
    user=USER_TEXT,
    form=st.sampled_from(["alone", "label", "title", "lines", "italic"]),
    style_name=st.sampled_from(FAST_STYLES),
)
def test_any_typed_text_makes_the_parsers_fragments(user, form, style_name):
    """Whatever a user typed, in whatever markup the reports put it: the fast path is taken
    (unless nothing is left to print) and gives exactly the parser's fragments."""
    style = getattr(STYLES, style_name)
    text = as_the_reports_write(user, form)
    found = fragments(text, style)
    if not cleanBlockQuotedText(text):
        assert found is None
        return
    assert found is not None, "markup() output must take the fast path"
    shown, made = found
    assert shown == cleanBlockQuotedText(text)
    expected = parsed(text, style)
    assert [dict(frag.__dict__) for frag in made] == expected
    assert [list(frag.__dict__) for frag in made] == [list(frag) for frag in expected]

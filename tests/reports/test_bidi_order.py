"""Lines that mix right-to-left and left-to-right text are drawn in the order a reader expects:
each line put in order as a whole, in its paragraph's direction, whatever pieces (a bold
label, a "<" kept apart by the markup) it is made of; brackets in right-to-left text turned."""

from __future__ import annotations

import pytest
from bidi import get_display

from toolbox_desktop.reports.bidi_order import levels_of, visual_runs
from toolbox_desktop.reports.document import make_styles
from toolbox_desktop.reports.fonts import register_fonts
from toolbox_desktop.reports.paragraph import Paragraph, visual_lines
from toolbox_desktop.reports.text import markup, shape, visual

TOWN_HALL = "شهرداری"  # Persian: the town hall
REFUGEES = "مدينة اللاجئين"  # Arabic: the refugees' town


def backwards(text: str) -> str:
    return text[::-1]


def drawn(texts: list[str], rtl: bool = False) -> str:
    return "".join(text for _piece, text in visual_runs(texts, rtl))


def test_a_label_and_the_text_after_it_stay_in_reading_order_with_their_space():
    runs = visual_runs(["Notes:", f" {TOWN_HALL} Dessau, Amt 3"], rtl=False)
    assert runs == [(0, "Notes:"), (1, f" {backwards(TOWN_HALL)} Dessau, Amt 3")]


def test_a_character_the_markup_keeps_apart_does_not_move_the_rest_of_the_line():
    pieces = ["Parents' café (children", "<", f"6) {REFUGEES} every Tuesday"]
    assert visual_runs(pieces, rtl=False) == [
        (0, "Parents' café (children"),
        (1, "<"),
        (2, f"6) {backwards(REFUGEES)} every Tuesday"),
    ]


def test_a_line_of_an_english_paragraph_that_begins_with_a_persian_word_stays_left_to_right():
    assert drawn([f"{TOWN_HALL} on Fridays, every week"]) == (
        f"{backwards(TOWN_HALL)} on Fridays, every week"
    )


def test_english_inside_a_right_to_left_line_is_read_left_to_right():
    assert drawn([f"مدرسه Volkshochschule Dessau {REFUGEES}"], rtl=True) == (
        f"{backwards(REFUGEES)} Volkshochschule Dessau {backwards('مدرسه')}"
    )


def test_brackets_in_right_to_left_text_are_turned_to_face_their_words():
    # Drawn left to right, the Arabic "(…)" must show as "(" … ")" around the reversed word.
    assert drawn(["مدينة (اللاجئين) 2026"], rtl=True) == "2026 (نيئجاللا) ةنيدم"
    assert drawn(["abc (مدينة) 12.5%"]) == "abc (ةنيدم) 12.5%"


@pytest.mark.parametrize(
    "line",
    [
        f"Notes: {TOWN_HALL} Dessau, Amt 3",
        f"Parents' café (children<6) {REFUGEES} every Tuesday",
        "abc (مدينة اللاجئين) 12.5% — 3 🙂",
        "خانه\u200cها و مدرسه‌ها 2026-12-07",
        "בית ספר abc 123 ש״ח",
    ],
)
@pytest.mark.parametrize("rtl", [False, True])
def test_each_line_is_ordered_as_python_bidi_orders_it(line, rtl):
    """The levels read from python-bidi are the ones its own reordering uses (it draws
    brackets unturned: they are compared as the same character)."""
    assert levels_of(line, rtl) is not None, "python-bidi's levels could not be read"
    ours = drawn([line], rtl)
    theirs = get_display(line, base_dir="R" if rtl else "L")
    unturned = str.maketrans("()[]{}<>", ")(][}{><")
    assert len(ours) == len(theirs)
    assert all(a == b or a.translate(unturned) == b for a, b in zip(ours, theirs, strict=True))


def test_levels_are_one_per_character_whatever_its_length_in_bytes():
    line = "a 🙂 ب\u200cc"
    levels = levels_of(line, rtl=False)
    assert levels is not None and len(levels) == len(line)
    assert levels[line.index("ب")] == 1 and levels[0] == 0


def line_texts(paragraph: Paragraph, width: float) -> list[str]:
    """What each line of ``paragraph`` draws, left to right, at ``width``."""
    paragraph.wrap(width, 10_000)
    shown = visual_lines(paragraph.blPara, paragraph._starts_rtl)
    if shown.kind == 0:
        return [" ".join(words) for _extra, words in shown.lines]
    return ["".join(getattr(word, "text", "") for word in line.words) for line in shown.lines]


def test_a_wrapped_english_paragraph_keeps_every_line_left_to_right():
    register_fonts()
    text = f"Course run by the association {TOWN_HALL} on Fridays, every week of the year"
    lines = line_texts(Paragraph(markup(text), make_styles().body), 150)
    joined = " ".join(lines)
    assert len(lines) >= 3, "the paragraph must wrap for this test to mean anything"
    assert joined.split() == [
        backwards(shape(word)) if word == TOWN_HALL else word for word in text.split()
    ]


def test_a_bold_label_before_persian_text_in_a_paragraph():
    register_fonts()
    paragraph = Paragraph(
        f"<b>Notes:</b> {markup(TOWN_HALL + ' Dessau, Amt 3')}", make_styles().body
    )
    assert line_texts(paragraph, 400) == [f"Notes: {backwards(shape(TOWN_HALL))} Dessau, Amt 3"]


def test_each_line_after_a_break_has_its_own_direction():
    register_fonts()
    paragraph = Paragraph(markup(f"Integration officer\n{TOWN_HALL} (Amt 3)"), make_styles().body)
    assert line_texts(paragraph, 400) == [
        "Integration officer",
        f"(Amt 3) {backwards(shape(TOWN_HALL))}",  # read from the right: the Persian first
    ]


def test_a_single_line_drawn_on_the_page_is_shaped_ordered_and_its_brackets_turned():
    assert visual("مدينة (اللاجئين)") == backwards(shape("(اللاجئين)")).translate(
        str.maketrans("()", ")(")
    ) + " " + backwards(shape("مدينة"))


def test_an_image_in_a_mixed_line_is_kept(tmp_path):
    """reportlab gives an image's piece no text: it fell out of a line that was reordered."""
    from PIL import Image

    register_fonts()
    dot = tmp_path / "dot.png"
    Image.new("RGB", (10, 10), (200, 0, 0)).save(dot)
    paragraph = Paragraph(
        f'{TOWN_HALL} <img src="{dot}" width="10" height="10"/> Dessau', make_styles().body
    )
    paragraph.wrap(400, 1000)
    [line] = visual_lines(paragraph.blPara, paragraph._starts_rtl).lines
    pieces = [(getattr(word, "text", ""), hasattr(word, "cbDefn")) for word in line.words]
    assert ("", True) in pieces, "the image is still in the line"
    # A right-to-left paragraph (it begins in Persian): read from the right.
    assert "".join(text for text, _image in pieces).split() == ["Dessau", backwards(TOWN_HALL)]


def test_text_that_looks_like_python_bidis_report_is_still_ordered():
    line = f"levels: [ {TOWN_HALL} ]"
    assert levels_of(line, rtl=False) is not None

"""What the reports compute once and reuse gives what computing it each time would: dates,
money and numbers of the plan (``PlanWords``), shaped right-to-left lines (``text``), and the
copies reportlab makes of a page's frame (``document._Frame``)."""

import copy
from datetime import date

import arabic_reshaper

from toolbox_desktop.core import formatting
from toolbox_desktop.reports import text
from toolbox_desktop.reports.document import _Frame
from toolbox_desktop.reports.plan_format import PlanWords
from toolbox_desktop.reports.text import shape, visual

TODAY = date(2026, 3, 15)


def test_the_plans_values_are_the_same_formatted_once_or_again(content):
    for language in ("en", "de", "fa"):
        words = PlanWords(content, lambda context, text: text, language, TODAY)
        for _again in range(2):
            assert words.day(TODAY) == formatting.format_date(TODAY, language)
            assert words.day(None) == formatting.format_date(None, language)
            assert words.money(1_250_050, "EUR") == formatting.format_money(
                1_250_050, "EUR", language
            )
            assert words.money(1_250_050, "USD") == formatting.format_money(
                1_250_050, "USD", language
            )
            assert words.number(0.125) == formatting.format_number(0.125, language)
            assert words.number(None) == ""
    words = PlanWords(content, lambda context, text: text, "en", TODAY)
    assert words.percent(62.5) == "63 %" and words.percent(62.4) == "62 %"
    assert words.number(5) == formatting.format_number(5, "en")
    assert words.number(5.0) == formatting.format_number(5.0, "en")


def test_each_plan_report_formats_in_its_own_language(content):
    english = PlanWords(content, lambda context, text: text, "en", TODAY)
    german = PlanWords(content, lambda context, text: text, "de", TODAY)
    assert english.money(1_250_050, "EUR") == "€12,500.50"
    assert german.money(1_250_050, "EUR") == "12.500,50\xa0€"


def test_a_right_to_left_line_is_shaped_the_same_every_time():
    for line in ("مریم‌آباد کتاب (Example 12)", "کتاب دوست شهر " * 30):  # short, long
        for _again in range(2):
            assert shape(line) == arabic_reshaper.reshape(line)
            # The same as made afresh (brackets turned, which python-bidi alone leaves).
            assert visual(line) == text._visual(line)
    assert visual("مریم‌آباد کتاب (Example 12)").startswith("(Example 12) ")
    assert shape("Kadıköy") == "Kadıköy" and visual("Пётрово") == "Пётрово"


def test_a_copied_frame_is_a_deep_copy():
    frame = _Frame(10, 20, 300, 400, id="body")
    frame.__dict__["_frameBGs"] = [["a background"]]
    clone = copy.deepcopy(frame)
    assert type(clone) is _Frame and clone is not frame
    assert clone.__dict__ == frame.__dict__
    assert clone._frameBGs is not frame._frameBGs
    assert clone._frameBGs[0] is not frame._frameBGs[0]
    clone._y -= 100
    assert frame._y != clone._y


def test_a_number_equal_to_another_but_written_otherwise_is_formatted_on_its_own(content):
    """-0.0 equals 0.0 (and hashes alike) but is written "-0": the first must not answer for
    the second."""
    words = PlanWords(content, lambda context, text: text, "en", TODAY)
    for value in (-0.0, 0.0, -0.0, 1, 1.0):
        assert words.number(value) == formatting.format_number(value, "en")

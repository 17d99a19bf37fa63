"""The one rule for control characters in text from outside."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toolbox_desktop.core.clean_text import clean_text


@pytest.mark.parametrize(
    ("text", "one_line", "several_lines"),
    [
        ("Dessau-Roßlau, مریم · Пётр", "Dessau-Roßlau, مریم · Пётр", "Dessau-Roßlau, مریم · Пётр"),
        ("red\x1b[31m alert\x07", "red[31m alert", "red[31m alert"),
        ("nul\x00 del\x7f c1\x9b\x85end", "nul del c1 end", "nul del c1\nend"),
        ("a\r\nb\rc\nd", "a b c d", "a\nb\nc\nd"),
        ("word\x0bbreak\x0cpage", "word break page", "word\nbreak\npage"),
        ("one\u2028two\u2029three", "one two three", "one\ntwo\nthree"),
        ("col\tumn", "col umn", "col\tumn"),
        ("\u200fRTL mark and \u200djoiner stay", "\u200fRTL mark and \u200djoiner stay", None),
    ],
)
def test_examples(text, one_line, several_lines):
    assert clean_text(text) == one_line
    assert clean_text(text, multiline=True) == (several_lines or one_line)


@given(st.text())
def test_nothing_of_category_cc_is_left(text):
    single = clean_text(text)
    assert not [c for c in single if unicodedata.category(c) == "Cc"]
    multi = clean_text(text, multiline=True)
    assert not [c for c in multi if unicodedata.category(c) == "Cc" and c not in "\t\n"]
    assert clean_text(single) == single and clean_text(multi, multiline=True) == multi


@given(st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"))))
def test_text_without_controls_is_unchanged(text):
    assert clean_text(text) == text == clean_text(text, multiline=True)

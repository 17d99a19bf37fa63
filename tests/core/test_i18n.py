"""Plural messages without Qt: the English forms a source such as "%n problem(s)" gives, and a
``Message`` with a count, in English and through a translate function."""

from __future__ import annotations

import pytest

from toolbox_desktop.core.i18n import (
    QT_TRANSLATE_NOOP,
    Message,
    english,
    english_forms,
    translated_with,
    untranslated,
)


@pytest.mark.parametrize(
    ("source", "forms"),
    [
        ("%n problem(s) in {folder}", ("%n problem in {folder}", "%n problems in {folder}")),
        ("%n match(es)", ("%n match", "%n matches")),
        ("({change} point(s))", ("({change} point)", "({change} points)")),
        ("unknown field(s): {keys}", ("unknown field: {keys}", "unknown fields: {keys}")),
        ("Set &status of %n action(s)", ("Set &status of %n action", "Set &status of %n actions")),
    ],
)
def test_the_english_forms_of_a_plural_source(source, forms):
    assert english_forms(source) == forms


def test_one_is_singular_and_every_other_count_plural():
    assert [english("%n problem(s)", n) for n in (0, 1, 2, 41)] == [
        "0 problems",
        "1 problem",
        "2 problems",
        "41 problems",
    ]


def test_brackets_that_are_no_plural_ending_stay():
    text = "Not in the chart because they have no dates ({count}):"
    assert english_forms(text) == (text, text)


def test_without_a_count_the_source_is_shown_as_it_is():
    assert untranslated("CommandLine", "%n problem(s)") == "%n problem(s)"
    assert untranslated("CommandLine", "%n problem(s)", None, 1) == "1 problem"


def test_the_plural_marker_returns_the_source():
    assert QT_TRANSLATE_NOOP("CommandLine", "%n action(s) written", None, 2) == (
        "%n action(s) written"
    )


def test_a_message_with_a_count_reads_in_proper_english():
    one = Message("Package", "missing manifest field(s): {keys}", n=1, keys="created_at")
    two = Message("Package", "missing manifest field(s): {keys}", n=2, keys="a, b")
    assert str(one) == "missing manifest field: created_at"
    assert str(two) == "missing manifest fields: a, b"


def test_a_message_passes_its_count_to_the_translate_function():
    calls = []

    def translate(context, text, disambiguation=None, n=-1):
        calls.append((context, text, n))
        if n >= 0:
            return ("%n Feld fehlt: {keys}" if n == 1 else "%n Felder fehlen: {keys}").replace(
                "%n", str(n)
            )
        return text

    inner = Message("Package", "{what}", what="x")
    message = Message("Package", "%n field(s) missing: {keys}", n=3, keys=inner)
    assert translated_with(message, translate) == "3 Felder fehlen: x"
    assert calls == [("Package", "{what}", -1), ("Package", "%n field(s) missing: {keys}", 3)]

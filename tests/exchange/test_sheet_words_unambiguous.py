"""A spreadsheet import reads a cell's word in every shipped language (``catalogues``): a
word that names one key in one language and another key in another (a Dutch status equal to
a German one of another meaning, an English header that is another column's translation)
would be read as whichever key comes first, silently. The shipped catalogues must never hold
such a word; a translator who makes one meets this test, not a councillor's wrong import."""

from __future__ import annotations

from collections import defaultdict

import pytest

from toolbox_desktop.catalogues import translate_in
from toolbox_desktop.core.assessment import PRIORITY_NAMES
from toolbox_desktop.core.plan import FUNDING_SOURCES, PARTNER_KINDS, PHASE_NAMES, STATUS_NAMES
from toolbox_desktop.exchange.sheets import mapping
from toolbox_desktop.exchange.sheets.columns import (
    CTX,
    ID,
    IMPORT_FIELDS,
    INDICATOR_COLUMNS,
    MILESTONE_COLUMNS,
    OTHER_HEADERS,
    PLAN_HEADERS,
    normalised,
)
from toolbox_desktop.languages import shipped_languages

LANGUAGES = {code: translate_in(code) for code in shipped_languages()}


def _ambiguous(words: dict[str, set]) -> dict[str, set]:
    return {word: keys for word, keys in words.items() if len(keys) > 1}


def test_every_shipped_language_has_a_catalogue_read():
    """Else the checks below would pass on English alone."""
    assert len(LANGUAGES) >= 3
    assert all(LANGUAGES[code]("Plan", "In progress") != "In progress" for code in ("de", "nl"))


@pytest.mark.parametrize(
    ("names", "context"),
    [
        (STATUS_NAMES, "Plan"),
        (PHASE_NAMES, "Plan"),
        (PARTNER_KINDS, "Plan"),
        (FUNDING_SOURCES, "Plan"),
        (PRIORITY_NAMES, "RatingScale"),
    ],
    ids=["status", "phase", "partners", "funding", "priority"],
)
def test_no_word_of_a_list_names_two_keys_in_any_languages(names, context):
    words: dict[str, set] = defaultdict(set)
    for key, name in names.items():
        for word in (str(key), name, *(t(context, name) for t in LANGUAGES.values())):
            words[normalised(word)].add(key)
    assert _ambiguous(words) == {}


def test_no_header_names_two_columns_in_any_languages():
    words: dict[str, set] = defaultdict(set)
    for field in IMPORT_FIELDS:
        english = PLAN_HEADERS[field]
        csv_header = mapping._CSV_HEADERS.get(field, english)
        keys = () if field == ID else (field, field.removesuffix("_cents"))
        for word in (
            *keys,
            english,
            *(t(CTX, english) for t in LANGUAGES.values()),
            *(t("PlanExport", csv_header) for t in LANGUAGES.values()),
            *OTHER_HEADERS.get(field, ()),
        ):
            words[normalised(word)].add(field)
    assert _ambiguous(words) == {}


@pytest.mark.parametrize("columns", [MILESTONE_COLUMNS, INDICATOR_COLUMNS])
def test_no_side_sheet_header_names_two_columns_in_any_languages(columns):
    words: dict[str, set] = defaultdict(set)
    for key, header in columns:
        others = OTHER_HEADERS[ID] if key == ID else (key,)
        for word in (header, *(t(CTX, header) for t in LANGUAGES.values()), *others):
            words[normalised(word)].add(key)
    assert _ambiguous(words) == {}

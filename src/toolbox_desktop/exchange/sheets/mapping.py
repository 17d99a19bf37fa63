"""Which column of a sheet holds which field of an action: guessed from the headers.

A header is recognised by the field's key, its English header, its header in the user's
language (the spreadsheet's and the CSV export's), and the German and Dutch words of
``columns.OTHER_HEADERS``; the action's uid only by "Permanent ID" (translated) or "uid",
never by a plain "ID" (the CSV export's row numbers). So our own export maps completely,
whatever language it was made in, as long as the reader's language is English or that one.
A column whose header is not recognised is left unmapped (the window lets the user choose);
each field takes one column at most, the first that names it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence

from toolbox_desktop.exchange.sheets.columns import (
    CTX,
    ID,
    IMPORT_FIELDS,
    OTHER_HEADERS,
    PLAN_HEADERS,
    normalised,
)

Mapping = dict[int, str]  # column index -> field (a key of IMPORT_FIELDS)


def _untranslated(context: str, text: str) -> str:
    del context
    return text


def header_names(translate: Callable[[str, str], str] = _untranslated) -> dict[str, str]:
    """Every recognised header (normalised) -> its field."""
    from toolbox_desktop.catalogues import every_language

    names: dict[str, str] = {}
    languages = [translate, *every_language()]  # the user's first, then every shipped one
    for field in IMPORT_FIELDS:
        english = PLAN_HEADERS[field]
        keys = () if field == ID else (field, field.removesuffix("_cents"))  # "id" numbers rows
        csv_header = _CSV_HEADERS.get(field, english)
        for name in (
            *keys,
            english,
            *(language(CTX, english) for language in languages),
            *(language("PlanExport", csv_header) for language in languages),
            *OTHER_HEADERS.get(field, ()),
        ):
            names.setdefault(normalised(name), field)
    return names


# The CSV export's headers where they differ from the spreadsheet's (context "PlanExport").
_CSV_HEADERS = {"budget_cents": "Budget", "spent_cents": "Spent"}


def auto_mapping(
    headers: Sequence[object], translate: Callable[[str, str], str] = _untranslated
) -> Mapping:
    """The columns whose header names a field, each field once."""
    names = header_names(translate)
    mapping: Mapping = {}
    for column, header in enumerate(headers):
        field = names.get(normalised(header))
        if field and field not in mapping.values():
            mapping[column] = field
    return mapping


def header_key(headers: Sequence[object]) -> str:
    """A short key of a set of headers: the window remembers the mapping chosen for it."""
    joined = "\x1f".join(normalised(h) for h in headers)
    return hashlib.sha1(joined.encode("utf-8"), usedforsecurity=False).hexdigest()[:16]

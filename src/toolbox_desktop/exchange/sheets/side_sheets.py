"""Our export's side sheets (Milestones, Indicators): found by their name in any of the
app's languages, their columns by their headers, each row keyed by the action's Permanent ID,
or, for an action new in the sheet of actions (typed there, so without an ID yet), by the
title in its Action column (``row_key``).

``plan_import`` reads the Milestones sheet with them, ``indicator_import`` the Indicators
sheet; a file without the sheet, or whose sheet lacks the ID or the named column, has none.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from toolbox_desktop.exchange.sheets.columns import CTX, ID, OTHER_HEADERS, normalised
from toolbox_desktop.exchange.sheets.reading import Row, Sheet, SpreadsheetFile

Translate = Callable[[str, str], str]


TITLE_KEY = "\x00title:"  # a row key that is a title, never a Permanent ID


def title_key(title: str) -> str:
    """The key of a side sheet's row that names its action by title (case and spacing
    aside, as people retype a title)."""
    return TITLE_KEY + " ".join(str(title).split()).casefold()


def row_key(uid: str, title: str) -> str:
    """How a side sheet's row names its action: its Permanent ID, or else its title; ""
    when it names none."""
    if uid:
        return uid
    return title_key(title) if str(title).strip() else ""


def is_title_key(key: str) -> bool:
    return key.startswith(TITLE_KEY)


@dataclass(frozen=True)
class SideRows:
    """Where a side sheet's rows are: its name, and the rows (lines) of each action's key,
    so that rows whose action is not in the sheet of actions can be named."""

    sheet: str = ""
    lines: dict[str, tuple[int, ...]] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)  # title key -> the title as typed


@dataclass(frozen=True)
class SideSheet:
    sheet: Sheet
    columns: dict[str, int]  # key -> column index

    def cell(self, row: Row, key: str) -> object:
        column = self.columns.get(key)
        return row.values[column] if column is not None and column < len(row.values) else None


def side_sheet(
    spreadsheet: SpreadsheetFile,
    name: str,
    columns: Sequence[tuple[str, str]],
    required: str,
    translate: Translate,
) -> SideSheet | None:
    """The sheet called ``name`` (English or translated) with its ``columns`` (key, English
    header) found by header; None without the sheet, the ID column or ``required``. The ID
    column only by its header (never by a plain "ID": see ``columns.PERMANENT_ID``)."""
    from toolbox_desktop.catalogues import every_language

    languages = [translate, *every_language()]
    wanted = {normalised(name), *(normalised(language(CTX, name)) for language in languages)}
    sheet = next((s for s in spreadsheet.sheets if normalised(s.name) in wanted), None)
    if sheet is None:
        return None
    names: dict[str, str] = {}
    for key, header in columns:
        others = OTHER_HEADERS[ID] if key == ID else (key,)  # never the key "id"
        for word in (header, *(language(CTX, header) for language in languages), *others):
            names.setdefault(normalised(word), key)
    found: dict[str, int] = {}
    for column, header in enumerate(sheet.headers):
        key = names.get(normalised(header))
        if key and key not in found:
            found[key] = column
    if ID not in found or required not in found:
        return None
    return SideSheet(sheet, found)

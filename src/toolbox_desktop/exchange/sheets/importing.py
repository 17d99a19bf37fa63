"""Importing actions from a spreadsheet, as both faces do it: read the file, map the chosen
sheet's columns, see what it would do (``preview``), then write it (``write``).

The window shows the preview and writes only when the user confirms it; ``toolbox-desktop
plan import`` prints it and writes unless ``--dry-run``. Reading the stored actions and
writing go through ``storage/plan_import.py``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import replace

from toolbox_desktop.core.content import Content
from toolbox_desktop.core.plan import Action
from toolbox_desktop.exchange.sheets.indicator_import import indicators_sheet
from toolbox_desktop.exchange.sheets.mapping import Mapping, auto_mapping
from toolbox_desktop.exchange.sheets.plan_import import ImportPlan, milestones_sheet, plan_import
from toolbox_desktop.exchange.sheets.reading import Sheet, SpreadsheetFile
from toolbox_desktop.storage.plan_import import (
    IndicatorPair,
    action_indicators,
    apply_import,
    deleted_action_uids,
    stored_by_uid,
)
from toolbox_desktop.storage.plan_repository import PlanRepository

Translate = Callable[[str, str], str]


def amounts_locale(spreadsheet: SpreadsheetFile, locale: str) -> str:
    """The locale amounts typed as text are read in: a CSV separated by semicolons has
    decimal commas (as our export and Excel in most of Europe write it), one separated by
    commas decimal points; an .xlsx file's text, the user's own."""
    if spreadsheet.delimiter == ";":
        return "de"
    if spreadsheet.delimiter == ",":
        return "en"
    return locale


def default_sheet(spreadsheet: SpreadsheetFile, translate: Translate) -> Sheet:
    """The sheet whose headers map best (our export's actions sheet, in any language)."""
    return max(
        spreadsheet.sheets,
        key=lambda s: (len(auto_mapping(s.headers, translate)), -spreadsheet.sheets.index(s)),
    )


def preview(
    conn: sqlite3.Connection,
    content: Content,
    spreadsheet: SpreadsheetFile,
    sheet: Sheet,
    mapping: Mapping,
    translate: Translate,
    locale: str,
) -> ImportPlan:
    """What importing ``sheet`` with ``mapping`` would do to the plan in ``conn`` now."""
    place = amounts_locale(spreadsheet, locale)
    milestones = milestones_sheet(spreadsheet, content, translate, place)
    repository = PlanRepository(conn)
    return plan_import(
        sheet,
        mapping,
        stored_by_uid(repository),
        content,
        translate,
        place,
        milestones,
        deleted_action_uids(conn),
        indicators_sheet(spreadsheet, content, translate, place),
        action_indicators(repository),
        spreadsheet.encoding,
    )


def write(
    repository: PlanRepository, plan: ImportPlan
) -> tuple[list[Action], list[Action], list[IndicatorPair]]:
    """Write what ``plan`` adds and changes, in one transaction: (added, changed) as stored,
    and (before, after) of each indicator written (before None: added)."""
    return apply_import(
        repository,
        [(new.action, new.uid) for new in plan.new],
        [(change.before, change.after) for change in plan.changed],
        [new.indicators for new in plan.new],
        [
            (item.before, item.after if item.before else replace(item.after, action_id=c.before.id))
            for c in plan.changed
            for item in c.indicators
        ],
    )

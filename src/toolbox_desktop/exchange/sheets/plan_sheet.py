"""The action plan as a spreadsheet: one row per action with every field, its milestones
and its indicators (one row per measured value) on their own sheets, keyed by the action's
ID (its uid, the same on every laptop), so that ``plan_import`` can read the file back and
match every row to its action.

The words of the plan's lists (status, phase, partners, funding) are written in the user's
language, as the import reads them; benchmarks as their codes (the numbers change with the
content, the codes do not).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from toolbox_desktop.core.plan import FUNDING_SOURCES, PARTNER_KINDS, PHASE_NAMES, STATUS_NAMES
from toolbox_desktop.exchange.sheets import cells
from toolbox_desktop.exchange.sheets.columns import (
    CTX,
    INDICATOR_COLUMNS,
    MILESTONE_COLUMNS,
    PLAN_COLUMNS,
    SHEET_ACTIONS,
    SHEET_INDICATORS,
    SHEET_MILESTONES,
)

if TYPE_CHECKING:
    from toolbox_desktop.core.content import Content
    from toolbox_desktop.core.plan import Action, Indicator

MULTILINE = ("description",)


def amount(cents: int | None) -> float | None:
    """Cents as the number a spreadsheet sums: 1250050 -> 12500.5 (exact to the cent)."""
    return None if cents is None else float(Decimal(cents).scaleb(-2))


def write_plan_sheet(content: Content, data: dict, path: Path, options) -> None:
    """The registry's ``xlsx`` writer of the plan (``data`` from its ``read``)."""
    from openpyxl import Workbook

    translate = options.translate
    locale = options.language
    uids: dict[int, str] = data.get("uids", {})
    actions: list[Action] = data["actions"]
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _sheet_name(translate(CTX, SHEET_ACTIONS))
    _actions(sheet, content, actions, uids, translate, locale)
    milestones = workbook.create_sheet(_sheet_name(translate(CTX, SHEET_MILESTONES)))
    _milestones(milestones, actions, uids, translate, locale)
    indicators = workbook.create_sheet(_sheet_name(translate(CTX, SHEET_INDICATORS)))
    _indicators(indicators, actions, data.get("indicators", []), uids, translate, locale)
    workbook.save(path)


def _sheet_name(name: str) -> str:
    """Excel's rules for a sheet's name: at most 31 characters, none of []:*?/\\."""
    return "".join(c for c in name if c not in "[]:*?/\\")[:31] or "Sheet"


def _actions(sheet, content, actions, uids, translate, locale) -> None:
    cells.header_row(sheet, [translate(CTX, header) for _key, header in PLAN_COLUMNS])
    dimensions = {d.code: f"{d.number}. {d.title}" for d in content.dimensions}
    date_format = cells.excel_date_format(locale)
    formats: dict[str, str] = {}
    for row, action in enumerate(actions, start=2):
        values = {
            "id": uids.get(action.id, ""),
            "title": action.title,
            "description": action.description,
            "dimension": dimensions.get(action.dimension, action.dimension),
            "benchmarks": " ".join(action.benchmarks),
            "responsible_role": action.responsible_role,
            "responsible_person": action.responsible_person,
            "partners": "; ".join(
                translate("Plan", PARTNER_KINDS.get(p, p)) for p in action.partners
            ),
            "partner_names": action.partner_names,
            "start": action.start,
            "end": action.end,
            "phase": translate("Plan", PHASE_NAMES.get(action.phase, action.phase)),
            "status": translate("Plan", STATUS_NAMES.get(action.status, action.status)),
            "priority": action.priority,
            "progress": action.progress,
            "budget_cents": amount(action.budget_cents),
            "spent_cents": amount(action.spent_cents),
            "currency": action.currency,
            "budget_line": action.budget_line,
            "funding_source": translate(
                "Plan", FUNDING_SOURCES.get(action.funding_source, action.funding_source)
            )
            if action.funding_source
            else "",
            "guide_item": action.guide_item,
        }
        money = formats.setdefault(action.currency, cells.money_format(action.currency, locale))
        for column, (key, _header) in enumerate(PLAN_COLUMNS, start=1):
            cell = cells.put(sheet, row, column, values[key], key in MULTILINE)
            if key in ("start", "end"):
                cell.number_format = date_format
            elif key in ("budget_cents", "spent_cents"):
                cell.number_format = money
    cells.finish(sheet, {2: 50, len(PLAN_COLUMNS): 34})


def _milestones(sheet, actions, uids, translate, locale) -> None:
    cells.header_row(sheet, [translate(CTX, header) for _key, header in MILESTONE_COLUMNS])
    date_format = cells.excel_date_format(locale)
    row = 2
    for action in actions:
        for milestone in action.milestones:
            values = (uids.get(action.id, ""), action.title, milestone.title, milestone.due)
            for column, value in enumerate((*values, milestone.done), start=1):
                cell = cells.put(sheet, row, column, value)
                if column == 4:
                    cell.number_format = date_format
            row += 1
    cells.finish(sheet, {1: 34})


def _indicators(sheet, actions, indicators: list[Indicator], uids, translate, locale) -> None:
    cells.header_row(sheet, [translate(CTX, header) for _key, header in INDICATOR_COLUMNS])
    date_format = cells.excel_date_format(locale)
    titles = {action.id: action.title for action in actions}
    row = 2
    for indicator in indicators:
        if indicator.action_id not in titles:
            continue
        first = (
            uids.get(indicator.action_id, ""),
            titles[indicator.action_id],
            indicator.name,
            indicator.unit,
            indicator.baseline,
            indicator.target,
        )
        for measurement in indicator.measurements or (None,):
            measured = (
                (measurement.measured_on, measurement.value, measurement.note)
                if measurement
                else (None, None, "")
            )
            for column, value in enumerate((*first, *measured), start=1):
                cell = cells.put(sheet, row, column, value, multiline=column == 9)
                if column == 7:
                    cell.number_format = date_format
            row += 1
    cells.finish(sheet, {1: 34})

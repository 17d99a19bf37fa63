"""`toolbox-desktop plan import FILE [--sheet NAME] [--dry-run]`: actions from a spreadsheet.

The columns are mapped by their headers only (``exchange/sheets/mapping.py``: our own export
in any of the app's languages, and the usual German and Dutch words). It prints what would
be added and updated (with the indicators of our export's Indicators sheet) and every row
left out with its reasons, then writes the rest in one
transaction, unless ``--dry-run``. Exit codes: 0 done (or nothing to do), 1 done but rows
were left out, 2 nothing written (the file cannot be read, no such sheet, no title column,
the write was refused).
"""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path

from toolbox_desktop.cli.exit_codes import EXIT_ERROR, EXIT_OK, EXIT_PROBLEMS
from toolbox_desktop.cli.translation import (
    QT_TRANSLATE_NOOP,
    current_translate,
    formats_locale,
    print_error,
    tr,
    translated,
)

MSG_SUMMARY = QT_TRANSLATE_NOOP(
    "CommandLine",
    "{path}, sheet “{sheet}”: new {new}, updated {changed}, unchanged {unchanged}, "
    "rows left out {left_out}, indicators added or updated {indicators}",
)
MSG_INDICATOR_NEW = QT_TRANSLATE_NOOP("CommandLine", "      + indicator “{name}” ({count})")
MSG_INDICATOR_CHANGED = QT_TRANSLATE_NOOP("CommandLine", "      ~ indicator “{name}” ({count})")
MSG_MEASUREMENTS = QT_TRANSLATE_NOOP("CommandLine", "measurements: {count}")
MSG_NEW = QT_TRANSLATE_NOOP("CommandLine", "  + row {line}: {title}")
MSG_CHANGED = QT_TRANSLATE_NOOP("CommandLine", "  ~ row {line}: {title} ({fields})")
MSG_LEFT_OUT = QT_TRANSLATE_NOOP("CommandLine", "  ! row {line} left out: {reasons}")
MSG_NO_SHEET = QT_TRANSLATE_NOOP(
    "CommandLine", "there is no sheet “{sheet}” in {path}; its sheets: {sheets}"
)
MSG_NOT_IMPORTED = QT_TRANSLATE_NOOP("CommandLine", "nothing was imported: {detail}")
MSG_DRY_RUN = QT_TRANSLATE_NOOP("CommandLine", "Dry run: nothing was written.")
MSG_IMPORTED = QT_TRANSLATE_NOOP("CommandLine", "Imported: {added} added, {updated} updated.")


def add_parser(actions, db_option: argparse.ArgumentParser) -> None:
    command = actions.add_parser(
        "import",
        parents=[db_option],
        help="add or update actions from a spreadsheet (.xlsx or .csv)",
    )
    command.add_argument("file", type=Path, metavar="FILE")
    command.add_argument("--sheet", metavar="NAME", help="the sheet to read (default: the best)")
    command.add_argument(
        "--dry-run", action="store_true", help="print what would change, write nothing"
    )


def run_import(workspace, args: argparse.Namespace) -> int:
    from toolbox_desktop.core.merging import ChangedElsewhereError
    from toolbox_desktop.exchange.sheets.columns import (
        CTX,
        PLAN_HEADERS,
        SHEET_INDICATORS,
        SHEET_MILESTONES,
    )
    from toolbox_desktop.exchange.sheets.importing import default_sheet, preview, write
    from toolbox_desktop.exchange.sheets.mapping import auto_mapping
    from toolbox_desktop.exchange.sheets.plan_import import missing_title
    from toolbox_desktop.exchange.sheets.reading import SpreadsheetError, read_spreadsheet
    from toolbox_desktop.storage.plan_repository import PlanRepository

    translate = current_translate()
    try:
        spreadsheet = read_spreadsheet(args.file, formats_locale())
    except SpreadsheetError as error:
        return _error(translated(error.message))
    if args.sheet is None:
        sheet = default_sheet(spreadsheet, translate)
    else:
        try:
            sheet = spreadsheet.sheet(args.sheet)
        except KeyError:
            names = ", ".join(s.name for s in spreadsheet.sheets)
            return _error(tr(MSG_NO_SHEET, sheet=args.sheet, path=args.file, sheets=names))
    mapping = auto_mapping(sheet.headers, translate)
    refusal = missing_title(mapping)
    if refusal is not None:
        return _error(translated(refusal))
    plan = preview(
        workspace.conn,
        workspace.content,
        spreadsheet,
        sheet,
        mapping,
        translate,
        formats_locale(),
    )
    counts = {
        "new": len(plan.new),
        "changed": len(plan.changed),
        "unchanged": len(plan.unchanged),
        "left_out": plan.rows_left_out,
        "indicators": plan.indicator_count,
    }
    print(tr(MSG_SUMMARY, path=args.file, sheet=sheet.name, **counts))
    for new in plan.new:
        print(tr(MSG_NEW, line=new.line, title=_one_line(new.action.title)))
        for indicator in new.indicators:
            _print_indicator(MSG_INDICATOR_NEW, indicator)
    # the milestones and indicators come from their own sheets
    headers = {**PLAN_HEADERS, "milestones": SHEET_MILESTONES, "indicators": SHEET_INDICATORS}
    for change in plan.changed:
        fields = ", ".join(translate(CTX, headers.get(f, f)) for f in change.fields)
        print(tr(MSG_CHANGED, line=change.line, title=_one_line(change.after.title), fields=fields))
        for item in change.indicators:
            message = MSG_INDICATOR_NEW if item.before is None else MSG_INDICATOR_CHANGED
            _print_indicator(message, item.after)
    for left in plan.left_out:
        print(tr(MSG_LEFT_OUT, line=left.line, reasons="; ".join(left.reasons)))
    for side in plan.side_left_out:  # its text names the sheet and the rows
        print(f"  ! {side.reason}")
    if args.dry_run:
        print(tr(MSG_DRY_RUN))
        return EXIT_OK
    if plan.writes_anything:
        try:
            added, updated, _indicators = write(PlanRepository(workspace.conn), plan)
        except (ChangedElsewhereError, LookupError, ValueError, sqlite3.Error) as error:
            # refused or failed: the one transaction wrote nothing
            return _error(tr(MSG_NOT_IMPORTED, detail=str(error)))
        print(tr(MSG_IMPORTED, added=len(added), updated=len(updated)))
    return EXIT_PROBLEMS if plan.rows_left_out else EXIT_OK


def _print_indicator(message: str, indicator) -> None:
    count = tr(MSG_MEASUREMENTS, count=len(indicator.measurements))
    print(tr(message, name=_one_line(indicator.name), count=count))


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _error(message: str) -> int:
    print_error(message)
    return EXIT_ERROR

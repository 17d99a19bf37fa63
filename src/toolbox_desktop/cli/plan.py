"""`toolbox-desktop plan export --format csv|ics -o FILE`: the same exports as the GUI, and
`toolbox-desktop plan import FILE [--sheet NAME] [--dry-run]`: actions from a spreadsheet
(``plan_import.py``)."""

from __future__ import annotations

import argparse
from pathlib import Path

from toolbox_desktop.cli.exit_codes import EXIT_ERROR, EXIT_OK
from toolbox_desktop.cli.translation import (
    MSG_CANNOT_WRITE,
    QT_TRANSLATE_NOOP,
    current_translate,
    print_error,
    tr,
)

MSG_ACTIONS_WRITTEN = QT_TRANSLATE_NOOP("CommandLine", "%n action(s) written to {path}", None, 2)


def add_parsers(commands, db_option: argparse.ArgumentParser) -> None:
    plan = commands.add_parser("plan", help="export the action plan, or import actions")
    actions = plan.add_subparsers(dest="plan_command", metavar="ACTION")
    actions.required = True
    export = actions.add_parser(
        "export", parents=[db_option], help="write the plan as CSV or iCalendar"
    )
    export.add_argument("--format", choices=("csv", "ics"), required=True)
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    export.add_argument(
        "--separator",
        choices=("comma", "semicolon"),
        default="comma",
        help="CSV separator; semicolon (with decimal commas) suits Excel in most of Europe",
    )
    from toolbox_desktop.cli.plan_import import add_parser as add_import_parser

    add_import_parser(actions, db_option)


def run(workspace, args: argparse.Namespace) -> int:
    if args.plan_command == "import":
        from toolbox_desktop.cli.plan_import import run_import

        return run_import(workspace, args)
    from toolbox_desktop.storage.plan_export import (
        database_id,
        plan_csv,
        plan_ical,
        write_csv,
        write_ical,
    )
    from toolbox_desktop.storage.plan_import import action_uids
    from toolbox_desktop.storage.plan_repository import PlanRepository

    actions = PlanRepository(workspace.conn).actions()
    try:
        if args.format == "csv":
            delimiter = ";" if args.separator == "semicolon" else ","
            uids = action_uids(workspace.conn)
            # In the --lang's words, as the window's File → Export writes them.
            translate = current_translate()
            text = plan_csv(actions, workspace.content, delimiter, translate=translate, uids=uids)
            write_csv(args.output, text)
        else:
            calendar = plan_ical(
                actions, database_id(workspace.conn), translate=current_translate()
            )
            write_ical(args.output, calendar)
    except OSError as error:
        detail = error.strerror or error
        print_error(tr(MSG_CANNOT_WRITE, path=args.output, detail=detail))
        return EXIT_ERROR
    print(tr(MSG_ACTIONS_WRITTEN, n=len(actions), path=args.output))
    return EXIT_OK

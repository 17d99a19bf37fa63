"""`toolbox-desktop export KIND -o FILE` and `toolbox-desktop import FILE [--dry-run]
[--replace-later-changes]`: the
packages that pass assessments and plans between laptops, from the command line.

Import always prints the preview first (what will be added or changed), then applies it
unless ``--dry-run``. A refused package prints ``error: <message>`` and exits with 2; the
database is then exactly as it was.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from toolbox_desktop.cli.exit_codes import EXIT_ERROR, EXIT_OK
from toolbox_desktop.cli.translation import (
    MSG_CANNOT_WRITE,
    MSG_NO_ASSESSMENT_WITH_ID,
    QT_TRANSLATE_NOOP,
    print_error,
    tr,
    translated,
)

MSG_ANONYMISED_KINDS = QT_TRANSLATE_NOOP(
    "CommandLine", "--anonymised works with assessment and municipality packages only"
)
MSG_PARTICIPANTS_KIND = QT_TRANSLATE_NOOP(
    "CommandLine", "--for-participants works with assessment packages only, not anonymised"
)
MSG_NO_ASSESSMENT_YET = QT_TRANSLATE_NOOP(
    "CommandLine", "there is no assessment yet; create one first"
)
MSG_PACKAGE_WRITTEN = QT_TRANSLATE_NOOP("CommandLine", "{package} written to {path}")
MSG_ANONYMISED_PACKAGE_WRITTEN = QT_TRANSLATE_NOOP(
    "CommandLine", "{package} (anonymised) written to {path}"
)
MSG_BLANK_PACKAGE_WRITTEN = QT_TRANSLATE_NOOP(
    "CommandLine", "{package} (blank, for participants) written to {path}"
)
MSG_DRY_RUN = QT_TRANSLATE_NOOP("CommandLine", "Dry run: nothing was written.")
MSG_IMPORTED = QT_TRANSLATE_NOOP("CommandLine", "Imported: {added} added, {updated} updated.")
MSG_KEPT_LATER = QT_TRANSLATE_NOOP(
    "CommandLine",
    "This computer's version is kept for %n item(s) changed here after the package was made. "
    "To take the package's older version instead, import it again with "
    "--replace-later-changes.",
    None,
    2,
)


KINDS = ("assessment", "plan", "municipality", "participant")
KIND_NAMES = {
    "assessment": QT_TRANSLATE_NOOP("CommandLine", "assessment package"),
    "plan": QT_TRANSLATE_NOOP("CommandLine", "plan package"),
    "municipality": QT_TRANSLATE_NOOP("CommandLine", "municipality package"),
    "participant": QT_TRANSLATE_NOOP("CommandLine", "participant package"),
}
MSG_PREVIEW_HEAD = QT_TRANSLATE_NOOP(
    "CommandLine", "{file}: {kind}, made on {made} by version {version}"
)
MSG_PREVIEW_HEAD_ANONYMISED = QT_TRANSLATE_NOOP(
    "CommandLine", "{file}: {kind}, anonymised, made on {made} by version {version}"
)
MSG_PREVIEW_NOTE = QT_TRANSLATE_NOOP("CommandLine", "  note: {note}")
MSG_NOTHING_TO_CHANGE = QT_TRANSLATE_NOOP(
    "CommandLine", "Nothing to change: everything in the package is already here."
)
MSG_PREVIEW_COUNTS = QT_TRANSLATE_NOOP(
    "CommandLine", "{added} to add, {updated} to update, {unchanged} unchanged."
)


def add_parsers(commands, db_option: argparse.ArgumentParser) -> None:
    export = commands.add_parser(
        "export",
        parents=[db_option],
        help="write a package (.toolbox file) to pass to another computer",
    )
    export.add_argument("kind", choices=KINDS, metavar="KIND", help="one of: " + ", ".join(KINDS))
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    export.add_argument(
        "--assessment", type=int, metavar="ID", help="which assessment (default: the newest)"
    )
    export.add_argument(
        "--anonymised",
        action="store_true",
        help="for other municipalities: levels and targets only, no names, notes or evidence",
    )
    export.add_argument(
        "--for-participants",
        action="store_true",
        help="an assessment package for workshop participants: blank, without any rating, "
        "note or name, to rate on their own laptops",
    )
    export.add_argument(
        "--name", default="", metavar="NAME", help="the participant's name (empty: anonymous)"
    )
    package = commands.add_parser(
        "import", parents=[db_option], help="show what a package changes, then import it"
    )
    package.add_argument("file", type=Path, metavar="FILE")
    package.add_argument(
        "--dry-run", action="store_true", help="only show what would change; write nothing"
    )
    package.add_argument(
        "--replace-later-changes",
        action="store_true",
        help="also take the package's version of what was changed here after the package "
        "was made (kept otherwise; the replaced values stay in the history)",
    )


def run(workspace, args: argparse.Namespace) -> int:
    from toolbox_desktop.exchange.errors import PackageError

    try:
        if args.command == "export":
            return _export(workspace, args)
        return _import(workspace, args)
    except PackageError as error:
        print_error(translated(error.message))
        return EXIT_ERROR


def _export(workspace, args: argparse.Namespace) -> int:
    from toolbox_desktop.exchange import package_writer as writer
    from toolbox_desktop.storage.assessment_repository import (
        AssessmentNotFoundError,
        AssessmentRepository,
    )

    if args.anonymised and args.kind not in ("assessment", "municipality"):
        print_error(tr(MSG_ANONYMISED_KINDS))
        return EXIT_ERROR
    if args.for_participants and (args.kind != "assessment" or args.anonymised):
        print_error(tr(MSG_PARTICIPANTS_KIND))
        return EXIT_ERROR
    conn, path = workspace.conn, args.output
    try:
        if args.kind in ("assessment", "participant"):
            assessment_id = args.assessment
            if assessment_id is None:
                newest = AssessmentRepository(conn).assessments()
                if not newest:
                    print_error(tr(MSG_NO_ASSESSMENT_YET))
                    return EXIT_ERROR
                assessment_id = newest[0].id
            if args.kind == "assessment":
                writer.export_assessment(
                    conn, assessment_id, path, args.anonymised, args.for_participants
                )
            else:
                writer.export_participant(conn, assessment_id, args.name, path)
        elif args.kind == "plan":
            writer.export_plan(conn, path)
        else:
            writer.export_municipality(conn, path, args.anonymised)
    except AssessmentNotFoundError as error:
        print_error(tr(MSG_NO_ASSESSMENT_WITH_ID, id=error.args[0]))
        return EXIT_ERROR
    except OSError as error:
        detail = error.strerror or error
        print_error(tr(MSG_CANNOT_WRITE, path=path, detail=detail))
        return EXIT_ERROR
    message = MSG_PACKAGE_WRITTEN
    if args.anonymised:
        message = MSG_ANONYMISED_PACKAGE_WRITTEN
    if args.for_participants:
        message = MSG_BLANK_PACKAGE_WRITTEN
    package = tr(KIND_NAMES[args.kind])  # "municipality package", in the --lang's words
    print(tr(message, package=package[:1].upper() + package[1:], path=path))
    return EXIT_OK


def _import(workspace, args: argparse.Namespace) -> int:
    from toolbox_desktop.exchange.package_import import apply_import, preview_import

    preview = preview_import(workspace.conn, args.file, replace_later=args.replace_later_changes)
    for line in preview_lines(preview, _dimension_names(workspace.content)):
        print(line)
    if preview.kept_later:
        print(tr(MSG_KEPT_LATER, n=preview.kept_later))
    if not preview.has_changes:
        return EXIT_OK
    if args.dry_run:
        print(tr(MSG_DRY_RUN))
        return EXIT_OK
    written = apply_import(workspace.conn, preview)
    added = sum(1 for change in written if change.action == "add")
    print(tr(MSG_IMPORTED, added=added, updated=len(written) - added))
    return EXIT_OK


def preview_lines(preview, dimension_name=None) -> list[str]:
    """The preview as the command line shows it, in the window's words and the --lang's
    language (``exchange.change_lines``): every item added, updated or kept, and a count of
    the unchanged ones (a plan of thousands would drown the rest)."""
    from toolbox_desktop.cli.translation import formats_locale, translate
    from toolbox_desktop.exchange.change_lines import ChangeLines

    manifest = preview.manifest
    head = MSG_PREVIEW_HEAD_ANONYMISED if manifest.anonymised else MSG_PREVIEW_HEAD
    kind = KIND_NAMES.get(manifest.kind)
    lines = [
        tr(
            head,
            file=preview.path.name,
            kind=tr(kind) if kind else manifest.kind,
            made=_made(manifest),
            version=manifest.app_version,
        )
    ]
    said = ChangeLines(translate, formats_locale(), dimension_name)
    lines += ["  " + said.line(c) for c in preview.changes if c.action != "unchanged"]
    lines += [tr(MSG_PREVIEW_NOTE, note=translated(note)) for note in preview.notes]
    if not preview.has_changes and not preview.kept_later:
        lines.append(tr(MSG_NOTHING_TO_CHANGE))
    elif preview.has_changes:  # else what is kept is said next (``_import``)
        lines.append(
            tr(
                MSG_PREVIEW_COUNTS,
                added=preview.count("add"),
                updated=preview.count("update"),
                unchanged=preview.count("unchanged"),
            )
        )
    return lines


def _made(manifest) -> str:
    """When the package was made, in this run's date format and this computer's time zone
    (as the notes below it write their times)."""
    from toolbox_desktop.cli.translation import formats_locale
    from toolbox_desktop.core.formatting import format_date_time
    from toolbox_desktop.storage.version_stamp import parse_stamp

    made = parse_stamp(manifest.created_at)
    return format_date_time(made.astimezone(), formats_locale()) if made else manifest.created_at


def _dimension_names(content):
    """A dimension by its code, as the window names it ("1. Governance"; "Other dimensions"
    for the addressee of every dimension without its own)."""
    from toolbox_desktop.cli.translation import translate
    from toolbox_desktop.storage.advocacy_addressees import OTHER

    label = translate("Dashboard", "{number}. {title}")
    names = {d.code: label.format(number=d.number, title=d.title) for d in content.dimensions}
    names[OTHER] = translate("MainWindow", "Other dimensions")
    return lambda code: names.get(code, code)

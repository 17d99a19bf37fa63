"""`toolbox-desktop backup list|now|restore`: the window's rolling backups, headless.

``list`` and ``restore --to`` work even when the database itself can no longer be opened
(damaged, deleted, cut short): that is when a backup is needed most. ``restore --replace``
and ``now`` open the database with the usual checks first, and ``--replace`` keeps a copy
of the current state before it writes anything. Errors print ``error: <message>`` and exit
with 2; the files are then as they were.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from toolbox_desktop.cli.exit_codes import EXIT_ERROR, EXIT_OK
from toolbox_desktop.cli.translation import (
    MSG_EMPTY_DATABASE,
    QT_TRANSLATE_NOOP,
    database_error_text,
    formats_locale,
    print_error,
    tr,
    translated,
)

MSG_NO_BACKUPS = QT_TRANSLATE_NOOP(
    "CommandLine", "No backups of {database} yet (they are kept in {folder})."
)
MSG_BACKUPS_OF = QT_TRANSLATE_NOOP("CommandLine", "Backups of {database}, kept in {folder}:")
MSG_TRAINING_TOWN = QT_TRANSLATE_NOOP(
    "CommandLine", "{database} holds the fictional training town; no backups are kept of it."
)
MSG_SAVED = QT_TRANSLATE_NOOP("CommandLine", "Backup saved: {path}")
MSG_NO_SUCH_BACKUP = QT_TRANSLATE_NOOP(
    "CommandLine",
    "there is no backup number {number} of {database}; "
    "'toolbox-desktop backup list --db \"{database}\"' shows them.",
)
MSG_RESTORED_INTO = QT_TRANSLATE_NOOP(
    "CommandLine", "The backup of {taken} was restored into {target}."
)
MSG_OPEN_WITH = QT_TRANSLATE_NOOP("CommandLine", "Open it with: {command}")
MSG_REPLACED = QT_TRANSLATE_NOOP(
    "CommandLine", "The data in {database} was replaced with the backup of {taken}."
)
MSG_KEPT_BEFORE = QT_TRANSLATE_NOOP(
    "CommandLine", "The data as it was before is kept as a backup: {path}"
)
MSG_RESTORE_AS_NEW = QT_TRANSLATE_NOOP(
    "CommandLine",
    "Restore a backup as a new file instead: 'toolbox-desktop backup restore N --to NEW_FILE'.",
)
MSG_DOES_NOT_EXIST = QT_TRANSLATE_NOOP("CommandLine", "{database} does not exist.")
MSG_CANNOT_RESTORE = QT_TRANSLATE_NOOP("CommandLine", "Cannot be restored: {reason}")


def add_parsers(commands, db_option: argparse.ArgumentParser) -> None:
    backup = commands.add_parser(
        "backup",
        help="list, take or restore the automatic backups of the database",
        description="The app keeps a backup of the database once a day: the newest of each "
        "of the last 7 days and of each of the last 5 weeks.",
    )
    actions = backup.add_subparsers(dest="backup_command", metavar="ACTION")
    actions.required = True
    actions.add_parser(
        "list",
        parents=[db_option],
        help="the backups, newest first: number, date, municipality, assessments, actions",
    )
    actions.add_parser("now", parents=[db_option], help="take a backup now")
    restore = actions.add_parser(
        "restore",
        parents=[db_option],
        help="restore backup number N (see 'backup list') as a new file or over the data",
    )
    restore.add_argument("number", type=int, metavar="N", help="the number 'backup list' shows")
    where = restore.add_mutually_exclusive_group(required=True)
    where.add_argument(
        "--to", type=Path, metavar="NEW_FILE", help="restore into a new file (never overwritten)"
    )
    where.add_argument(
        "--replace",
        action="store_true",
        help="replace the data in the database with the backup's; a copy of the current "
        "state is kept as a backup first",
    )


def run(args: argparse.Namespace) -> int:
    from toolbox_desktop.paths import default_database_path
    from toolbox_desktop.storage.backups import BackupError

    database = Path(getattr(args, "db", None) or default_database_path()).expanduser()
    try:
        if args.backup_command == "list":
            return _list(database)
        if args.backup_command == "now":
            return _now(database)
        return _restore(database, args)
    except BackupError as error:
        print_error(translated(error.message))
        return EXIT_ERROR


def backup_lines(database: Path, backups) -> list[str]:
    """The table ``backup list`` prints: number, date, municipality, counts, size; and, for a
    backup the restore would refuse, why (``restore_refusal``: the restore's checks, reading
    only), so that no copy is listed as usable and then refused."""
    from toolbox_desktop.core.formatting import format_number, format_size
    from toolbox_desktop.storage.backup_restore import restore_refusal
    from toolbox_desktop.storage.backup_summary import read_summary

    locale = formats_locale()
    taken = [_taken(backup) for backup in backups]
    width = max(len("taken"), *(len(text) for text in taken))
    lines = [
        f"{'N':>3}  {'taken':<{width}}  {'assessments':>11}  {'actions':>7}  {'size':>8}  "
        "municipality"
    ]
    for number, (backup, when) in enumerate(zip(backups, taken, strict=True), start=1):
        summary = read_summary(backup.path)
        refusal = None
        if summary.readable:
            assessments = format_number(summary.assessments, locale)
            counts = f"{assessments:>11}  {format_number(summary.actions, locale):>7}"
            name = summary.municipality or "(no name yet)"
            if summary.newer:
                name += "  (from a newer version of the app: cannot be restored here)"
            else:
                refusal = restore_refusal(backup)
        else:
            counts = f"{'?':>11}  {'?':>7}"
            name = "(damaged: cannot be restored)"
        note = "  (copy kept before a restore)" if backup.before_restore else ""
        size = format_size(backup.size, locale)
        lines.append(f"{number:>3}  {when:<{width}}  {counts}  {size:>8}  {name}{note}")
        if refusal is not None:  # why, on a line of its own under the row
            lines.append(f"{'':>3}  " + tr(MSG_CANNOT_RESTORE, reason=translated(refusal)))
    return lines


def _list(database: Path) -> int:
    from toolbox_desktop.storage.backups import backup_folder, list_backups

    folder = backup_folder(database)
    backups = list_backups(database, folder)
    if not backups:
        print(tr(MSG_NO_BACKUPS, database=database, folder=folder))
        return EXIT_OK
    print(tr(MSG_BACKUPS_OF, database=database, folder=folder))
    for line in backup_lines(database, backups):
        print(line)
    return EXIT_OK


def _now(database: Path) -> int:
    from toolbox_desktop.storage.backups import prune, take_backup
    from toolbox_desktop.storage.training_flag import is_training_municipality

    workspace = _open(database)
    if workspace is None:
        return EXIT_ERROR
    try:
        if is_training_municipality(workspace.conn):
            print_error(tr(MSG_TRAINING_TOWN, database=database))
            return EXIT_ERROR
        backup = take_backup(database)
    finally:
        workspace.close()
    prune(database)
    print(tr(MSG_SAVED, path=backup.path))
    return EXIT_OK


def _restore(database: Path, args: argparse.Namespace) -> int:
    from toolbox_desktop.storage.backup_restore import replace_with_backup, restore_as_new
    from toolbox_desktop.storage.backups import list_backups

    backups = list_backups(database)
    if not 1 <= args.number <= len(backups):
        message = tr(MSG_NO_SUCH_BACKUP, number=args.number, database=database)
        print_error(message)
        return EXIT_ERROR
    backup = backups[args.number - 1]
    taken = _taken(backup)
    if args.to is not None:
        target = restore_as_new(backup, args.to)
        print(tr(MSG_RESTORED_INTO, taken=taken, target=target))
        print(tr(MSG_OPEN_WITH, command=f'toolbox-desktop --db "{target}"'))
        return EXIT_OK
    return _replace(database, backup, taken, replace_with_backup)


def _replace(database: Path, backup, taken: str, replace_with_backup) -> int:
    from toolbox_desktop.paths import content_root

    workspace = _open(database, hint=True)
    if workspace is None:
        return EXIT_ERROR
    try:
        safety = replace_with_backup(workspace.conn, database, backup, content_root=content_root())
    finally:
        workspace.close()
    print(tr(MSG_REPLACED, database=database, taken=taken))
    print(tr(MSG_KEPT_BEFORE, path=safety.path))
    return EXIT_OK


def _open(database: Path, hint: bool = False):
    """The database opened with the usual checks, or None after saying why."""
    from toolbox_desktop.paths import content_root
    from toolbox_desktop.storage.database import DatabaseOpenError
    from toolbox_desktop.storage.workspace import open_workspace

    advice = " " + tr(MSG_RESTORE_AS_NEW) if hint else ""
    if not database.is_file():
        print_error(f"{tr(MSG_DOES_NOT_EXIST, database=database)}{advice}")
        return None
    if database.stat().st_size == 0:
        # Opened, it would become a new, empty town, and its backup would push the day's
        # good copy out of the rotation: the copy that is needed now.
        print_error(f"{tr(MSG_EMPTY_DATABASE, database=database)}{advice}")
        return None
    try:
        return open_workspace(database, content_root())
    except DatabaseOpenError as error:
        print_error(f"{database_error_text(error)}{advice}")
        return None


def _taken(backup) -> str:
    """When the backup was taken, in the user's time zone, written as the window writes it."""
    from toolbox_desktop.core.formatting import format_date_time

    return format_date_time(backup.taken.astimezone(), formats_locale())

"""`toolbox-desktop demo --db PATH`: the fictional training town, in a database file of its own.

``--db`` is required, so that fictional data never lands in the user's own database by
accident; a file that already holds own work is refused before anything is written to it.
"""

from __future__ import annotations

import argparse
import contextlib
import sqlite3
from pathlib import Path

from toolbox_desktop.cli.exit_codes import EXIT_ERROR, EXIT_OK
from toolbox_desktop.cli.translation import (
    QT_TRANSLATE_NOOP,
    database_error_text,
    formats_locale,
    lang_option,
    print_error,
    print_warning,
    tr,
)

MSG_PACK_SKIPPED = QT_TRANSLATE_NOOP("CommandLine", "content pack {folder} was not loaded")
MSG_REFUSED = QT_TRANSLATE_NOOP(
    "CommandLine",
    "{path}: {reason}. Nothing was changed. The training town is only created in a new file: "
    "choose a new file name, for example 'toolbox-desktop demo --db training-town.sqlite3'.",
)
MSG_FICTIONAL = QT_TRANSLATE_NOOP(
    "CommandLine", "Everything in it is fictional. Open it with: {command}"
)
MSG_CREATED = QT_TRANSLATE_NOOP(
    "CommandLine", "Created the training municipality {municipality} in {path}:"
)
MSG_ASSESSMENTS = QT_TRANSLATE_NOOP(
    "CommandLine",
    "  two assessments, {first} (final) and {second} (draft, with a workshop), each rating "
    "all %n benchmark(s)",
    None,
    2,
)
MSG_WORKSHOP = QT_TRANSLATE_NOOP(
    "CommandLine", "  workshop: %n participant(s) with ratings of their own", None, 2
)
MSG_PLAN = QT_TRANSLATE_NOOP(
    "CommandLine", "  action plan: %n action(s) with milestones, {budget} planned", None, 2
)
MSG_INDICATORS = QT_TRANSLATE_NOOP("CommandLine", "  %n indicator(s) with measurements", None, 2)
MSG_ANNUAL = QT_TRANSLATE_NOOP("CommandLine", "  annual report texts for {years}")
MSG_SANDWICHES = QT_TRANSLATE_NOOP(
    "CommandLine", "  %n fact sandwich(es) for the Fact Sandwich worksheet", None, 2
)
MSG_PEERS = QT_TRANSLATE_NOOP("CommandLine", "  %n neighbouring town(s) to compare with", None, 2)


def add_parsers(commands, db_option: argparse.ArgumentParser) -> None:
    """``db_option`` is not used: here ``--db`` is required, not optional (``--lang`` is
    the messages' language; ``--language`` the training town's texts)."""
    demo = commands.add_parser(
        "demo",
        parents=[lang_option()],
        help="create a fictional training town in a new database file",
        description="Create the fictional training town Lindenbach (profile, two assessments, "
        "a workshop, an action plan, annual report texts) in a new database file, to explore "
        "every screen or to train others. Your own database is never touched.",
    )
    demo.add_argument(
        "--db",
        metavar="PATH",
        type=Path,
        required=True,
        help="a new database file for the training town (a file with your own work is refused)",
    )
    demo.add_argument(
        "--language",
        metavar="CODE",
        default=None,
        help="the language of the town's texts, e.g. de or nl (English when there is no "
        "story file for it; default: the --lang language, else en)",
    )


def run(args: argparse.Namespace) -> int:
    from toolbox_desktop.paths import content_root
    from toolbox_desktop.services.training_town import (
        TrainingTownError,
        create_training_municipality,
    )
    from toolbox_desktop.storage.database import DatabaseOpenError
    from toolbox_desktop.storage.workspace import open_workspace

    path: Path = args.db
    reason = _reason_to_refuse(path)
    if reason:
        return _refuse(path, reason)
    try:
        workspace = open_workspace(path, content_root())
    except DatabaseOpenError as error:
        print_error(database_error_text(error))
        return EXIT_ERROR
    try:
        for failed in workspace.failed_packs:
            print_warning(tr(MSG_PACK_SKIPPED, folder=failed.folder))
        summary = create_training_municipality(
            workspace.conn, language=args.language or getattr(args, "lang", None) or "en"
        )
    except TrainingTownError as error:
        return _refuse(path, str(error))
    finally:
        workspace.close()
    _print_summary(path, summary)
    return EXIT_OK


def _reason_to_refuse(path: Path) -> str | None:
    """Check an existing file read-only, before opening it could migrate or write it.

    A file that is not one of ours is left to ``open_workspace``, which explains the problem.
    """
    from toolbox_desktop.services.training_town import refusal_reason

    path = path.expanduser()
    if not path.is_file() or path.stat().st_size == 0:
        return None
    # "immutable" when there is no write-ahead log, so that reading leaves no files behind.
    has_wal = Path(f"{path}-wal").exists()
    uri = path.resolve().as_uri() + ("?mode=ro" if has_wal else "?mode=ro&immutable=1")
    try:
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as conn:
            return refusal_reason(conn)
    except sqlite3.Error:
        return None


def _refuse(path: Path, reason: str) -> int:
    print_error(tr(MSG_REFUSED, path=path, reason=reason))
    return EXIT_ERROR


def _print_summary(path: Path, summary) -> None:
    """What the training town holds, in the chosen language (``--lang``), its dates and amount
    as that language's region writes them."""
    from toolbox_desktop.core.formatting import format_iso_date, format_money

    locale = formats_locale()
    first, second = (format_iso_date(day, locale) for day in summary.assessed_on)
    budget = format_money(summary.budget_cents, "EUR", locale)
    print(tr(MSG_CREATED, municipality=summary.municipality, path=path))
    print(tr(MSG_ASSESSMENTS, n=summary.benchmarks, first=first, second=second))
    print(tr(MSG_WORKSHOP, n=summary.participants))
    print(tr(MSG_PLAN, n=summary.actions, budget=budget))
    print(tr(MSG_INDICATORS, n=summary.indicators))
    years = ", ".join(str(year) for year in summary.annual_text_years)
    print(tr(MSG_ANNUAL, years=years))
    if summary.fact_sandwiches:
        print(tr(MSG_SANDWICHES, n=summary.fact_sandwiches))
    if summary.peers:
        print(tr(MSG_PEERS, n=summary.peers))
    shown = f'"{path}"' if " " in str(path) else str(path)
    print(tr(MSG_FICTIONAL, command=f"toolbox-desktop --db {shown}"))

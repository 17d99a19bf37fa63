"""The command line: open the window, or work headless with the same services as the GUI.

    toolbox-desktop [--db PATH]                    open the app
    toolbox-desktop [--db PATH] FILE.toolbox ...   open the app on the package's import preview
    toolbox-desktop --version
    toolbox-desktop content list [--format json]   print the loaded content
    toolbox-desktop content list --pack ID [--format json]   every item of one pack
    toolbox-desktop content check DIR              validate a content pack folder
    toolbox-desktop assessment list                list the assessments with their scores
    toolbox-desktop assessment show ID [--format json]   ratings and scores of one
    toolbox-desktop plan export --format csv|ics -o FILE  the action plan for other programs
    toolbox-desktop plan import FILE [--sheet NAME] [--dry-run]   actions from a spreadsheet
    toolbox-desktop report KIND -o FILE.pdf        a PDF report (e.g. the workshop worksheet)
    toolbox-desktop report KIND KIND -o FILE -o FILE   several reports in one start
    toolbox-desktop export KIND -o FILE.toolbox    a package for another laptop (USB stick)
    toolbox-desktop import FILE [--dry-run]        show what a package changes, then import it
    toolbox-desktop demo --db PATH                 a fictional training town, in a new file
    toolbox-desktop backup list|now|restore        the automatic backups of the database
    toolbox-desktop region merge PACKAGES... -o REGION_FILE   many towns' anonymised packages
    toolbox-desktop region info|metadata|public REGION_FILE   counts; publishing with Datasette

Every command accepts ``--lang CODE``: its messages in that language (see ``translation``).
One module per command group (``assessment``, ``backup``, ``demo``, ``exchange``, ``plan``,
``region``, ``report``) adds its parsers and runs it; the exit codes are in ``exit_codes``.

Qt is imported only when the window opens, so headless commands start fast. Everything printed
passes ``safe_output``: no control character from the data reaches the terminal.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path

from toolbox_desktop import APP_ID, APP_NAME, __version__
from toolbox_desktop.cli.exit_codes import EXIT_ERROR, EXIT_OK, EXIT_PROBLEMS
from toolbox_desktop.cli.translation import (
    MSG_EMPTY_DATABASE,
    MSG_NO_DATABASE,
    MSG_PACK_NOT_LOADED,
    QT_TRANSLATE_NOOP,
    database_error_text,
    lang_option,
    print_error,
    print_warning,
    tr,
    translated,
    use_language,
)
from toolbox_desktop.safe_output import safe_output

__all__ = ["EXIT_ERROR", "EXIT_OK", "EXIT_PROBLEMS", "build_parser", "main"]

MSG_CHECK_OK = QT_TRANSLATE_NOOP(
    "CommandLine",
    "{folder}: OK: {dimensions} dimensions, {subthemes} sub-themes, {benchmarks} benchmarks, "
    "{challenges} challenges, {practices} practices, {guide} guide steps",
)
MSG_CHECK_PROBLEMS = QT_TRANSLATE_NOOP("CommandLine", "%n problem(s) found in {folder}", None, 2)
MSG_CHECK_ROLE = QT_TRANSLATE_NOOP(
    "CommandLine",
    "{folder}: role {role}; languages: {languages} (every translation has the same codes)",
)


ALL_COMMANDS = "*"
# The command names, by the module that adds their parsers ("content" is added here).
COMMAND_MODULES = {
    "content": None,
    "assessment": "assessment",
    "plan": "plan",
    "report": "report",
    "export": "exchange",
    "import": "exchange",
    "demo": "demo",
    "backup": "backup",
    "region": "region",
}


def build_parser(command: str | None = ALL_COMMANDS) -> argparse.ArgumentParser:
    """The whole command line (``ALL_COMMANDS``); only its options for the window (None);
    or only the ``command`` named: building every command's parser imports every command
    module, about 25 ms of the window's start-up and 10 ms of each report's."""
    db_option = argparse.ArgumentParser(add_help=False, parents=[lang_option()])
    db_option.add_argument(
        "--db",
        metavar="PATH",
        type=Path,
        default=argparse.SUPPRESS,
        help="database file to open (default: one in your user data folder)",
    )
    parser = argparse.ArgumentParser(
        prog=APP_ID,
        description=f"{APP_NAME}: assess, plan and print local integration policy, offline.",
        parents=[db_option],
    )
    parser.add_argument("--version", action="version", version=f"{APP_ID} {__version__}")
    if command is None:
        parser.set_defaults(command=None)
        return parser
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    if command != ALL_COMMANDS:
        module = COMMAND_MODULES[command]
        if module is None:
            _add_content_parsers(commands, db_option)
        else:
            import importlib

            importlib.import_module(f"toolbox_desktop.cli.{module}").add_parsers(
                commands, db_option
            )
        return parser
    _add_content_parsers(commands, db_option)
    from toolbox_desktop.cli import assessment, backup, demo, exchange, plan, region, report

    assessment.add_parsers(commands, db_option)
    plan.add_parsers(commands, db_option)
    report.add_parsers(commands, db_option)
    exchange.add_parsers(commands, db_option)
    demo.add_parsers(commands, db_option)
    backup.add_parsers(commands, db_option)
    region.add_parsers(commands, db_option)
    return parser


def _add_content_parsers(commands, db_option: argparse.ArgumentParser) -> None:
    content = commands.add_parser("content", help="list or check content packs")
    content_commands = content.add_subparsers(dest="content_command", metavar="ACTION")
    content_commands.required = True
    listing = content_commands.add_parser(
        "list", parents=[db_option], help="print dimensions, sub-themes, benchmarks and practices"
    )
    listing.add_argument("--format", choices=("text", "json"), default="text")
    listing.add_argument(
        "--pack",
        metavar="ID",
        help="list every item of this pack (a benchmark or a guidance pack), in the "
        "language --lang gives",
    )
    check = content_commands.add_parser(
        "check", parents=[lang_option()], help="validate a content pack folder"
    )
    check.add_argument("folder", type=Path, metavar="DIR")


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``toolbox-desktop``; returns the process exit code."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    whole_process = argv is None  # the console script: the process ends with the command
    argv = list(sys.argv[1:] if argv is None else argv)
    packages, argv = _packages_to_open(argv)
    try:
        with safe_output():
            args = read_command_line(build_parser(_parser_needed(argv)), argv)
            args.packages = packages
            if whole_process and args.command == "report":
                from toolbox_desktop.cli.report import as_whole_process

                as_whole_process(lambda: _run(args))  # ends the process
            return _run(args)
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): not an error. Silence the final flush too.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def read_command_line(parser: argparse.ArgumentParser, argv: list[str]) -> argparse.Namespace:
    """``parser.parse_args(argv)``, except that a report's KINDs may also stand between its
    ``-o`` options (``report assessment -o a.pdf plan -o p.pdf``)."""
    args, extras = parser.parse_known_args(argv)
    if extras and args.command == "report":
        from toolbox_desktop.cli.report import take_kinds

        extras = take_kinds(args, extras)
    if extras:
        parser.error(f"unrecognized arguments: {' '.join(extras)}")  # as parse_args says it
    return args


def _parser_needed(argv: list[str]) -> str | None:
    """What ``argv`` (packages taken out) needs of the parser: None for the window's own
    options written out in full (``--db PATH``, ``--lang CODE``, also with ``=``), a
    command's name when those are followed by that command, else ``ALL_COMMANDS``. Help, an
    abbreviated option, an unknown command or a mistake goes to the whole parser, so its
    answer and its messages (their usage line names COMMAND) are the same as ever."""
    index = 0
    while index < len(argv):
        name, equals, _value = argv[index].partition("=")
        if name in COMMAND_MODULES and not equals:
            return name
        if name not in ("--db", "--lang"):
            return ALL_COMMANDS
        if not equals:  # the value is the next argument, and must be one
            if index + 1 == len(argv) or argv[index + 1].startswith("-"):
                return ALL_COMMANDS
            index += 1
        index += 1
    return None


def _packages_to_open(argv: list[str]) -> tuple[list[Path], list[str]]:
    """``toolbox-desktop [--db PATH] FILE.toolbox ...``, as a file manager opens a package
    with the app: the packages (for the window's import preview) and the other arguments.
    Only where a command would stand, so ``import FILE.toolbox`` stays the command."""
    packages: list[Path] = []
    rest: list[str] = []
    takes_value = {"--db", "--lang"}
    index = 0
    while index < len(argv):
        token = argv[index]
        if token in takes_value:
            rest += argv[index : index + 2]
            index += 2
            continue
        if token.startswith("-"):
            rest.append(token)
        elif token.lower().endswith(".toolbox"):
            packages.append(Path(token))
        else:
            return packages, rest + argv[index:]  # a command: the rest is its own
        index += 1
    return packages, rest


def _run(args: argparse.Namespace) -> int:
    db_path = getattr(args, "db", None)
    if args.command is None:
        from toolbox_desktop.app import run_gui

        return run_gui(db_path, getattr(args, "packages", None))
    language = getattr(args, "lang", "en")
    use_language(language)
    if args.command == "assessment":
        return _with_workspace(db_path, language, _assessment_command, args)
    if args.command == "report":
        from toolbox_desktop.cli import report

        refused = report.check_outputs(args)  # before the database is opened or made
        if refused is not None:
            return report.failed(refused)
        return _with_workspace(db_path, language, report.run, args)
    if args.command == "plan":
        from toolbox_desktop.cli import plan

        creates = getattr(args, "plan_command", None) == "import"
        return _with_workspace(db_path, language, plan.run, args, may_create=creates)
    if args.command in ("export", "import"):
        from toolbox_desktop.cli import exchange

        creates = args.command == "import"
        if creates and not Path(args.file).is_file():  # refused before a new file is made
            from toolbox_desktop.exchange.errors import MSG_NOT_A_FILE, PackageError

            refused = PackageError(MSG_NOT_A_FILE, path=str(args.file))
            print_error(translated(refused.message))
            return EXIT_ERROR
        return _with_workspace(db_path, language, exchange.run, args, may_create=creates)
    if args.command == "demo":
        from toolbox_desktop.cli import demo

        return demo.run(args)
    if args.command == "backup":
        from toolbox_desktop.cli import backup

        return backup.run(args)
    if args.command == "region":
        from toolbox_desktop.cli import region

        return region.run(args)
    if args.content_command == "check":
        return _content_check(args.folder)
    if args.pack is not None:
        from toolbox_desktop.cli.content_list import list_pack

        return _with_workspace(db_path, language, list_pack, args)
    return _with_workspace(db_path, language, _content_list, args.format)


def _assessment_command(workspace, args) -> int:
    from toolbox_desktop.cli import assessment

    return assessment.run(args, workspace)


def _with_workspace(
    db_path: Path | None, language: str, command, *args, may_create: bool = False
) -> int:
    """Run ``command(workspace, *args)`` on the opened database, its content read in
    ``language`` (``--lang``; a pack without it in its base language), and close it after.

    A ``--db`` that names no file, or an empty one, is refused unless the command may
    create a town (an import): a mistyped path must not be answered with "No assessments
    yet" and a new, empty town, nor a file cut to nothing be made an empty town unseen."""
    if db_path is not None and not may_create and _refused_path(Path(db_path)):
        return EXIT_ERROR
    new_file = db_path is not None and not Path(db_path).expanduser().exists()
    workspace = _open_workspace(db_path, language)
    if workspace is None:
        return EXIT_ERROR
    written_before = workspace.conn.total_changes  # making a new file writes its tables
    wrote = True
    try:
        for failed in workspace.failed_packs:
            message = tr(MSG_PACK_NOT_LOADED, folder=failed.folder, n=len(failed.problems))
            print_warning(message)
        result = command(workspace, *args)
        wrote = workspace.conn.total_changes != written_before
        return result
    finally:
        workspace.close()
        if new_file and not wrote:
            # An import that wrote nothing (refused, a dry run, a file not there) leaves no
            # empty town behind at a --db that was perhaps mistyped.
            _remove_database(Path(db_path).expanduser())


def _remove_database(path: Path) -> None:
    for part in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        with contextlib.suppress(OSError):
            part.unlink()


def _refused_path(db_path: Path) -> bool:
    """Says why and returns True when ``db_path`` is missing or empty."""
    database = db_path.expanduser()
    if not database.exists():
        print_error(tr(MSG_NO_DATABASE, database=database))
        return True
    if database.is_file() and database.stat().st_size == 0:
        print_error(tr(MSG_EMPTY_DATABASE, database=database))
        return True
    return False


def _content_check(folder: Path) -> int:
    from toolbox_desktop.core.pack import load_pack

    result = load_pack(folder)  # every language of the pack
    if result.ok:
        info = result.info
        items = result.languages[info.language]
        print(
            tr(
                MSG_CHECK_OK,
                folder=folder,
                dimensions=len(items.dimensions),
                subthemes=len(items.subthemes),
                benchmarks=len(items.benchmarks),
                challenges=len(items.challenges),
                practices=len(items.practices),
                guide=len(items.guide),
            )
        )
        languages = ", ".join(info.languages)
        print(tr(MSG_CHECK_ROLE, folder=folder, role=info.role, languages=languages))
        return EXIT_OK
    for problem in result.problems:
        print(f"{folder / problem.file}:{problem.line}: {_field(problem)}{problem.message}")
    print(tr(MSG_CHECK_PROBLEMS, n=len(result.problems), folder=folder), file=sys.stderr)
    return EXIT_PROBLEMS


def _field(problem) -> str:
    return f"[{problem.field}] " if problem.field else ""


def _content_list(workspace, output_format: str) -> int:
    content = workspace.content
    if output_format == "json":
        import json

        json.dump(_content_as_dict(content), sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        _print_content(content)
    return EXIT_OK


def _open_workspace(db_path: Path | None, language: str = "en"):
    from toolbox_desktop.paths import content_root, default_database_path
    from toolbox_desktop.storage.database import DatabaseOpenError
    from toolbox_desktop.storage.workspace import open_workspace

    try:
        return open_workspace(db_path or default_database_path(), content_root(), language=language)
    except DatabaseOpenError as error:
        print_error(database_error_text(error))
        return None


def _content_as_dict(content) -> dict:
    from dataclasses import asdict

    def strip(item, *drop):
        return {k: v for k, v in asdict(item).items() if k not in drop}

    return {
        "packs": [asdict(pack) for pack in content.packs],
        "dimensions": [
            {
                **asdict(dimension),
                "challenges": [
                    strip(c, "dimension") for c in content.challenges_of(dimension.code)
                ],
                "subthemes": [
                    {
                        **strip(subtheme, "dimension"),
                        "benchmarks": [
                            {**strip(b, "subtheme", "dimension"), "tags": list(b.tags)}
                            for b in content.benchmarks_of(subtheme.code)
                        ],
                    }
                    for subtheme in content.subthemes_of(dimension.code)
                ],
                "practices": [strip(p, "dimension") for p in content.practices_of(dimension.code)],
            }
            for dimension in content.dimensions
        ],
        "guide": [asdict(step) for step in content.guide],
    }


def _print_content(content) -> None:
    for pack in content.packs:
        print(f"{pack.title} [{pack.id} {pack.version}, {pack.language}]")
    for dimension in content.dimensions:
        print(f"\n{dimension.number}. {dimension.title} [{dimension.code}]")
        for subtheme in content.subthemes_of(dimension.code):
            print(f"  {subtheme.title} [{subtheme.code}]")
            for benchmark in content.benchmarks_of(subtheme.code):
                tags = f" ({', '.join(benchmark.tags)})" if benchmark.tags else ""
                print(f"    {benchmark.code}  {benchmark.title}{tags}")
                print(f"      {benchmark.text}")
        challenges = content.challenges_of(dimension.code)
        if challenges:
            print("  Common challenges:")
            for challenge in challenges:
                print(f"    {challenge.code}  {challenge.text}")
        practices = content.practices_of(dimension.code)
        if practices:
            print("  Innovative practices:")
            for practice in practices:
                print(
                    f"    {practice.code}  {practice.name} ({practice.place}, {practice.country})"
                )
    if content.guide:
        print("\nHow to use the toolbox:")
        for step in content.guide:
            print(f"  {step.number}. {step.title}")

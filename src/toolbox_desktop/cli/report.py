"""`toolbox-desktop report KIND -o FILE [--format pdf|docx|xlsx]`: the same documents as the
window. Without ``--format`` the output's extension chooses (``.docx``, ``.xlsx``), else a PDF.
Several reports in one start: ``report assessment plan -o assessment.pdf -o plan.pdf`` (one
``-o`` per KIND, in the same order), as an office suite converts several files in one start.

A thin adapter over ``services.reports``: the kinds are the registry's, the flags are made from
its option declarations (``OPTIONS``), and the report is read, laid out and written atomically
by ``build_report``, the path the Reports page takes too. What stays here is the command line's
own: the parser, the exit codes and the messages.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

from toolbox_desktop.cli.exit_codes import EXIT_ERROR, EXIT_OK
from toolbox_desktop.cli.translation import (
    MSG_CANNOT_WRITE,
    MSG_NO_ASSESSMENT_WITH_ID,
    QT_TRANSLATE_NOOP,
    current_translate,
    formats_locale,
    print_error,
    tr,
    translated,
)
from toolbox_desktop.services.reports import (
    FORMATS,
    OPTIONS,
    PDF,
    REPORTS,
    Entry,
    FormatNotOfferedError,
    NoAssessmentYetError,
    ReportChoices,
    ReportOption,
    YearOutOfRangeError,
    build_report,
)
from toolbox_desktop.services.reports.choices import action_ids
from toolbox_desktop.services.reports.council_data import ExplainedDataError

MSG_NO_ASSESSMENT_YET = QT_TRANSLATE_NOOP(
    "CommandLine", "there is no assessment yet; create one in the app first"
)
MSG_YEAR_OUT_OF_RANGE = QT_TRANSLATE_NOOP("CommandLine", "the year {year} is outside 1990-2100")
MSG_REPORT_WRITTEN = QT_TRANSLATE_NOOP("CommandLine", "{kind} report written to {path}")
MSG_FORMAT_NOT_OFFERED = QT_TRANSLATE_NOOP(
    "CommandLine", "the {kind} report is made as {offered}, not as {format}"
)
MSG_ONE_FILE_PER_REPORT = QT_TRANSLATE_NOOP(
    "CommandLine",
    "give one -o FILE for each report, in the same order (reports named: {reports}; "
    "files given: {files}); nothing was written",
)
MSG_REPORT_NOT_WRITTEN = QT_TRANSLATE_NOOP(
    "CommandLine", "the {kind} report was not written to {path}: {reason}"
)
MSG_SAME_FILE_TWICE = QT_TRANSLATE_NOOP(
    "CommandLine", "{path} is given for two reports; give each its own file; nothing was written"
)


def _argument(option: ReportOption) -> dict:
    """argparse's keywords for one registry option."""
    if option.entry == Entry.FLAG:
        return {"action": "store_true", "help": option.help}
    keywords: dict = {"default": option.default, "help": option.help, "metavar": option.metavar}
    if option.entry == Entry.CHOICE:
        keywords["choices"] = tuple(value for value, _label in option.choices)
    elif option.entry == Entry.ACTIONS:
        keywords["type"] = action_ids
    elif option.entry == Entry.FILE:
        keywords["type"] = str
    else:  # an assessment's id or a year
        keywords["type"] = int
    return keywords


def add_parsers(commands, db_option: argparse.ArgumentParser) -> None:
    report = commands.add_parser(
        "report", parents=[db_option], help="write a report (PDF, Word or spreadsheet)"
    )
    report.add_argument(
        "kinds",
        nargs="+",
        choices=sorted(REPORTS),
        metavar="KIND",
        help="one or more of: " + ", ".join(sorted(REPORTS)),
    )
    report.add_argument(
        "-o",
        "--output",
        dest="outputs",
        type=Path,
        action="append",
        required=True,
        metavar="FILE",
        help="the file to write; one -o for each KIND, in the same order",
    )
    report.add_argument(
        "--format",
        choices=FORMATS,
        default=None,
        help="pdf, docx (Word) or xlsx (spreadsheet); default: the output's extension, else pdf",
    )
    for option in OPTIONS.values():
        report.add_argument(option.flag, **_argument(option))


def choices_from(args: argparse.Namespace) -> ReportChoices:
    """The report's options as the command line gave them (every flag has a default)."""
    return ReportChoices(**{name: getattr(args, name) for name in OPTIONS})


def chosen_format(args: argparse.Namespace, output: Path) -> str:
    """``--format``, or the one the output's extension names, or a PDF."""
    if args.format:
        return args.format
    extension = output.suffix.lower().lstrip(".")
    return extension if extension in FORMATS else PDF


def take_kinds(args: argparse.Namespace, extras: list[str]) -> list[str]:
    """Add to ``args.kinds`` the KINDs written between the ``-o`` options (``report
    assessment -o a.pdf plan -o p.pdf``), which argparse leaves over, in their order; what
    is left over then is not the command's."""
    kinds = [token for token in extras if token in REPORTS]
    args.kinds = [*args.kinds, *kinds]
    return [token for token in extras if token not in REPORTS]


def check_outputs(args: argparse.Namespace) -> str | None:
    """Why the files named cannot be written as given (one for each report, each its own),
    or None: checked before the database is opened, so a refused command changes nothing."""
    if len(args.kinds) != len(args.outputs):
        return tr(MSG_ONE_FILE_PER_REPORT, reports=len(args.kinds), files=len(args.outputs))
    seen: set[str] = set()
    for output in args.outputs:
        key = _same_file_key(output)
        if key in seen:
            return tr(MSG_SAME_FILE_TWICE, path=output)
        seen.add(key)
    return None


def _same_file_key(output: Path) -> str:
    """One key for every way of naming the same file: its folder resolved (links, ``..``,
    relative or absolute), the name as written (a link there is replaced, not followed),
    and letter case ignored: on Windows and macOS "Report.pdf" and "report.pdf" are one
    file, and one report would silently replace the other. On Linux too, since the folder
    may be on a USB stick (FAT, exFAT) where they are one file as well, and files not yet
    written cannot be asked; two names that differ only in case are refused with a message,
    never written one over the other."""
    folder = os.path.realpath(output.parent)  # never raises, even on a loop of links
    return os.path.normcase(os.path.join(folder, output.name)).casefold()


def run(workspace, args: argparse.Namespace) -> int:
    """Each KIND to its FILE (``check_outputs`` passed), in one start; every report is tried
    (one that cannot be made does not keep the others from being written) and the exit code
    says if any failed. With several reports, an error names the report it is about."""
    several = len(args.kinds) > 1
    codes = []
    for number, (kind, output) in enumerate(zip(args.kinds, args.outputs, strict=True)):
        if number and not gc.isenabled():
            gc.collect()  # the last report's few cycles, as the whole process skips them
        problem = run_one(workspace, args, kind, output)
        if problem is None:
            print(tr(MSG_REPORT_WRITTEN, kind=kind, path=output))
        elif several:
            problem = tr(MSG_REPORT_NOT_WRITTEN, kind=kind, path=output, reason=problem)
        codes.append(EXIT_OK if problem is None else failed(problem))
    return max(codes)


def run_one(workspace, args: argparse.Namespace, kind: str, output: Path) -> str | None:
    """Write the ``kind`` report to ``output``; None when written, else what went wrong."""
    from toolbox_desktop.storage.assessment_repository import AssessmentNotFoundError

    try:
        build_report(
            kind,
            workspace,
            choices_from(args),
            output,
            translate=current_translate(),
            # The report's words in --lang, its numbers and dates as written on this computer
            # ("en_SE" for English on a Swedish one), as the window's Reports area does.
            language=formats_locale(),
            format=chosen_format(args, output),
        )
    except FormatNotOfferedError as error:
        offered = ", ".join(error.offered)
        return tr(MSG_FORMAT_NOT_OFFERED, kind=kind, offered=offered, format=error.format)
    except NoAssessmentYetError:
        return tr(MSG_NO_ASSESSMENT_YET)
    except AssessmentNotFoundError as error:
        return tr(MSG_NO_ASSESSMENT_WITH_ID, id=error.args[0])
    except YearOutOfRangeError as error:
        return tr(MSG_YEAR_OUT_OF_RANGE, year=error.year)
    except ExplainedDataError as error:  # nothing to write: the message says why
        return translated(error.message)
    except LookupError as error:  # what a report added later finds missing
        return str(error)
    except OSError as error:
        return tr(MSG_CANNOT_WRITE, path=output, detail=error.strerror or error)
    return None


def failed(message: str) -> int:
    """Print ``message`` as the command's error; its exit code."""
    print_error(message)
    return EXIT_ERROR


def as_whole_process(command: Callable[[], int]) -> NoReturn:
    """Run the report ``command`` as all this process does (``toolbox-desktop report``, not a
    caller's ``cli.main``), and end the process with its exit code.

    Without Python's cycle collector: it would go through the hundreds of thousands of
    objects a report is made of, which live until it is written, again and again, for the
    few cycles among them (a page's text objects): a twentieth of the command's time. And
    the process ends at once when the report is written and the database closed: Python
    would otherwise free one by one every object the build left (font metrics, the content,
    reportlab's modules), another twentieth. A plan of 3,000 actions peaks about an eighth
    higher so, and takes a sixth less processor time."""
    gc.disable()
    code = command()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, ValueError):  # none (a windowed build), closed
            stream.flush()
    os._exit(code)

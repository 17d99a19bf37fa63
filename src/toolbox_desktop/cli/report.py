"""`toolbox-desktop report KIND -o FILE.pdf`: the same PDF documents as the GUI.

Each report kind is a function ``build(workspace, args, path, options)`` registered in
``REPORTS``; reportlab is imported only when a report is built.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from toolbox_desktop.cli.exit_codes import EXIT_ERROR, EXIT_OK
from toolbox_desktop.cli.translation import (
    MSG_CANNOT_WRITE,
    MSG_NO_ASSESSMENT_WITH_ID,
    QT_TRANSLATE_NOOP,
    current_translate,
    tr,
)

MSG_NO_ASSESSMENT_YET = QT_TRANSLATE_NOOP(
    "CommandLine", "there is no assessment yet; create one in the app first"
)
MSG_YEAR_OUT_OF_RANGE = QT_TRANSLATE_NOOP("CommandLine", "the year {year} is outside 1990-2100")
MSG_REPORT_WRITTEN = QT_TRANSLATE_NOOP("CommandLine", "{kind} report written to {path}")


def _worksheet(workspace, args, path: Path, options) -> None:
    from toolbox_desktop.reports.worksheet import build_worksheet
    from toolbox_desktop.storage.assessment_repository import AssessmentRepository

    profile = AssessmentRepository(workspace.conn).profile()
    build_worksheet(workspace.content, path, profile, args.facilitator, options)


def _assessment(workspace, args, path: Path, options) -> None:
    from toolbox_desktop.reports.assessment_report import build_assessment_report
    from toolbox_desktop.storage.assessment_repository import (
        AssessmentNotFoundError,
        AssessmentRepository,
    )

    repository = AssessmentRepository(workspace.conn)
    try:
        if args.assessment is None:
            newest = repository.assessments()
            if not newest:
                raise LookupError(tr(MSG_NO_ASSESSMENT_YET))
            assessment = newest[0]
        else:
            assessment = repository.assessment(args.assessment)
        earlier = None
        if args.compare_with is not None:
            other = repository.assessment(args.compare_with)
            earlier = (other, repository.ratings(other.id))
    except AssessmentNotFoundError as error:
        raise LookupError(tr(MSG_NO_ASSESSMENT_WITH_ID, id=error.args[0])) from error
    ratings = repository.ratings(assessment.id)
    build_assessment_report(
        workspace.content, repository.profile(), assessment, ratings, path, options, earlier
    )


def _plan(workspace, args, path: Path, options) -> None:
    from toolbox_desktop.reports.plan_report import build_plan_report
    from toolbox_desktop.storage.assessment_repository import AssessmentRepository
    from toolbox_desktop.storage.plan_repository import PlanRepository

    plans = PlanRepository(workspace.conn)
    profile = AssessmentRepository(workspace.conn).profile()
    indicators = [i for i in plans.indicators() if i.action_id is not None]
    build_plan_report(
        workspace.content, profile, plans.actions(), indicators, path, options, args.group_by
    )


def _annual(workspace, args, path: Path, options) -> None:
    from toolbox_desktop.reports.annual_report import build_annual_report, default_year
    from toolbox_desktop.storage.annual_texts import AnnualTextRepository
    from toolbox_desktop.storage.assessment_repository import AssessmentRepository
    from toolbox_desktop.storage.plan_repository import PlanRepository

    year = args.year or default_year()
    if not 1990 <= year <= 2100:
        raise LookupError(tr(MSG_YEAR_OUT_OF_RANGE, year=year))
    plans = PlanRepository(workspace.conn)
    build_annual_report(
        workspace.content,
        AssessmentRepository(workspace.conn).profile(),
        plans.actions(),
        plans.indicators(),
        AnnualTextRepository(workspace.conn).texts(year),
        path,
        options,
    )


REPORTS = {
    "annual": _annual,
    "assessment": _assessment,
    "plan": _plan,
    "worksheet": _worksheet,
}


def add_parsers(commands, db_option: argparse.ArgumentParser) -> None:
    report = commands.add_parser("report", parents=[db_option], help="write a PDF report")
    report.add_argument(
        "kind",
        choices=sorted(REPORTS),
        metavar="KIND",
        help="one of: " + ", ".join(sorted(REPORTS)),
    )
    report.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    report.add_argument("--page-size", choices=("A4", "Letter"), default="A4")
    report.add_argument(
        "--assessment", type=int, metavar="ID", help="which assessment (default: the newest)"
    )
    report.add_argument(
        "--compare-with", type=int, metavar="ID", help="an earlier assessment to compare with"
    )
    report.add_argument("--year", type=int, metavar="YYYY", help="the year (annual report)")
    report.add_argument(
        "--group-by",
        choices=("phase", "dimension"),
        default="phase",
        help="how the action plan report groups actions",
    )
    report.add_argument(
        "--facilitator",
        action="store_true",
        help="worksheet with challenges and a practice per dimension",
    )


def run(workspace, args: argparse.Namespace) -> int:
    from toolbox_desktop.reports.document import ReportOptions

    language = getattr(args, "lang", "en")
    options = ReportOptions(
        page_size=args.page_size, translate=current_translate(), language=language
    )
    from toolbox_desktop.storage.atomic_file import replacing

    try:
        # Written beside the target and renamed over it when whole: a report cut short (an
        # error, Ctrl+C) never leaves a broken PDF or replaces the one that was there.
        with replacing(args.output) as partial:
            REPORTS[args.kind](workspace, args, partial, options)
    except LookupError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as error:
        detail = error.strerror or error
        print(f"error: {tr(MSG_CANNOT_WRITE, path=args.output, detail=detail)}", file=sys.stderr)
        return EXIT_ERROR
    print(tr(MSG_REPORT_WRITTEN, kind=args.kind, path=args.output))
    return EXIT_OK

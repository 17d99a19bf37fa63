"""`toolbox-desktop report KIND -o FILE.pdf`: the same PDF documents as the GUI.

Each report kind is a function ``build(workspace, args, path, options)`` registered in
``REPORTS``; reportlab is imported only when a report is built.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_OK = 0
EXIT_ERROR = 2


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
                raise LookupError("there is no assessment yet; create one in the app first")
            assessment = newest[0]
        else:
            assessment = repository.assessment(args.assessment)
        earlier = None
        if args.compare_with is not None:
            other = repository.assessment(args.compare_with)
            earlier = (other, repository.ratings(other.id))
    except AssessmentNotFoundError as error:
        raise LookupError(
            f"there is no assessment with id {error.args[0]}; "
            "'toolbox-desktop assessment list' shows them"
        ) from error
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
        raise LookupError(f"the year {year} is outside 1990-2100")
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
        "--lang",
        metavar="CODE",
        default="en",
        help="language of the report (translations in resources/translations)",
    )
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


def translator_for(language: str):
    """A translate(context, text) function for ``language``, from the app's .qm files."""
    from toolbox_desktop.reports.document import no_translation

    if language in ("", "en"):
        return no_translation
    from PySide6.QtCore import QTranslator

    from toolbox_desktop.paths import resources_dir

    translator = QTranslator()
    if not translator.load(f"toolbox_{language}", str(resources_dir() / "translations")):
        print(
            f"warning: there is no translation for '{language}'; the report is in English",
            file=sys.stderr,
        )
        return no_translation

    def translate(context: str, text: str) -> str:
        return translator.translate(context, text) or text

    translate.translator = translator  # keep it alive as long as the function
    return translate


def run(workspace, args: argparse.Namespace) -> int:
    from toolbox_desktop.reports.document import ReportOptions

    options = ReportOptions(
        page_size=args.page_size, translate=translator_for(args.lang), language=args.lang
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
        print(
            f"error: cannot write {args.output}: {error.strerror or error}. "
            "Choose a folder where you can save files.",
            file=sys.stderr,
        )
        return EXIT_ERROR
    print(f"{args.kind} report written to {args.output}")
    return EXIT_OK

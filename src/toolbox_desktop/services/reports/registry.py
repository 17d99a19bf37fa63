"""The report registry: every report the app makes, declared once for both faces.

An entry (``ReportKind``) says what the report is called, which options it takes, how its data
is read (``read``, on the calling thread: the window's GUI thread, the command line's only
one) and how the document is laid out (``write``, which runs without the database, so the
window can run it on a worker thread). The Reports page and ``toolbox-desktop report`` both
list ``REPORTS``; neither knows a report of its own.

A report is a PDF first; ``other_formats`` adds the editable versions a council works on in its
own programs (Word ``docx``, spreadsheet ``xlsx``), written from the same ``read``, so that every
format of a report has the same content.

Adding a report: one module in ``reports/`` with its build function, and here a ``read``, a
``write`` and one entry in ``REPORTS``. Storage and reportlab are imported inside the
functions, so that importing the registry (every command does) stays cheap.
"""

from __future__ import annotations

import importlib
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP
from toolbox_desktop.services.reports.choices import (
    FIRST_YEAR,
    LAST_YEAR,
    ReportChoices,
    report_year,
)

if TYPE_CHECKING:
    from toolbox_desktop.core.content import Content
    from toolbox_desktop.reports.document import ReportOptions
    from toolbox_desktop.storage.assessment_repository import AssessmentRepository

ASSESSMENT, PLAN, WORKSHEET, ANNUAL = "assessment", "plan", "worksheet", "annual"
FACT_SANDWICH, RIGHTS = "factsandwich", "rights"  # handouts for a town meeting
PROPOSAL, LETTERS = "proposal", "letters"  # for the council, and to the levels above the town
REGION = "region"  # a region file's pooled figures, and the own town among them
PDF, DOCX, XLSX = "pdf", "docx", "xlsx"  # the formats a report can be written in
FORMATS = (PDF, DOCX, XLSX)
FORMAT_NAMES = {
    PDF: QT_TRANSLATE_NOOP("ReportKinds", "PDF (to print)"),
    DOCX: QT_TRANSLATE_NOOP("ReportKinds", "Word document (to edit)"),
    XLSX: QT_TRANSLATE_NOOP("ReportKinds", "Spreadsheet"),
}
# Options a format has no use for: a spreadsheet has no pages, no grouping of its rows (the
# user sorts and filters), no comparison and no next steps (one row per benchmark or action).
UNUSED_OPTIONS = {XLSX: frozenset({"page_size", "group_by", "compare_with", "no_next_steps"})}

Data = dict[str, Any]  # what ``read`` found: everything ``write`` needs besides the content
Read = Callable[[sqlite3.Connection, ReportChoices], Data]
Write = Callable[["Content", Data, Path, "ReportOptions"], None]
Dated = Callable[[sqlite3.Connection, ReportChoices, date], str]


class ReportDataError(LookupError):
    """What the report is about is not there (besides ``AssessmentNotFoundError``)."""


class NoAssessmentYetError(ReportDataError):
    """The assessment report was asked for the newest assessment, and there is none."""


class FormatNotOfferedError(LookupError):
    """The report is not made in the format asked for."""

    def __init__(self, key: str, format: str, offered: tuple[str, ...]) -> None:
        super().__init__(f"the {key} report is made as {', '.join(offered)}, not as {format}")
        self.key, self.format, self.offered = key, format, offered


class YearOutOfRangeError(ReportDataError):
    def __init__(self, year: int) -> None:
        super().__init__(f"the year {year} is outside {FIRST_YEAR}-{LAST_YEAR}")
        self.year = year


@dataclass(frozen=True)
class ReportKind:
    key: str  # on the command line: toolbox-desktop report KEY
    title: str  # QT_TRANSLATE_NOOP("ReportKinds", ...)
    description: str  # one sentence under the title in the window
    file_stem: str  # translated, then made safe: see file_names.py
    options: tuple[str, ...]  # names from choices.OPTIONS, besides the page size
    read: Read
    write: Write
    dated: Dated | None = None  # the date or year in the default file name, if it has one
    needs_assessment: bool = False  # the window offers it only once an assessment exists
    prints_year_texts: bool = False  # the window shows the year's texts to edit
    prints_fact_sandwiches: bool = False  # the window shows the town's fact sandwiches to edit
    # Besides the PDF (``write``): "docx" or "xlsx" -> the function that writes that file.
    other_formats: Mapping[str, Write] = field(default_factory=dict)

    @property
    def formats(self) -> tuple[str, ...]:
        """The formats this report is made in, the PDF first."""
        return (PDF, *(f for f in FORMATS if f in self.other_formats))

    def writer(self, format: str = PDF) -> Write:
        """The function that writes this report as ``format``; ``FormatNotOfferedError``
        when it is not made so."""
        if format == PDF:
            return self.write
        try:
            return self.other_formats[format]
        except KeyError:
            raise FormatNotOfferedError(self.key, format, self.formats) from None


# -- reading --------------------------------------------------------------------------------------
def _profile(conn: sqlite3.Connection):
    from toolbox_desktop.storage.assessment_repository import AssessmentRepository

    return AssessmentRepository(conn).profile()


def _chosen_assessment(repository: AssessmentRepository, assessment_id: int | None):
    """The assessment with that id (``AssessmentNotFoundError`` if there is none), or the
    newest."""
    if assessment_id is not None:
        return repository.assessment(assessment_id)
    newest = repository.assessments()
    if not newest:
        raise NoAssessmentYetError("there is no assessment yet")
    return newest[0]


def _read_worksheet(conn: sqlite3.Connection, choices: ReportChoices) -> Data:
    return {"profile": _profile(conn), "facilitator": choices.facilitator}


def _read_assessment(conn: sqlite3.Connection, choices: ReportChoices) -> Data:
    from toolbox_desktop.storage.assessment_repository import AssessmentRepository

    repository = AssessmentRepository(conn)
    chosen = _chosen_assessment(repository, choices.assessment)
    earlier = None
    if choices.compare_with is not None:
        other = repository.assessment(choices.compare_with)
        earlier = (other, repository.ratings(other.id))
    return {
        "profile": repository.profile(),
        "assessment": chosen,
        "ratings": repository.ratings(chosen.id),
        "earlier": earlier,
        "next_steps": not choices.no_next_steps,
    }


def _read_plan(conn: sqlite3.Connection, choices: ReportChoices) -> Data:
    from toolbox_desktop.storage.plan_import import action_uids
    from toolbox_desktop.storage.plan_repository import PlanRepository

    plans = PlanRepository(conn)
    return {
        "profile": _profile(conn),
        "actions": plans.actions(),
        # Indicators of a benchmark alone belong to the assessment, not to the plan.
        "indicators": [i for i in plans.indicators() if i.action_id is not None],
        "group_by": choices.group_by,
        "uids": action_uids(conn),  # the spreadsheet's ID column, which an import matches on
    }


def _read_annual(conn: sqlite3.Connection, choices: ReportChoices) -> Data:
    from toolbox_desktop.storage.annual_texts import AnnualTextRepository
    from toolbox_desktop.storage.plan_repository import PlanRepository

    year = report_year(choices)
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise YearOutOfRangeError(year)
    plans = PlanRepository(conn)
    texts = choices.texts if choices.texts is not None else AnnualTextRepository(conn).texts(year)
    return {
        "profile": _profile(conn),
        "actions": plans.actions(),
        "indicators": plans.indicators(),
        "texts": texts,
    }


def _read_fact_sandwiches(conn: sqlite3.Connection, choices: ReportChoices) -> Data:
    from toolbox_desktop.storage.fact_sandwich_repository import FactSandwichRepository

    return {"profile": _profile(conn), "sandwiches": FactSandwichRepository(conn).sandwiches()}


def _read_profile(conn: sqlite3.Connection, choices: ReportChoices) -> Data:
    return {"profile": _profile(conn)}


# -- writing (reportlab is imported here, when a report is built) --------------------------------
def _write_worksheet(content: Content, data: Data, path: Path, options: ReportOptions) -> None:
    from toolbox_desktop.reports.worksheet import build_worksheet

    build_worksheet(content, path, data["profile"], data["facilitator"], options)


def _lazy(module: str, name: str) -> Callable:
    """``module.name``, imported when called (reportlab and python-docx load only then)."""

    def call(*args, **kwargs):
        return getattr(importlib.import_module(module), name)(*args, **kwargs)

    return call


# The PDF and the Word version of a report take the same arguments: one unpacking of ``data``
# for both, so that the two formats cannot be given different things.
def _assessment_writer(build: Callable) -> Write:
    def write(content: Content, data: Data, path: Path, options: ReportOptions) -> None:
        build(
            content,
            data["profile"],
            data["assessment"],
            data["ratings"],
            path,
            options,
            data["earlier"],
            next_steps=data.get("next_steps", True),
        )

    return write


def _plan_writer(build: Callable) -> Write:
    def write(content: Content, data: Data, path: Path, options: ReportOptions) -> None:
        build(
            content,
            data["profile"],
            data["actions"],
            data["indicators"],
            path,
            options,
            data["group_by"],
        )

    return write


def _annual_writer(build: Callable) -> Write:
    def write(content: Content, data: Data, path: Path, options: ReportOptions) -> None:
        build(
            content,
            data["profile"],
            data["actions"],
            data["indicators"],
            data["texts"],
            path,
            options,
        )

    return write


_REPORTS, _WORD = "toolbox_desktop.reports.", "toolbox_desktop.reports.word."
_write_assessment = _assessment_writer(
    _lazy(_REPORTS + "assessment_report", "build_assessment_report")
)
_write_assessment_docx = _assessment_writer(_lazy(_WORD + "assessment", "write_assessment_docx"))
_write_plan = _plan_writer(_lazy(_REPORTS + "plan_report", "build_plan_report"))
_write_plan_docx = _plan_writer(_lazy(_WORD + "plan", "write_plan_docx"))
_write_annual = _annual_writer(_lazy(_REPORTS + "annual_report", "build_annual_report"))
_write_annual_docx = _annual_writer(_lazy(_WORD + "annual", "write_annual_docx"))


def _write_fact_sandwiches(
    content: Content, data: Data, path: Path, options: ReportOptions
) -> None:
    from toolbox_desktop.reports.factsandwich_worksheet import build_factsandwich_worksheet

    build_factsandwich_worksheet(content, data["profile"], data["sandwiches"], path, options)


def _write_rights(content: Content, data: Data, path: Path, options: ReportOptions) -> None:
    from toolbox_desktop.reports.rights_handout import build_rights_handout

    build_rights_handout(content, data["profile"], path, options)


def _council(name: str) -> Callable:
    """``council_data.<name>`` (the proposal's and the letters' read and write), imported when
    called: that module imports this one."""
    return _lazy("toolbox_desktop.services.reports.council_data", name)


def _region(name: str) -> Callable:
    """``region_data.<name>`` (the region report's read and write), imported when called:
    that module imports this one."""

    def call(*args):
        from toolbox_desktop.services.reports import region_data

        return getattr(region_data, name)(*args)

    return call


def _write_assessment_xlsx(
    content: Content, data: Data, path: Path, options: ReportOptions
) -> None:
    from toolbox_desktop.exchange.sheets.assessment_sheet import write_assessment_sheet

    write_assessment_sheet(content, data, path, options)


def _write_plan_xlsx(content: Content, data: Data, path: Path, options: ReportOptions) -> None:
    from toolbox_desktop.exchange.sheets.plan_sheet import write_plan_sheet

    write_plan_sheet(content, data, path, options)


# -- the date in the default file name -----------------------------------------------------------
def _assessment_date(conn: sqlite3.Connection, choices: ReportChoices, today: date) -> str:
    """The date of the assessment the report is about (ISO: sorts and is safe in a name)."""
    from toolbox_desktop.storage.assessment_repository import AssessmentRepository

    try:
        return _chosen_assessment(AssessmentRepository(conn), choices.assessment).assessed_on
    except LookupError:  # the report will say so when it is made
        return ""


def _printed_on(conn: sqlite3.Connection, choices: ReportChoices, today: date) -> str:
    """The plan as it stands today: the day it is printed."""
    return today.isoformat()


def _the_year(conn: sqlite3.Connection, choices: ReportChoices, today: date) -> str:
    return str(report_year(choices, today))


# -- the registry: the window lists the reports in this order -------------------------------------
REPORTS: dict[str, ReportKind] = {
    kind.key: kind
    for kind in (
        ReportKind(
            ASSESSMENT,
            QT_TRANSLATE_NOOP("ReportKinds", "Self-assessment report"),
            QT_TRANSLATE_NOOP(
                "ReportKinds",
                "Scores, strengths and gaps of one assessment, optionally compared with an "
                "earlier one.",
            ),
            QT_TRANSLATE_NOOP("ReportKinds", "self-assessment-report"),
            ("assessment", "compare_with", "no_next_steps"),
            _read_assessment,
            _write_assessment,
            dated=_assessment_date,
            needs_assessment=True,
            other_formats={DOCX: _write_assessment_docx, XLSX: _write_assessment_xlsx},
        ),
        ReportKind(
            PLAN,
            QT_TRANSLATE_NOOP("ReportKinds", "Action plan"),
            QT_TRANSLATE_NOOP(
                "ReportKinds", "Every action with its timing, people, budget and indicators."
            ),
            QT_TRANSLATE_NOOP("ReportKinds", "action-plan"),
            ("group_by",),
            _read_plan,
            _write_plan,
            dated=_printed_on,
            other_formats={DOCX: _write_plan_docx, XLSX: _write_plan_xlsx},
        ),
        ReportKind(
            WORKSHEET,
            QT_TRANSLATE_NOOP("ReportKinds", "Workshop worksheet"),
            QT_TRANSLATE_NOOP(
                "ReportKinds",
                "Benchmarks with space for notes and ratings, to print for a workshop.",
            ),
            QT_TRANSLATE_NOOP("ReportKinds", "worksheet"),
            ("facilitator",),
            _read_worksheet,
            _write_worksheet,
        ),
        ReportKind(
            ANNUAL,
            QT_TRANSLATE_NOOP("ReportKinds", "Annual integration report"),
            QT_TRANSLATE_NOOP(
                "ReportKinds",
                "The year in review: actions, indicators, budget and your own texts.",
            ),
            QT_TRANSLATE_NOOP("ReportKinds", "annual-report"),
            ("year",),
            _read_annual,
            _write_annual,
            dated=_the_year,
            prints_year_texts=True,
            other_formats={DOCX: _write_annual_docx},
        ),
        ReportKind(
            FACT_SANDWICH,
            QT_TRANSLATE_NOOP("ReportKinds", "Fact Sandwich worksheet"),
            QT_TRANSLATE_NOOP(
                "ReportKinds",
                "For a town meeting: the method against misinformation, your town's fact "
                "sandwiches, and boxes for writing a new one.",
            ),
            QT_TRANSLATE_NOOP("ReportKinds", "fact-sandwich-worksheet"),
            (),
            _read_fact_sandwiches,
            _write_fact_sandwiches,
            prints_fact_sandwiches=True,
        ),
        ReportKind(
            RIGHTS,
            QT_TRANSLATE_NOOP("ReportKinds", "Rights and responsibilities"),
            QT_TRANSLATE_NOOP(
                "ReportKinds",
                "A handout of the rights and responsibilities of newcomers and host citizens, "
                "and the liberal and democratic principles.",
            ),
            QT_TRANSLATE_NOOP("ReportKinds", "rights-and-responsibilities"),
            (),
            _read_profile,
            _write_rights,
        ),
        ReportKind(
            PROPOSAL,
            QT_TRANSLATE_NOOP("ReportKinds", "Council proposal"),
            QT_TRANSLATE_NOOP(
                "ReportKinds",
                "The chosen actions for the council to decide on: the situation, the decision, "
                "the budget and the timetable, in the council's usual structure.",
            ),
            QT_TRANSLATE_NOOP("ReportKinds", "council-proposal"),
            ("actions",),
            _council("read_proposal"),
            _council("write_proposal"),
            dated=_printed_on,
            other_formats={DOCX: _council("write_proposal_docx")},
        ),
        ReportKind(
            LETTERS,
            QT_TRANSLATE_NOOP("ReportKinds", "Advocacy letters"),
            QT_TRANSLATE_NOOP(
                "ReportKinds",
                "A letter to each level that holds a competence the town lacks, about the "
                "benchmarks marked outside our competence.",
            ),
            QT_TRANSLATE_NOOP("ReportKinds", "advocacy-letters"),
            ("assessment",),
            _council("read_letters"),
            _council("write_letters"),
            dated=_printed_on,
            needs_assessment=True,
            other_formats={DOCX: _council("write_letters_docx")},
        ),
        ReportKind(
            REGION,
            QT_TRANSLATE_NOOP("ReportKinds", "Region report"),
            QT_TRANSLATE_NOOP(
                "ReportKinds",
                "Where the towns of a region file stand, by dimension, size and year, and where "
                "your town stands among them.",
            ),
            QT_TRANSLATE_NOOP("ReportKinds", "region-report"),
            ("region", "year"),
            _region("read_region"),
            _region("write_region"),
        ),
    )
}


def report_kind(key: str) -> ReportKind:
    """The registry entry for ``key``; ``KeyError`` names the known ones."""
    try:
        return REPORTS[key]
    except KeyError:
        raise KeyError(f"no report {key!r}; known: {', '.join(sorted(REPORTS))}") from None

"""What a user chooses for a report, and the options through which they choose it.

``ReportChoices`` is the one record both faces fill: the Reports page from its option widgets,
``toolbox-desktop report`` from its flags. ``OPTIONS`` declares every option once: its name
(the field of ``ReportChoices`` and, as ``--name``, the command line's flag), how it is
entered, its label in the window and its help on the command line. A report kind in the
registry lists the options it takes by name; the page shows those and the command line accepts
them all (a flag that does not concern the report is ignored, as it always was).

Window texts are marked with ``QT_TRANSLATE_NOOP("ReportKinds", ...)`` and translated by the
window; command-line help stays English like all of argparse's help.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from typing import TYPE_CHECKING

from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from toolbox_desktop.storage.annual_texts import AnnualTexts

CTX = "ReportKinds"
FIRST_YEAR, LAST_YEAR = 1990, 2100  # the years an annual report can be about


@dataclass(frozen=True)
class ReportChoices:
    """The options of one report. ``None`` means the usual choice: the newest assessment, no
    comparison, the current year."""

    page_size: str = "A4"
    assessment: int | None = None
    compare_with: int | None = None
    year: int | None = None
    group_by: str = "phase"
    facilitator: bool = False
    no_next_steps: bool = False  # the self-assessment report without its "Next steps"
    actions: tuple[int, ...] | None = None  # the council proposal's actions; None: open ones
    region: str | None = None  # the region report's region file (a path)
    # Not an option: the annual texts as typed in the window when they could not be stored;
    # ``None`` prints the stored texts of the year.
    texts: AnnualTexts | None = None


def report_year(choices: ReportChoices, today: date | None = None) -> int:
    """The year an annual report is about: the chosen one, or the current one."""
    return choices.year if choices.year is not None else (today or date.today()).year


class Entry:
    """How an option is entered: a widget in the window, a flag's type on the command line."""

    CHOICE = "choice"  # one of the option's ``choices``
    FLAG = "flag"  # on or off
    YEAR = "year"  # a year from FIRST_YEAR to LAST_YEAR
    ASSESSMENT = "assessment"  # an assessment's id
    EARLIER_ASSESSMENT = "earlier-assessment"  # an assessment older than the chosen one
    ACTIONS = "actions"  # actions of the plan by id: "3,7,12" (a checkable list in the window)
    FILE = "file"  # a file's path (a field with a Browse button in the window)


@dataclass(frozen=True)
class ReportOption:
    name: str
    entry: str  # one of ``Entry``
    label: str  # in the window, with its accelerator
    accessible_name: str
    help: str | None = None  # on the command line
    choices: tuple[tuple[str, str], ...] = ()  # (value, label in the window)
    tooltip: str = ""
    metavar: str | None = None

    @property
    def flag(self) -> str:
        return "--" + self.name.replace("_", "-")

    @property
    def default(self) -> object:
        return getattr(ReportChoices(), self.name)


PAGE_SIZE = "page_size"
OPTIONS: dict[str, ReportOption] = {
    option.name: option
    for option in (
        ReportOption(
            PAGE_SIZE,
            Entry.CHOICE,
            QT_TRANSLATE_NOOP("ReportKinds", "Page si&ze:"),
            QT_TRANSLATE_NOOP("ReportKinds", "Page size"),
            choices=(
                ("A4", QT_TRANSLATE_NOOP("ReportKinds", "A4")),
                ("Letter", QT_TRANSLATE_NOOP("ReportKinds", "US Letter")),
            ),
        ),
        ReportOption(
            "assessment",
            Entry.ASSESSMENT,
            QT_TRANSLATE_NOOP("ReportKinds", "&Assessment:"),
            QT_TRANSLATE_NOOP("ReportKinds", "Assessment"),
            help="which assessment (default: the newest)",
            metavar="ID",
        ),
        ReportOption(
            "compare_with",
            Entry.EARLIER_ASSESSMENT,
            QT_TRANSLATE_NOOP("ReportKinds", "&Compare with:"),
            QT_TRANSLATE_NOOP("ReportKinds", "Compare with"),
            help="an earlier assessment to compare with",
            metavar="ID",
        ),
        ReportOption(
            "year",
            Entry.YEAR,
            QT_TRANSLATE_NOOP("ReportKinds", "&Year:"),
            QT_TRANSLATE_NOOP("ReportKinds", "Year"),
            help="the year (annual report; region report: default the newest in the file)",
            metavar="YYYY",
        ),
        ReportOption(
            "group_by",
            Entry.CHOICE,
            QT_TRANSLATE_NOOP("ReportKinds", "Group &actions by:"),
            QT_TRANSLATE_NOOP("ReportKinds", "Group actions by"),
            help="how the action plan report groups actions",
            choices=(
                ("phase", QT_TRANSLATE_NOOP("ReportKinds", "Phase")),
                ("dimension", QT_TRANSLATE_NOOP("ReportKinds", "Dimension")),
            ),
        ),
        ReportOption(
            "facilitator",
            Entry.FLAG,
            QT_TRANSLATE_NOOP("ReportKinds", "Fac&ilitator version"),
            QT_TRANSLATE_NOOP("ReportKinds", "Facilitator version"),
            help="worksheet with challenges and a practice per dimension",
            tooltip=QT_TRANSLATE_NOOP(
                "ReportKinds", "Adds the challenges and a good practice for each dimension."
            ),
        ),
        ReportOption(
            "no_next_steps",
            Entry.FLAG,
            QT_TRANSLATE_NOOP("ReportKinds", "Leave out the &next steps for the gaps"),
            QT_TRANSLATE_NOOP("ReportKinds", "Leave out the next steps for the gaps"),
            help="self-assessment report without the suggested next steps for each gap",
            tooltip=QT_TRANSLATE_NOOP(
                "ReportKinds",
                "The practices, quick wins and city examples suggested for each gap are not "
                "printed.",
            ),
        ),
        ReportOption(
            "actions",
            Entry.ACTIONS,
            QT_TRANSLATE_NOOP("ReportKinds", "Ac&tions:"),
            QT_TRANSLATE_NOOP("ReportKinds", "Actions of the proposal"),
            help="the council proposal's actions by id, e.g. 3,7,12 (default: every action "
            "not done or dropped)",
            metavar="ID,ID",
        ),
        ReportOption(
            "region",
            Entry.FILE,
            QT_TRANSLATE_NOOP("ReportKinds", "Regi&on file:"),
            QT_TRANSLATE_NOOP("ReportKinds", "Region file"),
            help="the region file of the region report (made with toolbox-desktop region merge)",
            metavar="FILE",
        ),
    )
}


def action_ids(text: str) -> tuple[int, ...]:
    """``--actions 3,7,12`` as ids; ``ValueError`` for anything but whole numbers."""
    ids = tuple(int(part) for part in text.replace(" ", "").split(",") if part)
    if not ids:
        raise ValueError(text)
    return ids


def _check_options() -> None:
    """Every option is a field of ReportChoices and every field but ``texts`` an option."""
    names = {field.name for field in fields(ReportChoices)} - {"texts"}
    if names != set(OPTIONS):
        raise RuntimeError(f"report options and ReportChoices differ: {names ^ set(OPTIONS)}")


_check_options()

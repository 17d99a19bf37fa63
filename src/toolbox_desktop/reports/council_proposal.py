"""The council proposal (German *Beschlussvorlage*, Dutch *raadsvoorstel*) for chosen actions.

Councils expect their own structure: the headings are the English words below, whose German
and Dutch translations are the conventional headings (Betreff, Beschlussvorschlag,
Sachverhalt/Begründung, Finanzielle Auswirkungen, Zeitplan, Anlagen; Onderwerp,
Voorstel/Beslispunten, Inleiding, Beoogd effect, Argumenten, Financiën, Uitvoering/Planning,
Bijlagen). A Dutch raadsvoorstel splits the background in three, so its sections are its own
(``STRUCTURES``); every other language takes the English/German order.

It says only what the data says: the town, today's date, the newest assessment's scores, the
benchmarks the actions are linked to (level, target, priority), each action's owner, dates,
budget and funding source. The reasons for the proposal are the officers' to write: a marked
empty space (``ToWrite``).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from toolbox_desktop.core import formatting
from toolbox_desktop.core.assessment import Assessment, Profile, Rating
from toolbox_desktop.core.content import Content
from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP
from toolbox_desktop.core.plan import Action
from toolbox_desktop.core.scoring import compute_scores
from toolbox_desktop.reports.assessment_format import Formats
from toolbox_desktop.reports.council_blocks import (
    CouncilDocument,
    Heading,
    Numbered,
    Table,
    Text,
    ToWrite,
)
from toolbox_desktop.reports.document import ReportOptions
from toolbox_desktop.reports.plan_format import PlanWords

CTX = "CouncilProposal"
TITLE = QT_TRANSLATE_NOOP("CouncilProposal", "Council proposal")
DATE_LINE = QT_TRANSLATE_NOOP("CouncilProposal", "{town}, {date}")
# The headings: their German and Dutch translations are the councils' own.
SUBJECT = QT_TRANSLATE_NOOP("CouncilProposal", "Subject")
RECOMMENDATION = QT_TRANSLATE_NOOP("CouncilProposal", "Recommendation")
BACKGROUND = QT_TRANSLATE_NOOP("CouncilProposal", "Background")
EFFECT = QT_TRANSLATE_NOOP("CouncilProposal", "Intended effect")
ARGUMENTS = QT_TRANSLATE_NOOP("CouncilProposal", "Arguments")
FINANCES = QT_TRANSLATE_NOOP("CouncilProposal", "Financial implications")
TIMETABLE = QT_TRANSLATE_NOOP("CouncilProposal", "Timetable")
APPENDICES = QT_TRANSLATE_NOOP("CouncilProposal", "Appendices")
# The sections in the order each council expects them (by language).
STRUCTURES = {
    "nl": (SUBJECT, RECOMMENDATION, BACKGROUND, EFFECT, ARGUMENTS, FINANCES, TIMETABLE, APPENDICES),
}
USUAL = (SUBJECT, RECOMMENDATION, BACKGROUND, FINANCES, TIMETABLE, APPENDICES)

SUBJECT_TEXT = QT_TRANSLATE_NOOP(
    "CouncilProposal", "Local integration plan of {town}: actions for decision"
)
SUBJECT_NO_TOWN = QT_TRANSLATE_NOOP(
    "CouncilProposal", "Local integration plan: actions for decision"
)
DECIDES = QT_TRANSLATE_NOOP(
    "CouncilProposal", "The council decides to carry out the following actions:"
)
ITEM = QT_TRANSLATE_NOOP("CouncilProposal", "{title} (responsible: {owner}; timing: {timing})")
NO_OWNER = QT_TRANSLATE_NOOP("CouncilProposal", "not named")
# "approves ... financed as set out": the total includes grants (AMIF, the state) the council
# does not provide itself; the funding sources are listed under the finances heading.
BUDGET_DECISION = QT_TRANSLATE_NOOP(
    "CouncilProposal",
    "The council approves the budget of {total} for these actions, financed as set out under "
    "“{heading}”.",
)
ASSESSED = QT_TRANSLATE_NOOP(
    "CouncilProposal",
    "The self-assessment “{title}” of {date} gives the town an overall score of {score}.",
)
NO_ASSESSMENT = QT_TRANSLATE_NOOP("CouncilProposal", "The town has not made a self-assessment yet.")
DIMENSION_COLUMN = QT_TRANSLATE_NOOP("CouncilProposal", "Dimension")
SCORE_COLUMN = QT_TRANSLATE_NOOP("CouncilProposal", "Score")
GAPS = QT_TRANSLATE_NOOP("CouncilProposal", "The actions work on these benchmarks:")
NO_GAPS = QT_TRANSLATE_NOOP("CouncilProposal", "The actions are not linked to any benchmark.")
BENCHMARK_COLUMN = QT_TRANSLATE_NOOP("CouncilProposal", "Benchmark")
LEVEL_COLUMN = QT_TRANSLATE_NOOP("CouncilProposal", "Current level")
TARGET_COLUMN = QT_TRANSLATE_NOOP("CouncilProposal", "Target")
PRIORITY_COLUMN = QT_TRANSLATE_NOOP("CouncilProposal", "Priority")
REASONS = QT_TRANSLATE_NOOP(
    "CouncilProposal", "Reasons for the proposal: to be written by the administration."
)
ACTION_COLUMN = QT_TRANSLATE_NOOP("CouncilProposal", "Action")
FUNDING_COLUMN = QT_TRANSLATE_NOOP("CouncilProposal", "Funding source")
BUDGET_LINE_COLUMN = QT_TRANSLATE_NOOP("CouncilProposal", "Budget line")
BUDGET_COLUMN = QT_TRANSLATE_NOOP("CouncilProposal", "Budget")
TOTAL = QT_TRANSLATE_NOOP("CouncilProposal", "Total")
NO_BUDGET = QT_TRANSLATE_NOOP("CouncilProposal", "No budget is given for these actions.")
NONE_GIVEN = QT_TRANSLATE_NOOP("CouncilProposal", "none given")
BY_FUNDING = QT_TRANSLATE_NOOP("CouncilProposal", "By funding source:")
START_COLUMN = QT_TRANSLATE_NOOP("CouncilProposal", "Start")
END_COLUMN = QT_TRANSLATE_NOOP("CouncilProposal", "End")
PHASE_COLUMN = QT_TRANSLATE_NOOP("CouncilProposal", "Phase")
ASSESSMENT_REPORT = QT_TRANSLATE_NOOP(
    "CouncilProposal", "Self-assessment report “{title}” of {date}"
)
PLAN_REPORT = QT_TRANSLATE_NOOP("CouncilProposal", "Action plan")
NO_TARGET = "–"


def proposal_document(
    content: Content,
    profile: Profile | None,
    actions: list[Action],
    assessment: Assessment | None,
    ratings: dict[str, Rating],
    options: ReportOptions,
    today: date,
) -> CouncilDocument:
    """The proposal for ``actions`` (in the order given), in ``options``' language."""

    def tr(text: str) -> str:
        return options.translate(CTX, text)

    words = PlanWords(content, options.translate, options.language, today)
    formats = Formats(options)
    town = profile.name.strip() if profile else ""
    title = tr(TITLE)
    day = formatting.format_date(today, options.language)
    cover = (tr(DATE_LINE).format(town=town, date=day) if town else day,)
    document = CouncilDocument(title, (town, title), cover=cover)
    dutch = options.language[:2] == "nl"  # Inleiding, Beoogd effect, Argumenten apart
    reasons = ToWrite(tr(REASONS))
    sections = {
        SUBJECT: lambda: [
            Text(tr(SUBJECT_TEXT).format(town=town) if town else tr(SUBJECT_NO_TOWN), bold=True)
        ],
        RECOMMENDATION: lambda: _recommendation(actions, words, tr),
        BACKGROUND: lambda: (
            _situation(content, assessment, ratings, formats, tr)
            + ([] if dutch else [*_gaps(content, actions, ratings, formats, words, tr), reasons])
        ),
        EFFECT: lambda: _gaps(content, actions, ratings, formats, words, tr),
        ARGUMENTS: lambda: [reasons],
        FINANCES: lambda: _finances(actions, words, tr),
        TIMETABLE: lambda: _timetable(actions, words, tr),
        APPENDICES: lambda: _appendices(assessment, options.language, tr),
    }
    for heading in STRUCTURES.get(options.language[:2], USUAL):
        document.add(Heading(tr(heading)), *sections[heading]())
    return document


def _owner(action: Action, tr) -> str:
    names = [part.strip() for part in (action.responsible_role, action.responsible_person)]
    return ", ".join(part for part in names if part) or tr(NO_OWNER)


def _totals(actions: list[Action]) -> dict[str, int]:
    """The budgets added up, per currency (an amount is never added to another currency's)."""
    totals: dict[str, int] = defaultdict(int)
    for action in actions:
        if action.budget_cents is not None:
            totals[action.currency] += action.budget_cents
    return dict(totals)


def _total_text(actions: list[Action], words: PlanWords) -> str:
    return " + ".join(words.money(cents, currency) for currency, cents in _totals(actions).items())


def _recommendation(actions: list[Action], words: PlanWords, tr) -> list:
    items = tuple(
        tr(ITEM).format(title=action.title, owner=_owner(action, tr), timing=words.dates(action))
        for action in actions
    )
    blocks: list = [Text(tr(DECIDES)), Numbered(items)]
    if _totals(actions):
        total = _total_text(actions, words)
        blocks.append(Text(tr(BUDGET_DECISION).format(total=total, heading=tr(FINANCES))))
    return blocks


def _situation(content, assessment, ratings, formats: Formats, tr) -> list:
    if assessment is None:
        return [Text(tr(NO_ASSESSMENT))]
    scores = compute_scores(content, ratings)
    assessed_on = formatting.format_iso_date(assessment.assessed_on, formats.options.language)
    rows = tuple(
        (
            formats.dimension(content, dimension.code),
            formats.score(scores.dimensions[dimension.code]),
        )
        for dimension in content.dimensions
        if dimension.code in scores.dimensions
    )
    return [
        Text(
            tr(ASSESSED).format(
                title=assessment.title, date=assessed_on, score=formats.score(scores.overall)
            )
        ),
        Table((tr(DIMENSION_COLUMN), tr(SCORE_COLUMN)), rows, (0.75, 0.25), right=(1,)),
    ]


def _gaps(content, actions: list[Action], ratings, formats: Formats, words: PlanWords, tr):
    """The benchmarks the actions are linked to, each once, in the toolbox's order."""
    numbers = content.benchmark_numbers
    codes = {code for action in actions for code in action.benchmarks}
    if not codes:
        return [Text(tr(NO_GAPS))]
    ordered = sorted(
        codes, key=lambda code: (code not in numbers, _sortable(numbers.get(code, code)))
    )
    rows = []
    for code in ordered:
        rating = ratings.get(code)
        target = rating.target if rating is not None else None
        rows.append(
            (
                words.benchmark(code),
                formats.rating(rating),
                formats.level(target) if target is not None else NO_TARGET,
                formats.priority(rating.priority) if rating is not None else NO_TARGET,
            )
        )
    header = (tr(BENCHMARK_COLUMN), tr(LEVEL_COLUMN), tr(TARGET_COLUMN), tr(PRIORITY_COLUMN))
    return [Text(tr(GAPS)), Table(header, tuple(rows), (0.43, 0.21, 0.21, 0.15))]


def _sortable(number: str) -> tuple:
    return tuple(int(part) if part.isdigit() else 0 for part in number.split("."))


def _finances(actions: list[Action], words: PlanWords, tr) -> list:
    totals = _totals(actions)
    if not totals:
        return [Text(tr(NO_BUDGET))]
    rows = [
        (
            action.title,
            words.funding(action.funding_source),
            action.budget_line,
            words.money(action.budget_cents, action.currency)
            if action.budget_cents is not None
            else tr(NONE_GIVEN),
        )
        for action in actions
    ]
    rows += [
        (tr(TOTAL), "", "", words.money(cents, currency)) for currency, cents in totals.items()
    ]
    header = (tr(ACTION_COLUMN), tr(FUNDING_COLUMN), tr(BUDGET_LINE_COLUMN), tr(BUDGET_COLUMN))
    by_source: dict[tuple[str, str], int] = defaultdict(int)
    for action in actions:
        if action.budget_cents is not None:
            by_source[(action.funding_source, action.currency)] += action.budget_cents
    source_rows = tuple(
        (words.funding(source), words.money(cents, currency))
        for (source, currency), cents in sorted(by_source.items())
    )
    return [
        Table(header, tuple(rows), (0.32, 0.25, 0.24, 0.19), right=(3,), totals=len(totals)),
        Text(tr(BY_FUNDING)),
        Table((tr(FUNDING_COLUMN), tr(BUDGET_COLUMN)), source_rows, (0.7, 0.3), right=(1,)),
    ]


def _timetable(actions: list[Action], words: PlanWords, tr) -> list:
    rows = tuple(
        (action.title, words.day(action.start), words.day(action.end), words.phase(action.phase))
        for action in actions
    )
    header = (tr(ACTION_COLUMN), tr(START_COLUMN), tr(END_COLUMN), tr(PHASE_COLUMN))
    return [Table(header, rows, (0.4, 0.15, 0.15, 0.3))]


def _appendices(assessment: Assessment | None, language: str, tr) -> list:
    items = [tr(PLAN_REPORT)]
    if assessment is not None:
        assessed_on = formatting.format_iso_date(assessment.assessed_on, language)
        items.insert(0, tr(ASSESSMENT_REPORT).format(title=assessment.title, date=assessed_on))
    return [Numbered(tuple(items), numbered=False)]

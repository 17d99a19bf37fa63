"""The action plan: actions that close the gaps, with owners, money, dates and indicators.

Rules kept here (no Qt) so that the screens, the exports and the reports agree: which phase a
period falls in, when an action is overdue, what totals a budget adds up to, and which values
are refused.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date

from toolbox_desktop.core import limits
from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP
from toolbox_desktop.core.plan_choices import FUNDING_SOURCES, PARTNER_KINDS

SHORT, MEDIUM, LONG = "short", "medium", "long"
PHASES = (SHORT, MEDIUM, LONG)
PHASE_NAMES = {
    SHORT: QT_TRANSLATE_NOOP("Plan", "Short term (0-12 months)"),
    MEDIUM: QT_TRANSLATE_NOOP("Plan", "Medium term (1-3 years)"),
    LONG: QT_TRANSLATE_NOOP("Plan", "Long term (over 3 years)"),
}

IDEA, PLANNED, IN_PROGRESS, DONE, DROPPED = "idea", "planned", "in-progress", "done", "dropped"
STATUSES = (IDEA, PLANNED, IN_PROGRESS, DONE, DROPPED)
STATUS_NAMES = {
    IDEA: QT_TRANSLATE_NOOP("Plan", "Idea"),
    PLANNED: QT_TRANSLATE_NOOP("Plan", "Planned"),
    IN_PROGRESS: QT_TRANSLATE_NOOP("Plan", "In progress"),
    DONE: QT_TRANSLATE_NOOP("Plan", "Done"),
    DROPPED: QT_TRANSLATE_NOOP("Plan", "Dropped"),
}
CLOSED_STATUSES = (DONE, DROPPED)

DEFAULT_CURRENCY = "EUR"
MAX_AMOUNT_CENTS = 100_000_000_000_00  # one hundred billion: anything above is a typing slip
EARLIEST_YEAR, LATEST_YEAR = 1990, 2100

MSG_END_BEFORE_START = QT_TRANSLATE_NOOP("Plan", "The end date is before the start date.")
MSG_YEAR_RANGE = QT_TRANSLATE_NOOP(
    "Plan", "The year {year} looks like a typing slip: use a year between {earliest} and {latest}."
)
MSG_NEGATIVE_AMOUNT = QT_TRANSLATE_NOOP("Plan", "An amount of money cannot be negative.")
MSG_ABSURD_AMOUNT = QT_TRANSLATE_NOOP(
    "Plan", "The amount is implausibly large; check the number of digits."
)
MSG_PROGRESS_RANGE = QT_TRANSLATE_NOOP("Plan", "Progress must be between 0 and 100 %.")
MSG_EMPTY_TITLE = QT_TRANSLATE_NOOP("Plan", "An action needs a title.")
MSG_EMPTY_INDICATOR_NAME = QT_TRANSLATE_NOOP("Plan", "An indicator needs a name.")
MSG_UNKNOWN_VALUE = QT_TRANSLATE_NOOP("Plan", "'{value}' is not a known {field}.")


@dataclass(frozen=True)
class Milestone:
    """``uid`` names the milestone for good (its calendar event keeps it when others are
    removed or reordered); "" is a milestone not stored yet. It takes no part in comparing
    milestones: a screen that gives a milestone back without its uid has not changed it."""

    title: str
    due: date | None = None
    done: bool = False
    uid: str = field(default="", compare=False)


@dataclass(frozen=True)
class Action:
    """One action of the plan. Money is kept in cents, so totals add up exactly."""

    id: int | None = None
    title: str = ""
    description: str = ""
    benchmarks: tuple[str, ...] = ()
    dimension: str = ""
    responsible_role: str = ""
    responsible_person: str = ""
    partners: tuple[str, ...] = ()  # kinds from PARTNER_KINDS
    partner_names: str = ""  # who exactly, free text
    start: date | None = None
    end: date | None = None
    phase: str = SHORT
    status: str = IDEA
    priority: int = 2
    progress: int = 0
    budget_cents: int | None = None
    spent_cents: int | None = None
    currency: str = DEFAULT_CURRENCY
    budget_line: str = ""
    funding_source: str = ""
    milestones: tuple[Milestone, ...] = field(default_factory=tuple)
    # The guide's quick win this action was made from (its code; "" for any other action).
    # Kept when a content update removes the quick win: the action is the town's own.
    guide_item: str = ""

    def with_changes(self, **changes) -> Action:
        return replace(self, **changes)


@dataclass(frozen=True)
class Problem:
    """A value the user must correct: which field, and a translatable message (``template``
    in the translation ``context``)."""

    field: str
    template: str
    params: dict = field(default_factory=dict, compare=False, hash=False)
    context: str = field(default="Plan", compare=False)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


def check_action(action: Action) -> list[Problem]:
    """Every reason ``action`` cannot be stored as it is (empty when it can)."""
    problems: list[Problem] = []
    if not action.title.strip():
        problems.append(Problem("title", MSG_EMPTY_TITLE))
    for name in ("start", "end"):
        day = getattr(action, name)
        if day is not None and not EARLIEST_YEAR <= day.year <= LATEST_YEAR:
            problems.append(
                Problem(
                    name,
                    MSG_YEAR_RANGE,
                    {"year": day.year, "earliest": EARLIEST_YEAR, "latest": LATEST_YEAR},
                )
            )
    if action.start and action.end and action.end < action.start:
        problems.append(Problem("end", MSG_END_BEFORE_START))
    for name in ("budget_cents", "spent_cents"):
        amount = getattr(action, name)
        if amount is not None and amount < 0:
            problems.append(Problem(name, MSG_NEGATIVE_AMOUNT))
        elif amount is not None and amount > MAX_AMOUNT_CENTS:
            problems.append(Problem(name, MSG_ABSURD_AMOUNT))
    if not 0 <= action.progress <= 100:
        problems.append(Problem("progress", MSG_PROGRESS_RANGE))
    choices = {
        "phase": PHASES,
        "status": STATUSES,
        "priority": (1, 2, 3),
    }
    for name, allowed in choices.items():
        if getattr(action, name) not in allowed:
            problems.append(
                Problem(name, MSG_UNKNOWN_VALUE, {"value": getattr(action, name), "field": name})
            )
    if action.funding_source and action.funding_source not in FUNDING_SOURCES:
        problems.append(
            Problem(
                "funding_source",
                MSG_UNKNOWN_VALUE,
                {"value": action.funding_source, "field": "funding source"},
            )
        )
    for partner in action.partners:
        if partner not in PARTNER_KINDS:
            problems.append(
                Problem("partners", MSG_UNKNOWN_VALUE, {"value": partner, "field": "partner"})
            )
    for milestone in action.milestones:
        if milestone.due is not None and not EARLIEST_YEAR <= milestone.due.year <= LATEST_YEAR:
            problems.append(
                Problem(
                    "milestones",
                    MSG_YEAR_RANGE,
                    {"year": milestone.due.year, "earliest": EARLIEST_YEAR, "latest": LATEST_YEAR},
                )
            )
    return problems + _limit_problems(action)


def _over_limit(name: str, excess: limits.Excess) -> Problem:
    message = excess.message()
    return Problem(name, message.template, message.params, limits.CTX)


def _limit_problems(action: Action) -> list[Problem]:
    """Texts longer, and lists longer, than ``core.limits`` allows."""
    problems = [_over_limit(e.field, e) for e in limits.excesses(action, limits.ACTION)]
    for name, most in (
        ("benchmarks", limits.BENCHMARKS_PER_ACTION),
        ("milestones", limits.MILESTONES_PER_ACTION),
    ):
        excess = limits.count_excess(name, getattr(action, name), most)
        if excess is not None:
            problems.append(_over_limit(name, excess))
    for milestone in action.milestones:
        for excess in limits.excesses(milestone, limits.MILESTONE):
            titled = limits.Excess("milestone", excess.size, excess.limit)
            problems.append(_over_limit("milestones", titled))
    return problems


def months_between(first: date, second: date) -> int:
    """Whole months from ``first`` to ``second`` (negative when ``second`` is earlier)."""
    months = (second.year - first.year) * 12 + second.month - first.month
    return months - 1 if second.day < first.day else months


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (the month's last day where it is shorter)."""
    import calendar

    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def phase_for(end: date | None, today: date) -> str:
    """The phase an action ending on ``end`` belongs to, seen from ``today``: short term
    when it ends within 12 months, medium term within 3 years, long term beyond."""
    if end is None or end <= add_months(today, 12):
        return SHORT
    return MEDIUM if end <= add_months(today, 36) else LONG


def is_overdue(action: Action, today: date) -> bool:
    """Past its end date and neither done nor dropped."""
    return action.end is not None and action.end < today and action.status not in CLOSED_STATUSES


def overdue_milestones(action: Action, today: date) -> list[Milestone]:
    if action.status in CLOSED_STATUSES:
        return []
    return [m for m in action.milestones if m.due and m.due < today and not m.done]


def missing_benchmarks(action: Action, known_codes: set[str]) -> list[str]:
    """Linked benchmarks that a content update removed (the link is kept, and shown as such)."""
    return [code for code in action.benchmarks if code not in known_codes]


@dataclass(frozen=True)
class BudgetTotal:
    planned_cents: int = 0
    spent_cents: int = 0
    actions: int = 0

    def add(self, action: Action) -> BudgetTotal:
        return BudgetTotal(
            self.planned_cents + (action.budget_cents or 0),
            self.spent_cents + (action.spent_cents or 0),
            self.actions + 1,
        )


@dataclass(frozen=True)
class BudgetOverview:
    """Totals per currency, then by dimension, year, funding source and status.

    Amounts in different currencies are never added together. The year of an action is the
    year it starts (or ends, when it has no start); actions without dates count under "".
    Dropped actions are listed by status but left out of the other totals.
    """

    currencies: dict[str, BudgetTotal]
    by_dimension: dict[tuple[str, str], BudgetTotal]
    by_year: dict[tuple[str, str], BudgetTotal]
    by_funding: dict[tuple[str, str], BudgetTotal]
    by_status: dict[tuple[str, str], BudgetTotal]


def budget_overview(actions: list[Action]) -> BudgetOverview:
    groups: dict[str, dict] = {
        name: defaultdict(BudgetTotal)
        for name in ("currencies", "dimension", "year", "funding", "status")
    }
    for action in actions:
        currency = action.currency or DEFAULT_CURRENCY
        groups["status"][(currency, action.status)] = groups["status"][
            (currency, action.status)
        ].add(action)
        if action.status == DROPPED:
            continue
        day = action.start or action.end
        keys = {
            "currencies": currency,
            "dimension": (currency, action.dimension),
            "year": (currency, str(day.year) if day else ""),
            "funding": (currency, action.funding_source),
        }
        for name, key in keys.items():
            groups[name][key] = groups[name][key].add(action)
    return BudgetOverview(
        dict(groups["currencies"]),
        dict(groups["dimension"]),
        dict(groups["year"]),
        dict(groups["funding"]),
        dict(groups["status"]),
    )


@dataclass(frozen=True)
class Measurement:
    measured_on: date
    value: float
    note: str = ""


@dataclass(frozen=True)
class Indicator:
    """How success is measured: for an action, or for a benchmark."""

    id: int | None = None
    name: str = ""
    unit: str = ""
    baseline: float | None = None
    target: float | None = None
    action_id: int | None = None
    benchmark: str = ""
    measurements: tuple[Measurement, ...] = ()

    def latest(self) -> Measurement | None:
        return max(self.measurements, key=lambda m: m.measured_on, default=None)

    def progress_to_target(self) -> float | None:
        """How far the latest value has come from the baseline towards the target, in %."""
        latest = self.latest()
        if latest is None or self.baseline is None or self.target is None:
            return None
        if self.target == self.baseline:
            return 100.0 if latest.value == self.target else None
        return 100.0 * (latest.value - self.baseline) / (self.target - self.baseline)


def check_indicator(indicator: Indicator) -> list[Problem]:
    """Every reason ``indicator`` cannot be stored as it is (empty when it can)."""
    problems = []
    if not indicator.name.strip():
        problems.append(Problem("name", MSG_EMPTY_INDICATOR_NAME))
    problems += [_over_limit(e.field, e) for e in limits.excesses(indicator, limits.INDICATOR)]
    excess = limits.count_excess(
        "measurements", indicator.measurements, limits.MEASUREMENTS_PER_INDICATOR
    )
    if excess is not None:
        problems.append(_over_limit("measurements", excess))
    for measurement in indicator.measurements:
        for excess in limits.excesses(measurement, limits.MEASUREMENT):
            problems.append(_over_limit("measurements", excess))
    return problems


@dataclass(frozen=True)
class YearInReview:
    """What the annual report tells about one year."""

    year: int
    completed: list[Action]
    in_progress: list[Action]
    dropped: list[Action]

    @property
    def active(self) -> list[Action]:
        return self.completed + self.in_progress


def overlaps_year(action: Action, year: int) -> bool:
    start, end = action.start or action.end, action.end or action.start
    if start is None:
        return False
    return start <= date(year, 12, 31) and end >= date(year, 1, 1)


def year_in_review(actions: list[Action], year: int) -> YearInReview:
    """Completed: done, ending in the year. In progress: under way (or planned) during the
    year and not finished. Dropped: dropped while planned for the year."""
    completed, in_progress, dropped = [], [], []
    for action in actions:
        if action.status == DONE:
            end = action.end or action.start
            if end is not None and end.year == year:
                completed.append(action)
        elif action.status in (IN_PROGRESS, PLANNED) and overlaps_year(action, year):
            in_progress.append(action)
        elif action.status == DROPPED and overlaps_year(action, year):
            dropped.append(action)
    return YearInReview(year, completed, in_progress, dropped)

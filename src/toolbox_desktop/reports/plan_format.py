"""The action plan's words, numbers and groups as the printed report shows them.

Every section of the plan report (lists, details, Gantt chart, budget) names statuses, phases,
dimensions and amounts the same way, so the wording lives here, in one ``PlanWords`` object
built from the report's options. Numbers, money and dates come from ``core.formatting`` (the
one module for them, CLDR data for the report's language): money from whole cents, exactly,
since a float on the way would turn 0.10 + 0.20 into 0.30000000000000004. Nothing here
imports Qt: reports are also built from the command line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from toolbox_desktop.core import formatting
from toolbox_desktop.core.content import Benchmark, Content
from toolbox_desktop.core.formatting import rounded
from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP
from toolbox_desktop.core.plan import (
    FUNDING_SOURCES,
    PARTNER_KINDS,
    PHASE_NAMES,
    PHASES,
    STATUS_NAMES,
    Action,
    is_overdue,
)

CTX = "PlanReport"
PHASE, DIMENSION = "phase", "dimension"
GROUPINGS = (PHASE, DIMENSION)
NO_END = QT_TRANSLATE_NOOP("PlanReport", "Without an end date")
NO_DIMENSION = QT_TRANSLATE_NOOP("PlanReport", "No dimension")
NO_FUNDING = QT_TRANSLATE_NOOP("PlanReport", "No funding source given")
GONE = QT_TRANSLATE_NOOP("PlanReport", "{code} (no longer in the toolbox)")
DIMENSION_LABEL = QT_TRANSLATE_NOOP("PlanReport", "{number}. {title}")
SPAN = QT_TRANSLATE_NOOP("PlanReport", "{start} – {end}")
SPAN_CELL = QT_TRANSLATE_NOOP("PlanReport", "{start} –\n{end}")
FROM = QT_TRANSLATE_NOOP("PlanReport", "from {start}")
UNTIL = QT_TRANSLATE_NOOP("PlanReport", "until {end}")
NO_DATES = QT_TRANSLATE_NOOP("PlanReport", "no dates")
PERCENT = QT_TRANSLATE_NOOP("PlanReport", "{value} %")

_LATEST = date.max
_NO_END = "\x00no-end"  # group key of actions without an end date (no phase can be that)


@dataclass
class PlanWords:
    """Translated names and formatted values for one report (one language, one day).

    Dates, amounts and percentages are formatted once per value: the same days, budgets and
    progress come back in the overview, the chart and the details, and each formatting goes
    through CLDR's patterns (some hundredths of a second in a plan of 200 actions)."""

    content: Content
    translate: Callable[[str, str], str]
    language: str
    today: date
    _formatted: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def _once(self, key: tuple, make: Callable[[], str]) -> str:
        found = self._formatted.get(key)
        if found is None:
            found = self._formatted[key] = make()
        return found

    def tr(self, template: str) -> str:
        return self.translate(CTX, template)

    def status(self, status: str) -> str:
        return self.translate("Plan", STATUS_NAMES[status]) if status in STATUS_NAMES else status

    def phase(self, phase: str) -> str:
        return self.translate("Plan", PHASE_NAMES[phase]) if phase in PHASE_NAMES else phase

    def partner(self, kind: str) -> str:
        return self.translate("Plan", PARTNER_KINDS[kind]) if kind in PARTNER_KINDS else kind

    def funding(self, source: str) -> str:
        if not source:
            return self.tr(NO_FUNDING)
        return (
            self.translate("Plan", FUNDING_SOURCES[source]) if source in FUNDING_SOURCES else source
        )

    def dimension(self, code: str) -> str:
        if not code:
            return self.tr(NO_DIMENSION)
        found = self.content.dimension(code)
        if found is None:
            return self.tr(GONE).format(code=code)
        return self.tr(DIMENSION_LABEL).format(number=found.number, title=found.title)

    def benchmark(self, code: str) -> str:
        """ "1.1.2 title" (numbered as on screen), or the code marked as removed when a
        content update dropped it."""
        found = self.content.item(code)
        if not isinstance(found, Benchmark):
            return self.tr(GONE).format(code=code)
        return f"{self.content.benchmark_number(code)} {found.title}"

    def day(self, day: date | None) -> str:
        """The app's one date format for the report's language ("31.12.2026")."""
        return self._once(("day", day), lambda: formatting.format_date(day, self.language))

    def dates(self, action: Action, cell: bool = False) -> str:
        """ "start – end"; in a narrow table ``cell`` the end goes on a second line."""
        start, end = self.day(action.start), self.day(action.end)
        if start and end:
            return self.tr(SPAN_CELL if cell else SPAN).format(start=start, end=end)
        if start:
            return self.tr(FROM).format(start=start)
        if end:
            return self.tr(UNTIL).format(end=end)
        return self.tr(NO_DATES)

    def amount(self, cents: int) -> str:
        return formatting.format_amount(cents, self.language)

    def money(self, cents: int | None, currency: str) -> str:
        """Exact amount in the language's currency format ("€12,500.50"), "" when none."""
        return self._once(
            ("money", cents, currency),
            lambda: formatting.format_money(cents, currency, self.language),
        )

    def number(self, value: float | None) -> str:
        """Indicator values: no exponent, no trailing zeros, at most four decimals."""
        if value is None:
            return ""
        return self._once(  # repr: -0.0 equals 0.0 but is written "-0"
            ("number", type(value), repr(value)),
            lambda: formatting.format_number(value, self.language),
        )

    def percent(self, value: float) -> str:
        """Whole percentages rounded half up (62.5 -> "63 %"), as on screen."""
        return self._once(
            ("percent", type(value), value),
            lambda: self.tr(PERCENT).format(
                value=formatting.format_number(rounded(value), self.language)
            ),
        )

    def overdue(self, action: Action) -> bool:
        return is_overdue(action, self.today)


def sort_key(action: Action):
    """Earliest first; actions without dates last, in the order they were created."""
    first = action.start or action.end or _LATEST
    return (first, action.end or _LATEST, action.id if action.id is not None else 0)


def group_actions(
    actions: list[Action], words: PlanWords, by: str = PHASE
) -> list[tuple[str, list[Action]]]:
    """(heading, actions) in print order, empty groups left out.

    By phase: short, medium and long term, then any phase the toolbox no longer knows, then
    every action without an end date (its phase cannot be checked against a date). By
    dimension: the toolbox's order, then dimensions no longer in the content, then none.
    """
    if by not in GROUPINGS:
        raise ValueError(f"group_by must be one of {GROUPINGS}, not {by!r}")
    keyed: dict[str, list[Action]] = {}
    for action in sorted(actions, key=sort_key):
        phase = action.phase if action.end else _NO_END
        keyed.setdefault(phase if by == PHASE else action.dimension, []).append(action)
    if by == PHASE:
        order = [*PHASES, *sorted(k for k in keyed if k not in (*PHASES, _NO_END)), _NO_END]
        name = {key: words.phase(key) for key in order}
        name[_NO_END] = words.tr(NO_END)
    else:
        known = [d.code for d in words.content.dimensions]
        order = [*known, *sorted(k for k in keyed if k and k not in known), ""]
        name = {key: words.dimension(key) for key in order}
    return [(name[key], keyed[key]) for key in order if key in keyed]

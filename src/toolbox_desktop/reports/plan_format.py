"""The action plan's words, numbers and groups as the printed report shows them.

Every section of the plan report (lists, details, Gantt chart, budget) names statuses, phases,
dimensions and amounts the same way, so the wording lives here, in one ``PlanWords`` object
built from the report's options. Money is formatted from whole cents with integer arithmetic
only: a float on the way would turn 0.10 + 0.20 into 0.30000000000000004 and large totals
into rounded ones. Nothing here imports Qt: reports are also built from the command line.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from toolbox_desktop.core.content import Benchmark, Content
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
MONEY = QT_TRANSLATE_NOOP("PlanReport", "{amount} {currency}")
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

# (thousands separator, decimal mark) by language; English style for any other language.
_SEPARATORS = {
    "de": (".", ","),
    "nl": (".", ","),
    "it": (".", ","),
    "es": (".", ","),
    "pt": (".", ","),
    "tr": (".", ","),
    "el": (".", ","),
    "da": (".", ","),
    "fr": ("\u00a0", ","),
    "pl": ("\u00a0", ","),
    "cs": ("\u00a0", ","),
    "sv": ("\u00a0", ","),
    "fi": ("\u00a0", ","),
    "ru": ("\u00a0", ","),
    "uk": ("\u00a0", ","),
    "bg": ("\u00a0", ","),
}
_LATEST = date.max
_NO_END = "\x00no-end"  # group key of actions without an end date (no phase can be that)


@dataclass
class PlanWords:
    """Translated names and formatted values for one report (one language, one day)."""

    content: Content
    translate: Callable[[str, str], str]
    language: str
    today: date

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
        """ "code title", or the code marked as removed when a content update dropped it."""
        found = self.content.item(code)
        if not isinstance(found, Benchmark):
            return self.tr(GONE).format(code=code)
        return f"{code} {found.title}"

    def day(self, day: date | None) -> str:
        """ISO dates: unambiguous in every language the report may be printed in."""
        return day.isoformat() if day else ""

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
        group, decimal = _SEPARATORS.get(self.language.split("_")[0].lower(), (",", "."))
        units, rest = divmod(abs(cents), 100)
        whole = f"{units:,}".replace(",", group)
        return f"{'-' if cents < 0 else ''}{whole}{decimal}{rest:02d}"

    def money(self, cents: int | None, currency: str) -> str:
        """Exact amount with its currency, "" when none was entered."""
        if cents is None:
            return ""
        return self.tr(MONEY).format(amount=self.amount(cents), currency=currency).strip()

    def number(self, value: float | None) -> str:
        """Indicator values: no exponent, no trailing zeros, at most four decimals."""
        if value is None:
            return ""
        if not math.isfinite(value):
            return str(value)
        text = f"{value:,.4f}".rstrip("0").rstrip(".")
        group, decimal = _SEPARATORS.get(self.language.split("_")[0].lower(), (",", "."))
        return text.replace(",", "\x00").replace(".", decimal).replace("\x00", group)

    def percent(self, value: float) -> str:
        return self.tr(PERCENT).format(value=self.number(round(value)))

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

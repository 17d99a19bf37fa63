"""The plan's words and dates as users read and type them, translated and formatted in one place.

The core keeps English templates marked for lupdate (context "Plan"); these helpers look them
up in the user's language, so that the table, the editor and the messages name statuses,
phases and problems the same way. Dates are shown and typed with a four-digit year: a
two-digit year is how "1925" sneaks into a plan.
"""

from __future__ import annotations

import functools
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from toolbox_desktop.core import formatting
from toolbox_desktop.core.assessment import PRIORITY_NAMES
from toolbox_desktop.core.content import Benchmark, Content
from toolbox_desktop.core.formatting import FormatTextError
from toolbox_desktop.core.i18n import Message
from toolbox_desktop.core.plan import (
    FUNDING_SOURCES,
    LONG,
    MEDIUM,
    PARTNER_KINDS,
    PHASE_NAMES,
    SHORT,
    STATUS_NAMES,
    Action,
    Problem,
)
from toolbox_desktop.ui.assessment.texts import benchmark_numbers
from toolbox_desktop.ui.common.formatting import dimension_label
from toolbox_desktop.ui.common.messages import message_text

CONTEXT = "PlanTexts"


def plan_text(template: str) -> str:
    """A core template (marked with QT_TRANSLATE_NOOP in context "Plan") in the user's language."""
    return QCoreApplication.translate("Plan", template)


def status_name(status: str) -> str:
    return plan_text(STATUS_NAMES[status]) if status in STATUS_NAMES else status


def phase_name(phase: str) -> str:
    return plan_text(PHASE_NAMES[phase]) if phase in PHASE_NAMES else phase


def phase_short_name(phase: str) -> str:
    """The phase in a narrow table column (the long name says the months)."""
    names = {
        SHORT: QCoreApplication.translate("PlanTexts", "Short term"),
        MEDIUM: QCoreApplication.translate("PlanTexts", "Medium term"),
        LONG: QCoreApplication.translate("PlanTexts", "Long term"),
    }
    return names.get(phase, phase)


def partner_name(kind: str) -> str:
    return plan_text(PARTNER_KINDS[kind]) if kind in PARTNER_KINDS else kind


def funding_name(source: str) -> str:
    return plan_text(FUNDING_SOURCES[source]) if source in FUNDING_SOURCES else source


def priority_name(priority: int) -> str:
    if priority not in PRIORITY_NAMES:
        return str(priority)
    return QCoreApplication.translate("RatingScale", PRIORITY_NAMES[priority])


def problem_text(problem: Problem) -> str:
    """What the user must correct, in their language (the field names in it too)."""
    message = Message(problem.context, problem.template, **problem.params)
    return message_text(message)


def one_line(text: str) -> str:
    """Text for a table cell: line breaks and runs of spaces shown as one space."""
    return " ".join(text.split())


def owner_text(action: Action) -> str:
    role, person = one_line(action.responsible_role), one_line(action.responsible_person)
    if role and person:
        return QCoreApplication.translate("PlanTexts", "{role} – {person}").format(
            role=role, person=person
        )
    return role or person


def missing_text(code: str) -> str:
    return QCoreApplication.translate("PlanTexts", "{code} (no longer in the toolbox)").format(
        code=code
    )


class BenchmarkNames:
    """Short numbers and titles of the content's benchmarks and dimensions, read once."""

    def __init__(self, content: Content) -> None:
        self.numbers = benchmark_numbers(content)
        self.benchmarks: dict[str, Benchmark] = {b.code: b for b in content.benchmarks}
        self.dimensions = {d.code: dimension_label(d.number, d.title) for d in content.dimensions}

    def known(self) -> set[str]:
        return set(self.benchmarks)

    def number(self, code: str) -> str:
        """ "1.2.3" for a known benchmark; the code with a warning for one that disappeared."""
        return self.numbers[code] if code in self.benchmarks else missing_text(code)

    def label(self, code: str) -> str:
        benchmark = self.benchmarks.get(code)
        if benchmark is None:
            return missing_text(code)
        return QCoreApplication.translate("PlanTexts", "{number} {title}").format(
            number=self.numbers.get(code, code), title=benchmark.title
        )

    def dimension(self, code: str) -> str:
        if not code:
            return ""
        return self.dimensions.get(code) or missing_text(code)


# -- dates --------------------------------------------------------------------------------
DateTextError = FormatTextError  # typed text that is no date; ``message`` says how to type one


def format_day(day: date | None, locale: QLocale | None = None) -> str:
    return _formatted_day(day, (locale or QLocale()).name())


@functools.lru_cache(maxsize=4096)
def _formatted_day(day: date | None, locale: str) -> str:
    """Kept per day and locale: the table and the timeline show the same few hundred days
    over and over, and each one formatted afresh cost as much as painting its cell."""
    return formatting.format_date(day, locale)


def parse_day(text: str, locale: QLocale | None = None) -> date | None:
    """A typed date: ISO (2025-12-31) or the locale's short format; "" means no date."""
    return formatting.parse_date(text, (locale or QLocale()).name(), QCoreApplication.translate)

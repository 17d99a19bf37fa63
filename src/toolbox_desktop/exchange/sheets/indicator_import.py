"""Our export's Indicators sheet read back: an action's indicators with their measurements.

The sheet has one row per measured value (an indicator without any, one row with the date
and value empty), keyed by the action's Permanent ID. Rows of the same action, name and unit
are one indicator; its baseline and target are given on each of its rows. Rows that give two
(a target changed on one row only) are read against the stored indicator: the one value that
differs from what is stored is the change; more than one, or two for a new indicator, leave
the action out with the rows named, since which one is meant cannot be told. For a new
action the indicators are created; for an updated one each is matched to a stored indicator of
that action by name (case and spaces aside) and unit, and its baseline, target and
measurements take the sheet's; one not found is added. An indicator the sheet does not
mention is kept: the sheet never deletes. Indicators of benchmarks are not in the plan's
sheet and are not touched.

A row that cannot be read (a date, a number, a value without its date) is a problem of its
action, which ``plan_import`` then leaves out with the row and the reason, as for milestones:
a measurement must not vanish without a word.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from toolbox_desktop.core.content import Content
from toolbox_desktop.core.formatting import format_number
from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP, Message, translated_with
from toolbox_desktop.core.plan import Indicator, Measurement, check_indicator
from toolbox_desktop.exchange.sheets.columns import ID, INDICATOR_COLUMNS, SHEET_INDICATORS
from toolbox_desktop.exchange.sheets.reading import SpreadsheetFile
from toolbox_desktop.exchange.sheets.side_sheets import SideRows, row_key, side_sheet
from toolbox_desktop.exchange.sheets.values import CellError, CellReader

CTX = "SpreadsheetImport"
MSG_ROW = QT_TRANSLATE_NOOP("SpreadsheetImport", "sheet {sheet}, row {line}: {problem}")
MSG_NO_DATE = QT_TRANSLATE_NOOP("SpreadsheetImport", "a value without the date it was measured")
MSG_NO_VALUE = QT_TRANSLATE_NOOP("SpreadsheetImport", "a date without the value measured")
MSG_INDICATOR = QT_TRANSLATE_NOOP("SpreadsheetImport", "indicator “{name}”: {problem}")
MSG_TWO_BASELINES = QT_TRANSLATE_NOOP(
    "SpreadsheetImport",
    "sheet {sheet}, rows {lines} give different baselines ({values}): give every row of the "
    "indicator the same baseline",
)
MSG_TWO_TARGETS = QT_TRANSLATE_NOOP(
    "SpreadsheetImport",
    "sheet {sheet}, rows {lines} give different targets ({values}): give every row of the "
    "indicator the same target",
)
_DIFFERENT = {"baseline": MSG_TWO_BASELINES, "target": MSG_TWO_TARGETS}
# The values rows of one indicator give for a field, when they give more than one:
# (value, first row giving it), in the rows' order.
Given = dict[str, tuple[tuple[float, int], ...]]
Translate = Callable[[str, str], str]


@dataclass(frozen=True)
class IndicatorChange:
    """One indicator an import writes: ``before`` None adds ``after`` (whose ``action_id``
    is set when it is written, for a new action)."""

    before: Indicator | None
    after: Indicator


@dataclass(frozen=True)
class SheetIndicators:
    # By the action's key (``side_sheets.row_key``: its uid, or its title when it has none).
    by_uid: dict[str, tuple[Indicator, ...]]  # the action's key -> its indicators, in order
    problems: dict[str, tuple[str, ...]] = field(default_factory=dict)  # key -> reasons
    rows: SideRows = field(default_factory=SideRows)
    # key -> (matched name, unit) -> field -> the values its rows give, when they differ
    different: dict[str, dict[tuple[str, str], Given]] = field(default_factory=dict)


def indicators_sheet(
    spreadsheet: SpreadsheetFile, content: Content, translate: Translate, locale: str
) -> SheetIndicators | None:
    """The indicators of our export's Indicators sheet by the action's ID; None when the file
    has no such sheet. A row without an ID or a name is skipped."""
    side = side_sheet(spreadsheet, SHEET_INDICATORS, INDICATOR_COLUMNS, "indicator", translate)
    if side is None:
        return None
    reader = CellReader(content, translate, locale)
    found: dict[str, dict[tuple[str, str], dict]] = {}
    problems: dict[str, list[str]] = {}
    lines: dict[str, list[int]] = {}
    titles: dict[str, str] = {}
    for row in side.sheet.rows:
        try:
            uid = reader.read(ID, side.cell(row, ID))
            action = "" if uid else reader.read("title", side.cell(row, "action"))
            name = reader.read("title", side.cell(row, "indicator"))
            unit = reader.read("unit", side.cell(row, "unit"))
        except CellError:
            continue
        uid = row_key(uid, action)  # the action's key: its ID, or its title if it has none
        if not (uid and name):
            continue
        if action:
            titles.setdefault(uid, action)
        lines.setdefault(uid, []).append(row.line)
        try:
            baseline = reader.number(side.cell(row, "baseline"))
            target = reader.number(side.cell(row, "target"))
            measured_on = reader.read("start", side.cell(row, "measured_on"))
            value = reader.number(side.cell(row, "value"))
            note = reader.read("note", side.cell(row, "note"))
            if value is not None and measured_on is None:
                raise CellError(translate(CTX, MSG_NO_DATE))
            if measured_on is not None and value is None:
                raise CellError(translate(CTX, MSG_NO_VALUE))
        except CellError as error:
            problem = translate(CTX, MSG_ROW).format(
                sheet=side.sheet.name, line=row.line, problem=str(error)
            )
            problems.setdefault(uid, []).append(problem)
            continue
        one = found.setdefault(uid, {}).setdefault(
            (_matched(name), unit), {"name": name, "unit": unit, "measurements": [], "given": {}}
        )
        for key, number in (("baseline", baseline), ("target", target)):
            if number is not None:
                one.setdefault(key, number)
                one["given"].setdefault(key, {}).setdefault(number, row.line)
        if measured_on is not None:
            one["measurements"].append(Measurement(measured_on, value, note))
    return SheetIndicators(
        {
            uid: tuple(_indicator(values) for values in indicators.values())
            for uid, indicators in found.items()
        },
        {uid: tuple(reasons) for uid, reasons in problems.items()},
        SideRows(side.sheet.name, {key: tuple(v) for key, v in lines.items()}, titles),
        {
            uid: {
                match: {name: tuple(v.items()) for name, v in one["given"].items() if len(v) > 1}
                for match, one in indicators.items()
                if any(len(v) > 1 for v in one["given"].values())
            }
            for uid, indicators in found.items()
        },
    )


def indicator_changes(
    sheet: tuple[Indicator, ...],
    stored: list[Indicator],
    translate: Translate,
    different: dict[tuple[str, str], Given] | None = None,
    sheet_name: str = "",
    locale: str = "en",
) -> tuple[tuple[IndicatorChange, ...], list[str]]:
    """What the sheet's indicators of one action change against its ``stored`` ones (an
    empty list for a new action): (changes, reasons an indicator cannot be stored).
    ``different``: the values its rows give where they differ (see the module's docstring)."""
    by_key = {(_matched(i.name), i.unit): i for i in reversed(stored)}  # the first of equals
    changes, reasons = [], []
    for indicator in sheet:
        match = (_matched(indicator.name), indicator.unit)
        before = by_key.get(match)
        for name, given in (different or {}).get(match, {}).items():
            kept = getattr(before, name) if before is not None else None
            changed = [(value, line) for value, line in given if value != kept]
            if len(changed) == 1:
                indicator = replace(indicator, **{name: changed[0][0]})
                continue
            problem = translate(CTX, _DIFFERENT[name]).format(
                sheet=sheet_name,
                lines=", ".join(str(line) for _value, line in given),
                values="; ".join(format_number(value, locale) for value, _line in given),
            )
            reasons.append(
                translate(CTX, MSG_INDICATOR).format(name=indicator.name, problem=problem)
            )
        after = indicator if before is None else _taken_over(before, indicator)
        for problem in check_indicator(after):
            message = Message(problem.context, problem.template, **problem.params)
            text = translated_with(message, translate)
            reasons.append(translate(CTX, MSG_INDICATOR).format(name=indicator.name, problem=text))
        if before is None or after != before:
            changes.append(IndicatorChange(before, after))
    return tuple(changes), reasons


def _taken_over(stored: Indicator, sheet: Indicator) -> Indicator:
    return replace(
        stored, baseline=sheet.baseline, target=sheet.target, measurements=sheet.measurements
    )


def _indicator(values: dict) -> Indicator:
    measurements = sorted(values["measurements"], key=lambda m: m.measured_on)  # as stored
    return Indicator(
        name=values["name"],
        unit=values["unit"],
        baseline=values.get("baseline"),
        target=values.get("target"),
        measurements=tuple(measurements),
    )


def _matched(name: str) -> str:
    return " ".join(name.casefold().split())

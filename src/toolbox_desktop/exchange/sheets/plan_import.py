"""What importing a sheet of actions would do: which rows add an action, which change one,
which change nothing and which are left out, and why. Nothing is written here
(``storage/plan_import.apply_import`` writes what the user confirmed, in one transaction).

A row whose ID column holds the uid of an action in this plan updates that action, and only
in the fields that have a column: a sheet with titles and statuses only leaves every other
field alone. Any other row adds an action (with the row's ID as its uid when it is one of
ours, so that the next import of the same file matches it). A row is left out, with every
reason, when a cell cannot be read (a date, an amount, a word of the plan's lists, an unknown
benchmark, a formula never calculated), when the action would break the plan's rules
(``core.plan.check_action``: no title, end before start, a text over ``core.limits``), or when
its ID appeared on an earlier row.

An .xlsx file made by our export also has a Milestones sheet: its rows (keyed by the ID) give
the actions their milestones, and an update then replaces them too; and an Indicators sheet
(``indicator_import``): a new action gets its indicators, an updated one has those of the
sheet matched by name and unit and updated or added, the others kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from toolbox_desktop.core.content import Content
from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP, Message, translated_with
from toolbox_desktop.core.plan import (
    DEFAULT_CURRENCY,
    IDEA,
    SHORT,
    Action,
    Indicator,
    Milestone,
    check_action,
)
from toolbox_desktop.exchange.sheets.columns import (
    CTX as SHEET_CTX,
)
from toolbox_desktop.exchange.sheets.columns import (
    ID,
    MILESTONE_COLUMNS,
    PLAN_HEADERS,
    SHEET_MILESTONES,
)
from toolbox_desktop.exchange.sheets.indicator_import import (
    IndicatorChange,
    SheetIndicators,
    indicator_changes,
)
from toolbox_desktop.exchange.sheets.mapping import Mapping
from toolbox_desktop.exchange.sheets.reading import Sheet, SpreadsheetFile
from toolbox_desktop.exchange.sheets.side_sheets import (
    SideRows,
    is_title_key,
    row_key,
    side_sheet,
)
from toolbox_desktop.exchange.sheets.values import MONEY_FIELDS, CellError, CellReader

CTX = "SpreadsheetImport"
MSG_IN_COLUMN = QT_TRANSLATE_NOOP("SpreadsheetImport", "{column}: {problem}")
MSG_DUPLICATE_ID = QT_TRANSLATE_NOOP("SpreadsheetImport", "the ID {uid} is on row {first} already")
MSG_MILESTONE_ROW = QT_TRANSLATE_NOOP("SpreadsheetImport", "sheet {sheet}, row {line}: {problem}")
MSG_NO_TITLE_COLUMN = QT_TRANSLATE_NOOP(
    "SpreadsheetImport", "Map a column to the action's title (or to the ID, to update actions)."
)
MSG_SIDE_NO_ID = QT_TRANSLATE_NOOP(
    "SpreadsheetImport",
    "sheet {sheet}, rows {lines}: no row of the actions has the Permanent ID {uid}, so they "
    "were not imported",
)
MSG_SIDE_NO_TITLE = QT_TRANSLATE_NOOP(
    "SpreadsheetImport",
    "sheet {sheet}, rows {lines}: no new action is titled “{title}” (an action already in your "
    "plan is named by its Permanent ID), so they were not imported",
)
MSG_SIDE_TWO_TITLES = QT_TRANSLATE_NOOP(
    "SpreadsheetImport",
    "sheet {sheet}, rows {lines}: more than one new action is titled “{title}”, so they were "
    "not imported: give those actions different titles",
)
OUR_UID = re.compile(r"[0-9a-f]{32}")
Translate = Callable[[str, str], str]


@dataclass(frozen=True)
class NewAction:
    line: int
    action: Action
    uid: str = ""  # "" takes a new uid
    indicators: tuple[Indicator, ...] = ()  # from the Indicators sheet, created with it


@dataclass(frozen=True)
class ChangedAction:
    line: int
    before: Action  # as stored when the file was read
    after: Action
    fields: tuple[str, ...]  # "indicators" among them when ``indicators`` has any
    indicators: tuple[IndicatorChange, ...] = ()


@dataclass(frozen=True)
class LeftOut:
    line: int
    reasons: tuple[str, ...]  # in the user's language


@dataclass(frozen=True)
class SheetMilestones:
    """Our export's Milestones sheet, read: they replace an updated action's milestones, so a
    row that cannot be read leaves its action out (``problems``) rather than dropping that
    milestone without a word."""

    by_uid: dict[str, tuple[Milestone, ...]]  # by the action's key (``side_sheets.row_key``)
    problems: dict[str, tuple[str, ...]] = field(default_factory=dict)  # key -> reasons
    rows: SideRows = field(default_factory=SideRows)


@dataclass(frozen=True)
class SideLeftOut:
    """Rows of a side sheet (Milestones, Indicators) whose action is not one the sheet of
    actions imports: said, rather than dropped without a word."""

    sheet: str
    lines: tuple[int, ...]
    reason: str  # in the user's language, naming the sheet and rows


@dataclass
class ImportPlan:
    new: list[NewAction] = field(default_factory=list)
    changed: list[ChangedAction] = field(default_factory=list)
    unchanged: list[int] = field(default_factory=list)  # rows equal to their action
    left_out: list[LeftOut] = field(default_factory=list)
    side_left_out: list[SideLeftOut] = field(default_factory=list)

    @property
    def rows_left_out(self) -> int:
        """Rows left out, of the sheet of actions and of its side sheets."""
        return len(self.left_out) + sum(len(side.lines) for side in self.side_left_out)

    @property
    def writes_anything(self) -> bool:
        return bool(self.new or self.changed)

    @property
    def indicator_count(self) -> int:
        """How many indicators the import adds or updates."""
        return sum(len(n.indicators) for n in self.new) + sum(
            len(c.indicators) for c in self.changed
        )


def plan_import(
    sheet: Sheet,
    mapping: Mapping,
    stored: dict[str, Action],
    content: Content,
    translate: Translate,
    locale: str,
    milestones: SheetMilestones | None = None,
    taken_uids: frozenset[str] = frozenset(),
    indicators: SheetIndicators | None = None,
    stored_indicators: dict[int, list[Indicator]] | None = None,
    encoding: str = "utf-8",
) -> ImportPlan:
    """What importing ``sheet`` with ``mapping`` (column -> field) would do, against the
    actions ``stored`` (uid -> action, not deleted). ``milestones`` come from a Milestones
    sheet, ``indicators`` from an Indicators sheet (matched against ``stored_indicators``,
    action id -> its indicators); ``taken_uids`` are uids of deleted actions (a row naming
    one adds a new action with a new uid). ``encoding``: the file's; a code page's "?" for a
    letter it cannot hold does not replace the letter stored."""
    reader = CellReader(content, translate, locale)
    headers = {
        column: _header(sheet, column, field, translate) for column, field in mapping.items()
    }
    result = ImportPlan()
    # Side sheets name a new action (no ID yet) by its title: one title, one new action.
    titled = _titles_without_id(sheet, mapping, reader)
    used: set[str] = set()  # the side sheets' keys of the actions this sheet imports
    first_line: dict[str, int] = {}
    by_title: dict[str, list[Action]] = {}
    for action in stored.values():
        by_title.setdefault(action.title, []).append(action)
    # Amounts are read after the rest of their row: they need the row's currency.
    money = {column: name for column, name in mapping.items() if name in MONEY_FIELDS}
    others = {column: name for column, name in mapping.items() if name not in MONEY_FIELDS}
    for row in sheet.rows:
        values, reasons = {}, []
        _read_cells(row, others, reader, None, values, reasons, headers, translate)
        uid = values.pop(ID, "")
        if uid and uid in first_line:
            reasons.append(translate(CTX, MSG_DUPLICATE_ID).format(uid=uid, first=first_line[uid]))
        elif uid:
            first_line[uid] = row.line
        before = stored.get(uid) if uid else None
        # Amounts last: a currency named beside one must be the row's (or the action's); a
        # Currency cell that could not be read has its own reason, the amounts none of it.
        currency = values.get("currency") or (before.currency if before else DEFAULT_CURRENCY)
        if "currency" in mapping.values() and "currency" not in values:
            currency = None
        _read_cells(row, money, reader, currency, values, reasons, headers, translate)
        values = {k: v for k, v in values.items() if v is not None or k in _NULLABLE}
        if before is not None:
            _keep_stored_spacing(values, before)
        if before is not None and not encoding.startswith("utf"):
            _keep_what_the_file_could_not_hold(values, before, encoding)
        if before is None and not uid:
            # A row without an ID that is an action of the plan in every column (the same
            # sheet imported a second time: its new rows have no IDs yet) is that action,
            # not a new one; its milestones and indicators are compared with the sheet's.
            before = _twin(replace(Action(phase=SHORT, status=IDEA), **values), values, by_title)
        key = uid or row_key("", values.get("title", ""))
        if key and (uid or titled.get(key, 0) == 1):
            used.add(key)
        else:
            key = ""  # a title two new rows have names neither (said after the rows)
        if milestones is not None and key and (uid or key in milestones.by_uid):
            values["milestones"] = milestones.by_uid.get(key, ())
        if milestones is not None and key:
            reasons += milestones.problems.get(key, ())
        if before is not None:
            after = replace(before, **values)
        else:
            after = replace(Action(phase=SHORT, status=IDEA), **values)
        reasons += [_problem_text(p, translate) for p in check_action(after)]
        changes: tuple[IndicatorChange, ...] = ()
        if indicators is not None and key:
            reasons += indicators.problems.get(key, ())
            known = (stored_indicators or {}).get(before.id, []) if before is not None else []
            changes, problems = indicator_changes(
                indicators.by_uid.get(key, ()),
                known,
                translate,
                indicators.different.get(key),
                indicators.rows.sheet,
                locale,
            )
            reasons += problems
        if reasons:
            result.left_out.append(LeftOut(row.line, tuple(dict.fromkeys(reasons))))
        elif before is None:
            keep_uid = uid if OUR_UID.fullmatch(uid) and uid not in taken_uids else ""
            created = tuple(change.after for change in changes)
            result.new.append(NewAction(row.line, after, keep_uid, created))
        else:
            changed = tuple(n for n in values if getattr(before, n) != getattr(after, n))
            changed += ("indicators",) if changes else ()
            if changed:
                result.changed.append(ChangedAction(row.line, before, after, changed, changes))
            else:
                result.unchanged.append(row.line)
    for side in (milestones, indicators):
        if side is not None:
            result.side_left_out += _not_imported(side, used, titled, translate)
    return result


def _titles_without_id(sheet: Sheet, mapping: Mapping, reader: CellReader) -> dict[str, int]:
    """How many rows without an ID have each title (by ``side_sheets.title_key``)."""
    columns = {name: column for column, name in mapping.items() if name in (ID, "title")}
    if "title" not in columns:
        return {}
    counts: dict[str, int] = {}
    for row in sheet.rows:

        def cell(name: str, row=row):
            column = columns.get(name)
            return row.values[column] if column is not None and column < len(row.values) else None

        try:
            if reader.read(ID, cell(ID)) if ID in columns else "":
                continue
            key = row_key("", reader.read("title", cell("title")))
        except CellError:
            continue
        if key:
            counts[key] = counts.get(key, 0) + 1
    return counts


def _not_imported(side, used: set[str], titled: dict[str, int], translate) -> list[SideLeftOut]:
    """The side sheet's rows whose action this import does not take: an ID not in the sheet
    of actions, a title no new row has, or one that two new rows have."""
    result = []
    for key, lines in side.rows.lines.items():
        if key in used:
            continue
        shown = ", ".join(str(line) for line in lines)
        if not is_title_key(key):
            reason = translate(CTX, MSG_SIDE_NO_ID).format(
                sheet=side.rows.sheet, lines=shown, uid=key
            )
        elif titled.get(key, 0) > 1:
            reason = translate(CTX, MSG_SIDE_TWO_TITLES).format(
                sheet=side.rows.sheet, lines=shown, title=side.rows.titles.get(key, "")
            )
        else:
            reason = translate(CTX, MSG_SIDE_NO_TITLE).format(
                sheet=side.rows.sheet, lines=shown, title=side.rows.titles.get(key, "")
            )
        result.append(SideLeftOut(side.rows.sheet, lines, reason))
    return result


_NULLABLE = ("start", "end", "budget_cents", "spent_cents")  # an empty cell empties them


def _twin(after: Action, values: dict, by_title: dict[str, list[Action]]) -> Action | None:
    """The stored action with this title and every other value the row gives, if any."""
    return next(
        (
            action
            for action in by_title.get(after.title, ())
            if all(getattr(action, name) == getattr(after, name) for name in values)
        ),
        None,
    )


def _keep_stored_spacing(values: dict, before: Action) -> None:
    """A text read without the spaces around it that the stored text has ("Trailing  ", a
    description's indented first line) is the stored text: reading a cell trims it, and
    an unchanged file must change nothing."""
    for name, value in values.items():
        stored = getattr(before, name, None)
        if isinstance(value, str) and isinstance(stored, str) and stored.strip() == value:
            values[name] = stored


def _keep_what_the_file_could_not_hold(values: dict, before: Action, encoding: str) -> None:
    """A text the file holds as the stored text written in ``encoding`` (Excel's "CSV" in
    Windows-1252 writes "?" for "ş", "ł", "Ж", Arabic...) is the stored text: the letters the
    file could not hold stay as stored, rather than be replaced by "?"."""
    for name, value in values.items():
        stored = getattr(before, name, None)
        if not (isinstance(value, str) and isinstance(stored, str)) or value == stored:
            continue
        if stored.encode(encoding, errors="replace").decode(encoding).strip() == value:
            values[name] = stored


def _read_cells(row, columns: dict, reader: CellReader, currency, values, reasons, headers, tr):
    """Read the cells of ``row`` in ``columns`` (column -> field) into ``values``; what cannot
    be read goes to ``reasons``, named by its column's header. Amounts are in ``currency``."""
    for column, name in columns.items():
        cell = row.values[column] if column < len(row.values) else None
        try:
            values[name] = reader.read(name, cell, currency)
        except CellError as error:
            reasons.append(_in_column(headers[column], str(error), tr))


def milestones_sheet(
    spreadsheet: SpreadsheetFile, content: Content, translate: Translate, locale: str
) -> SheetMilestones | None:
    """The milestones of our export's Milestones sheet by the action's ID; None when the file
    has no such sheet. A row without an ID or a title is skipped (a milestone removed); one
    whose due date cannot be read is a problem of its action."""
    side = side_sheet(spreadsheet, SHEET_MILESTONES, MILESTONE_COLUMNS, "milestone", translate)
    if side is None:
        return None
    reader = CellReader(content, translate, locale)
    cell = side.cell
    found: dict[str, list[Milestone]] = {}
    problems: dict[str, list[str]] = {}

    lines: dict[str, list[int]] = {}
    titles: dict[str, str] = {}
    for row in side.sheet.rows:
        try:
            uid = reader.read(ID, cell(row, ID))
            action = "" if uid else reader.read("title", cell(row, "action"))
        except CellError:
            continue
        uid = row_key(uid, action)  # the action's key: its ID, or its title if it has none
        if action:
            titles.setdefault(uid, action)
        try:
            title = reader.read("title", cell(row, "milestone"))
            if not (uid and title):
                continue
            lines.setdefault(uid, []).append(row.line)
            due = reader.read("start", cell(row, "due"))
            done = reader.done(cell(row, "done"))
        except CellError as error:  # a title that failed (#REF!) is no milestone removed
            if not uid:
                continue
            problem = translate(CTX, MSG_MILESTONE_ROW).format(
                sheet=side.sheet.name, line=row.line, problem=str(error)
            )
            problems.setdefault(uid, []).append(problem)
            lines.setdefault(uid, []).append(row.line)
            continue
        found.setdefault(uid, []).append(Milestone(title, due, done))
    return SheetMilestones(
        {uid: tuple(items) for uid, items in found.items()},
        {uid: tuple(items) for uid, items in problems.items()},
        SideRows(
            side.sheet.name, {key: tuple(dict.fromkeys(v)) for key, v in lines.items()}, titles
        ),
    )


def missing_title(mapping: Mapping) -> Message | None:
    """Why nothing can be imported with ``mapping``: neither a title nor an ID column."""
    if "title" in mapping.values() or ID in mapping.values():
        return None
    return Message(CTX, MSG_NO_TITLE_COLUMN)


def _header(sheet: Sheet, column: int, field: str, translate: Translate) -> str:
    header = sheet.headers[column] if column < len(sheet.headers) else ""
    return header or translate(SHEET_CTX, PLAN_HEADERS.get(field, field))


def _in_column(column: str, problem: str, translate: Translate) -> str:
    return translate(CTX, MSG_IN_COLUMN).format(column=column, problem=problem)


def _problem_text(problem, translate: Translate) -> str:
    return translated_with(Message(problem.context, problem.template, **problem.params), translate)

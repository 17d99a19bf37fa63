"""The actions as a table model: one row per action, the session's cached actions behind it.

Nothing here reads the database: rows are the session's ``Action`` objects, texts are made
only for the cells on screen and kept per version of an action (a repaint after a sort or a
filter looks them up), and the folded search text of a row is made once and kept. A painted
cell costs one call into Python (``multiData``, also through the filter proxy), not seven.
Sorting happens here in Python (a key per row, one ``sort``), because a proxy that asks each
cell's value through ``data()`` for every comparison is slow with 10,000 rows; a sort asked
for again while nothing changed (Qt's ``sortByColumn`` asks twice) is skipped. ``generation``
counts every change of the rows, so that the filter proxy can keep its answers until then
(see ``ActionFilterProxy``). Inline edits
go through the session, so each is one undoable command; an edit the plan's rules refuse is
handed on (``edit_refused``) with the draft, so that nothing typed is lost.
"""

from __future__ import annotations

import bisect
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap

from toolbox_desktop.core.plan import (
    PHASES,
    STATUSES,
    Action,
    check_action,
    is_overdue,
    missing_benchmarks,
    overdue_milestones,
)
from toolbox_desktop.ui.common.plain_text import as_typed
from toolbox_desktop.ui.plan.commands import WRITE_ERRORS, error_text
from toolbox_desktop.ui.plan.folding import WordFolder
from toolbox_desktop.ui.plan.money import format_money
from toolbox_desktop.ui.plan.session import PlanSession
from toolbox_desktop.ui.plan.texts import (
    DateTextError,
    format_day,
    one_line,
    owner_text,
    parse_day,
    phase_name,
    phase_short_name,
    problem_text,
    status_name,
)

# What needs attention first (title, status, who, when, late?), then the rest; the user can
# drag columns into another order (the header's state is remembered).
(
    TITLE,
    STATUS,
    OWNER,
    START,
    END,
    OVERDUE,
    PROGRESS,
    PHASE,
    DIMENSION,
    BENCHMARKS,
    BUDGET,
) = range(11)
COLUMN_COUNT = 11
EDITABLE = {TITLE, OWNER, STATUS, START, END, PROGRESS}
RIGHT_ALIGNED = {PROGRESS, BUDGET}
ID_ROLE = Qt.ItemDataRole.UserRole + 1
LATE_ROLE = Qt.ItemDataRole.UserRole + 2  # "overdue", "milestone" or ""
OVERDUE_COLOR = QColor("#b3261e")
MISSING_COLOR = QColor("#8a4b00")
_CELL = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
_FLAGS = [
    _CELL | Qt.ItemFlag.ItemIsEditable if c in EDITABLE else _CELL for c in range(COLUMN_COUNT)
]
FIELD_OF_COLUMN = {
    TITLE: "title",
    OWNER: "owner",
    STATUS: "status",
    START: "dates",
    END: "dates",
    PROGRESS: "progress",
}


def overdue_icon(size: int = 14) -> QIcon:
    """A red disc with an exclamation mark, drawn here so that no image file is needed."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(OVERDUE_COLOR)
    painter.drawEllipse(QPointF(size / 2, size / 2), size / 2 - 0.5, size / 2 - 0.5)
    painter.setBrush(QColor("#ffffff"))
    painter.drawRect(int(size * 0.43), int(size * 0.2), max(2, int(size * 0.14)), int(size * 0.4))
    painter.drawRect(int(size * 0.43), int(size * 0.7), max(2, int(size * 0.14)), int(size * 0.12))
    painter.end()
    return QIcon(pixmap)


class ActionTableModel(QAbstractTableModel):
    """Emits ``edit_refused(Action, str)``: the draft an inline edit would have made, and why
    it was not stored."""

    edit_refused = Signal(object, str, object)

    def __init__(self, session: PlanSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.names = session.names
        self._dimension_order = {d.code: d.number for d in session.content.dimensions}
        self._fold = WordFolder()
        self._folded: dict[int, str] = {}
        self._texts: dict[int, tuple[Action, list]] = {}  # id: (action, its cells' texts)
        self._icon = overdue_icon()
        self._answers = self._role_answers()
        self._headers = self._header_texts()
        self._sort = (-1, Qt.SortOrder.AscendingOrder)
        self._rows: list[Action] = self._sorted(session.actions())
        self.generation = 0  # one more after every change of ``_rows``, before it is told
        self._sorted_at: tuple | None = None  # (column, order, generation) of the last sort
        self._row_of: dict[int, int] = {}
        self._index_rows()
        session.action_changed.connect(self._action_changed)
        session.actions_changed.connect(self._actions_changed)

    # -- reading ---------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def action_at(self, row: int) -> Action:
        return self._rows[row]

    def row_of(self, action_id: int) -> int:
        return self._row_of.get(action_id, -1)

    def late(self, action: Action, today: date) -> str:
        if is_overdue(action, today):
            return "overdue"
        return "milestone" if overdue_milestones(action, today) else ""

    def flags(self, index):
        # Worked out once per column: the view asks for every cell it paints.
        return _FLAGS[index.column()] if index.isValid() else Qt.ItemFlag.NoItemFlags

    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:
        # One call into Python where Qt's makes two (rowCount, columnCount), per painted cell.
        if parent.isValid() or not (0 <= row < len(self._rows) and 0 <= column < COLUMN_COUNT):
            return QModelIndex()
        return self.createIndex(row, column)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        # Painting one cell asks for seven roles, most of which this model leaves to the
        # style: those are answered by a dictionary look-up before anything else is done
        # (on opening the plan this was a third of the table's first painting).
        answer = self._answers.get(role)
        if answer is None or not index.isValid():
            return None
        return answer(self._rows[index.row()], index.column())

    def multiData(self, index, roles) -> None:
        """Every role a cell is painted with (seven), in one call; the proxy hands it on."""
        action = self._rows[index.row()] if index.isValid() else None
        column = index.column()
        answers = self._answers
        for data in roles:
            answer = answers.get(data.role())
            value = None if answer is None or action is None else answer(action, column)
            if value is None:
                data.clearData()
            else:
                data.setData(value)

    def _role_answers(self) -> dict:
        """The roles this model answers, each with how: ``(action, column) -> value``."""
        roles = Qt.ItemDataRole
        right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return {
            int(roles.DisplayRole): self._text,
            int(roles.AccessibleTextRole): self._text,
            int(roles.EditRole): self._edit_value,
            int(ID_ROLE): lambda action, _column: action.id,
            int(LATE_ROLE): lambda action, _column: self.late(action, self.session.today()),
            int(roles.ToolTipRole): lambda action, column: as_typed(self._tooltip(action, column)),
            int(roles.ForegroundRole): self._foreground,
            int(roles.DecorationRole): lambda action, column: (
                self._icon
                if column == OVERDUE and self.late(action, self.session.today())
                else None
            ),
            int(roles.TextAlignmentRole): lambda _action, column: (
                right if column in RIGHT_ALIGNED else None
            ),
        }

    def _text(self, action: Action, column: int) -> str:
        """A cell's text, made once per version of its action (the lateness column, which
        depends on the day, each time); a repaint after sorting or filtering only looks up."""
        if column == OVERDUE:
            return self._make_text(action, column)
        entry = self._texts.get(action.id)
        if entry is None or entry[0] is not action:  # a changed action is a new object
            entry = self._texts[action.id] = (action, [None] * COLUMN_COUNT)
        texts = entry[1]
        text = texts[column]
        if text is None:
            text = texts[column] = self._make_text(action, column)
        return text

    def _make_text(self, action: Action, column: int) -> str:
        if column == TITLE:
            return one_line(action.title)
        if column == DIMENSION:
            return self.names.dimension(action.dimension)
        if column == BENCHMARKS:
            return ", ".join(self.names.number(code) for code in action.benchmarks)
        if column == OWNER:
            return owner_text(action)
        if column == STATUS:
            return status_name(action.status)
        if column == PHASE:
            return phase_short_name(action.phase)
        if column in (START, END):
            return format_day(action.start if column == START else action.end)
        if column == PROGRESS:
            return self.tr("{percent} %").format(percent=action.progress)
        if column == BUDGET:
            return format_money(action.budget_cents, action.currency)
        late = self.late(action, self.session.today())
        if late == "overdue":
            return self.tr("Overdue")
        return self.tr("Milestone late") if late else ""

    def _edit_value(self, action: Action, column: int):
        return {
            TITLE: action.title,
            OWNER: (action.responsible_role, action.responsible_person),
            STATUS: action.status,
            START: action.start,
            END: action.end,
            PROGRESS: action.progress,
        }.get(column, self._text(action, column))

    def _tooltip(self, action: Action, column: int) -> str | None:
        today = self.session.today()
        if column == TITLE:
            return action.title
        if column == BENCHMARKS:
            return "\n".join(self.names.label(code) for code in action.benchmarks) or None
        if column == PHASE:
            return phase_name(action.phase)
        if column in (END, OVERDUE) and is_overdue(action, today):
            return self.tr(
                "Ended on {date} and is not done: update its status or its dates."
            ).format(date=format_day(action.end))
        if column == OVERDUE and overdue_milestones(action, today):
            late = overdue_milestones(action, today)
            return self.tr("Milestone “{title}” was due on {date} and is not done.").format(
                title=one_line(late[0].title), date=format_day(late[0].due)
            )
        if column == BUDGET and action.budget_cents is not None:
            return self.tr("Budget {budget}, spent {spent}").format(
                budget=format_money(action.budget_cents, action.currency),
                spent=format_money(action.spent_cents or 0, action.currency),
            )
        return None

    def _foreground(self, action: Action, column: int):
        late = self.late(action, self.session.today()) if column in (END, OVERDUE) else ""
        if late == "overdue":
            return QBrush(OVERDUE_COLOR)
        if late and column == OVERDUE:
            return QBrush(MISSING_COLOR)  # a late milestone: a warning, not yet an alarm
        if column in (BENCHMARKS, DIMENSION) and missing_benchmarks(action, self.names.known()):
            return QBrush(MISSING_COLOR)
        return None

    def _header_texts(self) -> list[str]:
        """The columns' titles, in column order; made once (the header asks for them hundreds
        of times while it is laid out, and a language switch builds the model again)."""
        return [
            self.tr("Action"),
            self.tr("Status"),
            self.tr("Responsible"),
            self.tr("Start"),
            self.tr("End"),
            self.tr("Overdue"),
            self.tr("Progress"),
            self.tr("Phase"),
            self.tr("Dimension"),
            self.tr("Benchmarks"),
            self.tr("Budget"),
        ]

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in RIGHT_ALIGNED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # -- searching -------------------------------------------------------------------------
    def folded_text(self, row: int) -> str:
        """Everything the text filter looks in, folded (made once per version of a row)."""
        action = self._rows[row]
        folded = self._folded.get(action.id)
        if folded is None:
            parts = [
                action.title,
                action.description,
                action.responsible_role,
                action.responsible_person,
                action.partner_names,
                action.budget_line,
                *action.benchmarks,
                *(self.names.numbers.get(code, "") for code in action.benchmarks),
                *(m.title for m in action.milestones),
            ]
            folded = self._folded[action.id] = self._fold("\n".join(parts))
        return folded

    def folded_texts(self) -> list[str]:
        """``folded_text`` of every row, in row order (one pass for the filter)."""
        folded = self._folded
        return [
            folded.get(action.id) or self.folded_text(row) for row, action in enumerate(self._rows)
        ]

    # -- editing ---------------------------------------------------------------------------
    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        action = self._rows[index.row()]
        column = index.column()
        try:
            changed = action.with_changes(**self._changes(action, column, value))
        except DateTextError as error:
            field = "start" if column == START else "end"
            self.edit_refused.emit(action, error.message, {field: str(value)})
            return False
        if changed == action:
            return True
        problems = check_action(changed)
        if problems:
            self.edit_refused.emit(changed, " ".join(problem_text(p) for p in problems), {})
            return False
        try:
            self.session.save_action(changed, FIELD_OF_COLUMN.get(column, ""))
        except WRITE_ERRORS as error:
            self.edit_refused.emit(changed, error_text(error), {})
            return False
        return True

    def _changes(self, action: Action, column: int, value) -> dict:
        if column == TITLE:
            return {"title": str(value).strip()}
        if column == OWNER:
            role, person = value
            return {"responsible_role": role.strip(), "responsible_person": person.strip()}
        if column == STATUS:
            return {"status": value}
        if column == PROGRESS:
            return {"progress": int(value)}
        if column in (START, END):
            day = parse_day(value) if isinstance(value, str) else value
            changes = {"start" if column == START else "end": day}
            if column == END and action.phase == self.session.suggested_phase(action.end):
                changes["phase"] = self.session.suggested_phase(day)  # the phase follows
            return changes
        return {}

    # -- sorting ---------------------------------------------------------------------------
    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by ``column`` (-1: as created); empty values stay last."""
        if self._sorted_at == (column, order, self.generation):
            return  # already in this order, nothing changed since
        if column < 0 and self._sort[0] < 0:
            self._sorted_at = (column, order, self.generation)
            return  # rows as created stay so: new ones are inserted in place
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [(self._rows[i.row()].id, i.column()) for i in persistent]
        self._rows = self._sorted(self._rows)
        self._index_rows()
        self._sorted_at = (column, order, self.generation)
        self.changePersistentIndexList(
            persistent, [self.index(self._row_of[i], c) for i, c in kept]
        )
        self.layoutChanged.emit()

    def _sorted(self, rows: list[Action]) -> list[Action]:
        column, order = self._sort
        if column < 0:
            return sorted(rows, key=lambda a: a.id)
        key = self._sort_key(column)
        keyed = [(key(a), a) for a in rows]
        present = [pair for pair in keyed if pair[0] is not None]
        present.sort(key=lambda pair: pair[0], reverse=order == Qt.SortOrder.DescendingOrder)
        return [a for _k, a in present] + [a for k, a in keyed if k is None]

    def _sort_key(self, column: int):
        today = self.session.today()
        statuses = {s: n for n, s in enumerate(STATUSES)}
        phases = {p: n for n, p in enumerate(PHASES)}
        return {
            TITLE: lambda a: self._fold(one_line(a.title)),
            DIMENSION: lambda a: (
                (self._dimension_order.get(a.dimension, 99), a.dimension) if a.dimension else None
            ),
            BENCHMARKS: lambda a: tuple(self.names.numbers.get(c, c) for c in a.benchmarks) or None,
            OWNER: lambda a: self._fold(owner_text(a)) or None,
            STATUS: lambda a: statuses.get(a.status, 99),
            PHASE: lambda a: phases.get(a.phase, 99),
            START: lambda a: a.start,
            END: lambda a: a.end,
            PROGRESS: lambda a: a.progress,
            BUDGET: lambda a: a.budget_cents,
            OVERDUE: lambda a: {"overdue": 0, "milestone": 1}.get(self.late(a, today)),
        }[column]

    def _insert_position(self, action: Action) -> int:
        """Where a new row goes in the current order (a linear scan: one row at a time)."""
        column, order = self._sort
        if column < 0:
            return bisect.bisect_left([a.id for a in self._rows], action.id)
        key = self._sort_key(column)
        wanted = key(action)
        if wanted is None:
            return len(self._rows)
        descending = order == Qt.SortOrder.DescendingOrder
        for row, other in enumerate(self._rows):
            value = key(other)
            if value is None or (value < wanted if descending else value > wanted):
                return row
        return len(self._rows)

    # -- following the session -------------------------------------------------------------
    def _index_rows(self) -> None:
        self._row_of = {a.id: row for row, a in enumerate(self._rows)}
        self.generation += 1

    def _action_changed(self, action_id: int) -> None:
        row = self._row_of.get(action_id)
        action = self.session.action(action_id)
        if row is None or action is None:
            return
        self._rows[row] = action
        self._folded.pop(action_id, None)
        self.generation += 1
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))

    def _actions_changed(self) -> None:
        """Remove and insert only the rows that went or came (a reset would lose the
        selection and the scroll position)."""
        current = self.session.action_ids()
        wanted = set(current)
        removed = [row for row, a in enumerate(self._rows) if a.id not in wanted]
        added = [i for i in current if i not in self._row_of]
        if len(removed) + len(added) > 200:
            self.beginResetModel()
            self._rows = self._sorted(self.session.actions())
            self._folded.clear()
            self._texts.clear()
            self._index_rows()
            self.endResetModel()
            return
        for row in reversed(removed):
            self.beginRemoveRows(QModelIndex(), row, row)
            self._folded.pop(self._rows[row].id, None)
            self._texts.pop(self._rows[row].id, None)
            del self._rows[row]
            self.generation += 1
            self.endRemoveRows()
        for action_id in added:
            action = self.session.action(action_id)
            row = self._insert_position(action)
            self.beginInsertRows(QModelIndex(), row, row)
            self._rows.insert(row, action)
            self.generation += 1
            self.endInsertRows()
        if removed or added:
            self._index_rows()
        # Rows read again (after a reload) are replaced first and announced in one signal:
        # a filter works its answers out once per generation, so one signal per row would
        # make it work them out once per row (10,000 rows: half a minute).
        changed = []
        for row, action in enumerate(self._rows):
            fresh = self.session.action(action.id)
            if fresh is not action:
                self._rows[row] = fresh
                self._folded.pop(action.id, None)
                changed.append(row)
        if changed:
            self.generation += 1
            self.dataChanged.emit(
                self.index(changed[0], 0), self.index(changed[-1], COLUMN_COUNT - 1)
            )

"""The action plan in the database: actions with their benchmarks and milestones, indicators
with their measurements. Every change is written at once in a transaction; deletes only hide
rows (``deleted_at``), so that Undo can bring them back.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import UTC, date, datetime
from functools import cached_property

from toolbox_desktop.core.merging import field_names, merge_or_refuse
from toolbox_desktop.core.plan import (
    Action,
    Indicator,
    Measurement,
    Milestone,
    Problem,
    check_action,
    check_indicator,
)
from toolbox_desktop.storage.database import as_database, data_version
from toolbox_desktop.storage.edit_history import ACTION, INDICATOR, record_changes, set_aside
from toolbox_desktop.storage.milestone_uids import replace_milestones, stored_milestones
from toolbox_desktop.storage.transactions import immediate_transaction
from toolbox_desktop.storage.version_stamp import version_stamp


class InvalidActionError(ValueError):
    """The action has values the user must correct first (``problems`` says which)."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(p.message for p in problems))
        self.problems = problems


class ActionNotFoundError(LookupError):
    pass


class IndicatorNotFoundError(LookupError):
    pass


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _text(day: date | None) -> str | None:
    return day.isoformat() if day else None


_ACTION_COLUMNS = (
    "id, title, description, dimension, responsible_role, responsible_person, partners, "
    "partner_names, start, end, phase, status, priority, progress, budget_cents, spent_cents, "
    "currency, budget_line, funding_source, guide_item"
)

ACTION_FIELDS = field_names(Action)
INDICATOR_FIELDS = field_names(Indicator, skip=("id", "action_id", "benchmark"))


class PlanRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def data_version(self) -> int:
        return data_version(self.conn)

    def writing(self):
        """One write transaction around several writes (all of them, or none)."""
        return immediate_transaction(self.conn)

    @cached_property
    def db(self):
        """sqlite-utils on the same connection, for writes (imported on the first write)."""
        return as_database(self.conn)

    # -- reading -------------------------------------------------------------------------
    def actions(self, include_deleted: bool = False) -> list[Action]:
        """All actions, oldest first, each with its benchmarks and milestones (3 queries)."""
        where = "" if include_deleted else "WHERE deleted_at IS NULL"
        rows = self.conn.execute(f"SELECT {_ACTION_COLUMNS} FROM actions {where} ORDER BY id")
        benchmarks: dict[int, list[str]] = {}
        for action_id, code in self.conn.execute(
            "SELECT action_id, benchmark FROM action_benchmarks ORDER BY action_id, position"
        ):
            benchmarks.setdefault(action_id, []).append(code)
        milestones: dict[int, list[Milestone]] = {}
        for action_id, title, due, done, uid in self.conn.execute(
            "SELECT action_id, title, due, done, uid FROM milestones ORDER BY action_id, position"
        ):
            milestones.setdefault(action_id, []).append(
                Milestone(title, _day(due), bool(done), uid or "")
            )
        return [_action(row, benchmarks, milestones) for row in rows]

    def action(self, action_id: int) -> Action:
        row = self.conn.execute(
            f"SELECT {_ACTION_COLUMNS} FROM actions WHERE id = ? AND deleted_at IS NULL",
            [action_id],
        ).fetchone()
        if row is None:
            raise ActionNotFoundError(action_id)
        benchmarks = {
            action_id: [
                r[0]
                for r in self.conn.execute(
                    "SELECT benchmark FROM action_benchmarks WHERE action_id = ? ORDER BY position",
                    [action_id],
                )
            ]
        }
        milestones = {action_id: stored_milestones(self.conn, action_id)}
        return _action(row, benchmarks, milestones)

    def actions_for_benchmark(self, code: str) -> list[Action]:
        ids = [
            row[0]
            for row in self.conn.execute(
                "SELECT a.id FROM actions a JOIN action_benchmarks b ON b.action_id = a.id "
                "WHERE b.benchmark = ? AND a.deleted_at IS NULL ORDER BY a.id",
                [code],
            )
        ]
        return [self.action(action_id) for action_id in ids]

    # -- writing -------------------------------------------------------------------------
    def save_action(
        self, action: Action, base: Action | None = None, uid: str | None = None
    ) -> Action:
        """Insert (``id`` None) or store an edited action; returns it as stored now. A new
        action takes ``uid`` when given (an import keeps the package's), else a new one.

        With ``base`` (the action as the screen read it) only the fields that differ from
        ``base`` are written, over what is stored now, so that another window's change of
        another field survives; if another window changed one of the same fields meanwhile,
        ``ChangedElsewhereError`` is raised and nothing is written. Without ``base`` every
        field is written (a new action, or the user chose to keep their version).
        """
        problems = check_action(action) if base is None else []
        if problems:
            raise InvalidActionError(problems)
        stamp = now()
        with immediate_transaction(self.conn):
            if action.id is None:
                row = {**_action_row(action), **({"uid": uid} if uid else {})}
                action_id = (
                    self.db["actions"]
                    .insert({**row, "created_at": stamp, "updated_at": version_stamp()})
                    .last_pk
                )
                action = self._replace_children(action_id, action, ACTION_FIELDS)
                return replace(action, id=action_id)
            stored = self.action(action.id)  # raises when missing or deleted
            if base is None:
                target, changed = action, ACTION_FIELDS
            else:
                outcome = merge_or_refuse(base, action, stored, ACTION_FIELDS)
                target, changed = outcome.merged, outcome.changed
                problems = check_action(target)
                if problems:
                    raise InvalidActionError(problems)
            changed = tuple(
                name for name in changed if getattr(stored, name) != getattr(target, name)
            )
            if not changed:
                return stored
            if "milestones" not in changed:  # the same milestones: keep the stored uids
                target = replace(target, milestones=stored.milestones)
            row = {key: value for key, value in _action_row(target).items() if key in changed}
            self.db["actions"].update(action.id, {**row, "updated_at": version_stamp()})
            target = self._replace_children(action.id, target, changed)
            record_changes(self.conn, ACTION, action.id, stored, target, changed)
        return target

    def update_actions(
        self, ids: list[int], expected: dict[int, Action] | None = None, **changes
    ) -> list[Action]:
        """Change the same fields (e.g. status or owner) of several actions at once: all are
        checked first, then written with one UPDATE, so thousands take a moment. With
        ``expected`` (id -> the action as the screen read it), an action whose changed fields
        another window changed meanwhile raises ``ChangedElsewhereError``; nothing is written.
        """
        with immediate_transaction(self.conn):
            before = {action.id: action for action in self.actions()}
            missing = [i for i in ids if i not in before]
            if missing:
                raise ActionNotFoundError(missing[0])
            names = tuple(changes)
            for action_id, seen in (expected or {}).items():
                if action_id in before:
                    merge_or_refuse(seen, replace(seen, **changes), before[action_id], names)
            updated = [replace(before[i], **changes) for i in ids]
            for action in updated:
                problems = check_action(action)
                if problems:
                    raise InvalidActionError(problems)
            if not ids:
                return []
            row = {key: value for key, value in _action_row(updated[0]).items() if key in changes}
            simple = set(changes) == set(row)  # no benchmarks or milestones among the changes
            if simple:
                assignments = ", ".join(f"[{key}] = ?" for key in row)
                for chunk in range(0, len(ids), 500):
                    part = ids[chunk : chunk + 500]
                    self.conn.execute(
                        f"UPDATE actions SET {assignments}, updated_at = ? "
                        f"WHERE id IN ({', '.join('?' * len(part))})",
                        [*row.values(), version_stamp(), *part],
                    )
                for action in updated:
                    record_changes(
                        self.conn, ACTION, action.id, before[action.id], action, tuple(changes)
                    )
            else:
                for action in updated:
                    self.save_action(action, before[action.id])
        return updated

    def delete_actions(self, ids: list[int]) -> None:
        stamp = now()
        with immediate_transaction(self.conn):
            for action_id in ids:
                self.action(action_id)
                self.db["actions"].update(action_id, {"deleted_at": stamp})

    def restore_actions(self, ids: list[int]) -> None:
        with immediate_transaction(self.conn):
            for action_id in ids:
                self.db["actions"].update(action_id, {"deleted_at": None})

    def _replace_children(self, action_id: int, action: Action, changed: tuple[str, ...]) -> Action:
        """Write the benchmarks and milestones among ``changed``; returns ``action`` with its
        milestones' uids (kept, or new)."""
        if "benchmarks" in changed:
            self.conn.execute("DELETE FROM action_benchmarks WHERE action_id = ?", [action_id])
            self.db["action_benchmarks"].insert_all(
                [
                    {"action_id": action_id, "benchmark": code, "position": position}
                    for position, code in enumerate(dict.fromkeys(action.benchmarks))
                ]
            )
        if "milestones" not in changed:
            return action
        return replace(
            action, milestones=replace_milestones(self.conn, action_id, action.milestones)
        )

    def set_aside_action(self, theirs: Action, mine: Action, fields: tuple[str, ...]) -> None:
        """Keep the user's values of ``fields`` in the edit history when they chose another
        window's version instead (nothing typed is lost)."""
        set_aside(self.conn, ACTION, theirs.id, theirs, mine, fields)

    def set_aside_indicator(
        self, theirs: Indicator, mine: Indicator, fields: tuple[str, ...]
    ) -> None:
        set_aside(self.conn, INDICATOR, theirs.id, theirs, mine, fields)

    # -- indicators ----------------------------------------------------------------------
    def indicators(self, action_id: int | None = None, benchmark: str | None = None):
        """Indicators of an action, of a benchmark, or (neither given) all of them."""
        sql = (
            "SELECT id, name, unit, baseline, target, action_id, benchmark FROM indicators "
            "WHERE deleted_at IS NULL"
        )
        args: list = []
        if action_id is not None:
            sql += " AND action_id = ?"
            args.append(action_id)
        if benchmark is not None:
            sql += " AND benchmark = ?"
            args.append(benchmark)
        return [self._indicator(row) for row in self.conn.execute(sql + " ORDER BY id", args)]

    def save_indicator(
        self, indicator: Indicator, base: Indicator | None = None, uid: str | None = None
    ) -> Indicator:
        """Insert or store an edited indicator with its measurements; with ``base`` only the
        fields changed since ``base`` are written, as for actions (``save_action``). A new
        indicator takes ``uid`` when given (an import keeps the package's)."""
        problems = check_indicator(indicator)
        if problems:  # the name, and the limits of core.limits
            raise InvalidActionError(problems)
        with immediate_transaction(self.conn):
            if indicator.id is None:
                row = {**_indicator_row(indicator), **({"uid": uid} if uid else {})}
                indicator_id = self.db["indicators"].insert(row).last_pk
                self._replace_measurements(indicator_id, indicator)
                return replace(indicator, id=indicator_id)
            stored = self.indicator(indicator.id)
            if base is None:
                target, changed = indicator, INDICATOR_FIELDS
            else:
                outcome = merge_or_refuse(base, indicator, stored, INDICATOR_FIELDS)
                target, changed = outcome.merged, outcome.changed
            changed = tuple(n for n in changed if getattr(stored, n) != getattr(target, n))
            row = {k: v for k, v in _indicator_row(target).items() if k in changed}
            if row:
                self.db["indicators"].update(indicator.id, row)
            if "measurements" in changed:
                self._replace_measurements(indicator.id, target)
            record_changes(self.conn, INDICATOR, indicator.id, stored, target, changed)
        return target

    def link_indicator(self, indicator_id: int, action_id: int | None, benchmark: str) -> None:
        """Move an indicator to another action or benchmark (an import does; ``save_indicator``
        never changes what an indicator measures)."""
        with immediate_transaction(self.conn):
            self.indicator(indicator_id)  # raises when missing or deleted
            self.db["indicators"].update(
                indicator_id, {"action_id": action_id, "benchmark": benchmark}
            )

    def indicator(self, indicator_id: int) -> Indicator:
        """One indicator not deleted (raises ``IndicatorNotFoundError``)."""
        row = self.conn.execute(
            "SELECT id, name, unit, baseline, target, action_id, benchmark FROM indicators "
            "WHERE id = ? AND deleted_at IS NULL",
            [indicator_id],
        ).fetchone()
        if row is None:
            raise IndicatorNotFoundError(indicator_id)
        return self._indicator(row)

    def _indicator(self, row) -> Indicator:
        measurements = tuple(
            Measurement(_day(day), value, note)
            for day, value, note in self.conn.execute(
                "SELECT measured_on, value, note FROM measurements WHERE indicator_id = ? "
                "ORDER BY measured_on, id",
                [row[0]],
            )
        )
        return Indicator(*row[:5], row[5], row[6] or "", measurements)

    def _replace_measurements(self, indicator_id: int, indicator: Indicator) -> None:
        self.conn.execute("DELETE FROM measurements WHERE indicator_id = ?", [indicator_id])
        self.db["measurements"].insert_all(
            [
                {
                    "indicator_id": indicator_id,
                    "measured_on": m.measured_on.isoformat(),
                    "value": m.value,
                    "note": m.note,
                }
                for m in indicator.measurements
            ]
        )

    def delete_indicator(self, indicator_id: int) -> None:
        with immediate_transaction(self.conn):
            self.db["indicators"].update(indicator_id, {"deleted_at": now()})

    def restore_indicator(self, indicator_id: int) -> None:
        with immediate_transaction(self.conn):
            self.db["indicators"].update(indicator_id, {"deleted_at": None})


def _action(row, benchmarks: dict, milestones: dict) -> Action:
    (
        action_id,
        title,
        description,
        dimension,
        role,
        person,
        partners,
        partner_names,
        start,
        end,
        phase,
        status,
        priority,
        progress,
        budget,
        spent,
        currency,
        line,
        funding,
        guide_item,
    ) = row
    return Action(
        action_id,
        title,
        description,
        tuple(benchmarks.get(action_id, ())),
        dimension,
        role,
        person,
        () if partners == "[]" else tuple(json.loads(partners)),  # most have none: no parse
        partner_names,
        _day(start),
        _day(end),
        phase,
        status,
        priority,
        progress,
        budget,
        spent,
        currency,
        line,
        funding,
        tuple(milestones.get(action_id, ())),
        guide_item or "",
    )


def _action_row(action: Action) -> dict:
    return {
        "title": action.title,
        "description": action.description,
        "dimension": action.dimension,
        "responsible_role": action.responsible_role,
        "responsible_person": action.responsible_person,
        "partners": json.dumps(list(action.partners)),
        "partner_names": action.partner_names,
        "start": _text(action.start),
        "end": _text(action.end),
        "phase": action.phase,
        "status": action.status,
        "priority": action.priority,
        "progress": action.progress,
        "budget_cents": action.budget_cents,
        "spent_cents": action.spent_cents,
        "currency": action.currency,
        "budget_line": action.budget_line,
        "funding_source": action.funding_source,
        "guide_item": action.guide_item,
    }


def _indicator_row(indicator: Indicator) -> dict:
    return {
        "name": indicator.name,
        "unit": indicator.unit,
        "baseline": indicator.baseline,
        "target": indicator.target,
        "action_id": indicator.action_id,
        "benchmark": indicator.benchmark,
    }

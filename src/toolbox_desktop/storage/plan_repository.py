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

from toolbox_desktop.core.plan import (
    Action,
    Indicator,
    Measurement,
    Milestone,
    Problem,
    check_action,
)
from toolbox_desktop.storage.database import as_database, data_version


class InvalidActionError(ValueError):
    """The action has values the user must correct first (``problems`` says which)."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(p.message for p in problems))
        self.problems = problems


class ActionNotFoundError(LookupError):
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
    "currency, budget_line, funding_source"
)


class PlanRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def data_version(self) -> int:
        return data_version(self.conn)

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
        for action_id, title, due, done in self.conn.execute(
            "SELECT action_id, title, due, done FROM milestones ORDER BY action_id, position"
        ):
            milestones.setdefault(action_id, []).append(Milestone(title, _day(due), bool(done)))
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
        milestones = {
            action_id: [
                Milestone(title, _day(due), bool(done))
                for title, due, done in self.conn.execute(
                    "SELECT title, due, done FROM milestones WHERE action_id = ? ORDER BY position",
                    [action_id],
                )
            ]
        }
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
    def save_action(self, action: Action) -> Action:
        """Insert (``id`` None) or replace an action with all its fields; returns it stored."""
        problems = check_action(action)
        if problems:
            raise InvalidActionError(problems)
        row = _action_row(action)
        stamp = now()
        with self.db.atomic():
            if action.id is None:
                action_id = (
                    self.db["actions"]
                    .insert({**row, "created_at": stamp, "updated_at": stamp})
                    .last_pk
                )
            else:
                self.action(action.id)  # raises when missing or deleted
                action_id = action.id
                self.db["actions"].update(action_id, {**row, "updated_at": stamp})
            self._replace_children(action_id, action)
        return replace(action, id=action_id)

    def update_actions(self, ids: list[int], **changes) -> list[Action]:
        """Change the same fields (e.g. status or owner) of several actions at once: all are
        checked first, then written with one UPDATE, so thousands take a moment."""
        before = {action.id: action for action in self.actions()}
        missing = [i for i in ids if i not in before]
        if missing:
            raise ActionNotFoundError(missing[0])
        updated = [replace(before[i], **changes) for i in ids]
        for action in updated:
            problems = check_action(action)
            if problems:
                raise InvalidActionError(problems)
        row = {key: value for key, value in _action_row(updated[0]).items() if key in changes}
        simple = set(changes) == set(row)  # no benchmarks or milestones among the changes
        with self.db.atomic():
            if simple and ids:
                assignments = ", ".join(f"[{key}] = ?" for key in row)
                for chunk in range(0, len(ids), 500):
                    part = ids[chunk : chunk + 500]
                    self.conn.execute(
                        f"UPDATE actions SET {assignments}, updated_at = ? "
                        f"WHERE id IN ({', '.join('?' * len(part))})",
                        [*row.values(), now(), *part],
                    )
            else:
                for action in updated:
                    self.save_action(action)
        return updated

    def delete_actions(self, ids: list[int]) -> None:
        stamp = now()
        with self.db.atomic():
            for action_id in ids:
                self.action(action_id)
                self.db["actions"].update(action_id, {"deleted_at": stamp})

    def restore_actions(self, ids: list[int]) -> None:
        with self.db.atomic():
            for action_id in ids:
                self.db["actions"].update(action_id, {"deleted_at": None})

    def _replace_children(self, action_id: int, action: Action) -> None:
        self.conn.execute("DELETE FROM action_benchmarks WHERE action_id = ?", [action_id])
        self.conn.execute("DELETE FROM milestones WHERE action_id = ?", [action_id])
        self.db["action_benchmarks"].insert_all(
            [
                {"action_id": action_id, "benchmark": code, "position": position}
                for position, code in enumerate(dict.fromkeys(action.benchmarks))
            ]
        )
        self.db["milestones"].insert_all(
            [
                {
                    "action_id": action_id,
                    "position": position,
                    "title": milestone.title,
                    "due": _text(milestone.due),
                    "done": int(milestone.done),
                }
                for position, milestone in enumerate(action.milestones)
            ]
        )

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
        indicators = []
        for row in self.conn.execute(sql + " ORDER BY id", args):
            measurements = tuple(
                Measurement(_day(day), value, note)
                for day, value, note in self.conn.execute(
                    "SELECT measured_on, value, note FROM measurements WHERE indicator_id = ? "
                    "ORDER BY measured_on, id",
                    [row[0]],
                )
            )
            indicators.append(Indicator(*row[:5], row[5], row[6] or "", measurements))
        return indicators

    def save_indicator(self, indicator: Indicator) -> Indicator:
        """Insert or replace an indicator with all its measurements."""
        if not indicator.name.strip():
            raise ValueError("an indicator needs a name")
        row = {
            "name": indicator.name,
            "unit": indicator.unit,
            "baseline": indicator.baseline,
            "target": indicator.target,
            "action_id": indicator.action_id,
            "benchmark": indicator.benchmark,
        }
        with self.db.atomic():
            if indicator.id is None:
                indicator_id = self.db["indicators"].insert(row).last_pk
            else:
                indicator_id = indicator.id
                self.db["indicators"].update(indicator_id, row)
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
        return replace(indicator, id=indicator_id)

    def delete_indicator(self, indicator_id: int) -> None:
        with self.db.atomic():
            self.db["indicators"].update(indicator_id, {"deleted_at": now()})

    def restore_indicator(self, indicator_id: int) -> None:
        with self.db.atomic():
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
    ) = row
    return Action(
        action_id,
        title,
        description,
        tuple(benchmarks.get(action_id, ())),
        dimension,
        role,
        person,
        tuple(json.loads(partners)),
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
    }

"""Who the advocacy letters go to: per dimension, the level that holds the competence the town
lacks, the addressee's name and postal address, and who signs the letter.

Set once in the Reports area (``ui/reports/addressee_editor.py``) and read by the letters
report. One row per dimension code, or ``OTHER`` for every dimension without its own row. A
row whose every field is empty is removed, so "not set" has one meaning. Written at once in a
``BEGIN IMMEDIATE`` transaction; the last write wins (the texts are short and set once, and
Undo writes the earlier values back).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, fields

from toolbox_desktop.core import limits
from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP
from toolbox_desktop.storage.transactions import immediate_transaction
from toolbox_desktop.storage.version_stamp import version_stamp

OTHER = "other"  # the addressee of every dimension without its own
LEVELS = ("district", "region", "state", "national-ministry", "other")
LEVEL_NAMES = {
    "district": QT_TRANSLATE_NOOP("Advocacy", "District"),
    "region": QT_TRANSLATE_NOOP("Advocacy", "Region"),
    "state": QT_TRANSLATE_NOOP("Advocacy", "State"),
    "national-ministry": QT_TRANSLATE_NOOP("Advocacy", "National ministry"),
    "other": QT_TRANSLATE_NOOP("Advocacy", "Other body"),
}
TEXTS = ("level", "name", "address", "sender_name", "sender_role")
LIMITS = {
    "level": limits.LINE,
    "name": limits.LINE,
    "address": limits.NOTE,
    "sender_name": limits.LINE,
    "sender_role": limits.LINE,
}


@dataclass(frozen=True)
class Addressee:
    dimension: str  # a dimension code, or OTHER
    level: str = ""  # one of LEVELS, or ""
    name: str = ""
    address: str = ""  # the postal address, one line per line of the envelope
    sender_name: str = ""
    sender_role: str = ""

    @property
    def is_set(self) -> bool:
        """Someone to write to: a name or an address."""
        return bool(self.name.strip() or self.address.strip())

    @property
    def is_empty(self) -> bool:
        return not any(getattr(self, name).strip() for name in TEXTS)


_COLUMNS = ", ".join(f.name for f in fields(Addressee))


class AdvocacyAddresseeRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def addressees(self) -> dict[str, Addressee]:
        """Every addressee set, by dimension code (``OTHER`` included when set)."""
        rows = self.conn.execute(
            f"SELECT {_COLUMNS} FROM advocacy_addressees ORDER BY dimension"
        ).fetchall()
        return {row[0]: Addressee(*row) for row in rows}

    def addressee(self, dimension: str) -> Addressee:
        """The addressee of ``dimension`` as stored; an empty one when none is set."""
        row = self.conn.execute(
            f"SELECT {_COLUMNS} FROM advocacy_addressees WHERE dimension = ?", [dimension]
        ).fetchone()
        return Addressee(*row) if row else Addressee(dimension)

    def save(self, addressee: Addressee) -> Addressee:
        """Store ``addressee`` as given (all empty: removed); ``LimitError`` for a text over
        its limit, nothing written."""
        limits.check_texts(addressee, LIMITS)
        with immediate_transaction(self.conn):
            if addressee.is_empty:
                self.conn.execute(
                    "DELETE FROM advocacy_addressees WHERE dimension = ?", [addressee.dimension]
                )
                return Addressee(addressee.dimension)
            values = [getattr(addressee, name) for name in TEXTS]
            stamp = version_stamp()
            self.conn.execute(
                f"INSERT INTO advocacy_addressees ({_COLUMNS}, updated_at) "
                f"VALUES (?, {', '.join('?' * len(TEXTS))}, ?) "
                "ON CONFLICT (dimension) DO UPDATE SET "
                + ", ".join(f"{name} = excluded.{name}" for name in TEXTS)
                + ", updated_at = excluded.updated_at",
                [addressee.dimension, *values, stamp],
            )
        return addressee

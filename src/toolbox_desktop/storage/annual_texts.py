"""The texts the user writes for an annual integration report: a summary, stories of
volunteers and partners, and next year's focus; one set per year, stored at once."""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass

from toolbox_desktop.core import limits
from toolbox_desktop.core.merging import field_names, merge_or_refuse
from toolbox_desktop.storage.database import as_database
from toolbox_desktop.storage.edit_history import ANNUAL, record_changes, set_aside
from toolbox_desktop.storage.transactions import immediate_transaction
from toolbox_desktop.storage.version_stamp import version_stamp


@dataclass(frozen=True)
class AnnualTexts:
    year: int
    summary: str = ""
    stories: str = ""
    next_focus: str = ""


TEXT_FIELDS = field_names(AnnualTexts, skip=("year",))


class AnnualTextRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def texts(self, year: int) -> AnnualTexts:
        row = self.conn.execute(
            "SELECT summary, stories, next_focus FROM annual_report_texts WHERE year = ?", [year]
        ).fetchone()
        return AnnualTexts(year, *row) if row else AnnualTexts(year)

    def save(self, texts: AnnualTexts, base: AnnualTexts | None = None) -> AnnualTexts:
        """Store the year's texts; returns them as stored now. With ``base`` (the texts as the
        screen read them) only the texts changed since are written, over what is stored, and
        ``ChangedElsewhereError`` is raised if another window changed the same text meanwhile
        (see ``core.merging``)."""
        if not 1990 <= texts.year <= 2100:
            raise ValueError(f"the year {texts.year} is outside 1990-2100")
        with immediate_transaction(self.conn):
            stored = self.texts(texts.year)
            target = texts
            if base is not None:
                outcome = merge_or_refuse(base, texts, stored, TEXT_FIELDS)
                target = outcome.merged
            if target == stored:
                return stored
            limits.check_texts(target, limits.ANNUAL_TEXTS)
            as_database(self.conn)["annual_report_texts"].upsert(
                {**asdict(target), "updated_at": version_stamp()},
                pk="year",
            )
            record_changes(self.conn, ANNUAL, texts.year, stored, target, TEXT_FIELDS)
        return target

    def set_aside(self, theirs: AnnualTexts, mine: AnnualTexts, fields: tuple[str, ...]) -> None:
        """Keep the user's texts in the edit history when they took another window's."""
        set_aside(self.conn, ANNUAL, theirs.year, theirs, mine, fields)

"""The texts the user writes for an annual integration report: a summary, stories of
volunteers and partners, and next year's focus; one set per year, stored at once."""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass
from datetime import UTC, datetime

from toolbox_desktop.storage.database import as_database


@dataclass(frozen=True)
class AnnualTexts:
    year: int
    summary: str = ""
    stories: str = ""
    next_focus: str = ""


class AnnualTextRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def texts(self, year: int) -> AnnualTexts:
        row = self.conn.execute(
            "SELECT summary, stories, next_focus FROM annual_report_texts WHERE year = ?", [year]
        ).fetchone()
        return AnnualTexts(year, *row) if row else AnnualTexts(year)

    def save(self, texts: AnnualTexts) -> None:
        if not 1990 <= texts.year <= 2100:
            raise ValueError(f"the year {texts.year} is outside 1990-2100")
        db = as_database(self.conn)
        with db.atomic():
            db["annual_report_texts"].upsert(
                {**asdict(texts), "updated_at": datetime.now(UTC).isoformat(timespec="seconds")},
                pk="year",
            )

"""Workshop participants and their individual ratings of an assessment.

An assessment run as a workshop keeps every participant's rating here, apart from the
assessment's own ratings, which are the ratings the group agreed (written through
``AssessmentRepository`` like any other rating, so history and undo work the same way).
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime

from toolbox_desktop.core import limits
from toolbox_desktop.core.assessment import EXCLUSIONS, FINAL, LEVELS
from toolbox_desktop.core.consensus import Participant, ParticipantRating
from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from toolbox_desktop.storage.transactions import immediate_transaction

NAMED, ANONYMOUS = "named", "anonymous"
MODES = (NAMED, ANONYMOUS)
PAPER, FILE = "paper", "file"
MSG_NAME_TAKEN = QT_TRANSLATE_NOOP(
    "Workshop",
    "{name} is already a participant of this workshop. Choose that participant to change "
    "their ratings, or add the name with an initial.",
)
MSG_FINAL = QT_TRANSLATE_NOOP(
    "Workshop",
    "This assessment is final, so its workshop cannot change. Reopen the assessment first.",
)


class WorkshopError(ValueError):
    """A workshop change that cannot be made; ``message`` says why and what to do."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class WorkshopRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def _refuse_if_full(self, assessment_id: int) -> None:
        """One more participant must stay within the limit (the editor and imports alike)."""
        present = self.conn.execute(
            "SELECT count(*) FROM workshop_participants WHERE assessment_id = ?",
            [assessment_id],
        ).fetchone()[0]
        most = limits.PARTICIPANTS_PER_WORKSHOP
        if present >= most:
            excess = limits.Excess("workshop_participants", present + 1, most, counted=True)
            raise WorkshopError(excess.message())

    def _refuse_if_final(self, assessment_id: int) -> None:
        row = self.conn.execute(
            "SELECT status FROM assessments WHERE id = ?", [assessment_id]
        ).fetchone()
        if row is not None and row[0] == FINAL:
            raise WorkshopError(Message("Workshop", MSG_FINAL))

    def _assessment_of(self, participant_id: int) -> int | None:
        row = self.conn.execute(
            "SELECT assessment_id FROM workshop_participants WHERE id = ?", [participant_id]
        ).fetchone()
        return row[0] if row else None

    # -- the workshop ----------------------------------------------------------------------
    def mode(self, assessment_id: int) -> str:
        """'' when the assessment is not run as a workshop, else 'named' or 'anonymous'."""
        row = self.conn.execute(
            "SELECT workshop FROM assessments WHERE id = ?", [assessment_id]
        ).fetchone()
        return row[0] if row else ""

    def start(self, assessment_id: int, mode: str) -> None:
        if mode not in MODES:
            raise ValueError(f"unknown workshop mode {mode!r}")
        self.set_mode(assessment_id, mode)

    def set_mode(self, assessment_id: int, mode: str) -> None:
        """'named' or 'anonymous', or '' (not a workshop: a package may say so); refused
        when the assessment is final."""
        if mode not in ("", *MODES):
            raise ValueError(f"unknown workshop mode {mode!r}")
        with immediate_transaction(self.conn):
            self._refuse_if_final(assessment_id)
            self.conn.execute(
                "UPDATE assessments SET workshop = ? WHERE id = ?", [mode, assessment_id]
            )

    # -- participants ----------------------------------------------------------------------
    def participants(self, assessment_id: int) -> list[Participant]:
        rows = self.conn.execute(
            "SELECT id, number, name, source, uid FROM workshop_participants "
            "WHERE assessment_id = ? ORDER BY number",
            [assessment_id],
        )
        return [Participant(*row) for row in rows]

    def add_participant(self, assessment_id: int, name: str = "", source: str = PAPER):
        """A new participant with the next number; a name already taken is refused, and so
        is a name or a participant beyond ``core.limits``."""
        name = _checked_name(name)
        with immediate_transaction(self.conn):
            self._refuse_if_final(assessment_id)
            if name and self._name_taken(assessment_id, name):
                raise WorkshopError(Message("Workshop", MSG_NAME_TAKEN, name=name))
            self._refuse_if_full(assessment_id)
            number = self.conn.execute(
                "SELECT COALESCE(MAX(number), 0) + 1 FROM workshop_participants "
                "WHERE assessment_id = ?",
                [assessment_id],
            ).fetchone()[0]
            cursor = self.conn.execute(
                "INSERT INTO workshop_participants "
                "(assessment_id, uid, number, name, source, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [assessment_id, uuid.uuid4().hex, number, name, source, _now()],
            )
        return Participant(cursor.lastrowid, number, name, source)

    def _name_taken(self, assessment_id: int, name: str, except_id: int | None = None) -> bool:
        rows = self.conn.execute(
            "SELECT id, name FROM workshop_participants WHERE assessment_id = ?",
            [assessment_id],
        )
        wanted = name.casefold()
        return any(row[1].casefold() == wanted and row[0] != except_id for row in rows)

    def rename_participant(self, participant_id: int, name: str) -> None:
        name = _checked_name(name)
        with immediate_transaction(self.conn):
            row = self.conn.execute(
                "SELECT assessment_id FROM workshop_participants WHERE id = ?",
                [participant_id],
            ).fetchone()
            if row is None:
                return
            if name and self._name_taken(row[0], name, except_id=participant_id):
                raise WorkshopError(Message("Workshop", MSG_NAME_TAKEN, name=name))
            self.conn.execute(
                "UPDATE workshop_participants SET name = ? WHERE id = ?", [name, participant_id]
            )

    def remove_participant(self, participant_id: int) -> None:
        """Remove a participant and their ratings (the agreed ratings stay)."""
        with immediate_transaction(self.conn):
            assessment_id = self._assessment_of(participant_id)
            if assessment_id is not None:
                self._refuse_if_final(assessment_id)
            self.conn.execute("DELETE FROM workshop_participants WHERE id = ?", [participant_id])

    def put_participant(
        self,
        assessment_id: int,
        participant: Participant,
        ratings: list[ParticipantRating],
        replacing: Iterable[str] = (),
    ) -> int:
        """Add a participant collected from a package (with its ``uid`` and ``number``), or
        update the one with that uid: its name and source, its ratings of ``replacing``
        (benchmark codes) removed and ``ratings`` stored as they come. Returns its id.

        The rules of ``add_participant`` and ``save_rating`` hold (refused when the assessment
        is final, the limits of ``core.limits``), except two that a package decides: the
        number, and a name that two laptops both collected (``exchange.package_import``
        merges participants by uid and never removes one)."""
        _check_limits(participant, limits.WORKSHOP_PARTICIPANT)
        for rating in ratings:
            _check_answer(rating.level, rating.exclusion)
            _check_limits(rating, limits.PARTICIPANT_RATING)
        with immediate_transaction(self.conn):
            self._refuse_if_final(assessment_id)
            row = self.conn.execute(
                "SELECT id FROM workshop_participants WHERE uid = ?", [participant.uid]
            ).fetchone()
            if row is None:
                self._refuse_if_full(assessment_id)
                participant_id = self.conn.execute(
                    "INSERT INTO workshop_participants (assessment_id, uid, number, name, "
                    "source, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                    [
                        assessment_id,
                        participant.uid,
                        participant.number,
                        participant.name,
                        participant.source,
                        _now(),
                    ],
                ).lastrowid
            else:
                participant_id = row[0]
                self.conn.execute(
                    "UPDATE workshop_participants SET name = ?, source = ? WHERE id = ?",
                    [participant.name, participant.source, participant_id],
                )
            self.conn.executemany(
                "DELETE FROM participant_ratings WHERE participant_id = ? AND benchmark = ?",
                [(participant_id, code) for code in replacing],
            )
            self.conn.executemany(
                "INSERT INTO participant_ratings (participant_id, benchmark, level, exclusion, "
                "note) VALUES (?, ?, ?, ?, ?)",
                [(participant_id, r.benchmark, r.level, r.exclusion, r.note) for r in ratings],
            )
        return participant_id

    # -- their ratings ---------------------------------------------------------------------
    def ratings(self, assessment_id: int) -> dict[int, dict[str, ParticipantRating]]:
        """Participant id → benchmark code → that participant's rating."""
        rows = self.conn.execute(
            "SELECT r.participant_id, r.benchmark, r.level, r.exclusion, r.note "
            "FROM participant_ratings r JOIN workshop_participants p ON p.id = r.participant_id "
            "WHERE p.assessment_id = ?",
            [assessment_id],
        )
        result: dict[int, dict[str, ParticipantRating]] = {}
        for participant_id, code, level, exclusion, note in rows:
            result.setdefault(participant_id, {})[code] = ParticipantRating(
                code, level, exclusion, note
            )
        return result

    def save_rating(
        self,
        participant_id: int,
        benchmark: str,
        level: int | None,
        exclusion: str = "",
        note: str | None = None,
    ) -> None:
        """Store one participant's answer. ``note`` None keeps the note already written (a
        level typed from a paper sheet never erases a comment); no level and no exclusion
        clears the answer, and the row goes once it holds no note either."""
        _check_answer(level, exclusion)
        if exclusion:
            level = None
        _check_limits(ParticipantRating(benchmark, note=note or ""), limits.PARTICIPANT_RATING)
        with immediate_transaction(self.conn):
            assessment_id = self._assessment_of(participant_id)
            if assessment_id is not None:
                self._refuse_if_final(assessment_id)
            self.conn.execute(
                "INSERT INTO participant_ratings (participant_id, benchmark, level, exclusion, "
                "note) VALUES (?, ?, ?, ?, COALESCE(?, '')) "
                "ON CONFLICT (participant_id, benchmark) DO UPDATE SET level = excluded.level, "
                "exclusion = excluded.exclusion, note = COALESCE(?, participant_ratings.note)",
                [participant_id, benchmark, level, exclusion, note, note],
            )
            self.conn.execute(
                "DELETE FROM participant_ratings WHERE participant_id = ? AND benchmark = ? "
                "AND level IS NULL AND exclusion = '' AND note = ''",
                [participant_id, benchmark],
            )


def _check_answer(level: int | None, exclusion: str) -> None:
    if level is not None and level not in LEVELS:
        raise ValueError(f"level {level!r} is not one of {LEVELS}")
    if exclusion and exclusion not in EXCLUSIONS:
        raise ValueError(f"unknown exclusion {exclusion!r}")


def _check_limits(record: object, most: dict[str, int]) -> None:
    found = limits.excesses(record, most)
    if found:
        raise WorkshopError(found[0].message())


def _checked_name(name: str) -> str:
    """The name with its spaces normalised; refused when longer than ``core.limits`` allows."""
    name = " ".join(name.split())
    _check_limits(Participant(0, 0, name), limits.WORKSHOP_PARTICIPANT)
    return name

"""Read, store and remove other municipalities' imported assessments ("peers").

Peers are written only by the package import (``toolbox_desktop.exchange``, through ``put``).
This module never touches one's own ``assessments`` or ``ratings``: peer data stays apart, so
that comparing with a neighbour can never change one's own results.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from toolbox_desktop.core.assessment import Rating
from toolbox_desktop.core.peers import PeerAssessment
from toolbox_desktop.storage.transactions import immediate_transaction
from toolbox_desktop.storage.version_stamp import version_stamp

_PEER_COLUMNS = "id, uid, municipality, country, kind, population, title, assessed_on, imported_at"


class PeerRepository:
    """All reads and removals of peer assessments go through here."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def peers(self) -> list[PeerAssessment]:
        """Every imported peer assessment, newest assessment first."""
        rows = self.conn.execute(
            f"SELECT {_PEER_COLUMNS} FROM peer_assessments ORDER BY assessed_on DESC, id DESC"
        )
        return [PeerAssessment(*row) for row in rows]

    def peer(self, peer_id: int) -> PeerAssessment | None:
        row = self.conn.execute(
            f"SELECT {_PEER_COLUMNS} FROM peer_assessments WHERE id = ?", [peer_id]
        ).fetchone()
        return PeerAssessment(*row) if row else None

    def ratings(self, peer_id: int) -> dict[str, Rating]:
        """A peer's ratings as core ``Rating`` objects (level, exclusion and target only:
        nothing else travels in an anonymised package)."""
        rows = self.conn.execute(
            "SELECT benchmark, level, exclusion, target FROM peer_ratings "
            "WHERE peer_assessment_id = ?",
            [peer_id],
        )
        return {
            benchmark: Rating(benchmark, level=level, exclusion=exclusion, target=target)
            for benchmark, level, exclusion, target in rows
        }

    def put(
        self, peer: PeerAssessment, ratings: list[Rating], replacing: Iterable[str] = ()
    ) -> int:
        """Store a peer from an anonymised package: a new one (no row with ``peer.uid``), or
        the one with that uid updated, its ratings of ``replacing`` (benchmark codes) removed;
        ``ratings`` (level, exclusion, target) are stored as they come. ``peer.id`` is not
        used; ``imported_at`` becomes now. Returns the peer's id."""
        values = [
            peer.municipality,
            peer.country,
            peer.kind,
            peer.population,
            peer.title,
            peer.assessed_on,
            version_stamp(),  # now; for a package, when it was made (``version_stamp``)
        ]
        with immediate_transaction(self.conn):
            row = self.conn.execute(
                "SELECT id FROM peer_assessments WHERE uid = ?", [peer.uid]
            ).fetchone()
            if row is None:
                peer_id = self.conn.execute(
                    "INSERT INTO peer_assessments (municipality, country, kind, population, "
                    "title, assessed_on, imported_at, uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [*values, peer.uid],
                ).lastrowid
            else:
                peer_id = row[0]
                self.conn.execute(
                    "UPDATE peer_assessments SET municipality = ?, country = ?, kind = ?, "
                    "population = ?, title = ?, assessed_on = ?, imported_at = ? WHERE id = ?",
                    [*values, peer_id],
                )
            self.conn.executemany(
                "DELETE FROM peer_ratings WHERE peer_assessment_id = ? AND benchmark = ?",
                [(peer_id, code) for code in replacing],
            )
            self.conn.executemany(
                "INSERT INTO peer_ratings (peer_assessment_id, benchmark, level, exclusion, "
                "target) VALUES (?, ?, ?, ?, ?)",
                [(peer_id, r.benchmark, r.level, r.exclusion, r.target) for r in ratings],
            )
        return peer_id

    def remove(self, peer_id: int) -> None:
        """Delete a peer and its ratings for good (importing the package again restores it).

        Ratings are deleted explicitly rather than left to ON DELETE CASCADE, which works
        only where the connection has foreign keys switched on."""
        with immediate_transaction(self.conn):
            self.conn.execute("DELETE FROM peer_ratings WHERE peer_assessment_id = ?", [peer_id])
            self.conn.execute("DELETE FROM peer_assessments WHERE id = ?", [peer_id])

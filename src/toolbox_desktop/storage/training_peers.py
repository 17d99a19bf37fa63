"""The training town's peers: a few invented neighbouring towns' anonymised assessments, so
that the Peers screen shows a real comparison (a small town beside a rural area, a medium
town and a city; some named, some not, as packages may leave the name out; one with whole
dimensions outside its competence).

They are written through ``PeerRepository.put``, as the package import writes a peer, with
fixed uids (``fixed_uid("peer", n)``) so that a peer package made from one trainee's town
updates, not duplicates, the same peer in another's. Levels come from a random generator of
their own (seeded per peer), so adding peers leaves the town's own ratings as they were.
"""

from __future__ import annotations

import random
import sqlite3
from datetime import date

from toolbox_desktop.core.assessment import (
    COMPETENCE_DIMENSION,
    OUTSIDE_COMPETENCE,
    Rating,
)
from toolbox_desktop.core.peers import PeerAssessment
from toolbox_desktop.core.training_story import PeerSpec
from toolbox_desktop.storage.peer_repository import PeerRepository


def write_peers(
    conn: sqlite3.Connection,
    peers: tuple[PeerSpec, ...],
    benchmarks: list[tuple[str, str]],
    first_year: int,
    seed: int,
    uid,
) -> int:
    """Store every peer of the story with its ratings of ``benchmarks`` ((code, dimension),
    the loaded ones); ``uid(kind, number)`` gives the fixed uids. Returns how many."""
    repository = PeerRepository(conn)
    for number, spec in enumerate(peers, start=1):
        years, month, day = spec.assessed_on
        peer = PeerAssessment(
            id=0,
            uid=uid("peer", number),
            municipality=spec.municipality,
            country=spec.country,
            kind=spec.kind,
            population=spec.population,
            title=spec.title.replace("{year}", str(first_year + years)),
            assessed_on=date(first_year + years, month, day).isoformat(),
            imported_at="",
        )
        repository.put(peer, peer_ratings(spec, benchmarks, random.Random(f"{seed} peer {number}")))
    return len(peers)


def peer_ratings(
    spec: PeerSpec, benchmarks: list[tuple[str, str]], rng: random.Random
) -> list[Rating]:
    """Level, exclusion and target of every benchmark, as an anonymised package carries them."""
    outside = {dim for comp, dim in COMPETENCE_DIMENSION.items() if comp not in spec.competences}
    ratings = []
    for code, dimension in benchmarks:
        if dimension in outside:
            ratings.append(Rating(code, exclusion=OUTSIDE_COMPETENCE))
            continue
        level = max(0, min(4, round(rng.gauss(spec.level_means.get(dimension, 1.5), 0.9))))
        target = min(4, level + rng.choice((0, 1, 1, 2)))
        ratings.append(Rating(code, level=level, target=target))
    return ratings

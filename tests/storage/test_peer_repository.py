"""Peer assessments are read and removed apart from one's own assessments; their labels say
kind and size, and their scores follow the same rules as one's own."""

from __future__ import annotations

import pytest

from toolbox_desktop.core.assessment import NOT_APPLICABLE, OUTSIDE_COMPETENCE, Rating
from toolbox_desktop.core.peers import (
    PeerAssessment,
    dimension_percentages,
    peer_label,
)
from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.storage.peer_repository import PeerRepository


def insert_peer(conn, uid, municipality="", country="", kind="", population=None, **extra):
    """A peer row as the package import writes it, with ``ratings`` as (code, level,
    exclusion, target) tuples."""
    peer_id = conn.execute(
        "INSERT INTO peer_assessments (uid, municipality, country, kind, population, title, "
        "assessed_on, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            uid,
            municipality,
            country,
            kind,
            population,
            extra.get("title", "Self-assessment"),
            extra.get("assessed_on", "2025-05-01"),
            extra.get("imported_at", "2026-01-10T09:00:00+00:00"),
        ],
    ).lastrowid
    conn.executemany(
        "INSERT INTO peer_ratings (peer_assessment_id, benchmark, level, exclusion, target) "
        "VALUES (?, ?, ?, ?, ?)",
        [(peer_id, *rating) for rating in extra.get("ratings", [])],
    )
    conn.commit()
    return peer_id


def count(conn, table: str) -> int:
    return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@pytest.fixture
def conn(workspace):
    return workspace.conn


def test_no_peers_in_a_new_workspace(conn):
    assert PeerRepository(conn).peers() == []


def test_peers_are_listed_newest_assessment_first_with_every_field(conn):
    older = insert_peer(
        conn, "a" * 32, "Кировоград", "Ukraine", "city", 222000, assessed_on="2024-02-01"
    )
    newer = insert_peer(
        conn,
        "b" * 32,
        "مریم‌آباد",
        "",
        "rural-area",
        None,
        title="ارزیابی ۲۰۲۵",
        assessed_on="2025-09-30",
    )
    peers = PeerRepository(conn).peers()
    assert [p.id for p in peers] == [newer, older]
    assert peers[0] == PeerAssessment(
        newer,
        "b" * 32,
        "مریم‌آباد",
        "",
        "rural-area",
        None,
        "ارزیابی ۲۰۲۵",
        "2025-09-30",
        "2026-01-10T09:00:00+00:00",
    )
    assert peers[1].municipality == "Кировоград"
    assert peers[1].population == 222000
    assert PeerRepository(conn).peer(older) == peers[1]
    assert PeerRepository(conn).peer(9999) is None


def test_ratings_read_back_as_core_ratings(conn):
    peer_id = insert_peer(
        conn,
        "c" * 32,
        ratings=[
            ("gov.strategic-planning.1", 3, "", 4),
            ("gov.strategic-planning.2", None, NOT_APPLICABLE, None),
            ("hou.community.2", None, OUTSIDE_COMPETENCE, None),
            ("edu.resources.1", 0, "", None),
        ],
    )
    other = insert_peer(conn, "d" * 32, ratings=[("gov.strategic-planning.1", 1, "", None)])
    ratings = PeerRepository(conn).ratings(peer_id)
    assert ratings == {
        "gov.strategic-planning.1": Rating("gov.strategic-planning.1", level=3, target=4),
        "gov.strategic-planning.2": Rating("gov.strategic-planning.2", exclusion=NOT_APPLICABLE),
        "hou.community.2": Rating("hou.community.2", exclusion=OUTSIDE_COMPETENCE),
        "edu.resources.1": Rating("edu.resources.1", level=0),
    }
    assert PeerRepository(conn).ratings(other)["gov.strategic-planning.1"].level == 1
    assert PeerRepository(conn).ratings(12345) == {}


def test_removing_a_peer_removes_only_it_and_its_ratings(conn):
    own = AssessmentRepository(conn)
    mine = own.create("Our assessment", "2025-03-01")
    own.save_rating(mine.id, Rating("gov.strategic-planning.1", level=2))
    own_before = (own.assessments(), own.ratings(mine.id), count(conn, "rating_history"))
    first = insert_peer(conn, "e" * 32, "Кировоград", ratings=[("gov.coordination.1", 2, "", 3)])
    second = insert_peer(conn, "f" * 32, "مریم‌آباد", ratings=[("gov.coordination.1", 4, "", None)])

    repository = PeerRepository(conn)
    repository.remove(first)

    assert [p.id for p in repository.peers()] == [second]
    assert repository.ratings(first) == {}
    assert conn.execute(
        "SELECT count(*) FROM peer_ratings WHERE peer_assessment_id = ?", [first]
    ).fetchone() == (0,)
    assert repository.ratings(second) == {
        "gov.coordination.1": Rating("gov.coordination.1", level=4)
    }
    assert (own.assessments(), own.ratings(mine.id), count(conn, "rating_history")) == own_before
    assert not conn.in_transaction  # committed


def test_removing_an_unknown_peer_changes_nothing(conn):
    peer_id = insert_peer(conn, "g" * 32, ratings=[("gov.coordination.1", 2, "", None)])
    PeerRepository(conn).remove(peer_id + 100)
    assert count(conn, "peer_assessments") == 1
    assert count(conn, "peer_ratings") == 1


def test_removal_joins_an_open_transaction_and_rolls_back_with_it(conn):
    peer_id = insert_peer(conn, "h" * 32, ratings=[("gov.coordination.1", 2, "", None)])
    conn.execute("BEGIN")
    PeerRepository(conn).remove(peer_id)
    conn.rollback()
    assert [p.id for p in PeerRepository(conn).peers()] == [peer_id]
    assert count(conn, "peer_ratings") == 1


def _peer(kind: str, population: int | None) -> PeerAssessment:
    return PeerAssessment(1, "u", "", "", kind, population, "t", "2025-01-01", "")


@pytest.mark.parametrize(
    ("kind", "population", "label"),
    [
        ("small-town", 9100, "Small town, 9,100 inhabitants"),
        ("rural-area", None, "Rural area, population unknown"),
        ("medium-town", 41500, "Medium-sized town, 41,500 inhabitants"),
        ("city", 1250000, "City, 1,250,000 inhabitants"),
        ("", 800, "Municipality, 800 inhabitants"),
        ("island", None, "Municipality, population unknown"),  # a kind this version lacks
    ],
)
def test_peer_label_says_kind_and_size(kind, population, label):
    assert peer_label(_peer(kind, population)) == label


def test_peer_label_uses_the_given_translation_and_number_format():
    german = {
        "Small town": "Kleinstadt",
        "{population} inhabitants": "{population} Einwohner",
        "{kind}, {size}": "{kind} mit {size}",
    }
    seen = []

    def translate(context: str, text: str) -> str:
        seen.append(context)
        return german.get(text, text)

    label = peer_label(_peer("small-town", 9100), translate, lambda n: f"{n:,}".replace(",", "."))
    assert label == "Kleinstadt mit 9.100 Einwohner"
    assert set(seen) == {"Profile", "Peers"}


def test_dimension_percentages_follow_the_scoring_rules(workspace):
    content = workspace.content
    codes = [d.code for d in content.dimensions]
    all_four = {b.code: Rating(b.code, level=4) for b in content.benchmarks}
    all_two = {b.code: Rating(b.code, level=2) for b in content.benchmarks}
    assert dimension_percentages(content, all_four) == dict.fromkeys(codes, 100.0)
    assert dimension_percentages(content, all_two) == dict.fromkeys(codes, 50.0)
    assert list(dimension_percentages(content, {})) == codes  # in content order
    assert set(dimension_percentages(content, {}).values()) == {None}

    governance = [b.code for b in content.benchmarks if b.dimension == "gov"]
    mixed = {
        governance[0]: Rating(governance[0], level=1),
        governance[1]: Rating(governance[1], level=4),
        governance[2]: Rating(governance[2], exclusion=NOT_APPLICABLE),
    }
    assert dimension_percentages(content, mixed)["gov"] == pytest.approx(100 * 5 / 8)
    assert dimension_percentages(content, mixed)["emp"] is None

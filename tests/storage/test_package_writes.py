"""The repository writes a package import uses: rows with the package's uids, stored as they
come, under the same rules as the editors' writes, and all of them inside one transaction."""

from __future__ import annotations

import pytest

from toolbox_desktop.core.assessment import Rating
from toolbox_desktop.core.consensus import Participant, ParticipantRating
from toolbox_desktop.core.peers import PeerAssessment
from toolbox_desktop.core.plan import Action, Indicator
from toolbox_desktop.storage import package_store
from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.storage.database import connect, migrate
from toolbox_desktop.storage.peer_repository import PeerRepository
from toolbox_desktop.storage.plan_repository import PlanRepository
from toolbox_desktop.storage.transactions import immediate_transaction
from toolbox_desktop.storage.workshop_repository import WorkshopError, WorkshopRepository

B1, B2 = "gov.strategic-planning.1", "gov.strategic-planning.2"
KNOWN = frozenset({B1, B2})


@pytest.fixture
def conn(db_path):
    conn = connect(db_path)
    migrate(conn, db_path)
    yield conn
    conn.close()


def test_a_peer_is_added_then_updated_by_its_uid(conn):
    peers = PeerRepository(conn)
    peer = PeerAssessment(
        0, "p" * 32, "Roßlau", "DE", "small-town", 9_100, "Spring", "2026-03-01", ""
    )
    first = peers.put(peer, [Rating(B1, level=2), Rating(B2, exclusion="not-applicable")])
    again = peers.put(
        PeerAssessment(**{**peer.__dict__, "title": "Autumn"}),
        [Rating(B1, level=3, target=4)],
        replacing=[B1, B2],
    )
    assert again == first
    assert [p.title for p in peers.peers()] == ["Autumn"]
    assert peers.ratings(first) == {B1: Rating(B1, level=3, target=4)}


def test_a_collected_participant_keeps_its_uid_and_number_and_only_named_ratings_go(conn):
    assessment = AssessmentRepository(conn).create("Workshop", "2026-11-20")
    workshops = WorkshopRepository(conn)
    workshops.set_mode(assessment.id, "named")
    pia = Participant(0, 7, "Pia", "file", "a" * 32)
    pia_id = workshops.put_participant(
        assessment.id, pia, [ParticipantRating(B1, 2, "", "ok"), ParticipantRating(B2, 1)]
    )
    assert workshops.participants(assessment.id) == [
        Participant(pia_id, 7, "Pia", "file", "a" * 32)
    ]
    # Updated by uid: the ratings of ``replacing`` give way, the others stay.
    workshops.put_participant(
        assessment.id,
        Participant(0, 7, "Pia K.", "file", "a" * 32),
        [ParticipantRating(B1, 4)],
        [B1],
    )
    ratings = workshops.ratings(assessment.id)[pia_id]
    assert (ratings[B1].level, ratings[B2].level) == (4, 1)
    assert workshops.participants(assessment.id)[0].name == "Pia K."
    workshops.set_mode(assessment.id, "")
    assert workshops.mode(assessment.id) == ""


def test_a_collected_participant_is_checked_like_a_typed_one(conn):
    repository = AssessmentRepository(conn)
    assessment = repository.create("Workshop", "2026-11-20")
    workshops = WorkshopRepository(conn)
    with pytest.raises(WorkshopError):  # over the limit of core.limits
        workshops.put_participant(assessment.id, Participant(0, 1, "x" * 1_000, uid="b" * 32), [])
    with pytest.raises(ValueError):  # not a level of the scale
        workshops.put_participant(
            assessment.id, Participant(0, 1, "Pia", uid="b" * 32), [ParticipantRating(B1, 9)]
        )
    repository.update(assessment.id, status="final")
    with pytest.raises(WorkshopError):  # final: read-only
        workshops.put_participant(assessment.id, Participant(0, 1, "Pia", uid="b" * 32), [])
    with pytest.raises(WorkshopError):
        workshops.set_mode(assessment.id, "named")
    assert workshops.participants(assessment.id) == []


def test_actions_and_indicators_take_a_given_uid_and_an_indicator_moves(conn):
    plan = PlanRepository(conn)
    action = plan.save_action(Action(title="Welcome desk"), uid="c" * 32)
    indicator = plan.save_indicator(Indicator(name="Visitors"), uid="d" * 32)
    plan.link_indicator(indicator.id, action.id, B1)
    assert plan.indicators(action_id=action.id)[0].benchmark == B1
    assert set(package_store.actions(conn, KNOWN)) == {"c" * 32}
    assert package_store.indicators(conn, KNOWN)["d" * 32].record["action"] == "c" * 32


def test_the_writes_join_an_open_transaction_and_roll_back_with_it(conn):
    """An import holds one transaction; each repository write inside is a savepoint of it."""
    with pytest.raises(RuntimeError), immediate_transaction(conn):
        PlanRepository(conn).save_action(Action(title="Welcome desk"), uid="c" * 32)
        PeerRepository(conn).put(
            PeerAssessment(0, "p" * 32, "", "", "", None, "Spring", "2026-03-01", ""), []
        )
        raise RuntimeError("the import fails later")
    assert PlanRepository(conn).actions() == []
    assert PeerRepository(conn).peers() == []
    assert not conn.in_transaction

"""Workshop participants and their ratings are stored apart from the agreed ratings."""

import pytest

from toolbox_desktop.core.assessment import Rating
from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.storage.database import connect, migrate
from toolbox_desktop.storage.workshop_repository import (
    ANONYMOUS,
    NAMED,
    WorkshopError,
    WorkshopRepository,
)


@pytest.fixture
def repos(db_path):
    conn = connect(db_path)
    migrate(conn, db_path)
    yield AssessmentRepository(conn), WorkshopRepository(conn)
    conn.close()


def test_an_assessment_becomes_a_workshop(repos):
    assessments, workshop = repos
    item = assessments.create("Workshop at the VHS", "2026-11-20")
    assert workshop.mode(item.id) == ""
    workshop.start(item.id, ANONYMOUS)
    assert workshop.mode(item.id) == ANONYMOUS
    with pytest.raises(ValueError):
        workshop.start(item.id, "secret")


def test_participants_are_numbered_and_a_name_is_taken_once(repos):
    assessments, workshop = repos
    item = assessments.create("Workshop", "2026-11-20")
    workshop.start(item.id, NAMED)
    anna = workshop.add_participant(item.id, "  Anna   Müller ")
    ayse = workshop.add_participant(item.id, "Ayşe Yılmaz", source="file")
    nameless = workshop.add_participant(item.id)
    assert [(p.number, p.name, p.source) for p in workshop.participants(item.id)] == [
        (1, "Anna Müller", "paper"),
        (2, "Ayşe Yılmaz", "file"),
        (3, "", "paper"),
    ]
    assert nameless.label() == "Participant 3"
    with pytest.raises(WorkshopError) as refused:
        workshop.add_participant(item.id, "anna müller")
    assert "already a participant" in str(refused.value.message)
    assert len(workshop.participants(item.id)) == 3
    with pytest.raises(WorkshopError):
        workshop.rename_participant(ayse.id, "ANNA MÜLLER")
    workshop.rename_participant(anna.id, "Anna M.")
    assert workshop.participants(item.id)[0].name == "Anna M."


def test_participant_ratings_are_kept_apart_from_the_agreed_ones(repos):
    assessments, workshop = repos
    item = assessments.create("Workshop", "2026-11-20")
    anna = workshop.add_participant(item.id, "Anna")
    ben = workshop.add_participant(item.id, "Ben")
    workshop.save_rating(anna.id, "gov.1", 1, note="Пётр says: only on paper")
    workshop.save_rating(ben.id, "gov.1", 3)
    workshop.save_rating(ben.id, "gov.2", None, "not-applicable")
    assessments.save_rating(item.id, Rating("gov.1", level=2, notes="agreed after discussion"))
    stored = workshop.ratings(item.id)
    assert stored[anna.id]["gov.1"].level == 1
    assert stored[anna.id]["gov.1"].note == "Пётр says: only on paper"
    assert stored[ben.id]["gov.2"].exclusion == "not-applicable"
    assert assessments.ratings(item.id)["gov.1"].level == 2
    workshop.save_rating(anna.id, "gov.1", 3)  # a level typed from paper keeps the note
    assert workshop.ratings(item.id)[anna.id]["gov.1"].note == "Пётр says: only on paper"
    workshop.save_rating(anna.id, "gov.1", None)  # cleared: the note stays
    kept = workshop.ratings(item.id)[anna.id]["gov.1"]
    assert kept.level is None and not kept.is_rated and kept.note
    workshop.save_rating(ben.id, "gov.1", None)  # no note: nothing left
    assert "gov.1" not in workshop.ratings(item.id).get(ben.id, {})
    with pytest.raises(ValueError):
        workshop.save_rating(anna.id, "gov.1", 7)


def test_the_workshop_of_a_final_assessment_cannot_change(repos):
    assessments, workshop = repos
    item = assessments.create("Workshop", "2026-11-20")
    anna = workshop.add_participant(item.id, "Anna")
    workshop.save_rating(anna.id, "gov.1", 2)
    assessments.update(item.id, status="final")
    for change in (
        lambda: workshop.start(item.id, NAMED),
        lambda: workshop.add_participant(item.id, "Ben"),
        lambda: workshop.save_rating(anna.id, "gov.1", 4),
        lambda: workshop.remove_participant(anna.id),
    ):
        with pytest.raises(WorkshopError) as refused:
            change()
        assert "Reopen" in str(refused.value.message)
    assert workshop.ratings(item.id)[anna.id]["gov.1"].level == 2
    assert [p.name for p in workshop.participants(item.id)] == ["Anna"]


def test_removing_a_participant_removes_their_ratings_only(repos):
    assessments, workshop = repos
    item = assessments.create("Workshop", "2026-11-20")
    anna = workshop.add_participant(item.id, "Anna")
    workshop.save_rating(anna.id, "gov.1", 2)
    assessments.save_rating(item.id, Rating("gov.1", level=2))
    workshop.remove_participant(anna.id)
    assert workshop.participants(item.id) == []
    assert workshop.ratings(item.id) == {}
    assert assessments.ratings(item.id)["gov.1"].level == 2


def test_deleting_an_assessment_for_good_takes_its_workshop_with_it(repos, db_path):
    assessments, workshop = repos
    item = assessments.create("Workshop", "2026-11-20")
    anna = workshop.add_participant(item.id, "Anna")
    workshop.save_rating(anna.id, "gov.1", 2)
    workshop.conn.execute("DELETE FROM assessments WHERE id = ?", [item.id])
    count = workshop.conn.execute("SELECT COUNT(*) FROM participant_ratings").fetchone()[0]
    assert count == 0

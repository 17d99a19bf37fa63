"""Profiles, assessments and ratings in the database: stored at once, copied, never lost."""

import pytest

from toolbox_desktop.core import limits
from toolbox_desktop.core.assessment import (
    FINAL,
    NOT_APPLICABLE,
    OUTSIDE_COMPETENCE,
    InvalidRatingError,
    Profile,
    Rating,
)
from toolbox_desktop.core.tailoring import premarked_ratings
from toolbox_desktop.storage.assessment_repository import (
    AssessmentIsFinalError,
    AssessmentNotFoundError,
    AssessmentRepository,
    RatingConflictError,
)
from toolbox_desktop.storage.database import connect, migrate

UNICODE = "Roßlau · Kadıköy · Пётр · مریم · ناصر · Ελλάδα · 😀 <b>&amp;</b>"


@pytest.fixture
def repository(db_path):
    conn = connect(db_path)
    migrate(conn, db_path)
    yield AssessmentRepository(conn)
    conn.close()


def reopen(db_path) -> AssessmentRepository:
    return AssessmentRepository(connect(db_path))


def test_profile_round_trip(repository, db_path):
    assert repository.profile() == Profile()
    profile = Profile(
        name="Dessau-Roßlau",
        country="Germany",
        region="Sachsen-Anhalt",
        population=75000,
        kind="medium-town",
        newcomers=1200,
        staff_time="1.5 posts",
        competences=frozenset({"housing", "education"}),
    )
    repository.save_profile(profile)
    assert reopen(db_path).profile() == profile
    assert profile.dimensions_outside_competence() == ["hea", "emp"]


def test_assessments_create_list_rename_finalise_delete_restore(repository):
    first = repository.create("Baseline", "2025-03-01", "Mayor, NGO")
    second = repository.create("Review", "2026-03-01")
    assert [a.title for a in repository.assessments()] == ["Review", "Baseline"]
    assert repository.update(first.id, title="Baseline 2025").title == "Baseline 2025"
    assert repository.update(first.id, status=FINAL).is_final
    repository.delete(second.id)
    assert [a.id for a in repository.assessments()] == [first.id]
    with pytest.raises(AssessmentNotFoundError):
        repository.assessment(second.id)
    repository.restore(second.id)
    assert len(repository.assessments()) == 2
    with pytest.raises(ValueError):
        repository.update(first.id, status="archived")


def test_ratings_are_stored_at_once_with_any_text(repository, db_path):
    assessment = repository.create("Baseline", "2025-03-01")
    long_evidence = ((UNICODE + "\n") * 2000)[: limits.RATING["evidence"]]  # the most it takes
    rating = Rating(
        "gov.strategic-planning.1",
        level=3,
        target=4,
        priority=3,
        evidence=long_evidence,
        links=("/home/officer/Plan 2025 – Roßlau.pdf", "C:\\Users\\x\\نامه.docx"),
        notes=UNICODE,
        rated_by="Ayşe Yılmaz",
    )
    repository.save_rating(assessment.id, rating)
    assert reopen(db_path).ratings(assessment.id) == {rating.benchmark: rating}
    assert len(long_evidence) == 20_000


def test_copy_of_an_assessment_has_the_same_ratings(repository):
    first = repository.create("2025", "2025-03-01")
    repository.save_rating(first.id, Rating("gov.resources.3", level=1, target=3, evidence="x"))
    repository.save_rating(first.id, Rating("hea.access.1", exclusion=OUTSIDE_COMPETENCE))
    copy = repository.create("2026", "2026-03-01", copy_from=first.id)
    assert copy.copied_from == first.id
    assert repository.ratings(copy.id) == repository.ratings(first.id)
    repository.save_rating(copy.id, Rating("gov.resources.3", level=2, target=3, evidence="x"))
    assert repository.rating(first.id, "gov.resources.3").level == 1, "the original is untouched"


def test_new_assessment_with_premarked_fields(repository, workspace):
    profile = Profile(kind="small-town", competences=frozenset({"education"}))
    initial = premarked_ratings(workspace.content, profile)
    assessment = repository.create("2026", "2026-01-10", initial=initial)
    ratings = repository.ratings(assessment.id)
    dimensions = {b.dimension for b in workspace.content.benchmarks if b.code in ratings}
    assert dimensions == {"hou", "hea", "emp"}
    assert all(r.exclusion == OUTSIDE_COMPETENCE and "review" in r.notes for r in ratings.values())


def test_every_change_is_kept_in_history(repository):
    assessment = repository.create("2026", "2026-01-10")
    code = "edu.parents.1"
    repository.save_rating(assessment.id, Rating(code, level=1, evidence="first"))
    repository.save_rating(assessment.id, Rating(code, level=2, evidence="second"))
    repository.clear_rating(assessment.id, code)
    history = [(h.field, h.old, h.new) for h in repository.history(assessment.id, code)]
    assert history == [
        ("level", None, 1),
        ("evidence", "", "first"),
        ("level", 1, 2),
        ("evidence", "first", "second"),
        ("level", 2, None),
        ("evidence", "second", ""),
    ]
    assert repository.rating(assessment.id, code) is None


def test_conflicting_edit_from_another_window_is_refused_and_kept(repository, db_path):
    assessment = repository.create("2026", "2026-01-10")
    code = "hou.community.2"
    seen_by_window_one = repository.save_rating(assessment.id, Rating(code, level=1))
    other_window = reopen(db_path)
    other_window.save_rating(
        assessment.id,
        Rating(code, level=3, evidence="from window two"),
        expected=seen_by_window_one,
    )
    with pytest.raises(RatingConflictError) as conflict:
        repository.save_rating(
            assessment.id,
            Rating(code, level=2, evidence="from window one"),
            expected=seen_by_window_one,
        )
    assert conflict.value.stored.evidence == "from window two"
    assert repository.rating(assessment.id, code).evidence == "from window two"


def test_final_assessment_is_read_only_until_reopened(repository):
    assessment = repository.create("2026", "2026-01-10")
    repository.update(assessment.id, status=FINAL)
    with pytest.raises(AssessmentIsFinalError):
        repository.save_rating(assessment.id, Rating("gov.resources.1", level=2))
    repository.update(assessment.id, status="draft")
    repository.save_rating(assessment.id, Rating("gov.resources.1", level=2))


def test_invalid_values_are_refused(repository):
    assessment = repository.create("2026", "2026-01-10")
    for bad in (
        Rating("x", level=5),
        Rating("x", target=-1),
        Rating("x", priority=0),
        Rating("x", exclusion="maybe"),
    ):
        with pytest.raises(InvalidRatingError):
            repository.save_rating(assessment.id, bad)
    assert repository.ratings(assessment.id) == {}


def test_not_applicable_and_empty_rating(repository):
    assessment = repository.create("2026", "2026-01-10")
    repository.save_rating(assessment.id, Rating("hea.language.1", exclusion=NOT_APPLICABLE))
    assert repository.rating(assessment.id, "hea.language.1").is_rated
    repository.save_rating(assessment.id, Rating("hea.language.1"))  # emptied: removed
    assert repository.ratings(assessment.id) == {}


def test_deleting_an_assessment_keeps_its_ratings_for_undo(repository):
    assessment = repository.create("2026", "2026-01-10")
    repository.save_rating(assessment.id, Rating("gov.resources.1", level=2))
    repository.delete(assessment.id)
    repository.restore(assessment.id)
    assert repository.rating(assessment.id, "gov.resources.1").level == 2


def test_priority_set_before_rating_is_kept(repository):
    assessment = repository.create("2026", "2026-01-10")
    repository.save_rating(assessment.id, Rating("edu.feedback.1", priority=3))
    stored = repository.rating(assessment.id, "edu.feedback.1")
    assert stored.priority == 3 and not stored.is_rated


def test_data_version_tells_about_commits_from_other_connections(repository, db_path):
    before = repository.data_version()
    repository.create("mine", "2026-01-10")
    assert repository.data_version() == before, "own commits do not count"
    reopen(db_path).create("theirs", "2026-01-11")
    assert repository.data_version() != before

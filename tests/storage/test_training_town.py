"""The training municipality: a whole fictional town in one go, never over a user's own work."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest

from toolbox_desktop.core.assessment import (
    FINAL,
    NOT_APPLICABLE,
    OUTSIDE_COMPETENCE,
    Profile,
)
from toolbox_desktop.core.plan import (
    DONE,
    IN_PROGRESS,
    PHASES,
    PLANNED,
    STATUSES,
    Action,
    Indicator,
)
from toolbox_desktop.core.scoring import compute_scores
from toolbox_desktop.services.training_town import create_training_municipality
from toolbox_desktop.storage.annual_texts import AnnualTextRepository, AnnualTexts
from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.storage.plan_repository import PlanRepository
from toolbox_desktop.storage.training_town import (
    TrainingTownError,
    assessment_days,
    is_training_municipality,
    refusal_reason,
)
from toolbox_desktop.storage.workspace import open_workspace

TODAY = date(2026, 11, 23)


def codes(conn) -> list[str]:
    return [
        row[0]
        for row in conn.execute(
            "SELECT code FROM benchmarks WHERE language = 'en' ORDER BY position"
        )
    ]


def count(conn, table: str) -> int:
    return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@pytest.fixture
def town(workspace):
    summary = create_training_municipality(workspace.conn, TODAY)
    return workspace, summary


def test_profile_is_labelled_fictional_and_the_database_marked(town):
    workspace, summary = town
    profile = AssessmentRepository(workspace.conn).profile()
    assert profile.name == summary.municipality == "Lindenbach (fictional training town)"
    assert "fictional" in profile.region
    assert profile.kind == "small-town"
    assert 8_000 <= profile.population <= 10_000
    assert profile.newcomers > 0 and profile.staff_time and profile.country
    assert "health" not in profile.competences and "housing" in profile.competences
    assert is_training_municipality(workspace.conn)
    assert workspace.conn.execute(
        "SELECT value FROM app_meta WHERE key = 'training_municipality'"
    ).fetchone() == ("1",)


def test_an_ordinary_database_is_not_a_training_one(workspace):
    assert not is_training_municipality(workspace.conn)
    assert refusal_reason(workspace.conn) is None


def test_two_assessments_a_year_apart_rate_every_benchmark(town):
    workspace, summary = town
    repository = AssessmentRepository(workspace.conn)
    newer, older = repository.assessments()
    assert (older.assessed_on, newer.assessed_on) == ("2025-10-14", "2026-10-13")
    assert summary.assessed_on == (older.assessed_on, newer.assessed_on)
    days = date.fromisoformat(newer.assessed_on) - date.fromisoformat(older.assessed_on)
    assert 350 <= days.days <= 380
    assert older.status == FINAL and not newer.is_final
    assert newer.copied_from == older.id
    all_codes = set(codes(workspace.conn))
    assert len(all_codes) == summary.benchmarks == 68
    for assessment in (older, newer):
        ratings = repository.ratings(assessment.id)
        assert set(ratings) == all_codes
        assert all(r.is_rated and r.evidence and r.rated_by for r in ratings.values())
        exclusions = {r.exclusion for r in ratings.values()}
        assert {NOT_APPLICABLE, OUTSIDE_COMPETENCE} <= exclusions
        assert sum(r.target is not None for r in ratings.values()) > 50
        assert {r.priority for r in ratings.values()} == {1, 2, 3}
        assert len({r.level for r in ratings.values() if r.counts}) >= 4


def test_the_town_mostly_improves(town):
    workspace, _ = town
    repository = AssessmentRepository(workspace.conn)
    newer, older = repository.assessments()
    before, after = repository.ratings(older.id), repository.ratings(newer.id)
    changes = [
        after[c].level - before[c].level for c in before if before[c].counts and after[c].counts
    ]
    improved = sum(change > 0 for change in changes)
    declined = sum(change < 0 for change in changes)
    assert improved > len(changes) / 2
    assert 0 < declined < improved / 4
    first = compute_scores(workspace.content, before).overall.percent
    second = compute_scores(workspace.content, after).overall.percent
    assert 20 < first < second < 70
    # The copy's changes are in the rating history, as with the app's own Copy.
    assert repository.history(newer.id, "gov.strategic-planning.1")
    assert "integration plan" in after["gov.strategic-planning.1"].evidence


def test_the_workshop_has_six_named_participants_who_agree_and_disagree(town):
    workspace, summary = town
    conn = workspace.conn
    newer, older = AssessmentRepository(conn).assessments()
    workshops = dict(conn.execute("SELECT id, workshop FROM assessments"))
    assert workshops == {older.id: "", newer.id: "named"}
    people = conn.execute(
        "SELECT id, assessment_id, uid, number, name, source, created_at "
        "FROM workshop_participants ORDER BY number"
    ).fetchall()
    assert [p[3] for p in people] == [1, 2, 3, 4, 5, 6] == list(range(1, summary.participants + 1))
    assert {p[1] for p in people} == {newer.id}
    assert all(re.fullmatch(r"[0-9a-f]{32}", p[2]) for p in people)
    assert len({p[2] for p in people}) == 6 and len({p[4] for p in people}) == 6
    assert {p[5] for p in people} == {"paper", "file"}
    assert all(
        datetime.fromisoformat(p[6]).date() >= TODAY.replace(month=10, day=13) for p in people
    )
    all_codes = set(codes(conn))
    for person in people:
        rated = {
            row[0]: row[1:]
            for row in conn.execute(
                "SELECT benchmark, level, exclusion FROM participant_ratings "
                "WHERE participant_id = ?",
                [person[0]],
            )
        }
        assert set(rated) == all_codes
        assert all((level is None) != (exclusion == "") for level, exclusion in rated.values())
    assert count(conn, "participant_ratings") == summary.participant_ratings == 6 * 68
    spreads = [
        row[0]
        for row in conn.execute(
            "SELECT max(level) - min(level) FROM participant_ratings GROUP BY benchmark "
            "HAVING count(level) = 6"
        )
    ]
    assert sum(spread == 0 for spread in spreads) >= 10  # the group agrees
    assert sum(spread >= 3 for spread in spreads) >= 5  # the group is split
    assert conn.execute("SELECT count(*) FROM participant_ratings WHERE note != ''").fetchone()[0]


def test_the_action_plan_is_complete(town):
    workspace, summary = town
    plan = PlanRepository(workspace.conn)
    actions = plan.actions()
    assert 38 <= len(actions) == summary.actions <= 45
    assert {a.status for a in actions} == set(STATUSES)
    assert {a.phase for a in actions} == set(PHASES)
    assert summary.actions_done == sum(a.status == DONE for a in actions) >= 8
    ratings = AssessmentRepository(workspace.conn).ratings(summary.assessment_ids[1])
    for action in actions:
        assert action.title and action.description and action.dimension
        assert action.responsible_role and action.responsible_person and action.partners
        assert action.benchmarks, action.title
        for code in action.benchmarks:
            if action.status != "dropped":  # a gap is why the action exists
                assert ratings[code].target > ratings[code].level, (action.title, code)
        if action.budget_cents is not None:
            assert action.budget_line and action.funding_source
            assert 0 <= (action.spent_cents or 0) <= action.budget_cents
        for day in (action.start, action.end):
            assert day is None or 2025 <= day.year <= 2029
    budgeted = [a for a in actions if a.budget_cents]
    assert len(budgeted) >= 30
    assert summary.budget_cents == sum(a.budget_cents for a in budgeted)
    assert {"municipal-budget", "amif", "regional-programme", "foundation"} <= {
        a.funding_source for a in actions
    }
    assert sum(len(a.milestones) for a in actions) == summary.milestones >= 30
    dated = [a for a in actions if a.start and a.end]
    assert {a.start.year for a in dated} >= {2025, 2026, 2027}


def test_statuses_agree_with_the_dates(town):
    workspace, summary = town
    workshop = date.fromisoformat(summary.assessed_on[1])
    actions = PlanRepository(workspace.conn).actions()
    for action in actions:
        if action.status == DONE:
            assert action.end <= workshop and action.progress == 100
            assert all(m.done for m in action.milestones)
        elif action.status == IN_PROGRESS:
            assert action.start <= workshop < action.end and 0 < action.progress < 100
        elif action.status == PLANNED:
            assert action.start > workshop
        assert all(m.due <= workshop for m in action.milestones if m.done)


def test_indicators_have_baselines_targets_and_measurements(town):
    workspace, summary = town
    plan = PlanRepository(workspace.conn)
    indicators = plan.indicators()
    assert len(indicators) == summary.indicators >= 12
    assert sum(len(i.measurements) for i in indicators) == summary.measurements
    workshop = date.fromisoformat(summary.assessed_on[1])
    for indicator in indicators:
        assert indicator.baseline is not None and indicator.target > indicator.baseline
        assert len(indicator.measurements) >= 2
        assert all(m.measured_on <= workshop for m in indicator.measurements)
        assert 0 < indicator.progress_to_target() < 100
    assert sum(i.action_id is None and bool(i.benchmark) for i in indicators) == 2


def test_annual_texts_for_both_years(town):
    workspace, summary = town
    texts = AnnualTextRepository(workspace.conn)
    assert summary.annual_text_years == (2025, 2026)
    first, second = texts.texts(2025), texts.texts(2026)
    for year_texts in (first, second):
        assert year_texts.summary and year_texts.stories and year_texts.next_focus
    assert first.summary != second.summary
    assert "2026" in second.summary


def dump(conn) -> dict[str, list]:
    """Everything the town holds, without the random identifiers and the clock's stamps."""
    columns = {
        "municipality": "name, country, region, population, kind, newcomers, staff_time, "
        "competences",
        "assessments": "id, title, assessed_on, participants, status, copied_from, workshop",
        "ratings": "assessment_id, benchmark, level, exclusion, target, priority, evidence, "
        "links, notes, rated_by",
        "workshop_participants": "id, assessment_id, number, name, source, created_at",
        "participant_ratings": "participant_id, benchmark, level, exclusion, note",
        "actions": "id, title, description, dimension, responsible_role, responsible_person, "
        "partners, partner_names, start, end, phase, status, priority, progress, "
        "budget_cents, spent_cents, currency, budget_line, funding_source",
        "action_benchmarks": "action_id, benchmark, position",
        "milestones": "action_id, position, title, due, done",
        "indicators": "id, action_id, benchmark, name, unit, baseline, target",
        "measurements": "indicator_id, measured_on, value, note",
        "annual_report_texts": "year, summary, stories, next_focus",
    }
    return {
        table: sorted(conn.execute(f"SELECT {names} FROM {table}").fetchall(), key=repr)
        for table, names in columns.items()
    }


def test_the_same_day_gives_the_same_town(town, tmp_path, pack_copy):
    workspace, _ = town
    other = open_workspace(tmp_path / "again.sqlite3", pack_copy.parent)
    try:
        create_training_municipality(other.conn, TODAY)
        assert dump(other.conn) == dump(workspace.conn)
    finally:
        other.close()


def test_a_year_later_the_town_moves_with_the_calendar(workspace):
    summary = create_training_municipality(workspace.conn, date(2027, 12, 1))
    assert summary.assessed_on == ("2026-10-13", "2027-10-12")
    assert summary.annual_text_years == (2026, 2027)
    starts = {a.start.year for a in PlanRepository(workspace.conn).actions() if a.start}
    assert min(starts) == 2026


def test_assessment_days_are_the_last_two_october_reviews():
    assert assessment_days(date(2026, 10, 13)) == (date(2025, 10, 14), date(2026, 10, 13))
    assert assessment_days(date(2026, 10, 12)) == (date(2024, 10, 8), date(2025, 10, 14))
    first, second = assessment_days(date(2030, 1, 1))
    assert first.weekday() == second.weekday() == 1  # Tuesdays
    assert (first.year, second.year) == (2028, 2029)


@pytest.mark.parametrize(
    ("own_work", "named"),
    [
        (lambda conn: AssessmentRepository(conn).save_profile(Profile(name="Roßlau")), "Roßlau"),
        (
            lambda conn: AssessmentRepository(conn).save_profile(Profile(country="Austria")),
            "a municipality profile",
        ),
        (lambda conn: AssessmentRepository(conn).create("Spring", "2026-03-01"), "1 assessment"),
        (
            lambda conn: AssessmentRepository(conn).delete(
                AssessmentRepository(conn).create("Gone", "2026-03-01").id
            ),
            "1 assessment",
        ),
        (lambda conn: PlanRepository(conn).save_action(Action(title="Desk")), "1 action"),
        (lambda conn: PlanRepository(conn).save_indicator(Indicator(name="Visits")), "indicator"),
        (lambda conn: AnnualTextRepository(conn).save(AnnualTexts(2026, "ours")), "annual"),
    ],
)
def test_refuses_a_database_with_own_work(workspace, own_work, named):
    own_work(workspace.conn)
    before = dump(workspace.conn)
    with pytest.raises(TrainingTownError, match="your own work") as raised:
        create_training_municipality(workspace.conn, TODAY)
    assert named in str(raised.value)
    assert "new, empty database" in str(raised.value)
    assert dump(workspace.conn) == before
    assert not is_training_municipality(workspace.conn)
    assert count(workspace.conn, "workshop_participants") == 0


def test_refuses_to_create_the_town_twice(town):
    workspace, _ = town
    before = dump(workspace.conn)
    with pytest.raises(TrainingTownError, match="already holds the training municipality"):
        create_training_municipality(workspace.conn, TODAY)
    assert dump(workspace.conn) == before


def test_a_failure_half_way_leaves_nothing_behind(workspace, monkeypatch):
    def broken(self, indicator):
        raise RuntimeError("disk full")

    monkeypatch.setattr(PlanRepository, "save_indicator", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        create_training_municipality(workspace.conn, TODAY)
    assert not workspace.conn.in_transaction
    for table in ("municipality", "assessments", "ratings", "actions", "workshop_participants"):
        assert count(workspace.conn, table) == 0, table
    assert not is_training_municipality(workspace.conn)


def test_refuses_without_content(workspace):
    workspace.conn.execute("DELETE FROM benchmarks")
    workspace.conn.commit()
    with pytest.raises(TrainingTownError, match="no toolbox content"):
        create_training_municipality(workspace.conn, TODAY)
    assert count(workspace.conn, "municipality") == 0


def test_follows_the_loaded_content(workspace):
    """A benchmark the pack adds is rated; one it lacks is neither rated nor linked, and its
    action addresses another benchmark of the same dimension instead."""
    conn = workspace.conn
    conn.execute(
        "INSERT INTO benchmarks (code, pack_id, language, subtheme, dimension, position, title, "
        "text) SELECT 'hea.language.9', pack_id, language, subtheme, dimension, 999, 'New', "
        "'New text' "
        "FROM benchmarks WHERE code = 'hea.language.1'"
    )
    conn.execute("DELETE FROM benchmarks WHERE code = 'hea.language.1'")
    conn.commit()
    summary = create_training_municipality(conn, TODAY)
    repository = AssessmentRepository(conn)
    for assessment_id in summary.assessment_ids:
        ratings = repository.ratings(assessment_id)
        assert "hea.language.9" in ratings and "hea.language.1" not in ratings
        assert set(ratings) == set(codes(conn))
    pool = next(
        a for a in PlanRepository(conn).actions() if a.title.startswith("Interpreting pool")
    )
    assert len(pool.benchmarks) == 1 and pool.benchmarks[0].startswith("hea.")
    linked = {row[0] for row in conn.execute("SELECT benchmark FROM action_benchmarks")}
    assert linked <= set(codes(conn))


def test_training_towns_share_their_assessment_and_participant_uids(tmp_path, pack_copy):
    """A participant file exported from one trainee's training town is collected by the
    trainer's, as between two laptops of one municipality."""
    from toolbox_desktop.exchange.package_import import apply_import, preview_import
    from toolbox_desktop.exchange.package_writer import export_participant

    towns = [open_workspace(tmp_path / f"town{n}.sqlite3", pack_copy.parent) for n in (1, 2)]
    try:
        summaries = [create_training_municipality(town.conn, TODAY) for town in towns]
        uids = [
            [
                sorted(row[0] for row in town.conn.execute(f"SELECT uid FROM {table}"))
                for table in ("assessments", "workshop_participants")
            ]
            for town in towns
        ]
        assert uids[0] == uids[1]
        assert len(set(uids[0][0])) == 2 and len(set(uids[0][1])) == 6
        trainee, trainer = towns
        path = export_participant(
            trainee.conn, summaries[0].assessment_ids[1], "Trainee Tom", tmp_path / "tom.toolbox"
        )
        preview = preview_import(trainer.conn, path)
        assert [(c.item, c.action, c.label) for c in preview.changes] == [
            ("participant", "add", "Trainee Tom")
        ]
        apply_import(trainer.conn, preview)
        rows = trainer.conn.execute(
            "SELECT number, name, source FROM workshop_participants WHERE assessment_id = ? "
            "ORDER BY number",
            [summaries[1].assessment_ids[1]],
        ).fetchall()
        assert len(rows) == 7 and rows[-1] == (7, "Trainee Tom", "file")
    finally:
        for town in towns:
            town.close()

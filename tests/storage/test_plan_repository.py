"""The action plan in the database: stored at once, complete, and recoverable."""

from dataclasses import replace
from datetime import date

import pytest

from toolbox_desktop.core.plan import DONE, IN_PROGRESS, Action, Indicator, Measurement, Milestone
from toolbox_desktop.storage.database import connect, migrate
from toolbox_desktop.storage.plan_repository import (
    ActionNotFoundError,
    InvalidActionError,
    PlanRepository,
)

TEXT = 'Sprachcafé "Roßlau"; Kadıköy, Пётр\nمریم · ناصر, 50% & <b>'


@pytest.fixture
def repository(db_path):
    conn = connect(db_path)
    migrate(conn, db_path)
    yield PlanRepository(conn)
    conn.close()


def full_action() -> Action:
    return Action(
        title=TEXT,
        description=TEXT * 50,
        benchmarks=("gov.resources.3", "gov.resources.1"),
        dimension="gov",
        responsible_role="Integration officer",
        responsible_person="Ayşe",
        partners=("ngos", "volunteers"),
        partner_names="Café International",
        start=date(2026, 4, 1),
        end=date(2026, 12, 31),
        phase="short",
        status=IN_PROGRESS,
        priority=3,
        progress=40,
        budget_cents=12_500_50,
        spent_cents=3_000_00,
        currency="EUR",
        budget_line="4.31 Integration",
        funding_source="amif",
        milestones=(
            Milestone("Council decision", date(2026, 6, 1), done=True),
            Milestone("First course", date(2026, 9, 1)),
        ),
    )


def test_action_round_trip(repository, db_path):
    stored = repository.save_action(full_action())
    assert stored.id is not None
    other = PlanRepository(connect(db_path))
    assert other.actions() == [stored]
    assert other.action(stored.id) == stored


def test_update_and_bulk_change(repository):
    a = repository.save_action(Action(title="a", status="planned"))
    b = repository.save_action(Action(title="b", status="idea"))
    repository.save_action(a.with_changes(title="a2"))
    assert repository.action(a.id).title == "a2"
    repository.update_actions([a.id, b.id], status=DONE, responsible_person="Jan")
    assert {(x.status, x.responsible_person) for x in repository.actions()} == {(DONE, "Jan")}


def test_invalid_action_is_refused_and_nothing_is_written(repository):
    with pytest.raises(InvalidActionError) as refused:
        repository.save_action(Action(title="x", start=date(2026, 5, 1), end=date(2026, 1, 1)))
    assert [p.field for p in refused.value.problems] == ["end"]
    assert repository.actions() == []
    ok = repository.save_action(Action(title="ok"))
    with pytest.raises(InvalidActionError):
        repository.update_actions([ok.id], progress=150)
    assert repository.action(ok.id).progress == 0


def test_delete_and_restore(repository):
    action = repository.save_action(full_action())
    repository.delete_actions([action.id])
    assert repository.actions() == []
    assert repository.actions_for_benchmark("gov.resources.3") == []
    with pytest.raises(ActionNotFoundError):
        repository.action(action.id)
    repository.restore_actions([action.id])
    assert repository.actions() == [action]


def test_actions_for_a_benchmark_and_a_vanished_code(repository):
    kept = repository.save_action(Action(title="x", benchmarks=("gov.gone.1", "edu.parents.1")))
    assert repository.actions_for_benchmark("gov.gone.1") == [kept]
    assert repository.action(kept.id).benchmarks == ("gov.gone.1", "edu.parents.1")


def test_indicators_with_measurements(repository):
    action = repository.save_action(Action(title="Language café"))
    indicator = repository.save_indicator(
        Indicator(
            name="Participants per month",
            unit="people",
            baseline=5,
            target=25,
            action_id=action.id,
            measurements=(
                Measurement(date(2026, 1, 31), 8, "Januar: Schnee"),
                Measurement(date(2026, 2, 28), 12.5),
            ),
        )
    )
    assert repository.indicators(action_id=action.id) == [indicator]
    repository.save_indicator(replace(indicator, target=30))
    assert repository.indicators(action_id=action.id)[0].target == 30
    benchmark_indicator = repository.save_indicator(
        Indicator(name="Share of separate budget lines", unit="%", benchmark="gov.resources.3")
    )
    assert repository.indicators(benchmark="gov.resources.3") == [benchmark_indicator]
    repository.delete_indicator(indicator.id)
    assert repository.indicators(action_id=action.id) == []
    repository.restore_indicator(indicator.id)
    assert len(repository.indicators(action_id=action.id)) == 1


def test_a_thousand_actions_load_in_three_queries(repository):
    """Three queries whatever the number of actions (10,000 are timed by
    ``benchmarks/plan_scale.py``)."""
    with repository.db.atomic():
        for n in range(1_000):
            repository.save_action(
                Action(title=f"Action {n}", dimension="gov", milestones=(Milestone("m"),))
            )
    statements = []
    repository.conn.set_trace_callback(statements.append)
    try:
        actions = repository.actions()
    finally:
        repository.conn.set_trace_callback(None)
    assert len(actions) == 1_000
    assert all(len(a.milestones) == 1 for a in actions)
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 3


def test_bulk_change_of_many_actions_keeps_everything_else(repository):
    with repository.db.atomic():
        saved = [
            repository.save_action(
                Action(
                    title=f"A{n}",
                    status="idea",
                    budget_cents=n,
                    benchmarks=("gov.resources.1",),
                    milestones=(Milestone(f"m{n}", date(2026, 6, 1)),),
                )
            )
            for n in range(1200)
        ]
    ids = [a.id for a in saved[:1100]]
    repository.update_actions(ids, status=DONE, responsible_person="Ayşe")
    after = {a.id: a for a in repository.actions()}
    for action in saved:
        expected = (
            replace(action, status=DONE, responsible_person="Ayşe") if action.id in ids else action
        )
        assert after[action.id] == expected
    with pytest.raises(ActionNotFoundError):
        repository.update_actions([999_999], status=DONE)

"""Plan rules: phases, overdue, budget totals, and the values that are refused."""

from datetime import date

import pytest

from toolbox_desktop.core.plan import (
    DONE,
    DROPPED,
    IN_PROGRESS,
    LONG,
    MEDIUM,
    PLANNED,
    SHORT,
    Action,
    Indicator,
    Measurement,
    Milestone,
    budget_overview,
    check_action,
    is_overdue,
    missing_benchmarks,
    months_between,
    overdue_milestones,
    phase_for,
)

TODAY = date(2026, 3, 15)


@pytest.mark.parametrize(
    ("end", "phase"),
    [
        (None, SHORT),
        (date(2026, 1, 1), SHORT),  # already past: short term
        (date(2027, 3, 15), SHORT),  # exactly 12 months
        (date(2027, 3, 16), MEDIUM),
        (date(2029, 3, 15), MEDIUM),  # exactly 36 months
        (date(2029, 4, 1), LONG),
    ],
)
def test_phase_from_end_date(end, phase):
    assert phase_for(end, TODAY) == phase


def test_months_between():
    assert months_between(date(2026, 3, 15), date(2026, 4, 14)) == 0
    assert months_between(date(2026, 3, 15), date(2026, 4, 15)) == 1
    assert months_between(date(2026, 3, 15), date(2025, 3, 15)) == -12


def test_overdue_only_when_past_end_and_still_open():
    past = Action(title="x", end=date(2026, 3, 14), status=IN_PROGRESS)
    assert is_overdue(past, TODAY)
    assert not is_overdue(past.with_changes(status=DONE), TODAY)
    assert not is_overdue(past.with_changes(status=DROPPED), TODAY)
    assert not is_overdue(past.with_changes(end=TODAY), TODAY)
    assert not is_overdue(past.with_changes(end=None), TODAY)


def test_overdue_milestones():
    action = Action(
        title="x",
        status=PLANNED,
        milestones=(
            Milestone("a", date(2026, 1, 1)),
            Milestone("b", date(2026, 1, 1), done=True),
            Milestone("c", date(2026, 6, 1)),
            Milestone("d"),
        ),
    )
    assert [m.title for m in overdue_milestones(action, TODAY)] == ["a"]
    assert overdue_milestones(action.with_changes(status=DONE), TODAY) == []


def test_budget_totals_by_dimension_year_funding_and_status():
    actions = [
        Action(
            title="a",
            dimension="gov",
            start=date(2026, 1, 1),
            budget_cents=10_000_00,
            spent_cents=2_500_50,
            funding_source="amif",
            status=IN_PROGRESS,
        ),
        Action(
            title="b",
            dimension="gov",
            start=date(2027, 5, 1),
            budget_cents=5_000_00,
            funding_source="municipal-budget",
            status=PLANNED,
        ),
        Action(
            title="c",
            dimension="edu",
            end=date(2026, 12, 31),
            budget_cents=1_000_00,
            spent_cents=1_000_00,
            funding_source="amif",
            status=DONE,
        ),
        Action(title="d", dimension="edu", budget_cents=99_00, status=DROPPED),
        Action(title="e", dimension="hou", budget_cents=700_00, currency="SEK", status=PLANNED),
        Action(title="f", dimension="hou", status=PLANNED),  # no budget, no dates
    ]
    overview = budget_overview(actions)
    assert overview.currencies["EUR"].planned_cents == 16_000_00
    assert overview.currencies["EUR"].spent_cents == 3_500_50
    assert overview.currencies["SEK"].planned_cents == 700_00
    assert overview.by_dimension[("EUR", "gov")].planned_cents == 15_000_00
    assert overview.by_dimension[("EUR", "edu")].planned_cents == 1_000_00  # d is dropped
    assert overview.by_year[("EUR", "2026")].planned_cents == 11_000_00
    assert overview.by_year[("EUR", "2027")].planned_cents == 5_000_00
    assert overview.by_year[("EUR", "")].actions == 1  # f has no dates
    assert overview.by_funding[("EUR", "amif")].spent_cents == 3_500_50
    assert overview.by_status[("EUR", DROPPED)].planned_cents == 99_00
    assert ("SEK", "hou") in overview.by_dimension and ("EUR", "hou") in overview.by_dimension


def test_refused_values_name_the_field():
    bad = Action(
        title=" ",
        start=date(2026, 5, 1),
        end=date(2026, 4, 1),
        budget_cents=-5,
        spent_cents=10**20,
        progress=120,
        priority=9,
        funding_source="lottery",
        partners=("aliens",),
        milestones=(Milestone("m", date(3026, 1, 1)),),
    )
    fields = sorted(p.field for p in check_action(bad))
    assert fields == sorted(
        [
            "title",
            "end",
            "budget_cents",
            "spent_cents",
            "progress",
            "priority",
            "funding_source",
            "partners",
            "milestones",
        ]
    )
    typo = Action(title="x", start=date(1026, 1, 1))
    [problem] = check_action(typo)
    assert problem.field == "start" and "1026" in problem.message
    assert check_action(Action(title="Welcome desk", start=TODAY, end=TODAY)) == []


def test_missing_benchmarks_after_a_content_update():
    action = Action(title="x", benchmarks=("gov.resources.3", "gov.old.9"))
    assert missing_benchmarks(action, {"gov.resources.3"}) == ["gov.old.9"]


def test_indicator_progress_to_target():
    indicator = Indicator(
        name="Participants",
        baseline=10,
        target=30,
        measurements=(
            Measurement(date(2026, 1, 1), 14),
            Measurement(date(2026, 6, 1), 20),
        ),
    )
    assert indicator.latest().value == 20
    assert indicator.progress_to_target() == 50.0
    assert Indicator(name="x").progress_to_target() is None


def test_add_months_clamps_to_the_end_of_the_month():
    from toolbox_desktop.core.plan import add_months

    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2026, 11, 15), 3) == date(2027, 2, 15)
    assert add_months(date(2026, 3, 15), -3) == date(2025, 12, 15)

"""Two windows, or two laptops on a shared folder, editing the same records: only the fields a
user changed are written, a field changed on both sides is refused (nothing written) so that the
user can decide, and whichever value loses stays in the file's edit history."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from dataclasses import replace
from datetime import date

import pytest

from toolbox_desktop.core.assessment import Profile
from toolbox_desktop.core.merging import ChangedElsewhereError
from toolbox_desktop.core.plan import Action, Indicator, Measurement, Milestone
from toolbox_desktop.storage.annual_texts import AnnualTextRepository, AnnualTexts
from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.storage.database import connect, migrate
from toolbox_desktop.storage.edit_history import ACTION, ANNUAL, INDICATOR, PROFILE, history
from toolbox_desktop.storage.plan_repository import PlanRepository


@pytest.fixture
def two_windows(db_path):
    """Two connections to one file, as two windows (or two app instances) have."""
    first = connect(db_path)
    migrate(first, db_path)
    second = connect(db_path)
    yield first, second
    first.close()
    second.close()


def run_in_other_process(db_path, code: str) -> None:
    """Run ``code`` (with ``path`` set to the database) in a separate Python process."""
    script = f"from pathlib import Path\npath = Path({str(db_path)!r})\n" + textwrap.dedent(code)
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)


def test_other_fields_changed_elsewhere_survive_my_edit(two_windows):
    mine, theirs = PlanRepository(two_windows[0]), PlanRepository(two_windows[1])
    base = mine.save_action(Action(title="Language café", description="Mondays"))
    theirs.save_action(replace(base, title="Language café for parents"), base=base)

    stored = mine.save_action(replace(base, description="Mondays and Thursdays"), base=base)

    assert stored.title == "Language café for parents"
    assert stored.description == "Mondays and Thursdays"
    assert theirs.action(base.id) == stored


def test_the_same_field_changed_on_both_sides_is_refused_and_nothing_written(two_windows):
    mine, theirs = PlanRepository(two_windows[0]), PlanRepository(two_windows[1])
    base = mine.save_action(Action(title="Language café", description="Mondays"))
    newer = theirs.save_action(replace(base, title="Café for parents"), base=base)

    with pytest.raises(ChangedElsewhereError) as refused:
        mine.save_action(replace(base, title="Café for everyone", progress=50), base=base)

    assert refused.value.fields == ("title",)
    assert refused.value.stored == newer
    assert theirs.action(base.id) == newer  # not even the progress was written


def test_keeping_mine_keeps_their_value_in_the_history(two_windows):
    mine, theirs = PlanRepository(two_windows[0]), PlanRepository(two_windows[1])
    base = mine.save_action(Action(title="Language café"))
    theirs.save_action(replace(base, title="Café for parents"), base=base)
    with pytest.raises(ChangedElsewhereError) as refused:
        mine.save_action(replace(base, title="Café for everyone"), base=base)

    kept = refused.value.stored
    stored = mine.save_action(replace(kept, title="Café for everyone"), base=kept)

    assert stored.title == "Café for everyone"
    titles = [(e.old, e.new) for e in history(two_windows[0], ACTION, base.id)]
    assert titles == [
        ("Language café", "Café for parents"),
        ("Café for parents", "Café for everyone"),
    ]


def test_the_same_change_on_both_sides_is_no_clash(two_windows):
    mine, theirs = PlanRepository(two_windows[0]), PlanRepository(two_windows[1])
    base = mine.save_action(Action(title="Language café"))
    theirs.save_action(replace(base, status="done"), base=base)
    assert mine.save_action(replace(base, status="done"), base=base).status == "done"


def test_milestones_and_benchmarks_are_written_only_when_changed(two_windows):
    mine, theirs = PlanRepository(two_windows[0]), PlanRepository(two_windows[1])
    base = mine.save_action(Action(title="Mentoring", milestones=(Milestone("Start"),)))
    theirs.save_action(
        replace(base, milestones=(Milestone("Start", date(2027, 1, 4), True),)), base=base
    )
    stored = mine.save_action(replace(base, benchmarks=("gov.resources.1",)), base=base)
    assert stored.milestones == (Milestone("Start", date(2027, 1, 4), True),)
    assert stored.benchmarks == ("gov.resources.1",)


def test_bulk_status_change_does_not_overwrite_a_status_changed_elsewhere(two_windows):
    mine, theirs = PlanRepository(two_windows[0]), PlanRepository(two_windows[1])
    first = mine.save_action(Action(title="One"))
    second = mine.save_action(Action(title="Two"))
    theirs.save_action(replace(second, status="dropped"), base=second)

    with pytest.raises(ChangedElsewhereError):
        mine.update_actions(
            [first.id, second.id], expected={first.id: first, second.id: second}, status="done"
        )
    assert [a.status for a in theirs.actions()] == [first.status, "dropped"]


def test_indicator_edits_merge_by_field(two_windows):
    mine, theirs = PlanRepository(two_windows[0]), PlanRepository(two_windows[1])
    action = mine.save_action(Action(title="Jobs"))
    base = mine.save_indicator(Indicator(name="People in work", action_id=action.id))
    measured = (Measurement(date(2026, 3, 1), 4.0, "after the first course"),)
    theirs.save_indicator(replace(base, measurements=measured), base=base)

    stored = mine.save_indicator(replace(base, unit="people", target=20.0), base=base)
    assert (stored.unit, stored.target, stored.measurements) == ("people", 20.0, measured)

    with pytest.raises(ChangedElsewhereError):
        mine.save_indicator(
            replace(base, measurements=(Measurement(date(2026, 3, 2), 5.0),)), base=base
        )
    assert theirs.indicator(base.id).measurements == measured
    assert [e.field for e in history(two_windows[0], INDICATOR, base.id)] == [
        "measurements",
        "unit",
        "target",
    ]


def test_annual_texts_merge_by_text(two_windows):
    mine, theirs = AnnualTextRepository(two_windows[0]), AnnualTextRepository(two_windows[1])
    base = mine.save(AnnualTexts(2026, summary="A good year"))
    theirs.save(replace(base, stories="Volunteers ran the café"), base=base)

    stored = mine.save(replace(base, next_focus="Housing"), base=base)
    assert stored == AnnualTexts(2026, "A good year", "Volunteers ran the café", "Housing")

    with pytest.raises(ChangedElsewhereError) as refused:
        mine.save(replace(base, stories="Nothing"), base=base)
    assert refused.value.fields == ("stories",)
    assert theirs.texts(2026).stories == "Volunteers ran the café"
    assert [e.new for e in history(two_windows[0], ANNUAL, 2026)][-1] == "Housing"


def test_profile_merges_by_field(two_windows):
    mine, theirs = AssessmentRepository(two_windows[0]), AssessmentRepository(two_windows[1])
    base = mine.save_profile(Profile(name="Lindenbach", population=4200))
    theirs.save_profile(replace(base, country="Germany"), base=base)

    stored = mine.save_profile(replace(base, population=4300), base=base)
    assert (stored.name, stored.country, stored.population) == ("Lindenbach", "Germany", 4300)

    with pytest.raises(ChangedElsewhereError):
        mine.save_profile(replace(base, country="Austria"), base=base)
    assert theirs.profile().country == "Germany"
    kept = {(e.field, e.old, e.new) for e in history(two_windows[0], PROFILE, 1)}
    # the first value and this window's own later change fold into one entry
    assert {("country", "", "Germany"), ("population", None, 4300)} <= kept


def test_a_windows_own_typing_steps_fold_into_one_history_entry(two_windows):
    mine, theirs = AnnualTextRepository(two_windows[0]), AnnualTextRepository(two_windows[1])
    texts = AnnualTexts(2026)
    for typed in ("A go", "A good ye", "A good year"):
        texts = mine.save(replace(texts, summary=typed), base=texts)
    other = theirs.save(replace(texts, summary="A very good year"), base=texts)
    mine.save(replace(other, summary="A good year!"), base=other)

    assert [(e.old, e.new) for e in history(two_windows[0], ANNUAL, 2026)] == [
        ("", "A good year"),
        ("A good year", "A very good year"),
        ("A very good year", "A good year!"),
    ]


def test_a_stale_window_in_another_process_does_not_overwrite_a_newer_title(db_path):
    """The defect as reported: window A stores its whole stale action over B's newer title."""
    conn = connect(db_path)
    migrate(conn, db_path)
    mine = PlanRepository(conn)
    base = mine.save_action(Action(title="Language café", description="Mondays"))

    run_in_other_process(
        db_path,
        f"""
        from dataclasses import replace
        from toolbox_desktop.storage.database import connect
        from toolbox_desktop.storage.plan_repository import PlanRepository
        repo = PlanRepository(connect(path))
        seen = repo.action({base.id})
        repo.save_action(replace(seen, title="Language café for parents"), base=seen)
        """,
    )

    stored = mine.save_action(replace(base, description="Mondays and Thursdays"), base=base)
    assert (stored.title, stored.description) == (
        "Language café for parents",
        "Mondays and Thursdays",
    )
    with pytest.raises(ChangedElsewhereError):
        mine.save_action(replace(base, title="Language café (old)"), base=base)
    conn.close()

"""An older package never silently reverts what was changed here after it was made.

Two laptops of one town: a package carries the time it was made; a row changed (or deleted)
here after that keeps this computer's version, the preview says so and when, and the user
may choose to take the package's older version all the same (its values then stay in the
history). What an import writes is stamped with the package's time, so that a package made
later on the other laptop is never mistaken for an older one.

The clock is moved on explicitly (``moved_clock``): a change in the same second as the
package counts as not later.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from exchange_helpers import B1, B2, dump

from moved_clock import START, Clock
from toolbox_desktop.core.assessment import Profile, Rating
from toolbox_desktop.core.formatting import format_date_time
from toolbox_desktop.core.i18n import translated_with, untranslated
from toolbox_desktop.exchange.changes import ACTION, ASSESSMENT, KEPT, PROFILE, UNCHANGED, UPDATE
from toolbox_desktop.exchange.errors import MSG_KEPT_LATER, MSG_REPLACED_LATER
from toolbox_desktop.exchange.package_import import apply_import, preview_import
from toolbox_desktop.exchange.package_writer import export_assessment, export_municipality
from toolbox_desktop.storage import edit_history
from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.storage.plan_repository import PlanRepository


@pytest.fixture
def clock(monkeypatch):
    return Clock(monkeypatch)


def local(moment) -> str:
    """A moment as the notes write it in English: in this computer's time zone."""
    return format_date_time(moment.astimezone(), "en")


def action_named(conn, title: str):
    return next(a for a in PlanRepository(conn).actions() if a.title == title)


def monday_then_renamed_here(town, laptop, tmp_path, clock, **later):
    """Monday's package (made at 09:00) imported on the laptop, whose user renames the
    language café ``later``; returns the package and the action as it was imported."""
    path = tmp_path / "monday.toolbox"
    export_municipality(town.conn, path)
    apply_import(laptop.conn, preview_import(laptop.conn, path))
    clock.later(**later)
    here = action_named(laptop.conn, "Language café")
    PlanRepository(laptop.conn).save_action(here.with_changes(title="Sprachcafé (montags)"))
    return path, here


def change_of(preview, item: str, label: str):
    return next(c for c in preview.changes if c.item == item and c.label == label)


def test_an_action_changed_here_after_the_package_was_made_keeps_the_later_change(
    town, laptop, tmp_path, clock
):
    path, here = monday_then_renamed_here(town, laptop, tmp_path, clock, hours=2)

    preview = preview_import(laptop.conn, path)  # Monday's package again, by mistake
    change = change_of(preview, ACTION, "Language café")
    assert (change.action, change.kept_later) == (KEPT, True)
    assert change.note.template == MSG_KEPT_LATER
    assert change.note.params == {"changed": START + timedelta(hours=2), "made": START}
    assert preview.kept_later == 1
    before = dump(laptop.conn)
    apply_import(laptop.conn, preview)
    assert dump(laptop.conn) == before
    assert PlanRepository(laptop.conn).action(here.id).title == "Sprachcafé (montags)"


def test_replacing_later_changes_takes_the_package_and_keeps_ours_in_the_history(
    town, laptop, tmp_path, clock
):
    path, here = monday_then_renamed_here(town, laptop, tmp_path, clock, minutes=30)

    preview = preview_import(laptop.conn, path, replace_later=True)
    change = change_of(preview, ACTION, "Language café")
    assert (change.action, change.fields, change.kept_later) == (UPDATE, ("title",), False)
    assert change.note.template == MSG_REPLACED_LATER
    assert preview.kept_later == 0
    apply_import(laptop.conn, preview)
    assert PlanRepository(laptop.conn).action(here.id).title == "Language café"
    history = edit_history.history(laptop.conn, edit_history.ACTION, here.id)
    assert ("title", "Sprachcafé (montags)", "Language café") in [
        (entry.field, entry.old, entry.new) for entry in history
    ]


def test_a_package_made_after_an_earlier_import_is_never_taken_for_an_older_one(
    town, laptop, tmp_path, clock
):
    """Monday's package is made at 09:00, Tuesday's at 10:00 after an edit there; the laptop
    imports Monday's at 11:00, then Tuesday's: Tuesday's edit goes in (had the first import
    stamped its rows 11:00, Tuesday's package would have looked older than them)."""
    monday, tuesday = tmp_path / "monday.toolbox", tmp_path / "tuesday.toolbox"
    export_municipality(town.conn, monday)
    clock.later(hours=1)
    there = action_named(town.conn, "Language café")
    PlanRepository(town.conn).save_action(there.with_changes(description="Wednesdays 18:00"))
    export_municipality(town.conn, tuesday)
    clock.later(hours=1)
    apply_import(laptop.conn, preview_import(laptop.conn, monday))

    preview = preview_import(laptop.conn, tuesday)
    change = change_of(preview, ACTION, "Language café")
    assert (change.action, change.fields, change.note) == (UPDATE, ("description",), None)
    assert preview.kept_later == 0
    apply_import(laptop.conn, preview)
    assert action_named(laptop.conn, "Language café").description == "Wednesdays 18:00"


def test_an_action_deleted_here_after_the_package_was_made_stays_deleted(
    town, laptop, tmp_path, clock
):
    path = tmp_path / "monday.toolbox"
    export_municipality(town.conn, path)
    apply_import(laptop.conn, preview_import(laptop.conn, path))
    clock.later(days=1)
    here = action_named(laptop.conn, "Language café")
    PlanRepository(laptop.conn).delete_actions([here.id])

    preview = preview_import(laptop.conn, path)
    assert change_of(preview, ACTION, "Language café").action == KEPT
    apply_import(laptop.conn, preview)
    assert "Language café" not in [a.title for a in PlanRepository(laptop.conn).actions()]


def test_an_assessment_keeps_the_ratings_changed_here_later_and_takes_the_others(
    town, laptop, tmp_path, clock
):
    path = tmp_path / "review.toolbox"
    export_assessment(town.conn, town.ids["second"], path)
    apply_import(laptop.conn, preview_import(laptop.conn, path))
    here = next(
        a.id for a in AssessmentRepository(laptop.conn).assessments() if a.title.startswith("Rev")
    )
    clock.later(hours=1)  # the town changes two ratings and sends the package at 10:00
    there = AssessmentRepository(town.conn)
    there.save_rating(town.ids["second"], Rating(B1, level=4, target=4))
    there.save_rating(town.ids["second"], Rating(B2, level=2, target=3, priority=1))
    export_assessment(town.conn, town.ids["second"], path)
    clock.later(hours=1)  # at 11:00 the laptop's user rates B1 otherwise, before importing
    ours = Rating(B1, level=2, target=4, evidence="Checked with the council on Thursday")
    AssessmentRepository(laptop.conn).save_rating(here, ours)

    preview = preview_import(laptop.conn, path)
    change = change_of(preview, ASSESSMENT, "Review 2026 — Roßlau")
    assert (change.action, change.details, change.kept_later) == (UPDATE, (B2,), True)
    english = translated_with(change.note, untranslated, "en")
    assert change.kept_ratings == (B1,) and change.kept_fields == ()
    assert english == (
        f"changed on this computer on {local(START + timedelta(hours=2))}, after the package "
        f"was made on {local(START + timedelta(hours=1))}, so kept as it is here"
    )
    apply_import(laptop.conn, preview)
    repository = AssessmentRepository(laptop.conn)
    assert repository.rating(here, B1) == ours
    assert repository.rating(here, B2).level == 2
    # Nothing left to take but the kept rating, which the same package keeps again.
    again = change_of(preview_import(laptop.conn, path), ASSESSMENT, "Review 2026 — Roßlau")
    assert (again.action, again.kept_later) == (KEPT, True)

    apply_import(laptop.conn, preview_import(laptop.conn, path, replace_later=True))
    assert repository.rating(here, B1).level == 4
    assert (B1, "level", 2, 4) in [
        (B1, h.field, h.old, h.new) for h in repository.history(here, B1)
    ]


def test_a_profile_field_changed_here_later_keeps_its_value_and_the_others_are_taken(
    town, laptop, tmp_path, clock
):
    path = tmp_path / "monday.toolbox"
    export_municipality(town.conn, path)
    clock.later(hours=3)
    repository = AssessmentRepository(laptop.conn)
    repository.save_profile(Profile(name="Dessau-Roßlau", population=75_500))

    preview = preview_import(laptop.conn, path)
    change = change_of(preview, PROFILE, "Dessau-Roßlau")
    assert (change.action, change.kept_fields, change.kept_later) == (UPDATE, ("population",), True)
    assert "population" not in change.fields and "country" in change.fields
    apply_import(laptop.conn, preview)
    profile = repository.profile()
    assert (profile.population, profile.country) == (75_500, "Germany")  # typed here; theirs
    again = change_of(preview_import(laptop.conn, path), PROFILE, "Dessau-Roßlau")
    assert (again.action, again.kept_fields) == (KEPT, ("population",))


def test_an_unchanged_package_after_a_later_edit_elsewhere_in_the_plan_changes_nothing(
    town, laptop, tmp_path, clock
):
    """Only what the package would change counts: an action edited here later that the
    package holds as it is here is simply unchanged."""
    path = tmp_path / "monday.toolbox"
    export_municipality(town.conn, path)
    apply_import(laptop.conn, preview_import(laptop.conn, path))
    clock.later(hours=1)
    here = action_named(laptop.conn, "Language café")
    PlanRepository(laptop.conn).save_action(here.with_changes(description="Fridays"))
    PlanRepository(laptop.conn).save_action(
        action_named(laptop.conn, "Language café").with_changes(description="")
    )
    change = change_of(preview_import(laptop.conn, path), ACTION, "Language café")
    assert (change.action, change.kept_later) == (UNCHANGED, False)


def test_a_moment_in_a_message_is_written_in_the_users_format():
    from toolbox_desktop.core.i18n import Message
    from toolbox_desktop.exchange.errors import CTX

    note = Message(CTX, MSG_KEPT_LATER, changed=START, made=START - timedelta(days=2))
    text = translated_with(note, untranslated, "de_DE")
    moment = START.astimezone()
    assert f"{moment:%d.%m.%Y} {moment:%H:%M}" in text
    assert "2026-12" not in text

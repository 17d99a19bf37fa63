"""What was changed here after a package was made is kept field by field, rating by rating:
the package still brings what nobody touched here since. (The cases a review of the first,
row-by-row version found: each lost or hid someone's work.)"""

from __future__ import annotations

import json
import zipfile
from dataclasses import replace
from datetime import date, timedelta

import pytest
from exchange_helpers import B1, B2

from moved_clock import START, Clock
from toolbox_desktop.cli import EXIT_ERROR, main
from toolbox_desktop.core.assessment import DRAFT, FINAL, Rating
from toolbox_desktop.core.plan import Measurement
from toolbox_desktop.exchange.changes import (
    ACTION,
    ANNUAL_TEXTS,
    ASSESSMENT,
    FACT_SANDWICH,
    INDICATOR,
    KEPT,
    UPDATE,
)
from toolbox_desktop.exchange.errors import (
    MSG_CLOCK_AHEAD,
    MSG_KEPT_DELETED,
    MSG_KEPT_WITH_ACTION,
    MSG_RESTORED_LATER,
    PackageError,
)
from toolbox_desktop.exchange.package_import import apply_import, preview_import
from toolbox_desktop.exchange.package_writer import export_assessment, export_municipality
from toolbox_desktop.storage import edit_history
from toolbox_desktop.storage.annual_texts import AnnualTextRepository, AnnualTexts
from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.storage.fact_sandwich_repository import FactSandwichRepository
from toolbox_desktop.storage.plan_repository import PlanRepository
from toolbox_desktop.storage.version_stamp import parse_stamp


@pytest.fixture
def clock(monkeypatch):
    return Clock(monkeypatch)


def change_of(preview, item, label):
    return next(c for c in preview.changes if c.item == item and c.label == label)


def review_id(conn) -> int:
    return next(a.id for a in AssessmentRepository(conn).assessments() if a.title.startswith("Rev"))


def cafe(conn):
    return next(a for a in PlanRepository(conn).actions() if a.title == "Language café")


def imported_review(town, laptop, tmp_path) -> tuple:
    path = tmp_path / "review.toolbox"
    export_assessment(town.conn, town.ids["second"], path)  # 09:00
    apply_import(laptop.conn, preview_import(laptop.conn, path))
    return path, review_id(laptop.conn)


def imported_town(town, laptop, tmp_path):
    path = tmp_path / "monday.toolbox"
    export_municipality(town.conn, path)  # 09:00
    apply_import(laptop.conn, preview_import(laptop.conn, path))
    return path


def test_the_package_brings_the_fields_nobody_changed_here_since(town, laptop, tmp_path, clock):
    """The town sets the café's progress and sends its package; the laptop's user has
    written the room into the description meanwhile: the laptop gets the progress and keeps
    the room; sent back, the town gets the room and keeps its progress. Nobody loses work."""
    imported_town(town, laptop, tmp_path)
    plan_town, plan_laptop = PlanRepository(town.conn), PlanRepository(laptop.conn)
    clock.later(hours=1)
    plan_town.save_action(cafe(town.conn).with_changes(progress=80))
    clock.later(hours=1)
    tuesday = tmp_path / "tuesday.toolbox"
    export_municipality(town.conn, tuesday)
    clock.later(hours=1)
    plan_laptop.save_action(cafe(laptop.conn).with_changes(description="Room 2"))
    clock.later(hours=1)

    preview = preview_import(laptop.conn, tuesday)
    change = change_of(preview, ACTION, "Language café")
    assert (change.action, change.fields, change.kept_fields) == (
        UPDATE,
        ("progress",),
        ("description",),
    )
    apply_import(laptop.conn, preview)
    assert (cafe(laptop.conn).progress, cafe(laptop.conn).description) == (80, "Room 2")

    clock.later(hours=1)
    back = tmp_path / "back.toolbox"
    export_municipality(laptop.conn, back)
    clock.later(hours=1)
    apply_import(town.conn, preview_import(town.conn, back))
    assert (cafe(town.conn).progress, cafe(town.conn).description) == (80, "Room 2")


def test_a_rating_removed_here_after_the_package_was_made_stays_removed(
    town, laptop, tmp_path, clock
):
    path, here = imported_review(town, laptop, tmp_path)
    clock.later(hours=2)
    AssessmentRepository(laptop.conn).clear_rating(here, B2)

    change = change_of(preview_import(laptop.conn, path), ASSESSMENT, "Review 2026 — Roßlau")
    assert (change.action, change.kept_ratings, change.kept_later) == (KEPT, (B2,), True)
    apply_import(laptop.conn, preview_import(laptop.conn, path))
    assert AssessmentRepository(laptop.conn).rating(here, B2) is None


def test_reopening_as_the_final_note_says_takes_the_packages_title_and_ratings(
    town, laptop, tmp_path, clock
):
    path, here = imported_review(town, laptop, tmp_path)
    AssessmentRepository(laptop.conn).update(here, status=FINAL)
    clock.later(hours=1)  # the town renames it and rates B2 anew
    AssessmentRepository(town.conn).update(town.ids["second"], title="Review 2026 (final)")
    AssessmentRepository(town.conn).save_rating(town.ids["second"], Rating(B2, level=4))
    export_assessment(town.conn, town.ids["second"], path)
    clock.later(hours=1)
    first = change_of(preview_import(laptop.conn, path), ASSESSMENT, "Review 2026 (final)")
    assert first.action == KEPT  # final here: reopen it, the note says
    AssessmentRepository(laptop.conn).update(here, status=DRAFT)

    preview = preview_import(laptop.conn, path)
    change = change_of(preview, ASSESSMENT, "Review 2026 (final)")
    assert (change.action, change.kept_fields) == (UPDATE, ())
    apply_import(laptop.conn, preview)
    stored = AssessmentRepository(laptop.conn)
    assert stored.assessment(here).title == "Review 2026 (final)"
    assert stored.rating(here, B2).level == 4


def test_details_kept_here_stay_kept_after_the_ratings_are_taken(town, laptop, tmp_path, clock):
    path, here = imported_review(town, laptop, tmp_path)
    clock.later(hours=1)
    there = AssessmentRepository(town.conn)
    there.update(town.ids["second"], title="Review 2026 (town)")
    there.save_rating(town.ids["second"], Rating(B2, level=4))
    export_assessment(town.conn, town.ids["second"], path)
    clock.later(hours=1)
    AssessmentRepository(laptop.conn).update(here, title="Review 2026 (laptop)")

    preview = preview_import(laptop.conn, path)
    change = change_of(preview, ASSESSMENT, "Review 2026 (town)")
    assert (change.action, change.details, change.kept_fields) == (UPDATE, (B2,), ("title",))
    apply_import(laptop.conn, preview)
    again = change_of(preview_import(laptop.conn, path), ASSESSMENT, "Review 2026 (town)")
    assert (again.action, again.kept_fields) == (KEPT, ("title",))
    assert AssessmentRepository(laptop.conn).assessment(here).title == "Review 2026 (laptop)"


def test_a_replaced_assessment_title_stays_in_the_history(town, laptop, tmp_path, clock):
    path, here = imported_review(town, laptop, tmp_path)
    clock.later(hours=1)
    AssessmentRepository(laptop.conn).update(here, title="Review 2026 — council version")

    apply_import(laptop.conn, preview_import(laptop.conn, path, replace_later=True))
    assert AssessmentRepository(laptop.conn).assessment(here).title == "Review 2026 — Roßlau"
    kept = edit_history.history(laptop.conn, edit_history.ASSESSMENT, here)
    assert ("title", "Review 2026 — council version", "Review 2026 — Roßlau") in [
        (entry.field, entry.old, entry.new) for entry in kept
    ]


def test_annual_texts_and_fact_sandwiches_changed_here_later_are_kept(
    town, laptop, tmp_path, clock
):
    path = imported_town(town, laptop, tmp_path)
    clock.later(hours=1)
    AnnualTextRepository(laptop.conn).save(AnnualTexts(2026, "Ours", "", ""))
    sandwiches = FactSandwichRepository(laptop.conn)
    crime = next(s for s in sandwiches.sandwiches() if s.topic == "Crime")
    sandwiches.delete(crime.id)

    preview = preview_import(laptop.conn, path)
    annual = change_of(preview, ANNUAL_TEXTS, "2026")
    assert (annual.action, annual.kept_fields) == (KEPT, ("summary", "stories", "next_focus"))
    deleted = change_of(preview, FACT_SANDWICH, "Crime")
    assert (deleted.action, deleted.note.template) == (KEPT, MSG_KEPT_DELETED)
    apply_import(laptop.conn, preview)
    assert AnnualTextRepository(laptop.conn).texts(2026).summary == "Ours"
    assert "Crime" not in [s.topic for s in sandwiches.sandwiches()]

    replaced = preview_import(laptop.conn, path, replace_later=True)
    assert change_of(replaced, FACT_SANDWICH, "Crime").note.template == MSG_RESTORED_LATER


def test_an_indicator_deleted_or_measured_here_later_keeps_that(town, laptop, tmp_path, clock):
    path = imported_town(town, laptop, tmp_path)
    clock.later(days=1)
    plan = PlanRepository(laptop.conn)
    strategy = next(i for i in plan.indicators() if i.name == "Strategy adopted")
    plan.delete_indicator(strategy.id)
    visitors = next(i for i in plan.indicators() if i.name == "Visitors per month")
    typed = Measurement(date(2026, 12, 1), 110)
    plan.save_indicator(replace(visitors, measurements=(*visitors.measurements, typed)))

    preview = preview_import(laptop.conn, path)
    assert change_of(preview, INDICATOR, "Strategy adopted").action == KEPT
    assert change_of(preview, INDICATOR, "Visitors per month").kept_fields == ("measurements",)
    apply_import(laptop.conn, preview)
    assert "Strategy adopted" not in [i.name for i in plan.indicators()]
    assert typed in plan.indicator(visitors.id).measurements


def test_the_indicators_of_an_action_deleted_here_later_stay_as_they_are(
    town, laptop, tmp_path, clock
):
    path = imported_town(town, laptop, tmp_path)
    plan = PlanRepository(laptop.conn)
    desk = next(a for a in plan.actions() if a.title.startswith("Welcome desk"))
    visitors = next(i for i in plan.indicators() if i.name == "Visitors per month")
    plan.link_indicator(visitors.id, None, B1)  # moved to the benchmark, at 09:00 too
    clock.later(days=1)
    plan.delete_actions([desk.id])

    preview = preview_import(laptop.conn, path)
    assert change_of(preview, ACTION, desk.title).action == KEPT
    change = change_of(preview, INDICATOR, "Visitors per month")
    assert (change.action, change.note.template) == (KEPT, MSG_KEPT_WITH_ACTION)
    apply_import(laptop.conn, preview)
    assert plan.indicator(visitors.id).action_id is None  # still shown, by its benchmark


def test_a_package_made_later_than_this_computers_clock_says_so(town, laptop, tmp_path, clock):
    path = tmp_path / "ahead.toolbox"
    clock.later(days=2)  # the town's laptop runs two days ahead
    export_municipality(town.conn, path)
    clock.later(days=-2)

    [note] = preview_import(laptop.conn, path).notes
    assert note.template == MSG_CLOCK_AHEAD
    assert note.params["made"] == START + timedelta(days=2)


def test_a_package_time_out_of_any_clocks_range_is_refused(town, laptop, tmp_path, capsys):
    """Nothing could be compared with it: refused as a damaged manifest, never a traceback."""
    path, odd = tmp_path / "p.toolbox", tmp_path / "odd.toolbox"
    export_municipality(town.conn, path)
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(odd, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "manifest.json":
                manifest = json.loads(data)
                manifest["created_at"] = "0001-01-01T00:00:00+14:00"
                data = json.dumps(manifest).encode()
            target.writestr(item, data)
    assert parse_stamp("0001-01-01T00:00:00+14:00") is None

    with pytest.raises(PackageError) as refused:
        preview_import(laptop.conn, odd)
    assert "'created_at' is not a date and time" in str(refused.value.message)
    assert main(["import", str(odd), "--db", str(laptop.path)]) == EXIT_ERROR
    assert "Traceback" not in capsys.readouterr().err


def synced(town, laptop, tmp_path):
    path = tmp_path / "p0.toolbox"
    export_municipality(town.conn, path)
    apply_import(laptop.conn, preview_import(laptop.conn, path))
    return path


def test_what_an_import_wrote_is_as_old_as_its_package(town, laptop, tmp_path, clock):
    """P1 (09:00, title B), P2 (09:30, title C); the laptop imports P1 at 11:00, then P2:
    what the first import wrote dates from 09:00, so P2's newer title is taken."""
    synced(town, laptop, tmp_path)
    plan_town = PlanRepository(town.conn)
    plan_town.save_action(cafe(town.conn).with_changes(title="Language café B"))
    p1, p2 = tmp_path / "p1.toolbox", tmp_path / "p2.toolbox"
    export_municipality(town.conn, p1)
    clock.later(minutes=30)
    plan_town.save_action(
        next(a for a in plan_town.actions() if a.title.endswith("B")).with_changes(
            title="Language café C"
        )
    )
    export_municipality(town.conn, p2)
    clock.later(minutes=90)
    apply_import(laptop.conn, preview_import(laptop.conn, p1))
    change = change_of(preview_import(laptop.conn, p2), ACTION, "Language café C")
    assert (change.action, change.fields, change.kept_fields) == (UPDATE, ("title",), ())


def test_a_value_replaced_by_a_package_is_as_old_as_that_package(town, laptop, tmp_path, clock):
    """The user typed title L here at 10:00 and replaced it with P1's B (made 09:00) at 11:00:
    the title dates from 09:00 again, so P2 (made 09:30, title C) is taken."""
    synced(town, laptop, tmp_path)
    plan_town = PlanRepository(town.conn)
    plan_town.save_action(cafe(town.conn).with_changes(title="Language café B"))
    p1, p2 = tmp_path / "p1.toolbox", tmp_path / "p2.toolbox"
    export_municipality(town.conn, p1)
    clock.later(minutes=30)
    town_cafe = next(a for a in plan_town.actions() if a.title.endswith("B"))
    plan_town.save_action(town_cafe.with_changes(title="Language café C"))
    export_municipality(town.conn, p2)
    clock.later(minutes=30)
    plan = PlanRepository(laptop.conn)
    plan.save_action(cafe(laptop.conn).with_changes(title="Language café L"))
    clock.later(hours=1)
    apply_import(laptop.conn, preview_import(laptop.conn, p1, replace_later=True))
    here = next(a for a in plan.actions() if a.title.startswith("Language café"))
    assert here.title == "Language café B"
    change = change_of(preview_import(laptop.conn, p2), ACTION, "Language café C")
    assert (change.action, change.kept_fields) == (UPDATE, ())


def test_a_value_set_aside_is_no_change_of_the_field(town, laptop, tmp_path, clock):
    """Another window saved the title at 09:30; the package was made at 10:00; at 10:30 this
    window's user chose the other window's title (theirs kept in the history as set aside):
    the title dates from 09:30, so the package's newer one is taken."""
    synced(town, laptop, tmp_path)
    plan = PlanRepository(laptop.conn)
    seen = cafe(laptop.conn)
    clock.later(minutes=30)
    theirs = plan.save_action(seen.with_changes(title="Language café W2"), seen)
    clock.later(minutes=30)
    PlanRepository(town.conn).save_action(cafe(town.conn).with_changes(title="Language café B"))
    p1 = tmp_path / "p1.toolbox"
    export_municipality(town.conn, p1)
    clock.later(minutes=30)
    plan.set_aside_action(theirs, seen.with_changes(title="Language café W1"), ("title",))
    change = change_of(preview_import(laptop.conn, p1), ACTION, "Language café B")
    assert (change.action, change.kept_fields) == (UPDATE, ())

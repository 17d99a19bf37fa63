"""Export on one laptop, import on another: the same data arrives, nothing is duplicated when
the same package comes twice, and a package of later work updates what is there."""

from __future__ import annotations

import json
import zipfile
from datetime import date

import pytest
from exchange_helpers import B1, B2, B3, count, dump, own_data

from toolbox_desktop.core.assessment import Rating
from toolbox_desktop.core.plan import Action
from toolbox_desktop.exchange.changes import ADD, KEPT, RESTORED, UNCHANGED, UPDATE
from toolbox_desktop.exchange.errors import PackageError
from toolbox_desktop.exchange.package_import import apply_import, preview_import
from toolbox_desktop.exchange.package_writer import (
    export_assessment,
    export_municipality,
    export_plan,
)
from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.storage.plan_repository import PlanRepository


def transfer(source, target, path, export=export_municipality, *args):
    export(source.conn, *args, path) if args else export(source.conn, path)
    preview = preview_import(target.conn, path)
    apply_import(target.conn, preview)
    return preview


def test_municipality_round_trip_gives_the_same_data(town, laptop, tmp_path):
    path = tmp_path / "town.toolbox"
    preview = transfer(town, laptop, path)
    assert {c.action for c in preview.changes} == {ADD, UPDATE}  # the profile is updated
    assert own_data(laptop.conn) == own_data(town.conn)
    # Ratings, workshop participants and their ratings, milestones, measurements: all there.
    assert count(laptop.conn, "ratings") == count(town.conn, "ratings") == 5
    assert count(laptop.conn, "participant_ratings") == 3
    assert count(laptop.conn, "milestones") == 2
    assert count(laptop.conn, "measurements") == 2
    assert count(laptop.conn, "peer_assessments") == 0


def test_importing_twice_adds_nothing(town, laptop, tmp_path):
    path = tmp_path / "town.toolbox"
    transfer(town, laptop, path)
    before = dump(laptop.conn)
    again = preview_import(laptop.conn, path)
    assert not again.has_changes
    assert {change.action for change in again.changes} == {UNCHANGED}
    assert apply_import(laptop.conn, again) == ()
    assert dump(laptop.conn) == before


def test_import_back_on_the_laptop_that_exported_changes_nothing(town, tmp_path):
    path = tmp_path / "town.toolbox"
    export_municipality(town.conn, path)
    assert not preview_import(town.conn, path).has_changes


def test_a_later_package_updates_what_changed_and_keeps_the_history(town, laptop, tmp_path):
    transfer(town, laptop, tmp_path / "first.toolbox")
    ratings = AssessmentRepository(town.conn)
    second = town.ids["second"]
    ratings.save_rating(second, Rating(B1, level=4, target=4, evidence="Adopted in council"))
    ratings.clear_rating(second, B3)
    plans = PlanRepository(town.conn)
    action = plans.action(town.ids["action"])
    plans.save_action(action.with_changes(title="Welcome desk", benchmarks=(B2,)))
    preview = transfer(town, laptop, tmp_path / "second.toolbox")

    changed = {c.item: c for c in preview.changes if c.action == UPDATE}
    assert set(changed) == {"assessment", "action"}
    assert changed["assessment"].fields == ("ratings",)
    assert changed["assessment"].details == (B1,)  # B3, cleared there, is not removed here
    assert set(changed["action"].fields) == {"title", "benchmarks"}
    mine, theirs = own_data(laptop.conn), own_data(town.conn)
    assert mine["actions"] == theirs["actions"]
    review = next(a for a in mine["assessments"] if a["title"].startswith("Review"))
    assert B3 in [r["benchmark"] for r in review["ratings"]]  # an import never deletes
    assert [r for r in review["ratings"] if r["benchmark"] != B3] == next(
        a for a in theirs["assessments"] if a["title"].startswith("Review")
    )["ratings"]
    # The overwritten evidence is not lost: it is in the rating history.
    laptop_id = laptop.conn.execute(
        "SELECT id FROM assessments WHERE title = 'Review 2026 — Roßlau'"
    ).fetchone()[0]
    history = AssessmentRepository(laptop.conn).history(laptop_id, B1)
    assert ("evidence", "Evidence-Beweis", "Adopted in council") in [
        (h.field, h.old, h.new) for h in history
    ]


def test_assessment_package_holds_one_assessment_only(town, laptop, tmp_path):
    path = tmp_path / "review.toolbox"
    export_assessment(town.conn, town.ids["second"], path)
    with zipfile.ZipFile(path) as archive:
        assert sorted(archive.namelist()) == ["assessments.json", "manifest.json"]
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["kind"] == "assessment"
    assert manifest["anonymised"] is False
    assert manifest["content_pack"]["id"] == "whole-comm"
    preview = preview_import(laptop.conn, path)
    assert [(c.item, c.action, c.label) for c in preview.changes] == [
        ("assessment", ADD, "Review 2026 — Roßlau")
    ]
    apply_import(laptop.conn, preview)
    assert own_data(laptop.conn)["assessments"] == [
        a for a in own_data(town.conn)["assessments"] if a["title"].startswith("Review")
    ]
    assert own_data(laptop.conn)["profile"]["name"] == ""  # the profile is not carried


def test_plan_package_round_trip(town, laptop, tmp_path):
    path = tmp_path / "plan.toolbox"
    export_plan(town.conn, path)
    preview = preview_import(laptop.conn, path)
    assert sorted(c.item for c in preview.changes) == [
        "action",
        "action",
        "annual-texts",
        "indicator",
        "indicator",
    ]
    apply_import(laptop.conn, preview)
    mine, theirs = own_data(laptop.conn), own_data(town.conn)
    for part in ("actions", "indicators", "annual_texts"):
        assert mine[part] == theirs[part]
    assert mine["assessments"] == []


def test_local_work_the_package_does_not_name_is_kept(town, laptop, tmp_path):
    mine = PlanRepository(laptop.conn).save_action(Action(title="Our own idea"))
    transfer(town, laptop, tmp_path / "town.toolbox")
    assert PlanRepository(laptop.conn).action(mine.id).title == "Our own idea"
    assert count(laptop.conn, "actions") == 3


def test_deleted_items_come_back(town, laptop, tmp_path):
    path = tmp_path / "town.toolbox"
    transfer(town, laptop, path)
    plans = PlanRepository(laptop.conn)
    desk = next(a for a in plans.actions() if a.title.startswith("Welcome"))
    plans.delete_actions([desk.id])
    preview = preview_import(laptop.conn, path)
    restored = [c for c in preview.changes if c.action == UPDATE]
    assert [(c.item, c.fields) for c in restored] == [("action", (RESTORED,))]
    apply_import(laptop.conn, preview)
    assert plans.action(desk.id).title == desk.title


def test_a_final_assessment_is_kept_as_it_is(town, laptop, tmp_path):
    transfer(town, laptop, tmp_path / "first.toolbox")
    repository = AssessmentRepository(laptop.conn)
    final = next(a for a in repository.assessments() if a.title == "Baseline 2025")
    repository.update(final.id, status="final")
    AssessmentRepository(town.conn).save_rating(town.ids["first"], Rating(B2, level=2))
    preview = preview_import(laptop.conn, export_municipality(town.conn, tmp_path / "b.toolbox"))
    kept = [c for c in preview.changes if c.action == KEPT]
    assert [(c.label, c.details) for c in kept] == [("Baseline 2025", (B2,))]
    assert "reopen" in str(kept[0].note)
    before = repository.ratings(final.id)
    apply_import(laptop.conn, preview)
    assert repository.ratings(final.id) == before
    assert repository.assessment(final.id).status == "final"


def test_participants_of_both_laptops_are_kept_with_distinct_numbers(town, laptop, tmp_path):
    from exchange_helpers import add_workshop_participant

    path = tmp_path / "review.toolbox"
    export_assessment(town.conn, town.ids["second"], path)
    apply_import(laptop.conn, preview_import(laptop.conn, path))
    laptop_id = laptop.conn.execute("SELECT id FROM assessments").fetchone()[0]
    add_workshop_participant(laptop.conn, laptop_id, "Collected here", {B1: 1})  # number 3
    add_workshop_participant(town.conn, town.ids["second"], "Collected there", {B2: 0})  # 3 too
    export_assessment(town.conn, town.ids["second"], path)
    preview = preview_import(laptop.conn, path)
    assert [c.fields for c in preview.changes] == [("workshop_participants",)]
    apply_import(laptop.conn, preview)
    rows = laptop.conn.execute(
        "SELECT number, name FROM workshop_participants ORDER BY number"
    ).fetchall()
    assert rows == [
        (1, "Workshop-Wolfgang"),
        (2, ""),
        (3, "Collected here"),
        (4, "Collected there"),
    ]
    assert not preview_import(laptop.conn, path).has_changes


def test_apply_refuses_when_the_database_changed_since_the_preview(town, laptop, tmp_path):
    from toolbox_desktop.core.assessment import Profile

    path = tmp_path / "town.toolbox"
    export_municipality(town.conn, path)
    preview = preview_import(laptop.conn, path)
    AssessmentRepository(laptop.conn).save_profile(Profile(name="Typed meanwhile"))
    before = dump(laptop.conn)
    with pytest.raises(PackageError) as refused:
        apply_import(laptop.conn, preview)
    assert "changed after the preview" in str(refused.value)
    assert dump(laptop.conn) == before


def test_apply_notices_a_change_made_by_another_connection(town, laptop, tmp_path):
    import sqlite3

    path = tmp_path / "town.toolbox"
    transfer(town, laptop, path)
    AssessmentRepository(town.conn).save_rating(town.ids["second"], Rating(B2, level=4))
    export_municipality(town.conn, path)
    preview = preview_import(laptop.conn, path)
    other = sqlite3.connect(laptop.path)
    with other:
        other.execute(
            "UPDATE actions SET title = 'Renamed elsewhere' WHERE title = 'Language café'"
        )
    other.close()
    with pytest.raises(PackageError):
        apply_import(laptop.conn, preview)
    assert PlanRepository(laptop.conn).actions()[1].title == "Renamed elsewhere"


def test_measurement_dates_and_money_survive_exactly(town, laptop, tmp_path):
    transfer(town, laptop, tmp_path / "town.toolbox")
    plans = PlanRepository(laptop.conn)
    desk = next(a for a in plans.actions() if a.title.startswith("Welcome"))
    assert (desk.budget_cents, desk.spent_cents, desk.end) == (
        12_000_00,
        3_500_50,
        date(2026, 12, 31),
    )
    indicator = plans.indicators(action_id=desk.id)[0]
    assert [m.value for m in indicator.measurements] == [40.0, 75.25]
    assert indicator.target == 120.5


def test_changes_to_what_the_package_does_not_touch_do_not_block_it(town, laptop, tmp_path):
    """The preview is checked against the rows it was computed from: an assessment made
    meanwhile that the package does not name changes nothing in what it will do."""
    path = tmp_path / "town.toolbox"
    export_municipality(town.conn, path)
    preview = preview_import(laptop.conn, path)
    AssessmentRepository(laptop.conn).create("Made meanwhile", "2026-05-01")
    assert len(apply_import(laptop.conn, preview)) == len(preview.changes)
    assert count(laptop.conn, "assessments") == 3


def test_an_action_deleted_with_its_indicator_is_not_exported(town, laptop, tmp_path):
    PlanRepository(town.conn).delete_actions([town.ids["action"]])
    transfer(town, laptop, tmp_path / "town.toolbox")
    names = [i.name for i in PlanRepository(laptop.conn).indicators()]
    assert names == ["Strategy adopted"]
    assert [a.title for a in PlanRepository(laptop.conn).actions()] == ["Language café"]


def test_a_failure_half_way_rolls_everything_back(town, laptop, tmp_path):
    """Assessments are written before actions; an action that cannot be written undoes them."""
    path = tmp_path / "town.toolbox"
    export_municipality(town.conn, path)
    laptop.conn.execute(
        "CREATE TRIGGER no_actions BEFORE INSERT ON actions "
        "BEGIN SELECT RAISE(ABORT, 'the disk is full'); END"
    )
    preview = preview_import(laptop.conn, path)
    before = dump(laptop.conn)
    with pytest.raises(PackageError) as refused:
        apply_import(laptop.conn, preview)
    assert "could not be saved (the disk is full). Nothing was changed." in str(refused.value)
    assert dump(laptop.conn) == before
    assert not laptop.conn.in_transaction


def first_codes(conn, n: int) -> list[str]:
    return [
        row[0]
        for row in conn.execute(
            "SELECT code FROM benchmarks WHERE language = 'en' ORDER BY position LIMIT ?", [n]
        )
    ]


def test_an_older_package_never_deletes_newer_ratings(workspace, laptop, tmp_path):
    """Laptop A exports 3 ratings; B imports them, rates 5 more, and imports the same file
    again: B keeps all 8. A later package from A updates only what it names."""
    codes = first_codes(workspace.conn, 8)
    on_a = AssessmentRepository(workspace.conn)
    assessment = on_a.create("Spring review", "2026-03-01")
    for code in codes[:3]:
        on_a.save_rating(assessment.id, Rating(code, level=1))
    path = tmp_path / "spring.toolbox"
    export_assessment(workspace.conn, assessment.id, path)
    apply_import(laptop.conn, preview_import(laptop.conn, path))
    on_b = AssessmentRepository(laptop.conn)
    b_id = on_b.assessments()[0].id
    for code in codes[3:]:
        on_b.save_rating(b_id, Rating(code, level=3, evidence=f"Minutes on {code}"))
    mine = on_b.ratings(b_id)
    assert len(mine) == 8

    again = preview_import(laptop.conn, path)
    assert not again.has_changes
    apply_import(laptop.conn, again)
    assert on_b.ratings(b_id) == mine

    on_a.save_rating(assessment.id, Rating(codes[0], level=2))  # later work on A
    export_assessment(workspace.conn, assessment.id, path)
    later = preview_import(laptop.conn, path)
    assert [(c.action, c.fields, c.details) for c in later.changes] == [
        (UPDATE, ("ratings",), (codes[0],))
    ]
    apply_import(laptop.conn, later)
    assert on_b.ratings(b_id) == {**mine, codes[0]: Rating(codes[0], level=2)}
    assert count(laptop.conn, "ratings") == 8


def test_an_older_package_never_deletes_a_participants_newer_ratings(town, laptop, tmp_path):
    path = tmp_path / "review.toolbox"
    export_assessment(town.conn, town.ids["second"], path)
    apply_import(laptop.conn, preview_import(laptop.conn, path))
    participant_id = laptop.conn.execute(
        "SELECT id FROM workshop_participants WHERE name = 'Workshop-Wolfgang'"
    ).fetchone()[0]
    with laptop.conn:  # typed in from the paper sheet on this laptop
        laptop.conn.execute(
            "INSERT INTO participant_ratings (participant_id, benchmark, level, note) "
            "VALUES (?, ?, 1, 'late sheet')",
            [participant_id, B3],
        )
    before = dump(laptop.conn)
    again = preview_import(laptop.conn, path)
    assert not again.has_changes
    apply_import(laptop.conn, again)
    assert dump(laptop.conn) == before

"""What the preview promises, the import does; and when a repository's rule refuses a write
anyway, the user reads which item and which rule, and nothing is written."""

from __future__ import annotations

import pytest
from exchange_helpers import B1, dump

from toolbox_desktop.core.assessment import Rating
from toolbox_desktop.core.i18n import translated_with
from toolbox_desktop.core.limits import PARTICIPANTS_PER_WORKSHOP
from toolbox_desktop.core.plan import MSG_END_BEFORE_START, Action, Problem
from toolbox_desktop.exchange import import_writes
from toolbox_desktop.exchange.changes import ASSESSMENT, KEPT, RESTORED, UNCHANGED, UPDATE
from toolbox_desktop.exchange.errors import (
    MSG_KEPT_FINAL,
    MSG_REFUSED,
    MSG_REFUSED_FINAL,
    MSG_RESTORED_FINAL,
    PackageError,
)
from toolbox_desktop.exchange.package_import import apply_import, preview_import
from toolbox_desktop.exchange.package_writer import export_assessment, export_municipality
from toolbox_desktop.storage.assessment_repository import (
    AssessmentIsFinalError,
    AssessmentRepository,
)
from toolbox_desktop.storage.plan_repository import InvalidActionError, PlanRepository
from toolbox_desktop.storage.transactions import immediate_transaction
from toolbox_desktop.storage.workshop_repository import WorkshopRepository

CLOSE_WINDOWS = "Close other windows"


def baseline_on_laptop(town, laptop, path) -> int:
    """'Baseline 2025' (B1 at level 1) imported on the laptop; its id there."""
    export_assessment(town.conn, town.ids["first"], path)
    apply_import(laptop.conn, preview_import(laptop.conn, path))
    return next(
        a.id for a in AssessmentRepository(laptop.conn).assessments() if a.title == "Baseline 2025"
    )


def make_state(laptop, assessment_id: int, state: str) -> None:
    repository = AssessmentRepository(laptop.conn)
    if state == "final":
        repository.update(assessment_id, status="final")
    elif state == "deleted draft":
        repository.delete(assessment_id)
    elif state == "deleted final":
        # The app no longer deletes a final assessment, but versions before it refused that
        # did: such a file holds one (written here as those versions left it).
        laptop.conn.execute(
            "UPDATE assessments SET status = 'final', deleted_at = '2025-06-01T10:00:00+00:00' "
            "WHERE id = ?",
            [assessment_id],
        )
        laptop.conn.commit()


def visible(laptop, assessment_id: int) -> bool:
    return assessment_id in {a.id for a in AssessmentRepository(laptop.conn).assessments()}


@pytest.mark.parametrize("package_status", ["draft", "final"])
@pytest.mark.parametrize("state", ["final", "deleted final", "deleted draft"])
def test_the_import_does_what_the_preview_says(town, laptop, tmp_path, state, package_status):
    """A newer package of an assessment that is final, deleted while final, or deleted here:
    applying never refuses what the preview showed, and leaves what the preview promised
    (importing again then has nothing left to do)."""
    path = tmp_path / "baseline.toolbox"
    here = baseline_on_laptop(town, laptop, path)
    make_state(laptop, here, state)
    there = AssessmentRepository(town.conn)
    there.save_rating(town.ids["first"], Rating(B1, level=4))
    there.update(town.ids["first"], status=package_status)
    export_assessment(town.conn, town.ids["first"], path)

    preview = preview_import(laptop.conn, path)
    [change] = preview.changes
    before = dump(laptop.conn)
    written = apply_import(laptop.conn, preview)
    repository = AssessmentRepository(laptop.conn)

    if state == "final":  # read-only by the user's decision: kept, and nothing written
        assert (change.action, change.note.template) == (KEPT, MSG_KEPT_FINAL)
        assert written == ()
        assert dump(laptop.conn) == before
        assert [c.action for c in preview_import(laptop.conn, path).changes] == [KEPT]
        return
    # Deleted here: it comes back with the package's version, as the preview said.
    assert change.action == UPDATE and RESTORED in change.fields
    assert change.details == (B1,)
    if state == "deleted final":
        assert change.note.template == MSG_RESTORED_FINAL
        assert "reopens it" in str(change.note)
    else:
        assert change.note is None
    assert [(c.key, c.action, c.fields) for c in written] == [
        (change.key, change.action, change.fields)
    ]
    assert visible(laptop, here)
    assert repository.rating(here, B1).level == 4
    assert repository.assessment(here).status == package_status
    assert ("level", 1, 4) in [(h.field, h.old, h.new) for h in repository.history(here, B1)]
    assert [c.action for c in preview_import(laptop.conn, path).changes] == [UNCHANGED]


def test_a_deleted_final_assessment_that_the_package_leaves_as_it_is_comes_back(
    town, laptop, tmp_path
):
    """Only "brought back" changes; the import still has to reopen it to restore it."""
    path = tmp_path / "baseline.toolbox"
    here = baseline_on_laptop(town, laptop, path)
    AssessmentRepository(town.conn).update(town.ids["first"], status="final")
    export_assessment(town.conn, town.ids["first"], path)
    apply_import(laptop.conn, preview_import(laptop.conn, path))
    make_state(laptop, here, "deleted final")

    preview = preview_import(laptop.conn, path)
    assert [(c.action, c.fields) for c in preview.changes] == [(UPDATE, (RESTORED,))]
    apply_import(laptop.conn, preview)
    assert visible(laptop, here)
    assert AssessmentRepository(laptop.conn).assessment(here).status == "final"


# -- a repository refusing -------------------------------------------------------------------
def test_a_rule_about_what_is_stored_here_names_the_item_and_the_rule(town, laptop, tmp_path):
    """The package is valid and the preview fine, but together with this laptop's own
    participants the workshop would be over its limit: the workshop's own rule refuses, and
    the user reads which assessment, that rule, and no advice about other windows."""
    title = "Review 2026 — Roßlau"
    path = tmp_path / "review.toolbox"
    export_assessment(town.conn, town.ids["second"], path)
    apply_import(laptop.conn, preview_import(laptop.conn, path))
    here = next(a.id for a in AssessmentRepository(laptop.conn).assessments() if a.title == title)
    workshops = WorkshopRepository(laptop.conn)
    with immediate_transaction(laptop.conn):
        for number in range(PARTICIPANTS_PER_WORKSHOP - len(workshops.participants(here))):
            workshops.add_participant(here, f"Here {number}")
    WorkshopRepository(town.conn).add_participant(town.ids["second"], "There")
    export_assessment(town.conn, town.ids["second"], path)

    preview = preview_import(laptop.conn, path)
    assert [(c.item, c.action) for c in preview.changes] == [(ASSESSMENT, UPDATE)]
    before = dump(laptop.conn)
    with pytest.raises(PackageError) as refused:
        apply_import(laptop.conn, preview)
    message = refused.value.message
    assert message.template == MSG_REFUSED
    text = str(refused.value)
    assert f"The package's assessment '{title}' cannot be stored on this computer." in text
    assert "Workshop participants: 1001, more than the 1000 allowed." in text
    assert "Nothing was imported" in text and CLOSE_WINDOWS not in text
    assert dump(laptop.conn) == before
    assert not laptop.conn.in_transaction


def test_a_plan_rule_is_told_in_the_users_language(town, laptop, tmp_path, monkeypatch):
    """A plan rule the package's checks do not know (a newer version's, say) refusing an
    action: the message names the action and gives the rule's own translatable text."""
    path = tmp_path / "town.toolbox"
    export_municipality(town.conn, path)
    preview = preview_import(laptop.conn, path)
    before = dump(laptop.conn)

    def refuse(self, action, base=None, uid=None):
        raise InvalidActionError([Problem("end", MSG_END_BEFORE_START)] * 2)

    monkeypatch.setattr(PlanRepository, "save_action", refuse)
    with pytest.raises(PackageError) as refused:
        apply_import(laptop.conn, preview)
    assert dump(laptop.conn) == before  # the assessments written before it are undone
    text = str(refused.value)
    assert text.startswith(
        "The package's action 'Welcome desk «Willkommen»' cannot be stored on this computer. "
        "The end date is before the start date. Nothing was imported."
    )
    assert CLOSE_WINDOWS not in text

    german = {
        ("Package", MSG_REFUSED): "„{label}“ ({what}): {reason} Nichts importiert.",
        ("Package", "action"): "Maßnahme",
        ("Plan", MSG_END_BEFORE_START): "Das Enddatum liegt vor dem Beginn.",
    }

    def translate(context, template):
        return german.get((context, template), template)

    assert translated_with(refused.value.message, translate) == (
        "„Welcome desk «Willkommen»“ (Maßnahme): Das Enddatum liegt vor dem Beginn. "
        "Nichts importiert."
    )


def test_a_final_assessment_reached_by_a_write_is_told_as_final(
    town, laptop, tmp_path, monkeypatch
):
    """Should a write ever reach a final assessment (the preview keeps them), the user is
    told which one and to reopen it, not to close other windows."""
    path = tmp_path / "baseline.toolbox"
    here = baseline_on_laptop(town, laptop, path)
    AssessmentRepository(town.conn).save_rating(town.ids["first"], Rating(B1, level=4))
    export_assessment(town.conn, town.ids["first"], path)
    preview = preview_import(laptop.conn, path)

    def refuse(repository, assessment_id, ratings):
        raise AssessmentIsFinalError(assessment_id)

    monkeypatch.setattr(import_writes, "store_package_ratings", refuse)
    with pytest.raises(PackageError) as refused:
        apply_import(laptop.conn, preview)
    assert refused.value.message.template == MSG_REFUSED_FINAL
    text = str(refused.value)
    assert "'Baseline 2025', which is final on this computer" in text
    assert "Reopen the assessment" in text and CLOSE_WINDOWS not in text
    assert AssessmentRepository(laptop.conn).rating(here, B1).level == 1


def test_an_import_on_a_full_disk_says_so_and_changes_nothing(town, laptop, tmp_path):
    """Until now: "could not be saved (no such savepoint: nested_write) … Close other
    windows", the full disk hidden by the step that undoes part of the work."""
    for number in range(40):  # enough to need pages the file does not have
        PlanRepository(town.conn).save_action(
            Action(title=f"Action {number}", description="x" * 2000)
        )
    path = tmp_path / "town.toolbox"
    export_municipality(town.conn, path)
    preview = preview_import(laptop.conn, path)
    laptop.conn.execute("VACUUM")  # no free page left inside the file either
    pages = laptop.conn.execute("PRAGMA page_count").fetchone()[0]
    laptop.conn.execute(f"PRAGMA max_page_count = {pages}")  # as a disk with no space left
    before = PlanRepository(laptop.conn).actions()
    with pytest.raises(PackageError) as caught:
        apply_import(laptop.conn, preview)
    message = translated_with(caught.value.message, lambda _context, text: text)
    assert message.startswith("The import could not be saved: the disk is full.")
    assert "Free some space" in message and CLOSE_WINDOWS not in message
    assert PlanRepository(laptop.conn).actions() == before
    assert not laptop.conn.in_transaction

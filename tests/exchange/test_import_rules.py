"""An import writes through the repositories, so their rules hold for it exactly as for the
editors: one rating history, one edit history, one "final is read-only", one set of limits."""

from __future__ import annotations

import pytest
from exchange_helpers import B1, B2, B3, dump

from toolbox_desktop.core.assessment import Rating
from toolbox_desktop.core.consensus import Participant
from toolbox_desktop.core.limits import LimitError
from toolbox_desktop.exchange.changes import KEPT, UPDATE
from toolbox_desktop.exchange.errors import PackageError
from toolbox_desktop.exchange.package_import import apply_import, preview_import
from toolbox_desktop.exchange.package_writer import export_assessment, export_municipality
from toolbox_desktop.storage import edit_history
from toolbox_desktop.storage.assessment_repository import (
    AssessmentIsFinalError,
    AssessmentRepository,
    add_assessment_from_package,
    store_package_ratings,
)
from toolbox_desktop.storage.plan_repository import InvalidActionError, PlanRepository
from toolbox_desktop.storage.workshop_repository import WorkshopError, WorkshopRepository


def history_rows(conn, assessment_id: int) -> list[tuple]:
    return [
        (code, entry.field, entry.old, entry.new)
        for code in (B1, B2, B3)
        for entry in AssessmentRepository(conn).history(assessment_id, code)
    ]


def laptop_id(laptop, title: str) -> int:
    return next(a.id for a in AssessmentRepository(laptop.conn).assessments() if a.title == title)


def test_an_import_records_rating_history_exactly_as_the_editor(town, laptop, tmp_path):
    """The editor changes B1 and rates B2 anew on the first laptop; importing that on the
    second laptop adds exactly the history rows the editor added on the first."""
    path = tmp_path / "review.toolbox"
    export_assessment(town.conn, town.ids["first"], path)
    apply_import(laptop.conn, preview_import(laptop.conn, path))
    here = laptop_id(laptop, "Baseline 2025")
    there_before = history_rows(town.conn, town.ids["first"])
    here_before = history_rows(laptop.conn, here)

    editor = AssessmentRepository(town.conn)
    editor.save_rating(town.ids["first"], Rating(B1, level=2, target=4, evidence="Council"))
    editor.save_rating(town.ids["first"], Rating(B2, level=0, notes="Nothing yet"))
    export_assessment(town.conn, town.ids["first"], path)
    apply_import(laptop.conn, preview_import(laptop.conn, path))

    added_there = history_rows(town.conn, town.ids["first"])[len(there_before) :]
    added_here = history_rows(laptop.conn, here)[len(here_before) :]
    assert added_here == added_there
    assert (B1, "level", 1, 2) in added_here
    assert (B2, "notes", "", "Nothing yet") in added_here


def test_an_import_keeps_an_overwritten_action_text_in_the_edit_history(town, laptop, tmp_path):
    path = tmp_path / "town.toolbox"
    export_municipality(town.conn, path)
    apply_import(laptop.conn, preview_import(laptop.conn, path))
    here = next(a for a in PlanRepository(laptop.conn).actions() if a.title == "Language café")
    PlanRepository(laptop.conn).save_action(here.with_changes(description="Typed here"))
    there = next(a for a in PlanRepository(town.conn).actions() if a.title == "Language café")
    PlanRepository(town.conn).save_action(there.with_changes(description="Typed there"))
    export_municipality(town.conn, path)
    apply_import(laptop.conn, preview_import(laptop.conn, path))

    assert PlanRepository(laptop.conn).action(here.id).description == "Typed there"
    kept = [
        (entry.field, entry.old, entry.new)
        for entry in edit_history.history(laptop.conn, edit_history.ACTION, here.id)
    ]
    assert kept[-1] == ("description", "Typed here", "Typed there")  # nothing typed is lost


def test_a_final_assessment_is_read_only_for_an_import_as_for_the_editor(town, laptop, tmp_path):
    path = tmp_path / "baseline.toolbox"
    export_assessment(town.conn, town.ids["first"], path)
    apply_import(laptop.conn, preview_import(laptop.conn, path))
    here = laptop_id(laptop, "Baseline 2025")
    repository = AssessmentRepository(laptop.conn)
    repository.update(here, status="final")
    AssessmentRepository(town.conn).save_rating(town.ids["first"], Rating(B1, level=4))
    export_assessment(town.conn, town.ids["first"], path)

    # The preview keeps it as it is, and the import writes nothing of it ...
    preview = preview_import(laptop.conn, path)
    assert [c.action for c in preview.changes] == [KEPT]
    before = dump(laptop.conn)
    assert apply_import(laptop.conn, preview) == ()
    assert dump(laptop.conn) == before
    # ... because the rule that refuses it is the editor's: the same error from the same check.
    with pytest.raises(AssessmentIsFinalError):
        repository.save_rating(here, Rating(B1, level=4))
    with pytest.raises(AssessmentIsFinalError):
        store_package_ratings(repository, here, [Rating(B1, level=4)])
    collected = Participant(0, 9, "Pia", uid="f" * 32)
    with pytest.raises(WorkshopError):
        WorkshopRepository(laptop.conn).put_participant(here, collected, [])
    assert dump(laptop.conn) == before

    # Reopened, as the note says, the same package goes in, its history with it.
    repository.update(here, status="draft")
    preview = preview_import(laptop.conn, path)
    assert [c.action for c in preview.changes] == [UPDATE]
    apply_import(laptop.conn, preview)
    assert repository.rating(here, B1).level == 4
    assert ("level", 1, 4) in [(h.field, h.old, h.new) for h in repository.history(here, B1)]


def test_the_import_writes_check_the_editors_limits(workspace):
    repository = AssessmentRepository(workspace.conn)
    with pytest.raises(LimitError):
        add_assessment_from_package(repository, "c" * 32, "x" * 10_000, "2026-03-01", "", [])
    with pytest.raises(LimitError):
        repository.create("x" * 10_000, "2026-03-01")
    assessment = repository.create("Spring", "2026-03-01")
    too_long = Rating(B1, level=1, evidence="x" * 1_000_000)
    with pytest.raises(ValueError) as from_import:
        store_package_ratings(repository, assessment.id, [too_long])
    with pytest.raises(ValueError) as from_editor:
        repository.save_rating(assessment.id, too_long)
    assert str(from_import.value) == str(from_editor.value)
    assert repository.ratings(assessment.id) == {}


def test_a_write_a_repository_refuses_rolls_the_whole_import_back(
    town, laptop, tmp_path, monkeypatch
):
    """Assessments are written before actions; the plan's rules refusing an action undo
    them, and the user reads why in the import's own message."""
    path = tmp_path / "town.toolbox"
    export_municipality(town.conn, path)
    preview = preview_import(laptop.conn, path)
    before = dump(laptop.conn)

    def refuse(self, action, base=None, uid=None):
        raise InvalidActionError([])

    monkeypatch.setattr(PlanRepository, "save_action", refuse)
    with pytest.raises(PackageError) as refused:
        apply_import(laptop.conn, preview)
    assert "not accepted by this version of the app. Nothing was imported." in str(refused.value)
    assert dump(laptop.conn) == before
    assert not laptop.conn.in_transaction

"""Exports are written whole or not at all, and never in a form this app would refuse."""

from __future__ import annotations

import os

import pytest
from exchange_helpers import count

from toolbox_desktop.core.plan import Action
from toolbox_desktop.exchange.errors import PackageError
from toolbox_desktop.exchange.package_writer import (
    export_assessment,
    export_municipality,
    export_participant,
    export_plan,
)
from toolbox_desktop.storage.assessment_repository import AssessmentNotFoundError
from toolbox_desktop.storage.plan_repository import PlanRepository


def test_a_failed_export_leaves_the_earlier_file_and_no_half_file(town, tmp_path, monkeypatch):
    path = tmp_path / "town.toolbox"
    path.write_bytes(b"the package of last week")

    def full_stick(_fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_stick)
    with pytest.raises(OSError):
        export_municipality(town.conn, path)
    assert path.read_bytes() == b"the package of last week"
    assert [
        p.name for p in tmp_path.iterdir() if "toolbox" in p.name and "sqlite" not in p.name
    ] == ["town.toolbox"]


def test_export_into_a_missing_folder_raises_oserror(town, tmp_path):
    with pytest.raises(OSError):
        export_plan(town.conn, tmp_path / "no such folder" / "plan.toolbox")


def test_an_export_this_app_could_not_import_is_refused(workspace, tmp_path):
    """The plan's editor accepts at most three letters of currency; a value that reached the
    database some other way makes the export say what is wrong instead of writing a dud."""
    PlanRepository(workspace.conn).save_action(Action(title="Odd", currency="EURO"))
    path = tmp_path / "plan.toolbox"
    with pytest.raises(PackageError) as refused:
        export_plan(workspace.conn, path)
    assert "currency" in str(refused.value)
    assert not path.exists()


def test_missing_or_deleted_assessments(town, tmp_path):
    with pytest.raises(AssessmentNotFoundError):
        export_assessment(town.conn, 999, tmp_path / "x.toolbox")
    town.conn.execute("UPDATE assessments SET deleted_at = '2026-01-01' WHERE id = 1")
    with pytest.raises(AssessmentNotFoundError):
        export_participant(town.conn, 1, "Pia", tmp_path / "x.toolbox")
    assert count(town.conn, "assessments") == 2


def test_an_empty_database_exports_and_imports(workspace, laptop, tmp_path):
    from toolbox_desktop.exchange.package_import import apply_import, preview_import

    path = export_municipality(workspace.conn, tmp_path / "empty.toolbox")
    preview = preview_import(laptop.conn, path)
    # Nothing but the town's id (format version 2), which the other laptop takes.
    assert [(c.item, c.fields) for c in preview.changes] == [("profile", ("town_id",))]
    apply_import(laptop.conn, preview)
    assert not preview_import(laptop.conn, path).has_changes


def test_an_export_with_a_title_too_long_to_import_is_refused(workspace, tmp_path):
    """The app refuses such a title now; one stored before the limits is not exported."""
    from toolbox_desktop.storage.assessment_repository import AssessmentRepository

    assessment = AssessmentRepository(workspace.conn).create("x", "2026-03-01")
    with workspace.conn:
        workspace.conn.execute("UPDATE assessments SET title = ?", ["x" * 301])
    path = tmp_path / "long.toolbox"
    with pytest.raises(PackageError) as refused:
        export_assessment(workspace.conn, assessment.id, path)
    assert "[0].title: the text is longer than 300 characters" in str(refused.value)
    assert not path.exists()

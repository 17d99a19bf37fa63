"""A workshop participant rates the assessment on their own laptop and sends their ratings;
the facilitator collects them into the assessment's workshop participants."""

from __future__ import annotations

import json
import zipfile

import pytest
from exchange_helpers import B1, B2, B3, count, dump

from toolbox_desktop.core.assessment import NOT_APPLICABLE, Rating
from toolbox_desktop.exchange.changes import ADD, UPDATE
from toolbox_desktop.exchange.errors import PackageError
from toolbox_desktop.exchange.package_import import apply_import, preview_import
from toolbox_desktop.exchange.package_writer import export_assessment, export_participant
from toolbox_desktop.storage.assessment_repository import AssessmentRepository


@pytest.fixture
def workshop(workspace, laptop, tmp_path):
    """The facilitator's assessment (on ``workspace``), copied to a participant's laptop."""
    facilitator = AssessmentRepository(workspace.conn)
    assessment = facilitator.create("Workshop March 2026", "2026-03-10")
    path = tmp_path / "workshop.toolbox"
    export_assessment(workspace.conn, assessment.id, path)
    apply_import(laptop.conn, preview_import(laptop.conn, path))
    return assessment.id, laptop.conn.execute("SELECT id FROM assessments").fetchone()[0]


def rate_and_send(laptop, laptop_id, name, path, levels=None):
    repository = AssessmentRepository(laptop.conn)
    for code, level in (levels or {B1: 3, B2: 1}).items():
        repository.save_rating(laptop_id, Rating(code, level=level, notes=f"note on {code}"))
    repository.save_rating(laptop_id, Rating(B3, exclusion=NOT_APPLICABLE))
    export_participant(laptop.conn, laptop_id, name, path)
    return path


def refused(conn, path, words):
    before = dump(conn)
    with pytest.raises(PackageError) as error:
        apply_import(conn, preview_import(conn, path))
    assert words in str(error.value)
    assert error.value.message.context == "Package"
    assert dump(conn) == before


def test_participant_file_holds_the_ratings_under_a_new_uid(workspace, laptop, workshop, tmp_path):
    _facilitator_id, laptop_id = workshop
    path = rate_and_send(laptop, laptop_id, "  Pia  ", tmp_path / "pia.toolbox")
    with zipfile.ZipFile(path) as archive:
        assert archive.namelist() == ["manifest.json", "participant.json"]
        data = json.loads(archive.read("participant.json"))
    uid = laptop.conn.execute("SELECT uid FROM assessments").fetchone()[0]
    assert data["assessment_uid"] == uid
    assert data["uid"] != uid and len(data["uid"]) == 32
    assert data["name"] == "Pia"
    assert data["ratings"][0] == {
        "benchmark": B3,
        "level": None,
        "exclusion": NOT_APPLICABLE,
        "note": "",
    }
    assert {r["benchmark"]: r["level"] for r in data["ratings"]} == {B1: 3, B2: 1, B3: None}


def test_facilitator_collects_named_and_anonymous_participants(
    workspace, laptop, workshop, tmp_path
):
    facilitator_id, laptop_id = workshop
    pia = rate_and_send(laptop, laptop_id, "Pia", tmp_path / "pia.toolbox")
    preview = preview_import(workspace.conn, pia)
    assert [(c.item, c.action, c.label, c.fields) for c in preview.changes] == [
        ("participant", ADD, "Pia", ()),
        ("assessment", UPDATE, "Workshop March 2026", ("workshop",)),
    ]
    apply_import(workspace.conn, preview)
    anonymous = export_participant(laptop.conn, laptop_id, "", tmp_path / "anon.toolbox")
    apply_import(workspace.conn, preview_import(workspace.conn, anonymous))
    rows = workspace.conn.execute(
        "SELECT number, name, source FROM workshop_participants WHERE assessment_id = ? "
        "ORDER BY number",
        [facilitator_id],
    ).fetchall()
    assert rows == [(1, "Pia", "file"), (2, "", "file")]
    assert workspace.conn.execute("SELECT workshop FROM assessments").fetchone()[0] == "named"
    ratings = workspace.conn.execute(
        "SELECT benchmark, level, exclusion, note FROM participant_ratings r JOIN "
        "workshop_participants p ON p.id = r.participant_id WHERE p.number = 1 ORDER BY benchmark"
    ).fetchall()
    assert ratings == [
        (B3, None, NOT_APPLICABLE, ""),
        (B1, 3, "", f"note on {B1}"),
        (B2, 1, "", f"note on {B2}"),
    ]
    # The facilitator's own ratings are not touched.
    assert count(workspace.conn, "ratings") == 0


def test_an_anonymous_first_participant_makes_an_anonymous_workshop(
    workspace, laptop, workshop, tmp_path
):
    _facilitator_id, laptop_id = workshop
    path = rate_and_send(laptop, laptop_id, "", tmp_path / "anon.toolbox")
    apply_import(workspace.conn, preview_import(workspace.conn, path))
    assert workspace.conn.execute("SELECT workshop FROM assessments").fetchone()[0] == "anonymous"


def test_the_same_participant_file_twice_is_refused(workspace, laptop, workshop, tmp_path):
    _facilitator_id, laptop_id = workshop
    path = rate_and_send(laptop, laptop_id, "", tmp_path / "anon.toolbox")
    apply_import(workspace.conn, preview_import(workspace.conn, path))
    refused(workspace.conn, path, "already collected")


def second_laptop(tmp_path, pack_copy, imported_at="2026-03-10T09:00:00+00:00"):
    """Another participant's laptop with the workshop's assessment (imported at another
    time than on ``laptop``, as two laptops do)."""
    from toolbox_desktop.storage.workspace import open_workspace

    other = open_workspace(tmp_path / "other.sqlite3", pack_copy.parent)
    apply_import(other.conn, preview_import(other.conn, tmp_path / "workshop.toolbox"))
    with other.conn:
        other.conn.execute("UPDATE assessments SET created_at = ?", [imported_at])
    return other, other.conn.execute("SELECT id FROM assessments").fetchone()[0]


def participant_of(path):
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read("participant.json"))


def test_the_same_name_twice_is_refused(workspace, laptop, workshop, tmp_path, pack_copy):
    """Two people of the same name, on two laptops: the second is told to use another."""
    _facilitator_id, laptop_id = workshop
    first = rate_and_send(laptop, laptop_id, "Pia", tmp_path / "first.toolbox")
    apply_import(workspace.conn, preview_import(workspace.conn, first))
    other, other_id = second_laptop(tmp_path, pack_copy)
    try:
        again = rate_and_send(other, other_id, "pia ", tmp_path / "again.toolbox")
        assert participant_of(again)["uid"] != participant_of(first)["uid"]
        refused(workspace.conn, again, "The ratings of 'pia' were already collected")
    finally:
        other.close()


@pytest.mark.parametrize("name", ["Pia", ""])
def test_exporting_twice_from_one_laptop_is_collected_once(
    workspace, laptop, workshop, tmp_path, name
):
    """The same participant (named or anonymous) exports twice from their laptop: the
    second file has the same participant uid, and is refused as already collected."""
    _facilitator_id, laptop_id = workshop
    first = rate_and_send(laptop, laptop_id, name, tmp_path / "first.toolbox")
    before = dump(laptop.conn)
    again = export_participant(
        laptop.conn, laptop_id, f"  {name.upper()}  ", tmp_path / "again.toolbox"
    )
    assert dump(laptop.conn) == before  # the uid is derived, never stored
    assert participant_of(again)["uid"] == participant_of(first)["uid"]
    apply_import(workspace.conn, preview_import(workspace.conn, first))
    refused(workspace.conn, again, "The ratings in this participant file were already collected")
    assert count(workspace.conn, "workshop_participants") == 1


def test_participant_uids_differ_by_laptop_assessment_and_name(
    workspace, laptop, workshop, tmp_path, pack_copy
):
    from toolbox_desktop.exchange.package_writer import participant_uid

    _facilitator_id, laptop_id = workshop
    other, other_id = second_laptop(tmp_path, pack_copy)
    try:
        uids = {
            participant_uid(laptop.conn, laptop_id, ""),
            participant_uid(laptop.conn, laptop_id, "Pia"),
            participant_uid(laptop.conn, laptop_id, "Pia Maria"),
            participant_uid(other.conn, other_id, ""),
            participant_uid(other.conn, other_id, "Pia"),
        }
        assert len(uids) == 5
        assert all(len(uid) == 32 and int(uid, 16) >= 0 for uid in uids)
        assert participant_uid(laptop.conn, laptop_id, " pia  MARIA") in uids
        another = AssessmentRepository(laptop.conn).create("Another", "2026-04-01")
        assert participant_uid(laptop.conn, another.id, "Pia") not in uids
    finally:
        other.close()


def test_a_blank_package_for_participants(town, laptop, tmp_path):
    """The facilitator hands out the assessment without ratings or names; each participant
    rates on their own laptop and sends back only their own ratings."""
    from exchange_helpers import PRIVATE

    second = town.ids["second"]
    path = export_assessment(town.conn, second, tmp_path / "blank.toolbox", for_participants=True)
    with zipfile.ZipFile(path) as archive:
        assert sorted(archive.namelist()) == ["assessments.json", "manifest.json"]
        contents = b"".join(archive.read(name) for name in archive.namelist()).decode()
        (record,) = json.loads(archive.read("assessments.json"))
    uid, status, workshop_mode = town.conn.execute(
        "SELECT uid, status, workshop FROM assessments WHERE id = ?", [second]
    ).fetchone()
    assert record == {
        "uid": uid,
        "title": "Review 2026 — Roßlau",
        "assessed_on": "2026-03-01",
        "status": status,
        "workshop": workshop_mode,
        "ratings": [],
        "workshop_participants": [],
    }
    for word in PRIVATE:
        assert word not in contents
    # Back on the facilitator's laptop it changes nothing (its ratings, names, participants).
    assert not preview_import(town.conn, path).has_changes

    # A participant's laptop: the assessment arrives empty.
    apply_import(laptop.conn, preview_import(laptop.conn, path))
    laptop_id, participants = laptop.conn.execute(
        "SELECT id, participants FROM assessments WHERE uid = ?", [uid]
    ).fetchone()
    assert participants == ""
    assert count(laptop.conn, "ratings") == count(laptop.conn, "workshop_participants") == 0
    AssessmentRepository(laptop.conn).save_rating(laptop_id, Rating(B2, level=2, notes="mine"))
    assert not preview_import(laptop.conn, path).has_changes  # the blank package again

    mine = export_participant(laptop.conn, laptop_id, "Pia", tmp_path / "pia.toolbox")
    assert participant_of(mine)["ratings"] == [
        {"benchmark": B2, "level": 2, "exclusion": "", "note": "mine"}
    ]
    ratings_before = town.conn.execute("SELECT * FROM ratings ORDER BY benchmark").fetchall()
    apply_import(town.conn, preview_import(town.conn, mine))
    assert town.conn.execute("SELECT * FROM ratings ORDER BY benchmark").fetchall() == (
        ratings_before
    )
    assert town.conn.execute(
        "SELECT p.name, r.benchmark, r.level FROM participant_ratings r "
        "JOIN workshop_participants p ON p.id = r.participant_id WHERE p.source = 'file'"
    ).fetchall() == [("Pia", B2, 2)]


def test_a_blank_package_is_neither_anonymised_nor_for_another_kind(town, tmp_path):
    with pytest.raises(ValueError):
        export_assessment(
            town.conn, town.ids["second"], tmp_path / "x.toolbox", True, for_participants=True
        )
    assert not (tmp_path / "x.toolbox").exists()


def test_a_participant_file_of_another_assessment_is_refused(laptop, workshop, tmp_path, pack_copy):
    from toolbox_desktop.storage.workspace import open_workspace

    _facilitator_id, laptop_id = workshop
    path = rate_and_send(laptop, laptop_id, "Pia", tmp_path / "pia.toolbox")
    stranger = open_workspace(tmp_path / "stranger.sqlite3", pack_copy.parent)
    try:
        AssessmentRepository(stranger.conn).create("Workshop March 2026", "2026-03-10")
        refused(stranger.conn, path, "belongs to another assessment ('Workshop March 2026')")
    finally:
        stranger.close()


def test_a_final_assessment_takes_no_participant(workspace, laptop, workshop, tmp_path):
    facilitator_id, laptop_id = workshop
    path = rate_and_send(laptop, laptop_id, "Pia", tmp_path / "pia.toolbox")
    AssessmentRepository(workspace.conn).update(facilitator_id, status="final")
    refused(workspace.conn, path, "is final on this computer")

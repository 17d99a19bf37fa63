"""Package format version 2: a municipality package carries the town's fact sandwiches and
advocacy addressees (so that moving laptops with a package loses nothing), and every profile
in a package carries the town's random id. Version 1 packages import as before."""

from __future__ import annotations

import json
import zipfile
from dataclasses import replace

import pytest
from exchange_helpers import ADDRESSEE, SANDWICH, assessment_record, dump, make_package, own_data
from town_texts_data import ONE_ADDRESSEE, ONE_SANDWICH, PROFILE, D, M, S

from toolbox_desktop.exchange.changes import ADD, FACT_SANDWICH, UNCHANGED, UPDATE
from toolbox_desktop.exchange.changes import ADDRESSEE as ADDRESSEE_ITEM
from toolbox_desktop.exchange.errors import PackageError
from toolbox_desktop.exchange.package_import import apply_import, preview_import
from toolbox_desktop.exchange.package_writer import export_municipality
from toolbox_desktop.storage.advocacy_addressees import Addressee, AdvocacyAddresseeRepository
from toolbox_desktop.storage.edit_history import history
from toolbox_desktop.storage.fact_sandwich_repository import FactSandwich, FactSandwichRepository
from toolbox_desktop.storage.town_identity import stored_town_id, town_id


def _members(path) -> dict:
    with zipfile.ZipFile(path) as archive:
        return {name: json.loads(archive.read(name)) for name in archive.namelist()}


def test_the_town_s_texts_arrive_exactly_and_twice_changes_nothing(town, laptop, tmp_path):
    path = export_municipality(town.conn, tmp_path / "town.toolbox")
    files = _members(path)
    assert files["manifest.json"]["format_version"] == 2
    assert [s["topic"] for s in files[S]] == [SANDWICH.topic, "Crime"]  # not the deleted one
    assert [a["dimension"] for a in files[D]] == ["hou", "other"]
    preview = preview_import(laptop.conn, path)
    assert [(c.item, c.action, c.label) for c in preview.changes[-4:]] == [
        (FACT_SANDWICH, ADD, "Jobs <b>für</b> alle & „Neue“"),
        (FACT_SANDWICH, ADD, "Crime"),
        (ADDRESSEE_ITEM, ADD, ADDRESSEE.name),
        (ADDRESSEE_ITEM, ADD, "Landkreis Anhalt-Bitterfeld"),
    ]
    apply_import(laptop.conn, preview)
    assert own_data(laptop.conn) == own_data(town.conn)
    sandwiches = FactSandwichRepository(laptop.conn).sandwiches()
    assert sandwiches[0] == replace(SANDWICH, id=sandwiches[0].id)
    assert AdvocacyAddresseeRepository(laptop.conn).addressee("hou") == ADDRESSEE
    before = dump(laptop.conn)
    again = preview_import(laptop.conn, path)
    assert not again.has_changes
    assert {c.action for c in again.changes} == {UNCHANGED}
    apply_import(laptop.conn, again)
    assert dump(laptop.conn) == before


def test_the_other_laptop_takes_the_town_id(town, laptop, tmp_path):
    path = export_municipality(town.conn, tmp_path / "town.toolbox")
    assert _members(path)[M]["town_id"] == town_id(town.conn)
    assert stored_town_id(laptop.conn) != town_id(town.conn)
    apply_import(laptop.conn, preview_import(laptop.conn, path))
    assert town_id(laptop.conn) == town_id(town.conn)
    shared = export_municipality(laptop.conn, tmp_path / "shared.toolbox", anonymised=True)
    assert _members(shared)[M]["town_id"] == town_id(town.conn)


def test_a_file_of_another_town_keeps_its_own_id(town, laptop, tmp_path):
    """A package of Lindenau imported into Aue's file (a district officer collecting her
    towns' plans, say) brings Lindenau's data, but Aue's file stays Aue's for a region."""
    from toolbox_desktop.core.assessment import Profile
    from toolbox_desktop.storage.assessment_repository import AssessmentRepository

    AssessmentRepository(laptop.conn).save_profile(Profile(name="Aue", country="Germany"))
    own = town_id(laptop.conn)
    path = export_municipality(town.conn, tmp_path / "town.toolbox")
    preview = preview_import(laptop.conn, path)
    [profile] = [c for c in preview.changes if c.item == "profile"]
    assert "town_id" not in profile.fields and "name" in profile.fields
    apply_import(laptop.conn, preview)
    assert town_id(laptop.conn) == own


def test_the_training_town_never_takes_a_real_town_s_id(town, tmp_path, pack_copy):
    from datetime import date

    from toolbox_desktop.services.training_town import create_training_municipality
    from toolbox_desktop.storage.workspace import open_workspace

    training = open_workspace(tmp_path / "training.sqlite3", pack_copy.parent)
    try:
        create_training_municipality(training.conn, date(2026, 11, 23), "en")
        own = town_id(training.conn)
        path = export_municipality(town.conn, tmp_path / "town.toolbox")
        apply_import(training.conn, preview_import(training.conn, path))
        assert town_id(training.conn) == own != town_id(town.conn)
    finally:
        training.close()


def test_an_anonymised_package_has_the_town_id_and_none_of_the_town_s_texts(town, tmp_path):
    path = export_municipality(town.conn, tmp_path / "shared.toolbox", anonymised=True)
    files = _members(path)
    assert sorted(files) == ["assessments.json", "manifest.json", M]
    assert files[M]["town_id"] == town_id(town.conn)
    with zipfile.ZipFile(path) as archive:
        everything = b"".join(archive.read(name) for name in archive.namelist())
    for text in (SANDWICH.fact_again, "Crime fell", ADDRESSEE.address, "Anhalt-Bitterfeld"):
        assert text.encode() not in everything, text


def test_a_later_edit_here_is_kept_or_replaced_and_kept_in_the_history(
    town, laptop, tmp_path, monkeypatch
):
    """Edited here an hour after the package was made: the fact sandwich's text and the one
    deleted are kept (``later_changes``); the addressees carry no times and take the package's.
    Replacing the later changes takes the package's, and what it replaces is in the history."""
    from moved_clock import Clock
    from toolbox_desktop.exchange.changes import KEPT

    clock = Clock(monkeypatch)
    path = export_municipality(town.conn, tmp_path / "town.toolbox")
    apply_import(laptop.conn, preview_import(laptop.conn, path))
    clock.later(hours=1)
    sandwiches = FactSandwichRepository(laptop.conn)
    mine = sandwiches.sandwiches()[0]
    sandwiches.save(
        FactSandwich(
            mine.id,
            mine.topic,
            "Typed here later.",
            *[getattr(mine, f) for f in ("myth", "why_wrong", "fact_again")],
        )
    )
    AdvocacyAddresseeRepository(laptop.conn).save(Addressee("hou", "district", "Landrat"))
    sandwiches.delete(sandwiches.sandwiches()[1].id)
    preview = preview_import(laptop.conn, path)
    changed = {(c.item, c.label): (c.action, c.fields) for c in preview.changes}
    assert changed[(FACT_SANDWICH, SANDWICH.topic)] == (KEPT, ())
    assert changed[(FACT_SANDWICH, "Crime")] == (KEPT, ("restored",))
    assert changed[(ADDRESSEE_ITEM, ADDRESSEE.name)] == (
        UPDATE,
        ("level", "name", "address", "sender_name", "sender_role"),
    )

    preview = preview_import(laptop.conn, path, replace_later=True)
    changed = {(c.item, c.label): (c.action, c.fields) for c in preview.changes}
    assert changed[(FACT_SANDWICH, SANDWICH.topic)] == (UPDATE, ("fact",))
    assert changed[(FACT_SANDWICH, "Crime")] == (UPDATE, ("restored",))
    apply_import(laptop.conn, preview)
    assert own_data(laptop.conn) == own_data(town.conn)
    kept = history(laptop.conn, "fact-sandwich", mine.id)
    assert [(r.field, r.old, r.new) for r in kept][-1] == (
        "fact",
        "Typed here later.",
        SANDWICH.fact,
    )


def test_a_version_1_package_imports_as_before(workspace, tmp_path):
    path = tmp_path / "old.toolbox"
    path.write_bytes(
        make_package(
            {M: PROFILE, "assessments.json": [assessment_record()]},
            kind="municipality",
            format_version=1,
        )
    )
    before_id = stored_town_id(workspace.conn)
    preview = preview_import(workspace.conn, path)
    assert [(c.item, c.action) for c in preview.changes] == [
        ("profile", UPDATE),
        ("assessment", ADD),
    ]
    assert "town_id" not in preview.changes[0].fields
    apply_import(workspace.conn, preview)
    assert stored_town_id(workspace.conn) == before_id
    assert not preview_import(workspace.conn, path).has_changes


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ({M: {**PROFILE, "town_id": "a" * 32}}, "unknown field 'town_id'"),
        ({M: PROFILE, S: [ONE_SANDWICH]}, "does not hold fact_sandwiches.json"),
        ({M: PROFILE, D: [ONE_ADDRESSEE]}, "does not hold advocacy_addressees.json"),
    ],
)
def test_a_version_1_package_with_version_2_fields_is_refused(workspace, tmp_path, data, words):
    before = dump(workspace.conn)
    path = tmp_path / "old.toolbox"
    path.write_bytes(make_package(data, kind="municipality", format_version=1))
    with pytest.raises(PackageError) as error:
        preview_import(workspace.conn, path)
    assert words in str(error.value)
    assert dump(workspace.conn) == before


def test_the_town_s_texts_never_travel_in_other_kinds(workspace, tmp_path):
    for kind, anonymised, needed in (
        ("municipality", True, {M: PROFILE, "assessments.json": []}),
        ("plan", False, {"plan.json": {}}),
        ("assessment", False, {"assessments.json": [assessment_record()]}),
    ):
        path = tmp_path / f"{kind}.toolbox"
        data = {**needed, S: [ONE_SANDWICH]}
        path.write_bytes(make_package(data, kind=kind, anonymised=anonymised, format_version=2))
        with pytest.raises(PackageError) as error:
            preview_import(workspace.conn, path)
        assert "does not hold fact_sandwiches.json" in str(error.value), kind


def test_an_addressee_the_package_overwrites_stays_in_the_edit_history(town, laptop, tmp_path):
    """The receiving laptop's own addressee is overwritten (the preview names the fields), but
    what it held is kept, as an action's or an annual text's overwritten values are."""
    path = export_municipality(town.conn, tmp_path / "town.toolbox")
    mine = Addressee("hou", "district", "Landrat Meier", "Kreishaus\n06366 Köthen", "Jana")
    AdvocacyAddresseeRepository(laptop.conn).save(mine)
    apply_import(laptop.conn, preview_import(laptop.conn, path))
    assert AdvocacyAddresseeRepository(laptop.conn).addressee("hou") == ADDRESSEE
    kept = {r.field: (r.old, r.new) for r in history(laptop.conn, "advocacy-addressee", "hou")}
    assert kept == {
        "level": ("district", ADDRESSEE.level),
        "name": ("Landrat Meier", ADDRESSEE.name),
        "address": ("Kreishaus\n06366 Köthen", ADDRESSEE.address),
        "sender_name": ("Jana", ADDRESSEE.sender_name),
        "sender_role": ("", ADDRESSEE.sender_role),
    }
    assert history(laptop.conn, "advocacy-addressee", "other") == []  # added: nothing overwritten


def test_a_town_id_the_package_replaces_stays_in_the_edit_history(town, laptop, tmp_path):
    """A laptop that had its own id (it sent packages under it) loses it to the package's:
    the old one is kept, as every value an import overwrites is."""
    path = export_municipality(town.conn, tmp_path / "town.toolbox")
    own = town_id(laptop.conn)
    apply_import(laptop.conn, preview_import(laptop.conn, path))
    kept = [(r.field, r.old, r.new) for r in history(laptop.conn, "profile", 1)]
    assert ("town_id", own, town_id(town.conn)) in kept


def test_a_fact_sandwich_without_topic_or_fact_is_named_by_its_first_text():
    from toolbox_desktop.exchange.package_import import _sandwich_label

    record = dict.fromkeys(("topic", "fact", "why_wrong", "fact_again"), "")
    assert _sandwich_label({**record, "myth": "  Newcomers\n get flats first "}) == (
        "Newcomers get flats first"
    )
    long = "Newcomers get flats first, " * 4 + "مدينة اللاجئين"
    label = _sandwich_label({**record, "topic": long})
    assert len(label) == 80 and label.endswith("…"), "a name cut short says so"
    assert long.startswith(label[:-1])

"""Hostile or damaged values in the files and fields of package format version 2 (the town's
fact sandwiches and advocacy addressees, the profile's ``town_id``): each is refused with a
message naming the field, and nothing is written."""

from __future__ import annotations

import pytest
from exchange_helpers import dump, make_package
from town_texts_data import ONE_ADDRESSEE, ONE_SANDWICH, PROFILE, D, M, S

from toolbox_desktop.exchange.errors import PackageError
from toolbox_desktop.exchange.package_import import apply_import, preview_import
from toolbox_desktop.storage.advocacy_addressees import AdvocacyAddresseeRepository
from toolbox_desktop.storage.fact_sandwich_repository import FactSandwichRepository


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ({M: {**PROFILE, "town_id": "Town-1"}}, "at town_id: expected an identifier"),
        ({M: {**PROFILE, "town_id": 7}}, "at town_id: expected an identifier"),
        ({M: {**PROFILE, "town_id": ""}}, "at town_id: expected an identifier"),
        ({M: {**PROFILE, "town_id": None}}, "at town_id: expected an identifier"),
        ({M: {**PROFILE, "town_id": "a" * 33}}, "at town_id: expected an identifier"),
        ({M: {**PROFILE, "town_id": "A" * 32}}, "at town_id: expected an identifier"),
        ({S: {"uid": "e" * 32}}, "expected a list"),
        ({S: [{**ONE_SANDWICH, "topic": "x" * 301}]}, "longer than 300 characters (it has 301)"),
        ({S: [{**ONE_SANDWICH, "fact": "x" * 2001}]}, "longer than 2000 characters"),
        ({S: [{**ONE_SANDWICH, "myth": 5}]}, "[0].myth: expected text"),
        ({S: [{**ONE_SANDWICH, "uid": "E" * 32}]}, "expected an identifier"),
        ({S: [{"topic": "no uid"}]}, "the field 'uid' is missing"),
        ({S: [{**ONE_SANDWICH, "photo": "x"}]}, "unknown field 'photo'"),
        ({S: [ONE_SANDWICH, ONE_SANDWICH]}, "fact sandwich"),
        ({S: [ONE_SANDWICH] * 10_001}, "10000"),
        ({D: [{**ONE_ADDRESSEE, "dimension": "xyz"}]}, "[0].dimension: expected one of"),
        ({D: [{**ONE_ADDRESSEE, "level": "king"}]}, "[0].level: expected one of"),
        ({D: [{**ONE_ADDRESSEE, "address": "x" * 2001}]}, "longer than 2000 characters"),
        ({D: [{**ONE_ADDRESSEE, "name": ["Ministry"]}]}, "[0].name: expected text"),
        ({D: [{"dimension": "hou", "name": " "}]}, "must not be empty"),
        ({D: [{**ONE_ADDRESSEE, "email": "x"}]}, "unknown field 'email'"),
        ({D: [ONE_ADDRESSEE, ONE_ADDRESSEE]}, "addressee of dimension 'hou' twice"),
    ],
)
def test_hostile_version_2_fields_are_refused(workspace, tmp_path, data, words):
    before = dump(workspace.conn)
    path = tmp_path / "bad.toolbox"
    path.write_bytes(make_package({M: PROFILE, **data}, kind="municipality", format_version=2))
    with pytest.raises(PackageError) as error:
        apply_import(workspace.conn, preview_import(workspace.conn, path))
    assert words in str(error.value), str(error.value)
    assert "Nothing was imported" in str(error.value) or error.value.message.context == "Package"
    assert dump(workspace.conn) == before


def test_control_characters_in_the_town_s_texts_are_removed_and_lines_kept(workspace, tmp_path):
    sandwich = {
        "uid": "e" * 32,
        "topic": "Jobs\n<b>\x1b[31m</b>\tfür alle",
        "fact": "first\r\nsecond\u2028third\x07\tend",
    }
    addressee = {"dimension": "hou", "name": "Land\x00rat\nMeier", "address": "A\rB\x7f"}
    path = tmp_path / "town.toolbox"
    data = {M: PROFILE, S: [sandwich], D: [addressee]}
    path.write_bytes(make_package(data, kind="municipality", format_version=2))
    apply_import(workspace.conn, preview_import(workspace.conn, path))
    stored = FactSandwichRepository(workspace.conn).sandwiches()[0]
    assert (stored.topic, stored.fact) == ("Jobs <b>[31m</b> für alle", "first\nsecond\nthird\tend")
    kept = AdvocacyAddresseeRepository(workspace.conn).addressee("hou")
    assert (kept.name, kept.address) == ("Landrat Meier", "A\nB")

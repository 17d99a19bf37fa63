"""Packages take exactly what the app can store (``core.limits``): everything at its limit
exports from one laptop and imports on another unchanged; one character (or one item) more is
refused, naming the field, with nothing written. The cases are made from the limits
themselves, so a limit added there is checked here too."""

from __future__ import annotations

import copy
from dataclasses import replace

import pytest
from exchange_helpers import B1, assessment_record, count, make_package, own_data

import limit_data
from toolbox_desktop.core import limits
from toolbox_desktop.exchange.errors import PackageError
from toolbox_desktop.exchange.package_import import apply_import, preview_import
from toolbox_desktop.exchange.package_reader import read_package_bytes
from toolbox_desktop.exchange.package_schema import Known, validate_package
from toolbox_desktop.exchange.package_writer import export_municipality
from toolbox_desktop.storage.advocacy_addressees import LIMITS as ADDRESSEE_LIMITS
from toolbox_desktop.storage.advocacy_addressees import Addressee, AdvocacyAddresseeRepository
from toolbox_desktop.storage.annual_texts import AnnualTextRepository, AnnualTexts
from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.storage.fact_sandwich_repository import FactSandwich, FactSandwichRepository
from toolbox_desktop.storage.plan_repository import PlanRepository
from toolbox_desktop.storage.workshop_repository import NAMED, WorkshopRepository


def store_everything_at_its_limit(workspace) -> None:
    """Through the repositories, as the editors store: they must take it all."""
    conn = workspace.conn
    codes = [b.code for b in workspace.content.benchmarks]
    assessments = AssessmentRepository(conn)
    assessments.save_profile(limit_data.profile())
    stored = limit_data.assessment()
    assessment = assessments.create(stored.title, stored.assessed_on, stored.participants)
    for n, code in enumerate(codes[:2]):
        assessments.save_rating(assessment.id, limit_data.rating(code, n))
    workshop = WorkshopRepository(conn)
    workshop.start(assessment.id, NAMED)
    name = limit_data.filled(limits.WORKSHOP_PARTICIPANT["name"])
    participant = workshop.add_participant(assessment.id, name)
    note = limit_data.filled(limits.PARTICIPANT_RATING["note"], 2)
    workshop.save_rating(participant.id, codes[0], 3, note=note)
    plans = PlanRepository(conn)
    for number in (1, 2):
        action = plans.save_action(replace(limit_data.action(codes, number, number), id=None))
        plans.save_indicator(replace(limit_data.indicator(action.id, number), id=None))
    texts = limit_data.texts(limits.ANNUAL_TEXTS)
    AnnualTextRepository(conn).save(AnnualTexts(2026, **texts))
    FactSandwichRepository(conn).save(FactSandwich(**limit_data.texts(limits.FACT_SANDWICH, 1)))
    texts = limit_data.texts(ADDRESSEE_TEXTS, 2)
    AdvocacyAddresseeRepository(conn).save(Addressee("gov", "state", **texts))


def test_everything_at_its_limit_goes_from_one_laptop_to_another(workspace, laptop, tmp_path):
    store_everything_at_its_limit(workspace)
    path = export_municipality(workspace.conn, tmp_path / "at-limits.toolbox")
    apply_import(laptop.conn, preview_import(laptop.conn, path))
    assert own_data(laptop.conn) == own_data(workspace.conn)
    assert count(laptop.conn, "milestones") == 2 * limits.MILESTONES_PER_ACTION
    assert count(laptop.conn, "measurements") == 2 * limits.MEASUREMENTS_PER_INDICATOR
    longest = laptop.conn.execute("SELECT max(length(description)) FROM actions").fetchone()
    assert longest == (limits.ACTION["description"],)


# -- one more is refused ----------------------------------------------------------------------
A, M, P, T = "assessments.json", "municipality.json", "plan.json", "annual_texts.json"
ACTION = {"uid": "d" * 32, "title": "Desk"}
INDICATOR = {"uid": "e" * 32, "name": "Visitors"}
MEASUREMENT = {"measured_on": "2026-03-01", "value": 1.0}
PARTICIPANT = {"uid": "b" * 32, "number": 1, "name": "Pia"}
PARTICIPANT_FILE = {"assessment_uid": "a" * 32, "uid": "b" * 32, "name": "Pia", "ratings": []}
RATED = {"benchmark": B1, "level": 2}
SANDWICH = {"uid": "f" * 32, "topic": "Jobs"}
ADDRESSEE = {"dimension": "gov", "name": "Ministry"}
ADDRESSEE_TEXTS = {name: most for name, most in ADDRESSEE_LIMITS.items() if name != "level"}


def _package(kind: str, files: dict, version: int = 1) -> dict:
    return {"kind": kind, "files": files, "version": version}


def _town_texts(**files) -> dict:
    """A municipality package of format version 2 with the town's own texts."""
    return _package("municipality", {M: {}, **files}, version=2)


def _assessment(**changes) -> dict:
    return _package("assessment", {A: [assessment_record(**changes)]})


def _rating(**changes) -> dict:
    rating = {**assessment_record()["ratings"][0], **changes}
    return _assessment(ratings=[rating])


def _plan(**plan) -> dict:
    return _package("plan", {P: plan})


def _workshop(**participant) -> dict:
    return _assessment(workshop_participants=[{**PARTICIPANT, **participant}])


TEXTS = [  # (package, path of the text in the message, limit), one per text field
    *(
        (_package("municipality", {M: {name: None}}), name, most)
        for name, most in limits.PROFILE.items()
    ),
    *((_assessment(**{n: None}), f"[0].{n}", most) for n, most in limits.ASSESSMENT.items()),
    *((_rating(**{n: None}), f"[0].ratings[0].{n}", most) for n, most in limits.RATING.items()),
    (_rating(links=[None]), "[0].ratings[0].links[0]", limits.LINK),
    *(
        (_workshop(**{n: None}), f"[0].workshop_participants[0].{n}", most)
        for n, most in limits.WORKSHOP_PARTICIPANT.items()
    ),
    *(
        (
            _workshop(ratings=[{**RATED, n: None}]),
            f"[0].workshop_participants[0].ratings[0].{n}",
            most,
        )
        for n, most in limits.PARTICIPANT_RATING.items()
    ),
    *(
        (_package("participant", {"participant.json": {**PARTICIPANT_FILE, n: None}}), n, most)
        for n, most in limits.WORKSHOP_PARTICIPANT.items()
    ),
    *(
        (_plan(actions=[{**ACTION, n: None}]), f"actions[0].{n}", most)
        for n, most in limits.ACTION.items()
    ),
    *(
        (
            _plan(actions=[{**ACTION, "milestones": [{n: None}]}]),
            f"actions[0].milestones[0].{n}",
            most,
        )
        for n, most in limits.MILESTONE.items()
    ),
    *(
        (_plan(indicators=[{**INDICATOR, n: None}]), f"indicators[0].{n}", most)
        for n, most in limits.INDICATOR.items()
    ),
    *(
        (
            _plan(indicators=[{**INDICATOR, "measurements": [{**MEASUREMENT, n: None}]}]),
            f"indicators[0].measurements[0].{n}",
            most,
        )
        for n, most in limits.MEASUREMENT.items()
    ),
    *(
        (_package("plan", {P: {}, T: [{"year": 2026, n: None}]}), f"[0].{n}", most)
        for n, most in limits.ANNUAL_TEXTS.items()
    ),
    *(
        (_town_texts(**{"fact_sandwiches.json": [{**SANDWICH, n: None}]}), f"[0].{n}", most)
        for n, most in limits.FACT_SANDWICH.items()
    ),
    *(
        (_town_texts(**{"advocacy_addressees.json": [{**ADDRESSEE, n: None}]}), f"[0].{n}", most)
        for n, most in ADDRESSEE_TEXTS.items()
    ),
]
COUNTS = [  # (package, path of the list in the message, limit, one item of it)
    (_rating(links=None), "[0].ratings[0].links", limits.LINKS_PER_RATING, "/x"),
    (
        _assessment(workshop_participants=None),
        "[0].workshop_participants",
        limits.PARTICIPANTS_PER_WORKSHOP,
        PARTICIPANT,
    ),
    (
        _package("assessment", {A: None}),
        "the top",
        limits.ASSESSMENTS_PER_PACKAGE,
        assessment_record(),
    ),
    (_plan(actions=None), "actions", limits.ACTIONS_PER_PACKAGE, ACTION),
    (_plan(indicators=None), "indicators", limits.INDICATORS_PER_PACKAGE, INDICATOR),
    (
        _plan(actions=[{**ACTION, "milestones": None}]),
        "actions[0].milestones",
        limits.MILESTONES_PER_ACTION,
        {"title": "M"},
    ),
    (
        _plan(actions=[{**ACTION, "benchmarks": None}]),
        "actions[0].benchmarks",
        limits.BENCHMARKS_PER_ACTION,
        B1,
    ),
    (
        _plan(indicators=[{**INDICATOR, "measurements": None}]),
        "indicators[0].measurements",
        limits.MEASUREMENTS_PER_INDICATOR,
        MEASUREMENT,
    ),
    (
        _town_texts(**{"fact_sandwiches.json": None}),
        "the top",
        limits.FACT_SANDWICHES_PER_PACKAGE,
        SANDWICH,
    ),
]


def _filled(value, fill):
    """``value`` with its one ``None`` replaced by ``fill``."""
    if value is None:
        return fill
    if isinstance(value, dict):
        return {key: _filled(item, fill) for key, item in value.items()}
    if isinstance(value, list):
        return [_filled(item, fill) for item in value]
    return value


@pytest.fixture(scope="module")
def known():
    from toolbox_desktop.core.pack import load_pack
    from toolbox_desktop.paths import content_root

    content = load_pack(content_root() / "whole-comm").content
    codes = frozenset(b.code for b in content.benchmarks)
    return Known(codes, frozenset(d.code for d in content.dimensions))


def check(package: dict, fill, known: Known):
    files = {name: _filled(copy.deepcopy(data), fill) for name, data in package["files"].items()}
    data = make_package(files, kind=package["kind"], format_version=package["version"])
    raw = read_package_bytes(data, "limits.toolbox")
    return validate_package(raw, known)


@pytest.mark.parametrize(("package", "where", "most"), TEXTS, ids=[t[1] for t in TEXTS])
def test_a_text_at_its_limit_is_taken_and_one_character_more_refused(package, where, most, known):
    check(package, "é" * most, known)
    with pytest.raises(PackageError) as refused:
        check(package, "é" * (most + 1), known)
    message = str(refused.value)
    assert f"holds more than the app can store at {where}" in message, message
    assert f"the text is longer than {most} characters (it has {most + 1})" in message
    assert "Ask the sender to shorten it" in message


@pytest.mark.parametrize(("package", "where", "most", "item"), COUNTS, ids=[c[1] for c in COUNTS])
def test_a_list_one_item_longer_than_its_limit_is_refused(package, where, most, item, known):
    with pytest.raises(PackageError) as refused:
        check(package, [item] * (most + 1), known)
    message = str(refused.value)
    assert f"holds more than the app can store at {where}" in message, message
    assert f"the list holds {most + 1} items, more than the {most} allowed" in message

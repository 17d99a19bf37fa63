"""Whatever a file holds, importing it either works or is refused with a ``PackageError``;
never another exception, and a refused file leaves the database exactly as it was."""

from __future__ import annotations

import hashlib
import json
import zipfile
from datetime import date

import pytest
from exchange_helpers import B1, B2, dump, zip_bytes
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolbox_desktop.exchange.errors import PackageError
from toolbox_desktop.exchange.package_import import apply_import, preview_import
from toolbox_desktop.exchange.package_writer import export_municipality, export_participant

SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Values close to what packages hold, so that mutations reach deep into the checks.
LIKELY = st.sampled_from(
    ["", "draft", "final", "named", B1, B2, "gov", "2026-03-01", "2026-02-30", "a" * 32, "EUR"]
)
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-(10**20), 10**20)
    | st.floats()
    | st.text(max_size=12)
    | LIKELY
)
KEYS = st.sampled_from(["uid", "level", "ratings", "title", "files", "kind", "x"]) | st.text(
    max_size=8
)
JSON = st.recursive(
    SCALARS,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(KEYS, children, max_size=4),
    max_leaves=12,
)


def import_or_refuse(workspace, path) -> bool:
    """Import ``path``; true if it was imported, false if refused (and nothing written)."""
    before = dump(workspace.conn)
    try:
        apply_import(workspace.conn, preview_import(workspace.conn, path))
    except PackageError:
        assert dump(workspace.conn) == before
        return False
    return True


@pytest.fixture
def exported(town, tmp_path):
    """A municipality package and a participant package of the seeded town, as bytes."""
    municipality = export_municipality(town.conn, tmp_path / "town.toolbox").read_bytes()
    participant = export_participant(
        town.conn, town.ids["second"], "Pia", tmp_path / "pia.toolbox"
    ).read_bytes()
    return municipality, participant


def members(data: bytes) -> dict[str, object]:
    with zipfile.ZipFile(__import__("io").BytesIO(data)) as archive:
        return {name: json.loads(archive.read(name)) for name in archive.namelist()}


def rezip(files: dict[str, object], fix_checksums: bool) -> bytes:
    blobs = {
        name: json.dumps(value).encode("utf-8")
        for name, value in files.items()
        if name != "manifest.json"
    }
    manifest = files["manifest.json"]
    if fix_checksums and isinstance(manifest, dict):
        manifest = {
            **manifest,
            "files": {name: hashlib.sha256(blob).hexdigest() for name, blob in blobs.items()},
        }
    return zip_bytes([("manifest.json", json.dumps(manifest).encode()), *blobs.items()])


def mutate(data: st.DataObject, value: object) -> object:
    """``value`` with one place in it (possibly the whole) replaced by arbitrary JSON."""
    if isinstance(value, dict) and value and data.draw(st.booleans()):
        key = data.draw(st.sampled_from(sorted(value)))
        return {**value, key: mutate(data, value[key])}
    if isinstance(value, list) and value and data.draw(st.booleans()):
        index = data.draw(st.integers(0, len(value) - 1))
        return [*value[:index], mutate(data, value[index]), *value[index + 1 :]]
    if isinstance(value, dict) and data.draw(st.booleans()):
        return {**value, data.draw(KEYS): data.draw(JSON)}  # an extra or replaced field
    return data.draw(JSON)


@SETTINGS
@given(blob=st.binary(max_size=3000) | st.binary(max_size=500).map(lambda b: b"PK\x03\x04" + b))
def test_arbitrary_bytes(laptop, tmp_path, blob):
    path = tmp_path / "arbitrary.toolbox"
    path.write_bytes(blob)
    import_or_refuse(laptop, path)


@SETTINGS
@given(data=st.data())
def test_packages_with_flipped_bytes_or_cut_short(laptop, exported, tmp_path, data):
    blob = bytearray(data.draw(st.sampled_from(exported)))
    for _ in range(data.draw(st.integers(1, 4))):
        position = data.draw(st.integers(0, len(blob) - 1))
        blob[position] = data.draw(st.integers(0, 255))
    if data.draw(st.booleans()):
        blob = blob[: data.draw(st.integers(0, len(blob)))]
    path = tmp_path / "flipped.toolbox"
    path.write_bytes(bytes(blob))
    import_or_refuse(laptop, path)


@SETTINGS
@given(data=st.data())
def test_valid_zips_with_arbitrary_json_in_the_manifest(laptop, exported, tmp_path, data):
    files = members(data.draw(st.sampled_from(exported)))
    files["manifest.json"] = mutate(data, files["manifest.json"])
    path = tmp_path / "manifest.toolbox"
    path.write_bytes(rezip(files, fix_checksums=False))
    import_or_refuse(laptop, path)


@SETTINGS
@given(data=st.data())
def test_valid_zips_with_arbitrary_json_in_the_data(laptop, exported, tmp_path, data):
    files = members(data.draw(st.sampled_from(exported)))
    name = data.draw(st.sampled_from(sorted(set(files) - {"manifest.json"})))
    files[name] = mutate(data, files[name])
    path = tmp_path / "data.toolbox"
    path.write_bytes(rezip(files, fix_checksums=True))
    if import_or_refuse(laptop, path) and name != "participant.json":
        # What was imported is there: the same package again finds nothing to change.
        assert not preview_import(laptop.conn, path).has_changes


# -- any valid package arrives exactly, and only once ----------------------------------------
CODES = ["gov.strategic-planning.1", "gov.strategic-planning.2", "gov.coordination.1", "edu.x"]
UIDS = st.text("0123456789abcdef", min_size=32, max_size=32)
# Without control characters and line separators, which an import removes or turns into line
# breaks and spaces (test_control_characters.py): the rest arrives exactly.
TEXT = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), max_size=30)
LEVELS = st.none() | st.integers(0, 4)
DAYS = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))


@st.composite
def assessments(draw, codes):
    chosen = draw(st.lists(st.sampled_from(codes), unique=True, max_size=len(codes)))
    levels = {code: draw(LEVELS) for code in chosen}
    exclusions = ["", "not-applicable", "outside-competence"]
    ratings = [
        {
            "benchmark": code,
            "level": levels[code],  # a level or an exclusion, never both
            "exclusion": "" if levels[code] is not None else draw(st.sampled_from(exclusions)),
            "target": draw(LEVELS),
            "priority": draw(st.integers(1, 3)),
            "evidence": draw(TEXT),
            "links": draw(st.lists(TEXT, max_size=2)),
            "notes": draw(TEXT),
            "rated_by": draw(TEXT),
        }
        for code in chosen
    ]
    participants = [
        {
            "uid": draw(UIDS),
            "number": number,
            "name": draw(TEXT),
            "source": draw(st.sampled_from(["paper", "file"])),
            "ratings": [
                {
                    "benchmark": code,
                    "level": draw(LEVELS),
                    "exclusion": "",
                    "note": draw(TEXT),
                }
                for code in draw(st.lists(st.sampled_from(codes), unique=True, max_size=2))
            ],
        }
        for number in draw(st.lists(st.integers(1, 50), unique=True, max_size=3))
    ]
    return {
        "uid": draw(UIDS),
        "title": draw(TEXT),
        "assessed_on": draw(DAYS).isoformat(),
        "participants": draw(TEXT),
        "status": draw(st.sampled_from(["draft", "final"])),
        "workshop": draw(st.sampled_from(["", "named", "anonymous"])),
        "ratings": ratings,
        "workshop_participants": participants,
    }


@st.composite
def actions(draw, codes):
    start = draw(st.none() | DAYS)
    end = draw(st.none() | DAYS.filter(lambda day: start is None or day >= start))
    return {
        "uid": draw(UIDS),
        "title": draw(TEXT.filter(str.strip)),
        "description": draw(TEXT),
        "dimension": draw(st.sampled_from(["", "gov", "edu"])),
        "benchmarks": draw(st.lists(st.sampled_from(codes), unique=True, max_size=3)),
        "responsible_role": draw(TEXT),
        "responsible_person": draw(TEXT),
        "partners": draw(st.lists(st.sampled_from(["ngos", "schools"]), unique=True)),
        "partner_names": draw(TEXT),
        "start": start and start.isoformat(),
        "end": end and end.isoformat(),
        "phase": draw(st.sampled_from(["short", "medium", "long"])),
        "status": draw(st.sampled_from(["idea", "planned", "in-progress", "done", "dropped"])),
        "priority": draw(st.integers(1, 3)),
        "progress": draw(st.integers(0, 100)),
        "budget_cents": draw(st.none() | st.integers(0, 10**13)),
        "spent_cents": draw(st.none() | st.integers(0, 10**13)),
        "currency": draw(st.sampled_from(["EUR", "CHF", "PLN"])),
        "budget_line": draw(TEXT),
        "funding_source": draw(st.sampled_from(["", "amif", "esf-plus"])),
        "guide_item": draw(st.sampled_from(["", "qw.welcome-ambassadors", "qw.gone-from-guide"])),
        "milestones": [
            {"title": draw(TEXT), "due": day and day.isoformat(), "done": draw(st.booleans())}
            for day in draw(st.lists(st.none() | DAYS, max_size=2))
        ],
    }


SANDWICH_TEXTS = ("topic", "fact", "myth", "why_wrong", "fact_again")
NUMBERS = st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12)


@SETTINGS
@given(data=st.data())
def test_any_valid_package_arrives_exactly_and_only_once(laptop, tmp_path, data):
    from exchange_helpers import make_package, own_data

    codes = [code for code in CODES if code != "edu.x"] + sorted(
        row[0]
        for row in laptop.conn.execute(
            "SELECT code FROM benchmarks WHERE language = 'en' LIMIT 6 OFFSET 20"
        )
    )
    records = data.draw(st.lists(assessments(codes), max_size=3, unique_by=lambda a: a["uid"]))
    taken: set[str] = set()
    for record in records:  # a participant's uid is unique across assessments
        record["workshop_participants"] = [
            p
            for p in record["workshop_participants"]
            if not (p["uid"] in taken or taken.add(p["uid"]))
        ]
    plan_actions = data.draw(st.lists(actions(codes), max_size=3, unique_by=lambda a: a["uid"]))
    action_uids = {a["uid"] for a in plan_actions}
    indicator_uids = data.draw(
        st.lists(
            UIDS.filter(lambda uid: uid not in action_uids), min_size=2, max_size=2, unique=True
        )
    )
    indicators = [
        {
            "uid": uid,
            "action": action["uid"],
            "benchmark": data.draw(st.sampled_from(["", *codes])),
            "name": data.draw(TEXT.filter(str.strip)),
            "unit": data.draw(TEXT),
            "baseline": data.draw(st.none() | NUMBERS),
            "target": data.draw(st.none() | NUMBERS),
            "measurements": [
                {"measured_on": day.isoformat(), "value": value, "note": ""}
                for day, value in data.draw(st.lists(st.tuples(DAYS, NUMBERS), max_size=3))
            ],
        }
        for uid, action in zip(indicator_uids, plan_actions[:2], strict=False)
    ]
    files = {
        "municipality.json": {
            "name": data.draw(TEXT),
            "population": data.draw(st.none() | st.integers(0, 10**9)),
        },
        "assessments.json": records,
        "plan.json": {"actions": plan_actions, "indicators": indicators},
    }
    # Format version 2: the town's own texts.
    sandwiches = [
        {"uid": uid, **{name: data.draw(TEXT) for name in SANDWICH_TEXTS}}
        for uid in data.draw(st.lists(UIDS, max_size=3, unique=True))
    ]
    dimensions = data.draw(st.lists(st.sampled_from(["gov", "hou", "other"]), unique=True))
    addressees = [
        {
            "dimension": dimension,
            "level": data.draw(st.sampled_from(["", "state", "district"])),
            "name": data.draw(TEXT.filter(str.strip)),
            "address": data.draw(TEXT),
            "sender_name": data.draw(TEXT),
            "sender_role": data.draw(TEXT),
        }
        for dimension in dimensions
    ]
    files["fact_sandwiches.json"] = sandwiches
    files["advocacy_addressees.json"] = addressees
    path = tmp_path / "valid.toolbox"
    path.write_bytes(make_package(files, kind="municipality", format_version=2))
    conn = fresh_copy(laptop.conn)  # each example on its own empty database
    apply_import(conn, preview_import(conn, path))
    mine = own_data(conn)
    by_uid = {a["uid"]: a for a in mine["assessments"]}
    for record in records:
        normal = {
            **record,
            "ratings": sorted(record["ratings"], key=lambda r: r["benchmark"]),
            "workshop_participants": [
                {**p, "ratings": sorted(p["ratings"], key=lambda r: r["benchmark"])}
                for p in sorted(record["workshop_participants"], key=lambda p: p["number"])
            ],
        }
        assert by_uid[record["uid"]] == normal
    assert {a["uid"]: a for a in mine["actions"]} == {a["uid"]: a for a in plan_actions}
    assert len(mine["indicators"]) == len(indicators)
    assert mine["fact_sandwiches"] == sandwiches
    assert mine["addressees"] == {a["dimension"]: a for a in addressees}
    before = dump(conn)
    again = preview_import(conn, path)
    assert not again.has_changes
    apply_import(conn, again)
    assert dump(conn) == before


def fresh_copy(conn):
    import sqlite3

    copy = sqlite3.connect(":memory:")
    conn.backup(copy)
    copy.execute("PRAGMA foreign_keys = ON")
    return copy

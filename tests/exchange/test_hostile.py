"""Packages that must be refused, each with a message that says what is wrong, and with the
database exactly as it was (a full dump compared before and after)."""

from __future__ import annotations

import hashlib
import io
import json
import struct
import zipfile

import pytest
from exchange_helpers import B1, assessment_record, dump, make_package, zip_bytes

from toolbox_desktop.core import limits
from toolbox_desktop.exchange.errors import PackageError
from toolbox_desktop.exchange.format import FORMAT_VERSION, MB, Limits
from toolbox_desktop.exchange.package_import import apply_import, preview_import
from toolbox_desktop.exchange.package_writer import export_municipality

A = "assessments.json"


def refuse(workspace, path, words, limits=None):
    """Preview and apply ``path``; it must be refused with ``words`` and write nothing."""
    before = dump(workspace.conn)
    with pytest.raises(PackageError) as error:
        preview = (
            preview_import(workspace.conn, path, limits)
            if limits
            else preview_import(workspace.conn, path)
        )
        apply_import(workspace.conn, preview)
    assert words in str(error.value), str(error.value)
    assert error.value.message.context == "Package"
    assert dump(workspace.conn) == before
    return error.value


def write(tmp_path, data: bytes, name="package.toolbox"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_a_valid_package_with_any_file_name_is_accepted(workspace, tmp_path):
    path = write(tmp_path, make_package({A: [assessment_record()]}), "from Anna (copy).zip")
    preview = preview_import(workspace.conn, path)
    assert [c.action for c in preview.changes] == ["add"]


# -- the file --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "is not a Local Integration Toolbox package"),
        (b"Hello, this is a text file", "is not a Local Integration Toolbox package"),
        (b"SQLite format 3\x00" + bytes(200), "is not a Local Integration Toolbox package"),
        (b"PK\x03\x04" + bytes(100), "is not a Local Integration Toolbox package"),
    ],
)
def test_not_a_zip(workspace, tmp_path, data, words):
    refuse(workspace, write(tmp_path, data), words)


def test_a_cut_short_package(workspace, tmp_path):
    data = make_package({A: [assessment_record()]})
    refuse(workspace, write(tmp_path, data[: len(data) // 2]), "not a Local Integration")


def test_a_folder_or_a_missing_file(workspace, tmp_path):
    refuse(workspace, tmp_path, "is not a file")
    refuse(workspace, tmp_path / "nowhere.toolbox", "is not a file")


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("../x", "points outside the package"),
        ("../../home/user/.bashrc", "points outside the package"),
        ("/etc/passwd", "points outside the package"),
        ("a\\..\\b", "points outside the package"),
        ("\\windows\\x", "points outside the package"),
        ("C:/x", "points outside the package"),
        ("data/assessments.json", "that a package never holds"),
        ("notes.txt", "that a package never holds"),
        ("data/", "that a package never holds"),
    ],
)
def test_member_names(workspace, tmp_path, name, words):
    good = make_package({A: [assessment_record()]})
    with zipfile.ZipFile(io.BytesIO(good)) as archive:
        members = [(n, archive.read(n)) for n in archive.namelist()]
    refuse(workspace, write(tmp_path, zip_bytes([*members, (name, b"x")])), words)


def test_a_member_twice(workspace, tmp_path):
    good = make_package({A: [assessment_record()]})
    with zipfile.ZipFile(io.BytesIO(good)) as archive:
        members = [(n, archive.read(n)) for n in archive.namelist()]
    with pytest.warns(UserWarning):  # zipfile warns about the duplicate name
        data = zip_bytes([*members, members[1]])
    refuse(workspace, write(tmp_path, data), "twice")


def test_too_many_members(workspace, tmp_path):
    data = zip_bytes([(f"f{i}.json", b"{}") for i in range(40)])
    refuse(workspace, write(tmp_path, data), "more files than a package ever does")


def test_a_file_over_the_size_limit(workspace, tmp_path):
    path = write(tmp_path, make_package({A: [assessment_record()]}) + bytes(2 * MB))
    refuse(workspace, path, "larger than any package can be (1 MB)", Limits(package_bytes=MB))


def _bomb(path, size: int) -> None:
    """A valid-looking package whose assessments.json unpacks to ``size`` bytes of spaces."""
    digest = hashlib.sha256()
    chunk = b" " * MB
    for _ in range(size // MB):
        digest.update(chunk)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        manifest = {
            "format": "local-integration-toolbox-package",
            "format_version": 1,
            "kind": "assessment",
            "anonymised": False,
            "created_at": "2026-03-01T10:00:00",
            "app_version": "0.1.0",
            "files": {A: digest.hexdigest()},
        }
        archive.writestr("manifest.json", json.dumps(manifest))
        with archive.open(A, "w") as stream:
            for _ in range(size // MB):
                stream.write(chunk)


def test_a_zip_bomb_is_refused(workspace, tmp_path):
    path = tmp_path / "bomb.toolbox"
    _bomb(path, 64 * MB)
    assert path.stat().st_size < MB  # 64 MB of spaces pack into a few hundred KB
    refuse(workspace, path, "larger than 40 MB once unpacked")


def test_the_unpacked_size_is_counted_while_reading(workspace, tmp_path):
    """The zip's header sizes are only an early check: reading stops at the limit itself."""
    path = tmp_path / "bomb.toolbox"
    _bomb(path, 3 * MB)
    limits = Limits(member_bytes=10 * MB, total_bytes=2 * MB)
    refuse(workspace, path, "unpacks to more than 2 MB", limits)


def test_a_header_that_lies_about_the_size_is_refused(workspace, tmp_path):
    path = tmp_path / "liar.toolbox"
    _bomb(path, 3 * MB)
    data = bytearray(path.read_bytes())
    # Claim 100 bytes in both the local header and the central directory of assessments.json.
    local = data.rfind(b"PK\x03\x04", 0, data.find(A.encode()) + 1)
    struct.pack_into("<I", data, local + 22, 100)
    central = data.rfind(b"PK\x01\x02")
    struct.pack_into("<I", data, central + 24, 100)
    refuse(workspace, write(tmp_path, bytes(data)), "is damaged")


# -- the manifest ----------------------------------------------------------------------------
def test_no_manifest(workspace, tmp_path):
    data = zip_bytes([(A, json.dumps([assessment_record()]).encode())])
    refuse(workspace, write(tmp_path, data), "has no manifest.json")


@pytest.mark.parametrize(
    ("manifest", "words"),
    [
        (b"this is not json", "cannot be read"),
        (b"\xff\xfe{}", "not UTF-8"),
        (b"[1, 2, 3]", "not a Local Integration Toolbox package"),
        (b'{"format": "something-else"}', "not a Local Integration Toolbox package"),
    ],
)
def test_a_garbled_manifest(workspace, tmp_path, manifest, words):
    data = zip_bytes([("manifest.json", manifest), (A, b"[]")])
    refuse(workspace, write(tmp_path, data), words)


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"format_version": FORMAT_VERSION + 1}, "made by a newer version of the app"),
        ({"format_version": FORMAT_VERSION + 1, "kind": "future-kind"}, "Update the app"),
        ({"format_version": "1"}, "no valid format_version"),
        ({"format_version": 0}, "no valid format_version"),
        ({"kind": "everything"}, "unknown kind of package"),
        ({"anonymised": "no"}, "'anonymised' must be true or false"),
        ({"created_at": "yesterday"}, "'created_at' is not a date and time"),
        ({"app_version": 1}, "'app_version' is not a version"),
        ({"content_pack": "whole-comm"}, "'content_pack' must be"),
        ({"files": {A: "abc"}}, "SHA-256"),
        ({"files": {}}, "not listed: assessments.json"),
        ({"files": {A: "0" * 64, "plan.json": "0" * 64}}, "missing: plan.json"),
        ({"extra": 1}, "unknown manifest field"),
        ({"kind": "plan"}, "a plan package needs plan.json"),
        ({"kind": "plan", "anonymised": True}, "cannot be anonymised"),
        ({"kind": "assessment", "anonymised": True}, "needs municipality.json"),
    ],
)
def test_a_wrong_manifest(workspace, tmp_path, changes, words):
    refuse(workspace, write(tmp_path, make_package({A: [assessment_record()]}, **changes)), words)


def test_a_missing_manifest_field(workspace, tmp_path):
    data = make_package({A: [assessment_record()]})
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        body = archive.read(A)
    del manifest["created_at"]
    data = zip_bytes([("manifest.json", json.dumps(manifest).encode()), (A, body)])
    refuse(workspace, write(tmp_path, data), "missing manifest field: created_at")


def test_a_checksum_mismatch(workspace, tmp_path):
    body = json.dumps([assessment_record()]).encode()
    changed = body.replace(b'"level": 2', b'"level": 4')
    manifest = json.dumps(
        {
            "format": "local-integration-toolbox-package",
            "format_version": 1,
            "kind": "assessment",
            "anonymised": False,
            "created_at": "2026-03-01T10:00:00+00:00",
            "app_version": "0.1.0",
            "files": {A: hashlib.sha256(body).hexdigest()},
        }
    ).encode()
    data = zip_bytes([("manifest.json", manifest), (A, changed)])
    refuse(workspace, write(tmp_path, data), "does not match its checksum")


def test_an_exported_package_changed_by_hand(town, laptop, tmp_path):
    path = tmp_path / "town.toolbox"
    export_municipality(town.conn, path)
    with zipfile.ZipFile(path) as archive:
        members = [(n, archive.read(n)) for n in archive.namelist()]
    members = [
        (n, b.replace(b"Dessau", b"Hacked") if n == "municipality.json" else b) for n, b in members
    ]
    refuse(laptop, write(tmp_path, zip_bytes(members), "changed.toolbox"), "checksum")


# -- the data --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("body", "words"),
    [
        (b"[{]", "cannot be read"),
        (b"[NaN]", "NaN is not a number JSON allows"),
        (b'{"a": 1, "a": 2}', "a field appears twice"),
        (b"[" * 100_000 + b"]" * 100_000, "cannot be read"),
        (b'"\xc3\x28"', "not UTF-8"),
    ],
)
def test_data_that_is_not_json(workspace, tmp_path, body, words):
    refuse(workspace, write(tmp_path, make_package({}, raw={A: body})), words)


RATING = assessment_record()["ratings"][0]


@pytest.mark.parametrize(
    ("record", "words"),
    [
        ({"title": 7}, "at [0].title: expected text"),
        ({"title": "\ud800"}, "not valid Unicode"),
        ({"assessed_on": "2026-13-01"}, "YYYY-MM-DD"),
        ({"assessed_on": "20260301"}, "YYYY-MM-DD"),
        ({"assessed_on": "1066-10-14"}, "a year from 1900 to 2100"),
        ({"status": "done"}, "expected one of 'draft', 'final'"),
        ({"workshop": "secret"}, "[0].workshop"),
        ({"uid": "not-a-uid"}, "32 hexadecimal digits"),
        ({"uid": "A" * 32}, "32 hexadecimal digits"),
        ({"colour": "red"}, "unknown field 'colour'"),
        ({"ratings": {}}, "expected a list"),
        ({"ratings": [{**RATING, "level": "3"}]}, "[0].ratings[0].level"),
        ({"ratings": [{**RATING, "level": 5}]}, "from 0 to 4"),
        ({"ratings": [{**RATING, "level": True}]}, "from 0 to 4"),
        ({"ratings": [{**RATING, "level": 2.0}]}, "from 0 to 4"),
        ({"ratings": [{**RATING, "target": -1}]}, "from 0 to 4"),
        ({"ratings": [{**RATING, "priority": 0}]}, "from 1 to 3"),
        ({"ratings": [{**RATING, "exclusion": "maybe"}]}, "[0].ratings[0].exclusion"),
        ({"ratings": [{**RATING, "links": "x.pdf"}]}, "expected a list"),
        ({"ratings": [{**RATING, "benchmark": "gov.nope.9"}]}, "benchmark 'gov.nope.9'"),
        ({"ratings": [RATING, RATING]}, f"rating of benchmark '{B1}' twice"),
        ({"ratings": [{"level": 1}]}, "the field 'benchmark' is missing"),
        (
            {"workshop_participants": [{"uid": "b" * 32, "number": 0}]},
            "[0].workshop_participants[0].number",
        ),
        (
            {
                "workshop_participants": [
                    {"uid": "b" * 32, "number": 1},
                    {"uid": "c" * 32, "number": 1},
                ]
            },
            "participant number '1' twice",
        ),
    ],
)
def test_assessment_values(workspace, tmp_path, record, words):
    data = make_package({A: [assessment_record(**record)]})
    refuse(workspace, write(tmp_path, data), words)


def test_duplicate_uids(workspace, tmp_path):
    data = make_package({A: [assessment_record(), assessment_record("b" * 32)]})
    refuse(workspace, write(tmp_path, data, "two.toolbox"), "exactly one assessment")
    data = make_package(
        {A: [assessment_record(), assessment_record(title="Again")], "municipality.json": {}},
        kind="municipality",
    )
    refuse(workspace, write(tmp_path, data), f"the assessment '{'a' * 32}' twice")


ACTION = {"uid": "d" * 32, "title": "Desk"}


@pytest.mark.parametrize(
    ("plan", "words"),
    [
        ({"actions": [{**ACTION, "budget_cents": -5}]}, "budget_cents"),
        ({"actions": [{**ACTION, "budget_cents": 10.5}]}, "budget_cents"),
        ({"actions": [{**ACTION, "spent_cents": 10**30}]}, "spent_cents"),
        ({"actions": [{**ACTION, "progress": 101}]}, "progress"),
        ({"actions": [{**ACTION, "status": "finished"}]}, "status"),
        ({"actions": [{**ACTION, "phase": "soon"}]}, "phase"),
        ({"actions": [{**ACTION, "start": "2026-05-01", "end": "2026-01-01"}]}, "before the start"),
        ({"actions": [{**ACTION, "end": "3026-01-01"}]}, "a year from 1990 to 2100"),
        ({"actions": [{**ACTION, "title": "  "}]}, "must not be empty"),
        ({"actions": [{**ACTION, "partners": ["aliens"]}]}, "partners"),
        ({"actions": [{**ACTION, "funding_source": "lottery"}]}, "funding_source"),
        ({"actions": [{**ACTION, "dimension": "xyz"}]}, "dimension"),
        ({"actions": [{**ACTION, "currency": "EURO"}]}, "currency"),
        ({"actions": [{**ACTION, "benchmarks": [B1, B1]}]}, "linked benchmark"),
        ({"actions": [{**ACTION, "milestones": [{"title": "x", "done": 1}]}]}, "true or false"),
        ({"actions": [ACTION, ACTION]}, "the action"),
        (
            {"indicators": [{"uid": "e" * 32, "name": "x", "action": "f" * 32}]},
            "is not in the package",
        ),
        ({"indicators": [{"uid": "e" * 32, "name": "x", "target": 1e400}]}, "cannot be read"),
        ({"indicators": [{"uid": "e" * 32, "name": "x", "target": 10**400}]}, "too large"),
        (
            {"indicators": [{"uid": "e" * 32, "name": "x", "measurements": [{"value": 1}]}]},
            "measured_on",
        ),
    ],
)
def test_plan_values(workspace, tmp_path, plan, words):
    data = make_package({"plan.json": plan}, kind="plan")  # 1e400 is written as Infinity
    refuse(workspace, write(tmp_path, data), words)


@pytest.mark.parametrize(
    ("profile", "words"),
    [
        ({"population": -1}, "population"),
        ({"kind": "metropolis"}, "kind"),
        ({"competences": ["housing", "housing"]}, "competence"),
        ({"competences": ["defence"]}, "competences"),
    ],
)
def test_profile_values(workspace, tmp_path, profile, words):
    data = make_package({"municipality.json": profile}, kind="municipality")
    refuse(workspace, write(tmp_path, data), words)


def test_annual_texts_and_participant_values(workspace, tmp_path):
    data = make_package({"plan.json": {}, "annual_texts.json": [{"year": 1800}]}, kind="plan")
    refuse(workspace, write(tmp_path, data), "from 1990 to 2100")
    data = make_package(
        {"participant.json": {"assessment_uid": "a" * 32, "uid": "b" * 32, "ratings": [{}]}},
        kind="participant",
    )
    refuse(workspace, write(tmp_path, data), "'benchmark' is missing")


def test_a_participant_uid_already_used_by_another_assessment(town, laptop, tmp_path):
    """Workshop participants' uids are unique in the whole database."""
    uid = town.conn.execute("SELECT uid FROM workshop_participants LIMIT 1").fetchone()[0]
    record = assessment_record(workshop_participants=[{"uid": uid, "number": 1, "name": "Eve"}])
    refuse(town, write(tmp_path, make_package({A: [record]})), "identifier of a different item")


# -- lengths and contradictions ---------------------------------------------------------------
LONG = limits.TEXT
P = "participant.json"
PARTICIPANT = {"assessment_uid": "a" * 32, "uid": "b" * 32, "name": "Pia", "ratings": []}


@pytest.mark.parametrize(
    ("files", "kind", "words"),
    [
        ({A: [assessment_record(title="x" * 301)]}, "assessment", "at [0].title: the text is "),
        (
            {A: [assessment_record(title="x" * 30_000_000)]},
            "assessment",
            "at [0].title: the text is longer than 300 characters",
        ),
        (
            {A: [assessment_record(participants="x" * (LONG + 1))]},
            "assessment",
            f"at [0].participants: the text is longer than {LONG} characters",
        ),
        (
            {A: [assessment_record(ratings=[{**RATING, "evidence": "x" * (LONG + 1)}])]},
            "assessment",
            f"[0].ratings[0].evidence: the text is longer than {LONG}",
        ),
        (
            {A: [assessment_record(ratings=[{**RATING, "links": ["x" * (limits.LINK + 1)]}])]},
            "assessment",
            f"[0].ratings[0].links[0]: the text is longer than {limits.LINK}",
        ),
        (
            {A: [assessment_record(ratings=[{**RATING, "rated_by": "x" * 301}])]},
            "assessment",
            "[0].ratings[0].rated_by",
        ),
        (
            {
                A: [
                    assessment_record(
                        workshop_participants=[{"uid": "b" * 32, "number": 1, "name": "x" * 301}]
                    )
                ]
            },
            "assessment",
            "[0].workshop_participants[0].name: the text is longer than 300",
        ),
        (
            {"municipality.json": {"name": "x" * 301}},
            "municipality",
            "at name: the text is longer than 300 characters",
        ),
        (
            {"plan.json": {"actions": [{**ACTION, "title": "x" * 301}]}},
            "plan",
            "actions[0].title: the text is longer than 300",
        ),
        (
            {"plan.json": {"actions": [{**ACTION, "description": "x" * (LONG + 1)}]}},
            "plan",
            "actions[0].description",
        ),
        (
            {"plan.json": {}, "annual_texts.json": [{"year": 2026, "stories": "x" * (LONG + 1)}]},
            "plan",
            f"[0].stories: the text is longer than {LONG}",
        ),
        ({P: {**PARTICIPANT, "name": "x" * 301}}, "participant", "at name: the text is longer"),
    ],
)
def test_texts_too_long(workspace, tmp_path, files, kind, words):
    refuse(workspace, write(tmp_path, make_package(files, kind=kind)), words)


def test_texts_at_their_limits_are_taken(workspace, tmp_path):
    rating = {
        **RATING,
        "evidence": "é" * LONG,
        "links": ["x" * limits.LINK],
        "rated_by": "r" * limits.LINE,
    }
    record = assessment_record(title="t" * 300, participants="p" * LONG, ratings=[rating])
    path = write(tmp_path, make_package({A: [record]}))
    apply_import(workspace.conn, preview_import(workspace.conn, path))
    assert workspace.conn.execute("SELECT length(title) FROM assessments").fetchone() == (300,)


LEVEL_AND_EXCLUSION = "a rating has either a level or an exclusion, not both"


@pytest.mark.parametrize(
    ("files", "kind", "where"),
    [
        (
            {A: [assessment_record(ratings=[{**RATING, "exclusion": "not-applicable"}])]},
            "assessment",
            "[0].ratings[0].exclusion",
        ),
        (
            {
                A: [
                    assessment_record(
                        workshop_participants=[
                            {
                                "uid": "b" * 32,
                                "number": 1,
                                "ratings": [
                                    {"benchmark": B1, "level": 0, "exclusion": "outside-competence"}
                                ],
                            }
                        ]
                    )
                ]
            },
            "assessment",
            "[0].workshop_participants[0].ratings[0].exclusion",
        ),
        (
            {
                P: {
                    **PARTICIPANT,
                    "ratings": [{"benchmark": B1, "level": 4, "exclusion": "not-applicable"}],
                }
            },
            "participant",
            "at ratings[0].exclusion",
        ),
    ],
)
def test_a_rating_with_a_level_and_an_exclusion(workspace, tmp_path, files, kind, where):
    error = refuse(workspace, write(tmp_path, make_package(files, kind=kind)), LEVEL_AND_EXCLUSION)
    assert where in str(error)


# -- the parts of a message are translatable too ------------------------------------------------
def test_details_what_and_where_are_translatable_messages(workspace, tmp_path):
    from toolbox_desktop.core.i18n import Message
    from toolbox_desktop.exchange.errors import translated_with

    german = {
        "rating of benchmark": "Bewertung des Benchmarks",
        "'{name}' in the package lists the {what} '{value}' twice. Nothing was imported. Ask "
        "the sender to export the package again.": "'{name}' nennt {what} '{value}' zweimal.",
        "the top": "oberste Ebene",
        "an assessment package holds exactly one assessment": "genau eine Bewertung",
        "'{name}' in the package has a value the app cannot take at {where}: {detail}. Nothing "
        "was imported. Ask the sender to export the package again with the current version of "
        "the app.": "'{name}': {where}: {detail}.",
        "expected a whole number from {low} to {high}": "eine ganze Zahl von {low} bis {high}",
    }

    def translate(context, template):
        assert context == "Package"
        return german.get(template, template)

    twice = refuse(
        workspace, write(tmp_path, make_package({A: [assessment_record(ratings=[RATING] * 2)]})), ""
    )
    assert isinstance(twice.message.params["what"], Message)
    assert translated_with(twice.message, translate) == (
        f"'assessments.json' nennt Bewertung des Benchmarks '{B1}' zweimal."
    )
    two = make_package({A: [assessment_record(), assessment_record("b" * 32)]})
    top = refuse(workspace, write(tmp_path, two), "at the top: an assessment package holds")
    assert translated_with(top.message, translate) == (
        "'assessments.json': oberste Ebene: genau eine Bewertung."
    )
    level = make_package({A: [assessment_record(ratings=[{**RATING, "level": 9}])]})
    wrong = refuse(workspace, write(tmp_path, level), "[0].ratings[0].level: expected a whole")
    assert translated_with(wrong.message, translate) == (
        "'assessments.json': [0].ratings[0].level: eine ganze Zahl von 0 bis 4."
    )

"""The pack loader: the shipped pack is valid; every kind of mistake is found and located."""

from pathlib import Path

from toolbox_desktop.core.pack import load_pack, pack_checksum, read_manifest
from toolbox_desktop.core.text_search import fold


def problems_of(folder: Path) -> list[str]:
    return [str(p) for p in load_pack(folder).problems]


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_number(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(needle)


def test_shipped_pack_is_valid(pack_copy):
    result = load_pack(pack_copy)
    assert result.problems == []
    assert result.info.id == "whole-comm"
    assert result.info.language == "en"
    content = result.content
    assert [d.code for d in content.dimensions] == ["gov", "emp", "edu", "hea", "hou"]


def test_every_item_has_a_code_and_a_source(pack_copy):
    content = load_pack(pack_copy).content
    groups = [
        content.dimensions,
        content.subthemes,
        content.benchmarks,
        content.challenges,
        content.practices,
        content.guide,
    ]
    for group in groups:
        for item in group:
            assert item.code
            assert item.source.strip(), item.code


def test_practices_keep_their_places_and_countries(pack_copy):
    practices = load_pack(pack_copy).content.practices
    places = {fold(p.place) for p in practices}
    assert any("dessau-rosslau" in place for place in places)
    assert any("st. polten" in place for place in places)
    countries = {p.country for p in practices}
    assert {
        "Italy",
        "Germany",
        "Sweden",
        "Belgium",
        "Greece",
        "Turkey",
        "Netherlands",
        "Austria",
    } <= countries


def test_missing_field_is_reported_with_file_line_and_field(pack_copy):
    benchmarks = pack_copy / "benchmarks.txt"
    line = line_number(benchmarks, "subtheme: gov.coordination")
    replace_in(benchmarks, "subtheme: gov.coordination\n", "")
    result = load_pack(pack_copy)
    assert result.content is None
    missing = [p for p in result.problems if p.field == "subtheme"]
    assert missing, result.problems
    assert missing[0].file == "benchmarks.txt"
    assert missing[0].line == line - 1  # the record's first line, just above
    assert "required field 'subtheme' is missing" in str(missing[0])


def test_duplicate_code_names_both_places(pack_copy):
    benchmarks = pack_copy / "benchmarks.txt"
    first = line_number(benchmarks, "code: gov.strategic-planning.1")
    replace_in(benchmarks, "code: gov.strategic-planning.2", "code: gov.strategic-planning.1")
    problems = problems_of(pack_copy)
    assert any(
        "benchmarks.txt" in p
        and f"'gov.strategic-planning.1' is already used in benchmarks.txt line {first}" in p
        for p in problems
    ), problems


def test_unknown_dimension_and_subtheme(pack_copy):
    replace_in(pack_copy / "challenges.txt", "dimension: gov", "dimension: gv")
    replace_in(pack_copy / "benchmarks.txt", "subtheme: hea.access", "subtheme: hea.acess")
    problems = problems_of(pack_copy)
    assert any("challenges.txt" in p and "unknown dimension 'gv'" in p for p in problems)
    assert any("benchmarks.txt" in p and "unknown subtheme 'hea.acess'" in p for p in problems)


def test_broken_syntax_bad_code_unknown_field_and_tag(pack_copy):
    practices = pack_copy / "practices.txt"
    replace_in(practices, "country: Italy", "country Italy")
    replace_in(pack_copy / "guide.txt", "code: guide.3", "code: Guide 3")
    replace_in(pack_copy / "dimensions.txt", "why:", "reason:")
    benchmarks = pack_copy / "benchmarks.txt"
    text = benchmarks.read_text(encoding="utf-8")
    benchmarks.write_text(text.replace("tags: rural", "tags: rural, urban", 1), encoding="utf-8")
    problems = problems_of(pack_copy)
    line = line_number(practices, "country Italy")
    assert any(
        p.startswith(f"practices.txt:{line}:") and "neither 'field: value'" in p for p in problems
    ), problems
    assert any("guide.txt" in p and "code 'Guide 3' does not follow" in p for p in problems)
    assert any("dimensions.txt" in p and "unknown field 'reason'" in p for p in problems)
    assert any("dimensions.txt" in p and "required field 'why' is missing" in p for p in problems)
    assert any("unknown tag 'urban'" in p for p in problems)


def test_code_must_match_its_parent(pack_copy):
    replace_in(pack_copy / "benchmarks.txt", "code: edu.parents.1", "code: edu.parent.1")
    problems = problems_of(pack_copy)
    assert any("'edu.parent.1' must start with its subtheme 'edu.parents'" in p for p in problems)


def test_missing_file_and_bad_encoding(pack_copy):
    (pack_copy / "guide.txt").unlink()
    (pack_copy / "challenges.txt").write_bytes(b"code: gov.challenge.1\ntext: caf\xe9\n")
    problems = problems_of(pack_copy)
    assert "guide.txt: required file is missing" in problems
    assert any(p.startswith("challenges.txt:2:") and "not UTF-8" in p for p in problems)


def test_not_a_folder(tmp_path):
    result = load_pack(tmp_path / "nowhere")
    assert not result.ok
    assert "is not a folder" in result.problems[0].message


def test_manifest_and_checksum(pack_copy):
    info = read_manifest(pack_copy)
    assert info.version
    before = pack_checksum(pack_copy)
    replace_in(pack_copy / "guide.txt", "title:", "title: Edited")
    assert pack_checksum(pack_copy) != before


def test_the_checksum_is_hashlibs_sha256_as_stored_before(pack_copy, monkeypatch):
    """Start-up hashes without loading OpenSSL; the digest is the one earlier versions
    stored, so an upgrade does not load every pack again."""
    import hashlib

    from toolbox_desktop.core import pack

    ours = pack_checksum(pack_copy)
    monkeypatch.setattr(pack, "_sha256", hashlib.sha256)
    assert pack_checksum(pack_copy) == ours

"""A pack's translations: the same codes and links as the base language, only texts differ;
every difference is named with its file and line."""

import shutil

import pytest

from pack_helpers import add_guidance_pack, add_translation, line_number, replace_in
from toolbox_desktop.core.pack import load_pack, pack_checksum, read_manifest


@pytest.fixture(autouse=True)
def _base_language_only(pack_copy):
    """These tests make their own translations: start from the base language alone."""
    for folder in pack_copy.iterdir():
        if folder.is_dir():
            shutil.rmtree(folder)


def problems_of(folder) -> list[str]:
    return [str(p) for p in load_pack(folder).problems]


def test_a_translation_has_the_same_items_in_other_words(pack_copy):
    german = add_translation(pack_copy, "de", title="Whole-COMM-Werkzeugkasten")
    replace_in(german / "benchmarks.txt", "title: A clear vision", "title: Eine klare Vision")
    replace_in(german / "dimensions.txt", "title: Governance", "title: Steuerung")
    result = load_pack(pack_copy)
    assert result.problems == []
    assert result.info.languages == ("en", "de")
    assert list(result.languages) == ["en", "de"]
    english, deutsch = result.languages["en"], result.languages["de"]
    assert deutsch.info.title == "Whole-COMM-Werkzeugkasten"
    assert (deutsch.info.language, deutsch.info.version) == ("de", result.info.version)
    assert deutsch.info.source == english.info.source  # not given: the base's
    assert deutsch.benchmarks[0].title.startswith("Eine klare Vision")
    assert english.benchmarks[0].title.startswith("A clear vision")
    assert deutsch.dimensions[0].title == "Steuerung"
    for group in ("dimensions", "subthemes", "benchmarks", "challenges", "practices", "guide"):
        codes = [item.code for item in getattr(english, group)]
        assert [item.code for item in getattr(deutsch, group)] == codes, group
    # The content is the base language's.
    assert result.content.benchmarks == english.benchmarks
    assert read_manifest(pack_copy).languages == ("en", "de")


def test_a_missing_code_names_the_base_file_and_line(pack_copy):
    german = add_translation(pack_copy, "de")
    benchmarks = german / "benchmarks.txt"
    base_line = line_number(pack_copy / "benchmarks.txt", "code: gov.coordination.1")
    text = benchmarks.read_text(encoding="utf-8")
    start = text.index("code: gov.coordination.1\n")
    end = text.index("\n\n", start) + 2
    benchmarks.write_text(text[:start] + text[end:], encoding="utf-8")
    result = load_pack(pack_copy)
    assert result.content is None
    assert [str(p) for p in result.problems] == [
        f"de/benchmarks.txt: code: code 'gov.coordination.1' (benchmarks.txt line {base_line}) "
        "is missing from this translation"
    ]


def test_an_extra_code_is_named_with_its_line(pack_copy):
    german = add_translation(pack_copy, "de")
    challenges = german / "challenges.txt"
    with challenges.open("a", encoding="utf-8") as stream:
        stream.write("\ncode: gov.challenge.99\ndimension: gov\ntext: Neu\nsource: p. 1\n")
    line = line_number(challenges, "code: gov.challenge.99")
    assert problems_of(pack_copy) == [
        f"de/challenges.txt:{line}: code: code 'gov.challenge.99' is not in the pack's base "
        "language (challenges.txt)"
    ]


def test_a_changed_link_number_or_tag_is_refused(pack_copy):
    german = add_translation(pack_copy, "de")
    benchmarks = german / "benchmarks.txt"
    # A challenge moved to another dimension, a guide step renumbered, a tag changed.
    challenge_line = line_number(german / "challenges.txt", "dimension: emp")
    replace_in(german / "challenges.txt", "dimension: emp", "dimension: edu")
    replace_in(german / "guide.txt", "number: 2", "number: 20")
    tag_line = line_number(benchmarks, "tags: rural")
    replace_in(benchmarks, "tags: rural", "tags: urban-and-rural")
    problems = load_pack(pack_copy).problems
    moved = next(p for p in problems if p.file == "de/challenges.txt" and p.field == "dimension")
    assert moved.line == challenge_line
    assert str(moved).endswith(
        f"'edu' differs from 'emp' in challenges.txt line {challenge_line}: a translation "
        "changes only texts"
    )
    renumbered = next(p for p in problems if p.field == "number")
    assert (renumbered.file, renumbered.line) == (
        "de/guide.txt",
        line_number(german / "guide.txt", "number: 20"),
    )
    tagged = [p for p in problems if p.field == "tags"]
    assert [(p.file, p.line) for p in tagged] == [("de/benchmarks.txt", tag_line)] * 2
    assert {p.params.get("tag") for p in tagged} == {"urban-and-rural", None}  # unknown, differs
    # The moved challenge's code no longer starts with its dimension: found too.
    assert {p.field for p in problems} == {"dimension", "number", "tags", "code"}


def test_a_translation_is_checked_like_the_base(pack_copy):
    german = add_translation(pack_copy, "de")
    replace_in(german / "dimensions.txt", "why:", "warum:")
    (german / "guide.txt").unlink()
    problems = problems_of(pack_copy)
    assert "de/guide.txt: required file is missing" in problems
    assert any(
        p.startswith("de/dimensions.txt:") and "unknown field 'warum'" in p for p in problems
    )


def test_the_base_language_has_no_folder_of_its_own(pack_copy):
    add_translation(pack_copy, "en", title="Again")
    assert problems_of(pack_copy) == [
        "en/manifest.txt:1: language: 'en' is the pack's base language, whose files are in the "
        "pack folder itself",
    ]


def test_other_folders_are_not_translations(pack_copy):
    (pack_copy / "Notes").mkdir()
    (pack_copy / "Notes" / "todo.txt").write_text("not a pack file", encoding="utf-8")
    (pack_copy / "img").mkdir()
    (pack_copy / "img" / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR")
    (pack_copy / "old").mkdir()
    (pack_copy / "old" / "notes.txt").write_text("Ideas for 2.0", encoding="utf-8")
    (pack_copy / "doc").mkdir()
    result = load_pack(pack_copy)
    assert result.problems == [] and result.info.languages == ("en",)
    assert read_manifest(pack_copy).languages == ("en",)
    assert len(result.content.benchmarks) == 68


def test_a_copy_of_the_pack_in_a_sub_folder_is_not_a_translation(pack_copy):
    """An old copy (``bak/``: a language code too, Bashkir) says the base language: it is not
    the translation its folder name might suggest, and the pack still loads."""
    backup = add_translation(pack_copy, "bak")
    shutil.copy(pack_copy / "manifest.txt", backup / "manifest.txt")
    replace_in(backup / "benchmarks.txt", "code: gov.strategic-planning.1", "code: x")
    # A folder named like a language with files but no manifest is not one either.
    german = add_translation(pack_copy, "de")
    (german / "manifest.txt").unlink()
    result = load_pack(pack_copy)
    assert result.problems == [] and result.info.languages == ("en",)


def test_a_translation_is_a_real_language_whose_manifest_says_so(pack_copy):
    add_translation(pack_copy, "de")
    add_translation(pack_copy, "pt-br")
    dutch = add_translation(pack_copy, "nl")
    result = load_pack(pack_copy)
    assert result.problems == [] and result.info.languages == ("en", "de", "nl", "pt-br")
    # The manifest names another language: the folder is not that translation (nor this one).
    replace_in(dutch / "manifest.txt", "language: nl", "language: de")
    assert load_pack(pack_copy).info.languages == ("en", "de", "pt-br")


def test_a_guidance_translation_holds_only_the_base_files(pack_copy):
    folder = add_guidance_pack(pack_copy.parent)
    dutch = add_translation(folder, "nl", title="Snelle winsten")
    replace_in(dutch / "guide.txt", "title: Start with a quick win", "title: Begin klein")
    result = load_pack(folder)
    assert result.problems == []
    assert result.languages["nl"].guide[0].title == "Begin klein"
    (dutch / "challenges.txt").write_text(
        "code: gov.challenge.1\ndimension: gov\ntext: Tekst\nsource: p. 1\n", encoding="utf-8"
    )
    assert problems_of(folder) == [
        "nl/challenges.txt: the pack's base language has no challenges.txt, so a translation "
        "may not have one"
    ]


def test_a_translation_counts_in_the_checksum(pack_copy):
    german = add_translation(pack_copy, "de")
    before = pack_checksum(pack_copy)
    replace_in(german / "guide.txt", "title:", "title: Neu")
    assert pack_checksum(pack_copy) != before

"""The shipped translations are whole: every pack's German and Dutch hold every code of the
English (the leaders' guide, written from a Dutch source, has its German too), and no English
sentence is left in their texts (proper names aside); the training town's German and Dutch
stories translate every text of the English one."""

import json
import re
from pathlib import Path

import pytest

from toolbox_desktop.core.pack import load_pack
from toolbox_desktop.core.records import parse_records

ROOT = Path(__file__).resolve().parents[2]
PACK = ROOT / "data" / "content" / "whole-comm"
GUIDE = ROOT / "data" / "content" / "leaders-guide"
TOWN = ROOT / "data" / "training-town"
# Fields that are not prose in the reader's language: codes, links, citations of the English
# source document, and proper names (practices and places stay as in the source).
NOT_PROSE = {
    "code",
    "dimension",
    "subtheme",
    "number",
    "tags",
    "started",
    "source",
    "name",
    "name_en",
    "place",
    "language",
    # the leaders' guide's codes and links
    "dimensions",
    "partners",
    "funding",
    "see",
    "section",
    "letter",
    "list",
    "kind",
    "area",
    "suggest",
}
# Short English words that are not German or Dutch words too.
ENGLISH = re.compile(r"\b(the|and|with|which|should|their|from|this|that|through)\b")
PROPER_NAMES = (
    "Save the Children",
    "Whole-of-Community",
    "whole-of-community",
    "Welcome Ambassador",  # a programme's name in the Dutch guide, kept as there
)


# An item's code inside a text ("edu.practice.larissa-training-and-school-support: ..."
# in a suggestion's reasons) is a code, not English.
CODE = re.compile(r"\b[a-z]+(?:\.[\w-]+)+")


def english_words(text: str) -> list[str]:
    for name in PROPER_NAMES:
        text = text.replace(name, "")
    return ENGLISH.findall(CODE.sub("", text))


@pytest.mark.parametrize("language", ["de", "nl"])
def test_every_code_is_translated(language):
    result = load_pack(PACK)
    assert result.ok, result.problems
    base, translated = result.languages["en"], result.languages[language]
    for kind in ("dimensions", "subthemes", "benchmarks", "challenges", "practices", "guide"):
        assert [i.code for i in getattr(translated, kind)] == [
            i.code for i in getattr(base, kind)
        ], kind


def test_every_item_of_the_guide_is_translated_into_german():
    result = load_pack(GUIDE)
    assert result.ok, result.problems
    base, german = result.languages["en"], result.languages["de"]
    assert [i.code for i in german.guide_items] == [i.code for i in base.guide_items]
    assert german.guide_items, "the guide has items"
    assert [(s.target, s.item) for s in german.suggestions] == [
        (s.target, s.item) for s in base.suggestions
    ]
    assert german.info.title.startswith("Leitfaden für lokale Führungskräfte")


@pytest.mark.parametrize(("pack", "language"), [(PACK, "de"), (PACK, "nl"), (GUIDE, "de")])
def test_no_english_is_left_in_the_pack(pack, language):
    left = []
    for path in sorted((pack / language).glob("*.txt")):
        records, problems = parse_records(path.read_text(encoding="utf-8"))
        assert not problems
        for record in records:
            for name, field in record.fields.items():
                if name not in NOT_PROSE and english_words(field.value):
                    left.append(f"{path.name}:{field.line} {name}: {english_words(field.value)}")
    assert left == []


def text_leaves(value, path=""):
    if isinstance(value, dict):
        for key, item in value.items():
            yield from text_leaves(item, f"{path}/{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from text_leaves(item, f"{path}/{index}")
    elif isinstance(value, str):
        yield path, value


@pytest.mark.parametrize("language", ["de", "nl"])
def test_the_training_town_is_translated(language):
    english = dict(text_leaves(json.loads((TOWN / "en.json").read_text(encoding="utf-8"))))
    story = json.loads((TOWN / f"{language}.json").read_text(encoding="utf-8"))
    translated = dict(text_leaves(story))
    assert story["language"] == language
    assert translated.keys() == english.keys()  # same structure, same places
    sentences = [p for p, text in english.items() if len(text.split()) >= 4 and p != "/_comment"]
    assert sentences, "the English story has prose"
    still_english = [p for p in sentences if translated[p] == english[p]]
    assert still_english == []
    assert [p for p in sentences if english_words(translated[p])] == []

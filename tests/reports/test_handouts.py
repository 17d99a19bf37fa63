"""The handouts for a town meeting: the Fact Sandwich worksheet and the rights-and-
responsibilities handout print every text of the leaders' guide they stand for, in the
language the content was loaded in, the town's own fact sandwiches literally, and cite the
guide."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from report_helpers import pdf_text

from toolbox_desktop.core.assessment import Profile
from toolbox_desktop.core.content import FACT_SANDWICH, PRINCIPLE, RIGHT, RIGHTS_LIST
from toolbox_desktop.reports.document import ReportOptions
from toolbox_desktop.reports.factsandwich_worksheet import build_factsandwich_worksheet
from toolbox_desktop.reports.rights_handout import build_rights_handout
from toolbox_desktop.storage.fact_sandwich_repository import FactSandwich
from toolbox_desktop.storage.workspace import open_workspace

GUIDE = Path(__file__).resolve().parents[2] / "data" / "content" / "leaders-guide"
HOSTILE = FactSandwich(
    1,
    "<b>Houses</b> & flats",
    "Same rules for everyone </para> &amp;",
    "Пётрово: <i>a myth</i>",
    "Kadıköy & <br/>",
    "Same rules & the same list",
)


@pytest.fixture
def pack_copy(pack_copy: Path) -> Path:
    """The Whole-COMM copy, with a copy of the leaders' guide beside it."""
    shutil.copytree(GUIDE, pack_copy.parent / "leaders-guide")
    return pack_copy


def content_in(db_path: Path, pack_copy: Path, language: str):
    workspace = open_workspace(db_path, pack_copy.parent, language)
    content = workspace.content
    workspace.close()
    return content


def flat(text: str) -> str:
    """The text with every run of white space (line breaks of the layout) one space."""
    return " ".join(text.split())


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_worksheet_holds_every_definition_step_and_tip(db_path, pack_copy, tmp_path, language):
    content = content_in(db_path, pack_copy, language)
    items = content.guide_items(FACT_SANDWICH)
    assert [sum(i.group == g for i in items) for g in ("definition", "step", "tip")] == [2, 4, 6]
    path = tmp_path / "fs.pdf"
    build_factsandwich_worksheet(content, Profile(name="Lindenau"), [], path)
    text = flat(pdf_text(path))
    for item in items:
        assert flat(item.title) in text and flat(item.text) in text, item.code
    pack = content.guide_pack_of(items[0].code)
    assert pack.language == language and flat(pack.source) in text  # cites the guide
    assert "Lindenau" in text
    assert "Write your own fact sandwich" in text and "Our fact sandwiches" not in text


def test_the_dutch_worksheet_is_in_dutch(db_path, pack_copy, tmp_path):
    path = tmp_path / "fs.pdf"
    build_factsandwich_worksheet(content_in(db_path, pack_copy, "nl"), None, [], path)
    text = flat(pdf_text(path))
    assert "Bewust onware informatie verspreiden." in text
    assert "Giving out false information on purpose." not in text


def test_the_towns_sandwiches_are_printed_literally(db_path, pack_copy, tmp_path):
    path = tmp_path / "fs.pdf"
    second = FactSandwich(2, "", "An untitled one", "", "", "")
    content = content_in(db_path, pack_copy, "en")
    build_factsandwich_worksheet(content, None, [HOSTILE, second], path)
    text = flat(pdf_text(path))
    assert "Our fact sandwiches" in text
    for value in (HOSTILE.topic, HOSTILE.fact, HOSTILE.myth, "Kadıköy &", HOSTILE.fact_again):
        assert flat(value) in text, value
    assert "Fact sandwich 2" in text and "An untitled one" in text  # no topic: numbered
    assert text.count("Warning about the myth") == 3  # two sandwiches and the blank boxes


def test_the_worksheet_without_the_guide_still_has_the_boxes(content, tmp_path):
    path = tmp_path / "fs.pdf"
    without = replace(content, guidance=[])
    build_factsandwich_worksheet(without, None, [HOSTILE], path, ReportOptions("Letter"))
    text = flat(pdf_text(path))
    assert "leaders' guide is not loaded" in text
    assert flat(HOSTILE.fact) in text and "The fact again" in text
    box = PdfReader(path).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_rights_handout_holds_every_list_item_and_principle(
    db_path, pack_copy, tmp_path, language
):
    content = content_in(db_path, pack_copy, language)
    lists, rights = content.guide_items(RIGHTS_LIST), content.guide_items(RIGHT)
    principles = content.guide_items(PRINCIPLE)
    assert (len(lists), len(rights), len(principles)) == (4, 20, 10)
    path = tmp_path / "rights.pdf"
    build_rights_handout(content, Profile(name="Lindenau"), path)
    text = flat(pdf_text(path))
    for item in lists:
        assert flat(item.title) in text, item.code
    for item in rights + principles:
        assert flat(item.text) in text, item.code
    pack = content.guide_pack_of(principles[0].code)
    assert flat(pack.title) in text and flat(pack.source) in text
    assert 1 <= len(PdfReader(path).pages) <= 2


def test_the_dutch_handout_is_in_dutch(db_path, pack_copy, tmp_path):
    path = tmp_path / "rights.pdf"
    build_rights_handout(content_in(db_path, pack_copy, "nl"), None, path)
    text = flat(pdf_text(path))
    assert "Verantwoordelijkheden van nieuwkomers" in text
    assert "Responsibilities of newcomers" not in text


def test_a_language_the_guide_lacks_gets_english_texts_and_translated_headings(
    db_path, pack_copy, tmp_path
):
    content = content_in(db_path, pack_copy, "it")  # no Italian in the packs yet
    path = tmp_path / "rights.pdf"

    def translate(context: str, text: str) -> str:
        return f"[{text}]"

    build_rights_handout(content, None, path, ReportOptions(translate=translate))
    text = flat(pdf_text(path))
    assert "[Rights and responsibilities]" in text and "[Liberal and democratic principles]" in text
    assert "Rights of newcomers" in text  # the pack's English

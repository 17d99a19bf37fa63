"""The search reaches the guidance packs too, without caring about case or accents, in the
language the content was read in."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolbox_desktop.core.content import assemble_content
from toolbox_desktop.core.pack import load_pack
from toolbox_desktop.core.text_search import ContentSearch

CONTENT = Path(__file__).resolve().parents[2] / "data" / "content"


@pytest.fixture(scope="module")
def packs():
    return load_pack(CONTENT / "whole-comm"), load_pack(CONTENT / "leaders-guide")


def search(packs, language: str):
    whole_comm, guide = packs
    return ContentSearch(
        assemble_content(whole_comm.languages[language], [guide.languages[language]])
    )


@pytest.mark.parametrize("query", ["geisoleerd", "GEÏSOLEERD", "Geïsoleerd", "GEISOLEERD"])
def test_dutch_quick_win_is_found_with_or_without_its_trema(packs, query):
    hits = search(packs, "nl").search(query)
    assert [(h.kind, h.code) for h in hits] == [("quick-win", "qw.welcome-ambassadors")]
    [hit] = hits
    assert hit.title.startswith("Start een")
    assert [hit.snippet[s:e] for s, e in hit.snippet_spans] == ["geïsoleerd"]


def test_both_packs_are_searched_at_once(packs):
    hits = search(packs, "en").search("CAFE")
    assert [(h.kind, h.code) for h in hits] == [
        ("practice", "hou.practice.diversity-cafe"),  # Whole-COMM: "Diversity Café"
        ("example", "ex.language.9"),  # the leaders' guide: "language cafés"
        ("example", "ex.social-cohesion.5"),
    ]


def test_an_item_without_a_title_is_found_by_its_text(packs):
    [hit] = [h for h in search(packs, "nl").search("taalcafes") if h.kind == "example"][:1]
    assert "aalcafés" in hit.title
    assert hit.code.startswith("ex.")

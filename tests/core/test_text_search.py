"""Search ignores case and accents in any script, and reports spans of the original text."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toolbox_desktop.core.pack import load_pack
from toolbox_desktop.core.text_search import ContentSearch, find_spans, fold, query_terms


def spans_text(text: str, query: str) -> list[str]:
    return [text[s:e] for s, e in find_spans(text, query_terms(query))]


@pytest.mark.parametrize(
    ("text", "query", "expected"),
    [
        ("Dessau-Roßlau, Germany", "rosslau", ["Roßlau"]),
        ("Dessau-Roßlau, Germany", "ROSSLAU", ["Roßlau"]),
        ("Dessau-Rosslau", "roßlau", ["Rosslau"]),
        ("St. Pölten", "pölten", ["Pölten"]),
        ("St. Pölten", "polten", ["Pölten"]),
        ("Diversity Café", "cafe", ["Café"]),
        ("İstanbul ve Kadıköy", "istanbul kadikoy", ["İstanbul", "Kadıköy"]),
        ("Ελληνικά", "ΕΛΛΗΝΙΚΑ", ["Ελληνικά"]),
        ("Москва и Ёлки", "ёлки", ["Ёлки"]),
        ("مُحَمَّد", "محمد", ["مُحَمَّد"]),
        ("Tromsø, Malmö", "tromso malmo", ["Tromsø", "Malmö"]),
        ("nothing here", "xyz", []),
    ],
)
def test_find_spans_ignores_case_and_accents(text, query, expected):
    assert spans_text(text, query) == expected


def test_overlapping_matches_are_merged():
    assert find_spans("aaaa", ["aa", "aaa"]) == [(0, 4)]


@given(st.text(), st.text())
def test_spans_always_lie_inside_the_text(text, query):
    for start, end in find_spans(text, query_terms(query)):
        assert 0 <= start < end <= len(text)


@given(st.text())
def test_fold_is_stable(text):
    assert fold(fold(text)) == fold(text)


@pytest.fixture(scope="module")
def search(request):
    from pathlib import Path

    pack = Path(request.config.rootpath) / "data" / "content" / "whole-comm"
    return ContentSearch(load_pack(pack).content)


@pytest.mark.parametrize("query", ["rosslau", "Roßlau", "ROSSLAU", "dessau roßlau"])
def test_search_finds_dessau_rosslau(search, query):
    hits = search.search(query)
    assert "gov.practice.vielfaltsgestalter-innen" in [h.code for h in hits]


@pytest.mark.parametrize("query", ["pölten", "polten", "St. Pölten"])
def test_search_finds_st_polten(search, query):
    assert "hou.practice.diversity-cafe" in [h.code for h in search.search(query)]


def test_all_words_must_match_and_title_hits_come_first(search):
    hits = search.search("budget separate")
    assert hits and all(h.kind for h in hits)
    assert search.search("budget zzzz") == []
    titled = search.search("housing")
    first_without_title = next(i for i, h in enumerate(titled) if not h.title_spans)
    assert all(not h.title_spans for h in titled[first_without_title:])


def test_snippet_spans_point_at_the_match(search):
    for hit in search.search("volunteers"):
        for start, end in hit.snippet_spans:
            assert fold(hit.snippet[start:end]) == "volunteers"


def test_empty_query_finds_nothing(search):
    assert search.search("   ") == []

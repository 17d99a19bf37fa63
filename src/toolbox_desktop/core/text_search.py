"""Search the content the way people type: without caring about case, accents or spelling of ß.

"rosslau" finds "Roßlau", "polten" and "pölten" find "Pölten", "ISTANBUL" finds "İstanbul", and
Arabic text matches with or without its short-vowel marks. Matches are reported as spans of the
original text so the screen can highlight exactly what matched.

It searches every pack the library shows: the benchmark pack's items and every guidance pack's
items (quick wins, city examples, rights...), in the language the content was loaded in.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from toolbox_desktop.core.content import Content

# Letters that carry their "accent" in the base character, so decomposition leaves them alone.
_EXTRA_FOLDS = {
    "ı": "i",
    "ø": "o",
    "đ": "d",
    "ł": "l",
    "ħ": "h",
    "ŧ": "t",
    "æ": "ae",
    "œ": "oe",
    "ð": "d",
    "þ": "th",
}


def _fold_char(char: str) -> str:
    folded = []
    decomposed = unicodedata.normalize("NFKD", char).casefold()
    for part in unicodedata.normalize("NFKD", decomposed):
        if unicodedata.combining(part):
            continue
        folded.append(_EXTRA_FOLDS.get(part, part))
    return "".join(folded)


def fold(text: str) -> str:
    """Case- and accent-free form of ``text`` used for matching."""
    if text.isascii():
        return text.lower()
    return "".join(_fold_char(char) for char in text)


def fold_with_positions(text: str) -> tuple[str, list[int]]:
    """Fold ``text`` and return, for every folded character, the index it came from."""
    if text.isascii():
        return text.lower(), list(range(len(text)))
    pieces: list[str] = []
    positions: list[int] = []
    for index, char in enumerate(text):
        folded = _fold_char(char)
        pieces.append(folded)
        positions.extend([index] * len(folded))
    return "".join(pieces), positions


def query_terms(query: str) -> list[str]:
    """The folded words of a query; every one must match for an item to be found."""
    return [term for term in fold(query).split() if term]


def find_spans(text: str, terms: list[str]) -> list[tuple[int, int]]:
    """Every place in ``text`` where one of ``terms`` occurs, as merged (start, end) spans."""
    if not terms or not text:
        return []
    folded, positions = fold_with_positions(text)
    spans: list[tuple[int, int]] = []
    for term in terms:
        start = folded.find(term)
        while start != -1:
            end = start + len(term)
            spans.append((positions[start], positions[end - 1] + 1))
            start = folded.find(term, end)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


@dataclass(frozen=True)
class SearchHit:
    """One item that matches a query, with the text to show and where it matched."""

    code: str
    kind: str  # dimension, subtheme, benchmark, challenge, practice, guide, or a GuideItem kind
    title: str
    snippet: str
    title_spans: tuple[tuple[int, int], ...]
    snippet_spans: tuple[tuple[int, int], ...]


_SNIPPET_BEFORE = 40
_SNIPPET_LENGTH = 160


class ContentSearch:
    """A search over all content; folds every text once, then answers queries quickly."""

    def __init__(self, content: Content) -> None:
        self._entries: list[tuple[str, str, str, list[str], str]] = []
        for kind, code, title, texts in _searchable(content):
            folded = fold(" \n ".join([title, *texts]))
            self._entries.append((kind, code, title, texts, folded))

    def search(self, query: str) -> list[SearchHit]:
        """Items where every word of ``query`` occurs; items matching in the title come first."""
        terms = query_terms(query)
        if not terms:
            return []
        title_hits: list[SearchHit] = []
        other_hits: list[SearchHit] = []
        for kind, code, title, texts, folded in self._entries:
            if not all(term in folded for term in terms):
                continue
            title_spans = find_spans(title, terms)
            snippet, snippet_spans = _snippet(texts, terms)
            hit = SearchHit(code, kind, title, snippet, tuple(title_spans), tuple(snippet_spans))
            (title_hits if title_spans else other_hits).append(hit)
        return title_hits + other_hits


def _searchable(content: Content):
    for d in content.dimensions:
        yield "dimension", d.code, d.title, [d.description, d.why]
    for s in content.subthemes:
        yield "subtheme", s.code, s.title, []
    for b in content.benchmarks:
        yield "benchmark", b.code, b.title, [b.text, b.code]
    for c in content.challenges:
        yield "challenge", c.code, c.text, []
    for p in content.practices:
        yield (
            "practice",
            p.code,
            p.name,
            [
                p.name_en,
                f"{p.place}, {p.country}",
                p.summary,
                p.run_by,
                p.success,
            ],
        )
    for g in content.guide:
        yield "guide", g.code, g.title, [g.text]
    for pack in content.guidance:
        for item in pack.items:
            # An item without a title (a city example, a right) is found and shown by its text.
            if item.title:
                yield item.kind, item.code, item.title, [item.text]
            else:
                yield item.kind, item.code, item.text, []


def _snippet(texts: list[str], terms: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """A short piece of the first text that matches, with the match spans inside it."""
    for text in texts:
        spans = find_spans(text, terms)
        if not spans:
            continue
        start = max(0, spans[0][0] - _SNIPPET_BEFORE)
        if start:
            space = text.rfind(" ", 0, start)
            start = space + 1 if space != -1 and start - space < 20 else start
        end = min(len(text), start + _SNIPPET_LENGTH)
        prefix = "…" if start else ""
        suffix = "…" if end < len(text) else ""
        shift = len(prefix) - start
        inside = [
            (max(s, start) + shift, min(e, end) + shift) for s, e in spans if s < end and e > start
        ]
        return prefix + text[start:end] + suffix, inside
    return "", []

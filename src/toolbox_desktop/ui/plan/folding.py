"""Fold the plan's texts for searching, quickly enough for ten thousand actions.

``core.text_search.fold`` works one character at a time, which is slow on long texts with
accents. It treats every character alone, so folding word by word gives the same result; a
plan repeats its words ("Sprachkurs", "Geflüchtete") so each distinct word is folded once.
"""

from __future__ import annotations

from toolbox_desktop.core.text_search import fold

_MAX_WORDS = 200_000


class WordFolder:
    """``fold`` with the folded form of every word remembered."""

    def __init__(self) -> None:
        self._words: dict[str, str] = {}

    def __call__(self, text: str) -> str:
        if text.isascii():
            return text.lower()
        words = self._words
        if len(words) > _MAX_WORDS:
            words.clear()
        parts = []
        for word in text.split(" "):
            folded = words.get(word)
            if folded is None:
                folded = words[word] = fold(word)
            parts.append(folded)
        return " ".join(parts)

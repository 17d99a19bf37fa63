"""What the command line prints reaches a terminal, and a terminal obeys control characters.

A title from a package or from a database another program changed may hold ESC, which starts
sequences that recolour, hide or rewrite what is on screen, set the window's title, or in some
terminals make it answer as if the user had typed. So every line the command line writes, to
stdout and stderr alike, passes ``core.clean_text``: line breaks and tabs stay, controls go.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterable, Iterator
from typing import TextIO

from toolbox_desktop.core.clean_text import clean_text


class SafeStream:
    """``stream`` with every written text cleaned; anything else is the stream's own."""

    def __init__(self, stream: TextIO | None) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        if self._stream is None:  # a windowed build has no console: nothing to print to
            return len(text)
        return self._stream.write(clean_text(text, multiline=True))

    def flush(self) -> None:
        if self._stream is not None:
            self._stream.flush()

    def writelines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


@contextlib.contextmanager
def safe_output() -> Iterator[None]:
    """Clean ``sys.stdout`` and ``sys.stderr`` for as long as the block runs."""
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = SafeStream(sys.stdout), SafeStream(sys.stderr)  # type: ignore[assignment]
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved

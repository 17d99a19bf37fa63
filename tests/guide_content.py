"""The shipped Whole-COMM toolbox with the shipped leaders' guide beside it: the content the
next steps for the gaps are read from (most tests load the toolbox alone)."""

from __future__ import annotations

import shutil
from functools import cache
from pathlib import Path

from toolbox_desktop.core.content import Content, assemble_content
from toolbox_desktop.core.pack import load_pack

CONTENT = Path(__file__).resolve().parents[1] / "data" / "content"
TOOLBOX = CONTENT / "whole-comm"
GUIDE = CONTENT / "leaders-guide"


def add_leaders_guide(content_root: Path) -> Path:
    """A copy of the shipped leaders' guide in ``content_root`` (beside a copy of the
    toolbox, e.g. the ``pack_copy`` fixture's folder)."""
    return Path(shutil.copytree(GUIDE, content_root / GUIDE.name))


@cache
def content_with_guide(language: str = "en") -> Content:
    """Both shipped packs in ``language``, read from their folders (no database)."""
    packs = []
    for folder in (TOOLBOX, GUIDE):
        result = load_pack(folder)
        assert result.ok, [str(problem) for problem in result.problems]
        packs.append(result.languages[language])
    return assemble_content(packs[0], packs[1:])

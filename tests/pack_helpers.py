"""Build test packs beside a copy of the shipped one: a guidance pack, and translations."""

import shutil
from pathlib import Path

from toolbox_desktop.core.pack import read_manifest

SHIPPED_PACK = Path(__file__).resolve().parents[1] / "data" / "content" / "whole-comm"
# The version of the shipped pack, as its manifest says (it is bumped with every change).
SHIPPED_VERSION = read_manifest(SHIPPED_PACK).version

GUIDANCE_MANIFEST = """\
id: quick-wins
title: Quick wins for local leaders
version: 0.1.0
role: guidance
benchmark_pack: whole-comm
language: en
source: A test guide for local leaders (2026).
"""

# Codes that clash with the benchmark pack's (guide.1) and name its dimensions (gov, hou).
GUIDANCE_PRACTICES = """\
code: gov.practice.fact-sandwich
dimension: gov
name: Fact Sandwich
place: Utrecht
country: Netherlands
summary: Start with the fact, name the myth once, end with the fact again.
run_by: The communications team.
success: Short, repeated and local.
source: Guide, p. 12

code: hou.practice.welcome-street
dimension: hou
name: Welcome street
place: Zwolle
country: Netherlands
summary: Neighbours welcome newcomers in their street.
run_by: A residents' association.
success: Neighbours knew whom to ask.
source: Guide, p. 20
"""

GUIDANCE_GUIDE = """\
code: guide.1
number: 1
title: Start with a quick win
text: Pick one thing you can do this month.
source: Guide, p. 3
"""


def add_guidance_pack(
    root: Path, files: dict[str, str] | None = None, manifest: str = GUIDANCE_MANIFEST
) -> Path:
    """A guidance pack ``quick-wins`` in the content root ``root`` (beside whole-comm)."""
    folder = root / "quick-wins"
    folder.mkdir()
    (folder / "manifest.txt").write_text(manifest, encoding="utf-8")
    if files is None:
        files = {"practices.txt": GUIDANCE_PRACTICES, "guide.txt": GUIDANCE_GUIDE}
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def add_translation(pack: Path, language: str, title: str = "Übersetzt") -> Path:
    """``pack/<language>/``: the base language's content files, with a manifest of its own.
    The texts are still the base's until a test edits them (``replace_in``)."""
    folder = pack / language
    if folder.exists():  # a shipped translation: replaced by the base's texts
        shutil.rmtree(folder)
    folder.mkdir()
    for source in pack.glob("*.txt"):
        if source.name != "manifest.txt":
            shutil.copy(source, folder / source.name)
    (folder / "manifest.txt").write_text(
        f"language: {language}\ntitle: {title}\n", encoding="utf-8"
    )
    return folder


def set_version(pack: Path, version: str) -> None:
    """Give the pack in ``pack`` another version (as a content update would)."""
    replace_in(
        pack / "manifest.txt", f"version: {read_manifest(pack).version}\n", f"version: {version}\n"
    )


def replace_in(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def line_number(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(needle)

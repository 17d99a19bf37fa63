"""The Whole-COMM content as plain Python objects: what the library shows and assessments rate.

Items are identified by stable codes (see ``data/content/README.md``); the ``Content`` object
keeps them in the toolbox's order and answers the questions the screens ask ("the challenges
of this dimension", "the benchmarks under this sub-theme").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

TAGS = ("small-municipalities", "rural", "advocacy")


@dataclass(frozen=True)
class PackInfo:
    id: str
    title: str
    version: str
    language: str
    source: str
    description: str = ""
    licence: str = ""


@dataclass(frozen=True)
class Dimension:
    code: str
    number: int
    title: str
    description: str
    why: str
    source: str


@dataclass(frozen=True)
class SubTheme:
    code: str
    dimension: str
    title: str
    source: str


@dataclass(frozen=True)
class Benchmark:
    code: str
    subtheme: str
    dimension: str
    title: str
    text: str
    tags: tuple[str, ...]
    source: str


@dataclass(frozen=True)
class Challenge:
    code: str
    dimension: str
    text: str
    source: str


@dataclass(frozen=True)
class Practice:
    code: str
    dimension: str
    name: str
    name_en: str
    place: str
    country: str
    started: str
    summary: str
    run_by: str
    success: str
    source: str


@dataclass(frozen=True)
class GuideStep:
    code: str
    number: int
    title: str
    text: str
    source: str


Item = Dimension | SubTheme | Benchmark | Challenge | Practice | GuideStep


@dataclass
class Content:
    """Everything loaded from the content packs, in display order."""

    packs: list[PackInfo] = field(default_factory=list)
    dimensions: list[Dimension] = field(default_factory=list)
    subthemes: list[SubTheme] = field(default_factory=list)
    benchmarks: list[Benchmark] = field(default_factory=list)
    challenges: list[Challenge] = field(default_factory=list)
    practices: list[Practice] = field(default_factory=list)
    guide: list[GuideStep] = field(default_factory=list)

    @cached_property
    def _by_code(self) -> dict[str, Item]:
        items: dict[str, Item] = {}
        for group in (
            self.dimensions,
            self.subthemes,
            self.benchmarks,
            self.challenges,
            self.practices,
            self.guide,
        ):
            for item in group:
                items[item.code] = item
        return items

    def item(self, code: str) -> Item | None:
        return self._by_code.get(code)

    def dimension(self, code: str) -> Dimension | None:
        item = self._by_code.get(code)
        return item if isinstance(item, Dimension) else None

    def subthemes_of(self, dimension: str) -> list[SubTheme]:
        return [s for s in self.subthemes if s.dimension == dimension]

    def benchmarks_of(self, subtheme: str) -> list[Benchmark]:
        return [b for b in self.benchmarks if b.subtheme == subtheme]

    def challenges_of(self, dimension: str) -> list[Challenge]:
        return [c for c in self.challenges if c.dimension == dimension]

    def practices_of(self, dimension: str) -> list[Practice]:
        return [p for p in self.practices if p.dimension == dimension]

    def countries(self) -> list[str]:
        return sorted({p.country for p in self.practices})

    def is_empty(self) -> bool:
        return not self.dimensions

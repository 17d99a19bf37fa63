"""The content packs as plain Python objects: what the library shows and assessments rate.

Items are identified by stable codes (see ``data/content/README.md``); the ``Content`` object
keeps them in the toolbox's order and answers the questions the screens ask ("the challenges
of this dimension", "the benchmarks under this sub-theme").

A pack has a role. The one **benchmark** pack is what assessments score against: its items
fill ``Content.dimensions`` ... ``Content.guide``, so that everything that scores reads only
them. **Guidance** packs (actions, examples, handouts) never change a score: their items stay
apart in ``Content.guidance``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

TAGS = ("small-municipalities", "rural", "advocacy")

BENCHMARK = "benchmark"  # the pack assessments score against
GUIDANCE = "guidance"  # actions, examples, handouts: never part of a score
ROLES = (BENCHMARK, GUIDANCE)


@dataclass(frozen=True)
class PackInfo:
    """A pack's manifest, in one of its languages.

    ``language`` is the language of these texts (the manifest's own ``language`` is the pack's
    base language, ``languages[0]``); ``languages`` lists every language the pack has.
    """

    id: str
    title: str
    version: str
    language: str
    source: str
    description: str = ""
    licence: str = ""
    role: str = BENCHMARK
    benchmark_pack: str = ""  # guidance only: the pack whose dimension codes its items use
    languages: tuple[str, ...] = ()

    @property
    def base_language(self) -> str:
        return self.languages[0] if self.languages else self.language


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
class PackContent:
    """One pack's items in one language, as its folder holds them (a guidance pack has no
    dimensions, sub-themes or benchmarks)."""

    info: PackInfo
    dimensions: list[Dimension] = field(default_factory=list)
    subthemes: list[SubTheme] = field(default_factory=list)
    benchmarks: list[Benchmark] = field(default_factory=list)
    challenges: list[Challenge] = field(default_factory=list)
    practices: list[Practice] = field(default_factory=list)
    guide: list[GuideStep] = field(default_factory=list)


@dataclass
class Guidance:
    """A guidance pack's items: kept apart from the benchmark pack's, so that no score sees
    them. Their ``dimension`` fields name the benchmark pack's dimensions."""

    pack: PackInfo
    challenges: list[Challenge] = field(default_factory=list)
    practices: list[Practice] = field(default_factory=list)
    guide: list[GuideStep] = field(default_factory=list)


@dataclass
class Content:
    """Everything loaded from the content packs, in one language, in display order.

    ``packs`` lists every pack (the benchmark pack first); the item lists hold only the
    benchmark pack's items; ``guidance`` holds each guidance pack's.
    """

    packs: list[PackInfo] = field(default_factory=list)
    dimensions: list[Dimension] = field(default_factory=list)
    subthemes: list[SubTheme] = field(default_factory=list)
    benchmarks: list[Benchmark] = field(default_factory=list)
    challenges: list[Challenge] = field(default_factory=list)
    practices: list[Practice] = field(default_factory=list)
    guide: list[GuideStep] = field(default_factory=list)
    guidance: list[Guidance] = field(default_factory=list)

    @property
    def benchmark_pack(self) -> PackInfo | None:
        """The pack assessments score against (and record), if one is loaded."""
        return next((p for p in self.packs if p.role == BENCHMARK), None)

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


def assemble_content(benchmark: PackContent | None, guidance: list[PackContent]) -> Content:
    """One ``Content`` from the benchmark pack's items and the guidance packs' items."""
    infos = ([benchmark.info] if benchmark else []) + [g.info for g in guidance]
    items = {}
    if benchmark is not None:
        items = {
            name: list(getattr(benchmark, name))
            for name in (
                "dimensions",
                "subthemes",
                "benchmarks",
                "challenges",
                "practices",
                "guide",
            )
        }
    return Content(
        packs=infos,
        **items,
        guidance=[
            Guidance(g.info, list(g.challenges), list(g.practices), list(g.guide)) for g in guidance
        ],
    )

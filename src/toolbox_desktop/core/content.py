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


# The kinds of item a guide for local leaders holds (``GuideItem.kind``).
PRECONDITION = "precondition"
QUICK_WIN = "quick-win"
ENGAGEMENT_SECTION = "engagement-section"
ENGAGEMENT_POINT = "engagement-point"
RIGHTS_LIST = "rights-list"
RIGHT = "right"
PRINCIPLE = "principle"
FACT_SANDWICH = "fact-sandwich"
EXAMPLE_AREA = "example-area"
EXAMPLE = "example"
GUIDE_KINDS = (
    PRECONDITION,
    QUICK_WIN,
    ENGAGEMENT_SECTION,
    ENGAGEMENT_POINT,
    RIGHTS_LIST,
    RIGHT,
    PRINCIPLE,
    FACT_SANDWICH,
    EXAMPLE_AREA,
    EXAMPLE,
)


@dataclass(frozen=True)
class GuideItem:
    """One item of a guide for local leaders: a quick win, an engagement point, a city
    example, a right, a principle, a part of the Fact Sandwich method...

    One shape for every kind, because the library, the search and the suggestions treat them
    alike. ``group`` is the code of the group the item belongs to (an engagement section, an
    example area, a rights list) or, for the Fact Sandwich, its part (definition, step, tip);
    ``label`` is what numbers it in the source (a section's letter, an item's number)."""

    code: str
    kind: str
    group: str
    label: str
    title: str
    text: str
    dimensions: tuple[str, ...] = ()
    partners: tuple[str, ...] = ()  # kinds from core.plan.PARTNER_KINDS
    funding: tuple[str, ...] = ()  # keys of core.plan.FUNDING_SOURCES
    see: tuple[str, ...] = ()  # related items of the same pack
    source: str = ""


@dataclass(frozen=True)
class Suggestion:
    """A reviewed suggestion for a benchmark or a dimension (``target``): an item that fits,
    with one line on why; or, with ``item`` empty, the reason nothing in the packs fits."""

    target: str
    item: str
    why: str


Item = Dimension | SubTheme | Benchmark | Challenge | Practice | GuideStep | GuideItem


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
    guide_items: list[GuideItem] = field(default_factory=list)
    suggestions: list[Suggestion] = field(default_factory=list)


@dataclass
class Guidance:
    """A guidance pack's items: kept apart from the benchmark pack's, so that no score sees
    them. Their ``dimension`` fields name the benchmark pack's dimensions."""

    pack: PackInfo
    challenges: list[Challenge] = field(default_factory=list)
    practices: list[Practice] = field(default_factory=list)
    guide: list[GuideStep] = field(default_factory=list)
    items: list[GuideItem] = field(default_factory=list)
    suggestions: list[Suggestion] = field(default_factory=list)

    def of_kind(self, kind: str) -> list[GuideItem]:
        return [item for item in self.items if item.kind == kind]


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

    @cached_property
    def benchmark_numbers(self) -> dict[str, str]:
        """The number people see for each benchmark code: "1.1.2" (dimension, sub-theme,
        benchmark in their order). Every screen and report shows this number, never the code
        ("gov.strategic-planning.2"), which stays in exports, packages and CLI JSON."""
        numbers: dict[str, str] = {}
        for dimension in self.dimensions:
            for s_index, subtheme in enumerate(self.subthemes_of(dimension.code), start=1):
                for b_index, benchmark in enumerate(self.benchmarks_of(subtheme.code), start=1):
                    numbers[benchmark.code] = f"{dimension.number}.{s_index}.{b_index}"
        return numbers

    def benchmark_number(self, code: str) -> str:
        """``benchmark_numbers[code]``; the code itself for one the content does not have."""
        return self.benchmark_numbers.get(code, code)

    def subthemes_of(self, dimension: str) -> list[SubTheme]:
        return [s for s in self.subthemes if s.dimension == dimension]

    def benchmarks_of(self, subtheme: str) -> list[Benchmark]:
        return [b for b in self.benchmarks if b.subtheme == subtheme]

    def challenges_of(self, dimension: str) -> list[Challenge]:
        return [c for c in self.challenges if c.dimension == dimension]

    def practices_of(self, dimension: str) -> list[Practice]:
        return [p for p in self.practices if p.dimension == dimension]

    @cached_property
    def _guide_by_code(self) -> dict[str, tuple[Guidance, GuideItem]]:
        return {item.code: (pack, item) for pack in self.guidance for item in pack.items}

    def guide_item(self, code: str) -> GuideItem | None:
        """A guidance pack's item (quick win, example...) by its code, if loaded."""
        found = self._guide_by_code.get(code)
        return found[1] if found else None

    def guide_pack_of(self, code: str) -> PackInfo | None:
        found = self._guide_by_code.get(code)
        return found[0].pack if found else None

    def guide_items(self, kind: str) -> list[GuideItem]:
        """Every loaded guidance pack's items of ``kind``, in pack and source order."""
        return [item for pack in self.guidance for item in pack.items if item.kind == kind]

    def suggestions_for(self, target: str) -> list[Suggestion]:
        """The reviewed suggestions for a benchmark or dimension code, best first; one with an
        empty ``item`` says why nothing fits. Items that are not loaded are left out."""
        found = []
        for pack in self.guidance:
            for suggestion in pack.suggestions:
                if suggestion.target != target:
                    continue
                if not suggestion.item or self.suggested_item(suggestion.item) is not None:
                    found.append(suggestion)
        return found

    def suggested_item(self, code: str) -> Practice | GuideItem | None:
        """What a suggestion names: a Whole-COMM practice or a guidance pack's item."""
        item = self.guide_item(code)
        if item is not None:
            return item
        found = self._by_code.get(code)
        return found if isinstance(found, Practice) else None

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
            Guidance(
                g.info,
                list(g.challenges),
                list(g.practices),
                list(g.guide),
                list(g.guide_items),
                list(g.suggestions),
            )
            for g in guidance
        ],
    )

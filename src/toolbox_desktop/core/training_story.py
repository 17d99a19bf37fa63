"""The story of the fictional training town, as read from ``data/training-town/<lang>.json``.

Plain values only: ``services.training_town`` reads and checks a file into a ``TrainingStory``
and ``storage.training_town`` writes it. Dates are ``(years after the first assessment, month,
day)``: the town is built around the day it is created, so that its plan is always current.
Benchmark codes that a content pack does not have are skipped (or replaced) by the writer, so
the story may name any code. Everything in it is invented: no real town, person or practice.
"""

from __future__ import annotations

from dataclasses import dataclass

Day = tuple[int, int, int]


@dataclass(frozen=True)
class MilestoneSpec:
    title: str
    due: Day
    done: bool = False


@dataclass(frozen=True)
class IndicatorSpec:
    name: str
    unit: str
    baseline: float
    target: float
    measurements: tuple[tuple[Day, float], ...]
    benchmark: str = ""  # for an indicator of a benchmark rather than of an action


@dataclass(frozen=True)
class ActionSpec:
    key: str  # stable across languages, so that translations line up
    title: str
    dimension: str
    benchmarks: tuple[str, ...]
    description: str
    role: str
    person: str
    partners: tuple[str, ...]
    partner_names: str
    start: Day | None
    end: Day | None
    status: str
    priority: int
    progress: int
    budget: int | None  # whole euros
    spent: int | None
    funding: str
    milestones: tuple[MilestoneSpec, ...] = ()
    indicators: tuple[IndicatorSpec, ...] = ()
    guide_item: str = ""  # the quick win the action was made from (its text in the language)


@dataclass(frozen=True)
class FactSandwichSpec:
    """One of the town's fact sandwiches (the leaders' guide's method against a myth)."""

    topic: str
    fact: str
    myth: str
    why_wrong: str
    fact_again: str


@dataclass(frozen=True)
class PeerSpec:
    """A neighbouring town's anonymised assessment, as a package would bring it, so that the
    Peers screen has something to compare: invented like the rest of the story. Its levels
    are drawn around ``level_means`` (per dimension); the dimensions of the competences it
    lacks are marked outside its competence."""

    municipality: str  # "" for a package that leaves the name out
    country: str
    kind: str
    population: int
    title: str  # with {year}
    assessed_on: Day
    level_means: dict[str, float]
    competences: tuple[str, ...]


@dataclass(frozen=True)
class AnnualTextSpec:
    """One year's annual report texts; ``{year}`` in them stands for the year."""

    summary: str
    stories: str
    next_focus: str

    def for_year(self, year: int) -> tuple[str, str, str]:
        return tuple(text.replace("{year}", str(year)) for text in self.astuple())

    def astuple(self) -> tuple[str, str, str]:
        return self.summary, self.stories, self.next_focus


@dataclass(frozen=True)
class TrainingStory:
    language: str
    town_name: str
    country: str
    region: str
    population: int
    kind: str
    newcomers: int
    staff_time: str
    competences: tuple[str, ...]
    rated_by: dict[str, str]  # dimension -> who rated it, in both assessments
    first_participants: str
    workshop: tuple[tuple[str, str], ...]  # (name, "paper" or "file")
    first_level_means: dict[str, float]
    not_applicable: dict[str, str]  # benchmark -> reason
    outside_competence: dict[str, str]
    first_year_not_applicable: dict[str, str]
    evidence: dict[str, str]  # what the second (workshop) assessment found
    declines: dict[str, str]  # where things got worse, and why
    first_evidence: dict[str, str]
    general_evidence: dict[int, tuple[str, ...]]  # level -> sentences
    notes: tuple[str, ...]
    exclusion_note: str
    participant_notes: tuple[str, ...]
    participant_exclusion_note: str  # a participant who would rate an excluded benchmark
    first_assessment_title: str  # with {year}
    workshop_title: str  # with {year}
    budget_lines: dict[str, str]  # dimension -> budget line
    actions: tuple[ActionSpec, ...]
    benchmark_indicators: tuple[IndicatorSpec, ...]
    first_year_texts: AnnualTextSpec
    later_year_texts: AnnualTextSpec
    fact_sandwiches: tuple[FactSandwichSpec, ...] = ()
    peers: tuple[PeerSpec, ...] = ()

    def annual_texts(self, year: int, first_year: int) -> tuple[str, str, str]:
        """Summary, stories and next year's focus of the annual report for ``year``."""
        texts = self.first_year_texts if year == first_year else self.later_year_texts
        return texts.for_year(year)

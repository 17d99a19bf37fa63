"""A municipality's self-assessment: its profile, its assessments and the rating of each benchmark.

The rating scale is the app's documented five levels; "not applicable" and "outside our
competence" take a benchmark out of the scores (the latter marks it for advocacy, as the
Whole-COMM toolbox recommends for fields the municipality does not control).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from toolbox_desktop.core import limits
from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP, Message

MAX_LEVEL = 4
LEVELS = (0, 1, 2, 3, 4)

# Level names and descriptions, shown wherever the user rates.
LEVEL_NAMES = {
    0: QT_TRANSLATE_NOOP("RatingScale", "Not in place"),
    1: QT_TRANSLATE_NOOP("RatingScale", "Planned or ad hoc"),
    2: QT_TRANSLATE_NOOP("RatingScale", "Partly in place"),
    3: QT_TRANSLATE_NOOP("RatingScale", "Largely in place"),
    4: QT_TRANSLATE_NOOP("RatingScale", "Fully in place and evaluated"),
}
LEVEL_DESCRIPTIONS = {
    0: QT_TRANSLATE_NOOP("RatingScale", "Nothing exists yet and nothing is decided."),
    1: QT_TRANSLATE_NOOP(
        "RatingScale",
        "It is planned or decided, or happens now and then, depending on individuals.",
    ),
    2: QT_TRANSLATE_NOOP(
        "RatingScale", "It exists for some people, places or services, but with clear gaps."
    ),
    3: QT_TRANSLATE_NOOP(
        "RatingScale", "It works for most people and services, with only small gaps left."
    ),
    4: QT_TRANSLATE_NOOP(
        "RatingScale",
        "It works for everyone concerned, is resourced, and is regularly evaluated and improved.",
    ),
}

NOT_APPLICABLE = "not-applicable"
OUTSIDE_COMPETENCE = "outside-competence"
EXCLUSIONS = (NOT_APPLICABLE, OUTSIDE_COMPETENCE)
EXCLUSION_NAMES = {
    NOT_APPLICABLE: QT_TRANSLATE_NOOP("RatingScale", "Not applicable"),
    OUTSIDE_COMPETENCE: QT_TRANSLATE_NOOP("RatingScale", "Outside our competence"),
}

PRIORITIES = (1, 2, 3)
PRIORITY_NAMES = {
    1: QT_TRANSLATE_NOOP("RatingScale", "Low"),
    2: QT_TRANSLATE_NOOP("RatingScale", "Medium"),
    3: QT_TRANSLATE_NOOP("RatingScale", "High"),
}
DEFAULT_PRIORITY = 2

DRAFT = "draft"
FINAL = "final"

# Kinds of place, and the policy fields a municipality may or may not be competent for.
PLACE_KINDS = ("small-town", "medium-town", "rural-area", "city")
PLACE_KIND_NAMES = {
    "small-town": QT_TRANSLATE_NOOP("Profile", "Small town"),
    "medium-town": QT_TRANSLATE_NOOP("Profile", "Medium-sized town"),
    "rural-area": QT_TRANSLATE_NOOP("Profile", "Rural area"),
    "city": QT_TRANSLATE_NOOP("Profile", "City"),
}
COMPETENCES = ("housing", "education", "health", "employment")
COMPETENCE_NAMES = {
    "housing": QT_TRANSLATE_NOOP("Profile", "Housing"),
    "education": QT_TRANSLATE_NOOP("Profile", "Education"),
    "health": QT_TRANSLATE_NOOP("Profile", "Health"),
    "employment": QT_TRANSLATE_NOOP("Profile", "Employment services"),
}
# The dimension each competence governs (governance is always the municipality's own).
COMPETENCE_DIMENSION = {
    "housing": "hou",
    "education": "edu",
    "health": "hea",
    "employment": "emp",
}


@dataclass(frozen=True)
class Profile:
    """The municipality, described once and editable at any time."""

    name: str = ""
    country: str = ""
    region: str = ""
    population: int | None = None
    kind: str = ""
    newcomers: int | None = None  # newly arrived migrants and refugees
    staff_time: str = ""  # e.g. "one person, half time"
    competences: frozenset[str] = frozenset(COMPETENCES)

    def is_small_or_rural(self) -> bool:
        return self.kind in ("small-town", "rural-area")

    def dimensions_outside_competence(self) -> list[str]:
        return [COMPETENCE_DIMENSION[c] for c in COMPETENCES if c not in self.competences]


@dataclass(frozen=True)
class Assessment:
    """One assessment. ``benchmark_pack`` and ``benchmark_pack_version`` record the content
    pack it was made with (what its scores are computed against); '' where unknown."""

    id: int
    title: str
    assessed_on: str  # ISO date
    participants: str = ""
    status: str = DRAFT
    copied_from: int | None = None
    benchmark_pack: str = ""
    benchmark_pack_version: str = ""

    @property
    def is_final(self) -> bool:
        return self.status == FINAL


@dataclass(frozen=True)
class Rating:
    """Where the municipality stands on one benchmark, where it wants to be, and why."""

    benchmark: str
    level: int | None = None
    exclusion: str = ""  # "", NOT_APPLICABLE or OUTSIDE_COMPETENCE
    target: int | None = None
    priority: int = DEFAULT_PRIORITY
    evidence: str = ""
    links: tuple[str, ...] = field(default_factory=tuple)
    notes: str = ""
    rated_by: str = ""

    @property
    def is_rated(self) -> bool:
        """Rated means a level was given or the benchmark was excluded on purpose."""
        return self.level is not None or bool(self.exclusion)

    @property
    def counts(self) -> bool:
        """Whether the rating enters the scores."""
        return self.level is not None and not self.exclusion

    def with_changes(self, **changes) -> Rating:
        return replace(self, **changes)


RATING_FIELDS = (
    "level",
    "exclusion",
    "target",
    "priority",
    "evidence",
    "links",
    "notes",
    "rated_by",
)


class InvalidRatingError(ValueError):
    """A rating value outside what the scale allows, or longer than ``core.limits`` allows
    (then ``message`` says which, in words the window translates)."""

    def __init__(self, text: str, message: Message | None = None) -> None:
        super().__init__(text)
        self.message = message


def validate_rating(rating: Rating) -> None:
    """Refuse values the scale does not know and texts over their limits (the UI never
    offers them; files might)."""
    for name in ("level", "target"):
        value = getattr(rating, name)
        if value is not None and value not in LEVELS:
            raise InvalidRatingError(f"{name} must be one of {LEVELS}, not {value!r}")
    if rating.exclusion and rating.exclusion not in EXCLUSIONS:
        raise InvalidRatingError(f"unknown exclusion {rating.exclusion!r}")
    if rating.priority not in PRIORITIES:
        raise InvalidRatingError(f"priority must be one of {PRIORITIES}, not {rating.priority!r}")
    found = limits.excesses(rating, limits.RATING)
    found.append(limits.count_excess("links", rating.links, limits.LINKS_PER_RATING))
    found += [
        limits.Excess("links", len(link), limits.LINK)
        for link in rating.links
        if len(link) > limits.LINK
    ]
    for excess in found:
        if excess is not None:
            message = excess.message()
            raise InvalidRatingError(str(message), message)

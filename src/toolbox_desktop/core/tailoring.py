"""Tailor an assessment to the municipality's profile, as the toolbox asks ("adapt to your
municipality's size and needs"): small places see the benchmarks written for them first, and
fields outside the municipality's competence start marked for review and advocacy."""

from __future__ import annotations

from toolbox_desktop.core.assessment import OUTSIDE_COMPETENCE, Profile, Rating
from toolbox_desktop.core.content import Benchmark, Content
from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP

PREMARK_NOTE = QT_TRANSLATE_NOOP(
    "Tailoring",
    "Marked from the municipality profile (a field outside its competence): please review.",
)
SMALL_PLACE_TAGS = ("small-municipalities", "rural")


def is_for_small_places(benchmark: Benchmark) -> bool:
    return any(tag in benchmark.tags for tag in SMALL_PLACE_TAGS)


def benchmarks_in_order(content: Content, profile: Profile, small_first: bool) -> list[Benchmark]:
    """All benchmarks in the toolbox's order, or, for small or rural places when asked, those
    written for small places first (each group keeping the toolbox's order)."""
    benchmarks = list(content.benchmarks)
    if not (small_first and profile.is_small_or_rural()):
        return benchmarks
    return sorted(benchmarks, key=lambda b: not is_for_small_places(b))


def premarked_ratings(
    content: Content, profile: Profile, note: str = PREMARK_NOTE
) -> dict[str, Rating]:
    """Ratings a new assessment starts with: benchmarks of fields outside the municipality's
    competence marked "outside our competence", with a note asking to review the mark."""
    outside = set(profile.dimensions_outside_competence())
    return {
        b.code: Rating(
            b.code,
            exclusion=OUTSIDE_COMPETENCE,
            notes=note,
        )
        for b in content.benchmarks
        if b.dimension in outside
    }

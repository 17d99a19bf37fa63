"""A municipality with every text and every list at its limit (``core.limits``), for the
package round trip and the reports. Texts are the hardest kinds for the PDF layout in turn:
one run without any space, words, right-to-left words, and many short lines."""

from __future__ import annotations

from datetime import date, timedelta

from toolbox_desktop.core import limits
from toolbox_desktop.core.assessment import Assessment, Profile, Rating
from toolbox_desktop.core.plan import PARTNER_KINDS, Action, Indicator, Measurement, Milestone

RUNS = ("x", "Wort ", "مريم الناصر ", "Пётр\n")
# Texts typed in several lines in the app; the others are one line (a line break there
# would become a space on the way through a package).
MULTILINE = {
    "participants",
    "evidence",
    "notes",
    "description",
    "summary",
    "stories",
    "next_focus",
    *("fact", "myth", "why_wrong", "fact_again"),  # a fact sandwich's parts
}
TODAY = date(2026, 3, 15)


def filled(size: int, kind: int = 0, lines: bool = False) -> str:
    """A text of exactly ``size`` characters, of the ``kind``-th sort of ``RUNS`` (with line
    breaks only if ``lines``)."""
    run = RUNS[kind % len(RUNS)]
    run = run if lines else run.replace("\n", " ")
    return (run * (size // len(run) + 1))[:size]


def texts(most: dict[str, int], kind: int = 0) -> dict[str, str]:
    """Every field of ``most`` (name -> limit) filled to its limit, each of another sort."""
    return {
        name: filled(size, kind + n, name in MULTILINE)
        for n, (name, size) in enumerate(most.items())
    }


def profile(kind: int = 0) -> Profile:
    return Profile(**texts(limits.PROFILE, kind), population=24_000, kind="small-town")


def assessment(assessment_id: int = 1, kind: int = 0) -> Assessment:
    return Assessment(assessment_id, assessed_on="2026-03-01", **texts(limits.ASSESSMENT, kind))


def links(kind: int = 0) -> tuple[str, ...]:
    """As many links as a rating may have, each as long as a link may be (and different)."""
    return tuple(
        f"/{n:03d}/" + filled(limits.LINK - 5, kind + n) for n in range(limits.LINKS_PER_RATING)
    )


def rating(code: str, kind: int = 0) -> Rating:
    return Rating(
        code, level=2, target=4, priority=3, links=links(kind), **texts(limits.RATING, kind)
    )


def action(codes: list[str], number: int = 1, kind: int = 0) -> Action:
    start = TODAY - timedelta(days=90 * number)
    milestones = tuple(
        Milestone(
            filled(limits.MILESTONE["title"], kind + n), start + timedelta(days=n), bool(n % 2)
        )
        for n in range(limits.MILESTONES_PER_ACTION)
    )
    return Action(
        id=number,
        dimension="gov",
        benchmarks=tuple(codes[: limits.BENCHMARKS_PER_ACTION]),
        partners=tuple(PARTNER_KINDS),
        start=start,
        end=start + timedelta(days=400),
        status="in-progress",
        progress=40,
        budget_cents=10**12,
        spent_cents=10**11,
        funding_source="amif",
        milestones=milestones,
        **texts(limits.ACTION, kind + number),
    )


def indicator(action_id: int | None, number: int = 1, kind: int = 0) -> Indicator:
    measurements = tuple(
        Measurement(TODAY - timedelta(days=n), float(n), filled(limits.NOTE, kind + n))
        for n in range(limits.MEASUREMENTS_PER_INDICATOR)
    )
    return Indicator(
        id=number,
        action_id=action_id,
        baseline=0.0,
        target=100.0,
        measurements=measurements,
        **texts(limits.INDICATOR, kind + number),
    )

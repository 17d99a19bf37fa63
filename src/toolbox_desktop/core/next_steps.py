"""Next steps for the gaps: what the packs suggest for each benchmark below its target.

One answer for every face (the dashboard's gap list, the rating screen, the self-assessment
report, ``toolbox-desktop assessment suggest``), so that they never disagree about what fits
a gap. It reads only what the reviewed mapping says (``Content.suggestions_for``, the guidance
packs' ``suggestions.txt``): no keyword guess. "Below its target" is the gap list's rule
(``core.scoring.gap_list``), and the gaps come in its order, largest weighted gap first.

A suggestion names a Whole-COMM practice or a guidance pack's item (a quick win, a city
example, an engagement point...); ``Step`` resolves it to what a reader needs: its kind, its
title (an item without one, such as a city example, is known by its text), the pack it comes
from and the one line on why it fits. A benchmark for which nothing in the packs fits has no
steps and the mapping's reason instead (``none_reason``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from toolbox_desktop.core.assessment import Rating
from toolbox_desktop.core.content import (
    ENGAGEMENT_POINT,
    ENGAGEMENT_SECTION,
    EXAMPLE,
    EXAMPLE_AREA,
    FACT_SANDWICH,
    PRECONDITION,
    PRINCIPLE,
    QUICK_WIN,
    RIGHT,
    RIGHTS_LIST,
    Content,
    GuideItem,
    Practice,
)
from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP
from toolbox_desktop.core.scoring import Gap, gap_list

CTX = "NextSteps"
PRACTICE = "practice"  # the kind of a Whole-COMM practice (a guide item has its own kinds)

# What each kind of suggested item is called, for a reader (translated where shown).
KIND_NAMES = {
    PRACTICE: QT_TRANSLATE_NOOP("NextSteps", "Whole-COMM practice"),
    QUICK_WIN: QT_TRANSLATE_NOOP("NextSteps", "Quick win"),
    EXAMPLE: QT_TRANSLATE_NOOP("NextSteps", "City example"),
    ENGAGEMENT_POINT: QT_TRANSLATE_NOOP("NextSteps", "Engagement point"),
    ENGAGEMENT_SECTION: QT_TRANSLATE_NOOP("NextSteps", "Engaging the host population"),
    EXAMPLE_AREA: QT_TRANSLATE_NOOP("NextSteps", "City examples"),
    PRECONDITION: QT_TRANSLATE_NOOP("NextSteps", "Precondition"),
    PRINCIPLE: QT_TRANSLATE_NOOP("NextSteps", "Principle"),
    RIGHTS_LIST: QT_TRANSLATE_NOOP("NextSteps", "Rights and responsibilities"),
    RIGHT: QT_TRANSLATE_NOOP("NextSteps", "Right or responsibility"),
    FACT_SANDWICH: QT_TRANSLATE_NOOP("NextSteps", "Fact Sandwich"),
}


@dataclass(frozen=True)
class Step:
    """One suggested item, resolved: ``item`` is its code (what the library opens), ``kind``
    one of ``KIND_NAMES``, ``pack`` the id of the pack it is in, ``context`` where it stands
    (a practice's place and country, an example's area, a point's section; may be "")."""

    item: str
    kind: str
    title: str
    pack: str
    why: str
    context: str = ""


@dataclass(frozen=True)
class NextSteps:
    """What the packs suggest for one benchmark or dimension (``target``), best first; with
    no steps, ``none_reason`` says why nothing fits (empty if the packs say nothing at all,
    e.g. no guidance pack is loaded)."""

    target: str
    steps: tuple[Step, ...] = ()
    none_reason: str = ""


@dataclass(frozen=True)
class GapSteps:
    """A benchmark below its target with its next steps."""

    gap: Gap
    title: str
    next_steps: NextSteps


@dataclass(frozen=True)
class AssessmentSteps:
    """Every gap of an assessment (gap list order) and every dimension that has a gap
    (the content's order), each with its next steps."""

    gaps: tuple[GapSteps, ...]
    dimensions: tuple[NextSteps, ...]


def next_steps_for(content: Content, target: str) -> NextSteps:
    """The next steps the packs suggest for a benchmark or dimension code."""
    steps = []
    reasons = []
    for suggestion in content.suggestions_for(target):
        if not suggestion.item:
            reasons.append(suggestion.why)
            continue
        step = _step(content, suggestion.item, suggestion.why)
        if step is not None:
            steps.append(step)
    reason = "" if steps else " ".join(_without_codes(content, r) for r in reasons)
    return NextSteps(target, tuple(steps), reason)


_CODE_IN_BRACKETS = re.compile(r"\s*\(([a-z][\w-]*(?:\.[\w-]+)+)\)")


def _without_codes(content: Content, reason: str) -> str:
    """A reason as people read it: "(ex.employment.8)" after the item it names is for the
    pack's reviewers, and left out (the words before it name the item)."""
    return _CODE_IN_BRACKETS.sub(
        lambda m: "" if content.suggested_item(m.group(1)) is not None else m.group(0), reason
    )


def assessment_steps(content: Content, ratings: dict[str, Rating]) -> AssessmentSteps:
    """The next steps for every gap of an assessment rated with ``ratings``, and for every
    dimension one of its benchmarks is below target in."""
    gaps = gap_list(content, ratings)
    titles = {b.code: b.title for b in content.benchmarks}
    with_gaps = {gap.dimension for gap in gaps}
    return AssessmentSteps(
        tuple(
            GapSteps(gap, titles.get(gap.benchmark, ""), next_steps_for(content, gap.benchmark))
            for gap in gaps
        ),
        tuple(
            next_steps_for(content, dimension.code)
            for dimension in content.dimensions
            if dimension.code in with_gaps
        ),
    )


def kind_name(kind: str) -> str:
    """The English name of a kind (translate it with the ``NextSteps`` context)."""
    return KIND_NAMES.get(kind, kind)


def _step(content: Content, code: str, why: str) -> Step | None:
    item = content.suggested_item(code)
    if isinstance(item, Practice):
        pack = content.benchmark_pack
        place = ", ".join(part for part in (item.place, item.country) if part)
        return Step(code, PRACTICE, item.name, pack.id if pack else "", why, place)
    if isinstance(item, GuideItem):
        pack = content.guide_pack_of(code)
        group = content.guide_item(item.group) if item.group else None
        context = group.title if group is not None else ""
        return Step(code, item.kind, item.title or item.text, pack.id if pack else "", why, context)
    return None

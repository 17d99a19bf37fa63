"""A quick win of a guide for local leaders, made into an action of the plan.

One mapping, kept apart from Qt, so that the library's "Add to plan" (and anything else that
ever turns a quick win into an action) fills the same fields the same way, and a test can pin
it without a window.
"""

from __future__ import annotations

from toolbox_desktop.core import limits
from toolbox_desktop.core.content import QUICK_WIN, Benchmark, GuideItem
from toolbox_desktop.core.plan import FUNDING_SOURCES, IDEA, PARTNER_KINDS, SHORT, Action


def action_from_quick_win(item: GuideItem, gap: Benchmark | None = None) -> Action:
    """A new action (not stored, no id) pre-filled from ``item``: its title, its text as the
    description, short term (quick wins are the guide's measures for the first twelve months),
    the first dimension it serves, its partners, its first funding hint, and its code in
    ``guide_item`` so that the action stays linked to it.

    Texts longer than an action may hold are cut at the limit, and partner or funding keys the
    plan does not know are left out (a pack is checked on loading; this keeps the action valid
    whatever a future pack says).

    Added for a ``gap`` (a benchmark below its target whose next steps offered the quick
    win), the action is linked to that benchmark and takes its dimension when the quick win
    serves it."""
    if item.kind != QUICK_WIN:
        raise ValueError(f"{item.code} is a {item.kind}, not a quick win")
    dimension = item.dimensions[0] if item.dimensions else ""
    if gap is not None and gap.dimension in item.dimensions:
        dimension = gap.dimension
    return Action(
        title=item.title.strip()[: limits.ACTION["title"]],
        description=item.text[: limits.ACTION["description"]],
        benchmarks=(gap.code,) if gap is not None else (),
        dimension=dimension,
        partners=tuple(p for p in dict.fromkeys(item.partners) if p in PARTNER_KINDS),
        funding_source=next((f for f in item.funding if f in FUNDING_SOURCES), ""),
        phase=SHORT,
        status=IDEA,
        guide_item=item.code,
    )


def actions_from(actions, code: str) -> list[Action]:
    """The actions made from the quick win ``code``, in the order given."""
    return [action for action in actions if code and action.guide_item == code]

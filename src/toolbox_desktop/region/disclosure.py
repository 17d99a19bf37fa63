"""The disclosure rule of a region (docs/region-format.md, "Disclosure control"), as pure
functions: what may be shown of a group of towns' figures, and why the rest is withheld.

Why: a region pools the self-assessments of towns that agreed to share them to learn where
they stand together, not to be singled out. A median of three towns tells each of them a
great deal about the other two, and a count that is shown beside a total tells what a hidden
count is. So:

1. **No figure from fewer than ``min_towns`` towns** (default 5, never below 3): a group with
   fewer towns shows neither its figures nor how many towns it has.
2. **Nothing computed back**: where groups (the size bands) are shown beside their total (all
   towns), the hidden groups together must hold at least ``min_towns`` towns and be at least
   two; until they do, the smallest shown group is hidden too (*complementary
   suppression*). Otherwise "all towns" minus the shown bands would give the hidden band's
   number of towns, and its share of low levels.
3. **Minimum and maximum** are one town's own value; each is shown only when at least
   ``min_towns`` towns have that very value.
4. Only medians, quartiles and shares are published, never means or sums (a mean of all
   towns and the means of all but one band give the last band's mean).

A town's own figures are shown only to itself: the region view takes them from the user's own
database, never from the region file.
"""

from __future__ import annotations

import statistics
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass

from toolbox_desktop.core.formatting import round_half_up

DEFAULT_MIN_TOWNS = 5
LOWEST_MIN_TOWNS = 3  # with 2, each of two towns reads the other's score from the median

# Why a figure is withheld ("" when it is shown).
SHOWN = ""
FEWER_TOWNS = "fewer-towns"  # the group has fewer than min_towns towns
COMPLEMENTARY = "complementary"  # hidden so that a hidden group cannot be computed back
EXTREME_OF_FEW = "extreme-of-few-towns"  # fewer than min_towns towns have the min (max)


def check_min_towns(value: int) -> int:
    """``value`` if it is a valid threshold; ``ValueError`` otherwise."""
    if isinstance(value, bool) or not isinstance(value, int) or value < LOWEST_MIN_TOWNS:
        raise ValueError(f"min_towns must be a whole number of at least {LOWEST_MIN_TOWNS}")
    return value


@dataclass(frozen=True)
class Distribution:
    """What may be shown of one group's values (dimension scores in percent, or levels).

    Every figure is ``None`` when withheld; ``suppressed`` says why (``FEWER_TOWNS`` or
    ``COMPLEMENTARY``; "" when shown), ``extremes_suppressed`` why the minimum or maximum is
    withheld while the rest is shown."""

    n_towns: int | None
    median: float | None
    q1: float | None
    q3: float | None
    minimum: float | None
    maximum: float | None
    suppressed: str = SHOWN
    extremes_suppressed: str = SHOWN

    @property
    def shown(self) -> bool:
        return not self.suppressed


def withheld(reason: str) -> Distribution:
    return Distribution(None, None, None, None, None, None, reason, reason)


def distribution(
    values: Sequence[float], min_towns: int, decimals: int = 1, reason: str = SHOWN
) -> Distribution:
    """Median and quartiles (linear interpolation between the values, ``statistics.quantiles``
    with ``method="inclusive"``) of one value per town, rounded half up to ``decimals``;
    withheld for ``reason`` or when there are fewer than ``min_towns`` values."""
    if reason or len(values) < min_towns:
        return withheld(reason or FEWER_TOWNS)
    q1, median, q3 = statistics.quantiles(values, n=4, method="inclusive")
    lowest, highest = min(values), max(values)
    minimum = lowest if values.count(lowest) >= min_towns else None
    maximum = highest if values.count(highest) >= min_towns else None
    return Distribution(
        len(values),
        _rounded(median, decimals),
        _rounded(q1, decimals),
        _rounded(q3, decimals),
        _rounded(minimum, decimals),
        _rounded(maximum, decimals),
        SHOWN,
        SHOWN if minimum is not None and maximum is not None else EXTREME_OF_FEW,
    )


def group_reasons(counts: Mapping[Hashable, int], min_towns: int) -> dict[Hashable, str]:
    """Why each group of ``counts`` (towns per group, each at least 1, in the order shown)
    is withheld ("" when shown), given that their total is shown when it has ``min_towns``
    towns: rules 1 and 2 of the module's docstring."""
    if sum(counts.values()) < min_towns:
        return {key: FEWER_TOWNS for key in counts}
    reasons = {key: FEWER_TOWNS if n < min_towns else SHOWN for key, n in counts.items()}
    order = {key: position for position, key in enumerate(counts)}

    def hidden() -> list[Hashable]:
        return [key for key, reason in reasons.items() if reason]

    while hidden():
        towns = sum(counts[key] for key in hidden())
        if len(hidden()) >= 2 and towns >= min_towns:
            break
        shown = [key for key, reason in reasons.items() if not reason]
        if not shown:
            break
        smallest = min(shown, key=lambda key: (counts[key], order[key]))
        reasons[smallest] = COMPLEMENTARY
    return reasons


def total_reason(counts: Mapping[Hashable, int], min_towns: int) -> str:
    """Why the total of ``counts`` is withheld ("" when shown)."""
    return FEWER_TOWNS if sum(counts.values()) < min_towns else SHOWN


def share(count: int, of: int, decimals: int = 1) -> float | None:
    """``count`` of ``of`` in percent, rounded half up."""
    return _rounded(100.0 * count / of, decimals) if of else None


def percentile_rank(values: Sequence[float], own: float | None, min_towns: int) -> float | None:
    """Where ``own`` stands among ``values`` (one per town): the percentage of towns below
    it, plus half of those with the same value, rounded half up to a whole percent; ``None``
    when there is no own value or fewer than ``min_towns`` values (the distribution itself
    could not be shown)."""
    if own is None or len(values) < min_towns:
        return None
    below = sum(1 for value in values if value < own)
    same = sum(1 for value in values if value == own)
    return _rounded(100.0 * (below + same / 2) / len(values), 0)


def _rounded(value: float | None, decimals: int) -> float | None:
    return None if value is None else float(round_half_up(value, decimals))

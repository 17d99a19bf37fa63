"""Remember what a pure formatting function wrote for the same arguments.

Why: a table paints every visible cell again on each scroll, sort, selection and repaint,
and each cell's number, amount or date goes through Babel (tens of microseconds each): the
dashboard, the budget tab and the workshop tables asked for the same few hundred texts tens
of thousands of times. The arguments are told apart by their type and exact value
(``repr``), not by equality alone: 1, 1.0 and Decimal("1.0") are equal to Python but are
written differently ("1", "1", "1.0"), and so are 0.0 and -0.0.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps
from typing import TypeVar

Result = TypeVar("Result")

MOST = 16_384  # texts kept per function: a plan of 10,000 actions' amounts and dates


def remembered(function: Callable[..., Result]) -> Callable[..., Result]:
    """``function`` (pure: its text depends on its arguments alone), remembering its last
    ``MOST`` answers. Safe on several threads (reports are built on workers)."""

    @lru_cache(maxsize=MOST)
    def answer(key: tuple, args: tuple, kwargs: tuple) -> Result:
        return function(*args, **dict(kwargs))

    @wraps(function)
    def wrapper(*args, **kwargs):
        key = tuple((type(arg), repr(arg)) for arg in args) + tuple(
            (name, type(arg), repr(arg)) for name, arg in sorted(kwargs.items())
        )
        try:
            return answer(key, args, tuple(sorted(kwargs.items())))
        except TypeError:  # an argument that cannot be remembered (unhashable): as it is
            return function(*args, **kwargs)

    wrapper.cache_clear = answer.cache_clear  # type: ignore[attr-defined]
    return wrapper

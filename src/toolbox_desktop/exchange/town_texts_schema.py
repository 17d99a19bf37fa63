"""The checkers of the town's own texts, which package format version 2 added to a
municipality package: ``fact_sandwiches.json`` and ``advocacy_addressees.json``
(``docs/package-format.md``). Kept apart from ``package_schema`` (which uses them) so that
each module stays small; the limits are the app's own (``core.limits``, the addressees'
repository), so a package holds exactly what the app can store.
"""

from __future__ import annotations

from collections.abc import Iterable

from toolbox_desktop.core import limits as lim
from toolbox_desktop.exchange import errors as e
from toolbox_desktop.exchange import fields as f
from toolbox_desktop.storage.advocacy_addressees import LEVELS, OTHER
from toolbox_desktop.storage.advocacy_addressees import LIMITS as ADDRESSEE_LIMITS

# Typed on several lines in the app (a QPlainTextEdit): they keep their line breaks and tabs;
# a topic, a name or a sender is one line (a line break becomes a space).
MULTILINE = frozenset({"fact", "myth", "why_wrong", "fact_again", "address"})
FACT_SANDWICH = {
    name: f.text(most, multiline=name in MULTILINE) for name, most in lim.FACT_SANDWICH.items()
}
ADDRESSEE = {
    name: f.text(most, multiline=name in MULTILINE)
    for name, most in ADDRESSEE_LIMITS.items()
    if name != "level"  # one of LEVELS, checked as a choice
}


def fact_sandwiches() -> f.Check:
    """A list of fact sandwiches, each with its uid (unique in the package)."""
    return f.list_of(
        f.record(
            {
                "uid": (f.uid, f.REQUIRED),
                **{name: (check, "") for name, check in FACT_SANDWICH.items()},
            }
        ),
        unique=lambda item: item["uid"],
        what=e.WHAT_FACT_SANDWICH,
        most=lim.FACT_SANDWICHES_PER_PACKAGE,
    )


def addressees(dimensions: Iterable[str]) -> f.Check:
    """One addressee per dimension of this app's content (or ``other``); never all empty, as
    the app keeps no empty one (importing it would remove the one set here)."""
    return f.list_of(
        f.record(
            {
                "dimension": (f.choice((*sorted(dimensions), OTHER)), f.REQUIRED),
                "level": (f.choice(("", *LEVELS)), ""),
                **{name: (check, "") for name, check in ADDRESSEE.items()},
            },
            then=_addressee_set,
        ),
        unique=lambda item: item["dimension"],
        what=e.WHAT_ADDRESSEE,
    )


def _addressee_set(item: dict) -> dict:
    if not any(item[name].strip() for name in ADDRESSEE) and not item["level"]:
        raise f.located(f.InvalidValueError(e.DETAIL_EMPTY), "name")
    return item

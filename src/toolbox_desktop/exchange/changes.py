"""The changes an import makes, item by item: what a preview shows and what is written."""

from __future__ import annotations

from dataclasses import dataclass

from toolbox_desktop.core.i18n import Message
from toolbox_desktop.exchange.snapshot import Local

ADD, UPDATE, UNCHANGED, KEPT = "add", "update", "unchanged", "kept"
PROFILE, ASSESSMENT, ACTION, INDICATOR = "profile", "assessment", "action", "indicator"
ANNUAL_TEXTS, PEER_ASSESSMENT, PARTICIPANT = "annual-texts", "peer-assessment", "participant"
FACT_SANDWICH, ADDRESSEE = "fact-sandwich", "advocacy-addressee"  # format version 2
RESTORED = "restored"  # a pseudo-field: the item was deleted here and comes back


@dataclass(frozen=True)
class Change:
    """What importing does to one item.

    ``item`` is one of PROFILE, ASSESSMENT, ACTION, INDICATOR, ANNUAL_TEXTS, PEER_ASSESSMENT,
    PARTICIPANT, FACT_SANDWICH, ADDRESSEE; ``key`` its uid (the year for annual texts,
    "profile" for the profile, the dimension code for an addressee);
    ``label`` what the user knows it by (title, name, year; empty for an anonymous
    participant and for an addressee with only its level, which is named by its dimension,
    ``key``); ``action`` ADD, UPDATE,
    UNCHANGED or KEPT (a final assessment the package would change); ``fields`` the fields
    that change (RESTORED when a deleted item comes back); ``details`` the benchmark codes
    whose ratings are added or change; ``note`` a message for the user, if any;
    ``kept_later`` whether something changed here after the package was made is kept
    (the user may choose to replace it: ``preview_import(replace_later=True)``);
    ``kept_fields`` the fields changed here after the package was made (kept, or replaced as
    the user chose); ``kept_ratings`` likewise the benchmarks whose rating was."""

    item: str
    key: str
    label: str
    action: str
    fields: tuple[str, ...] = ()
    details: tuple[str, ...] = ()
    note: Message | None = None
    kept_later: bool = False
    kept_fields: tuple[str, ...] = ()
    kept_ratings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Step:
    """One change with what to write: the record as it will be stored, and the local row."""

    change: Change
    record: dict | None = None
    local: Local | None = None

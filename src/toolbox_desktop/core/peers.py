"""Other municipalities' anonymised assessments ("peers"), compared with one's own.

A peer is known only by what an anonymised package carries: the municipality's name (which
may be empty), country, kind of place and population, and one assessment's title, date and
ratings. It is labelled by kind and size, because that is what makes a comparison fair: a
rural area of 3,000 people is not measured against a city. Peer ratings live in their own
tables and never enter one's own scores.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from toolbox_desktop.core import formatting
from toolbox_desktop.core.assessment import PLACE_KIND_NAMES, Rating
from toolbox_desktop.core.content import Content
from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP
from toolbox_desktop.core.scoring import compute_scores

CTX = "Peers"
# The kind of place when the package does not say (or names a kind this version lacks).
MSG_UNKNOWN_KIND = QT_TRANSLATE_NOOP("Peers", "Municipality")
MSG_INHABITANTS = QT_TRANSLATE_NOOP("Peers", "{population} inhabitants")
MSG_POPULATION_UNKNOWN = QT_TRANSLATE_NOOP("Peers", "population unknown")
MSG_LABEL = QT_TRANSLATE_NOOP("Peers", "{kind}, {size}")
# Kind names are the profile's own, so a peer's kind reads as one's own profile says it.
KIND_CONTEXT = "Profile"

Translate = Callable[[str, str], str]


def _english(context: str, text: str) -> str:
    del context
    return text


def _english_number(value: int) -> str:
    return formatting.format_number(value, "en")


@dataclass(frozen=True)
class PeerAssessment:
    """One imported assessment of another municipality (read-only in this app)."""

    id: int
    uid: str
    municipality: str
    country: str
    kind: str
    population: int | None
    title: str
    assessed_on: str  # ISO date
    imported_at: str


def peer_kind_name(peer: PeerAssessment, translate: Translate = _english) -> str:
    template = PLACE_KIND_NAMES.get(peer.kind)
    if template is None:
        return translate(CTX, MSG_UNKNOWN_KIND)
    return translate(KIND_CONTEXT, template)


def peer_size(
    peer: PeerAssessment,
    translate: Translate = _english,
    number: Callable[[int], str] = _english_number,
) -> str:
    if peer.population is None:
        return translate(CTX, MSG_POPULATION_UNKNOWN)
    return translate(CTX, MSG_INHABITANTS).format(population=number(peer.population))


def peer_label(
    peer: PeerAssessment,
    translate: Translate = _english,
    number: Callable[[int], str] = _english_number,
) -> str:
    """Kind and size, e.g. "Small town, 9,100 inhabitants".

    English by default (for the command line and logs); the UI passes
    ``QCoreApplication.translate`` and its locale's number format, so that the same marked
    templates are shown in the user's language.
    """
    return translate(CTX, MSG_LABEL).format(
        kind=peer_kind_name(peer, translate), size=peer_size(peer, translate, number)
    )


def dimension_percentages(content: Content, ratings: dict[str, Rating]) -> dict[str, float | None]:
    """Score per dimension in percent (None without a counted rating), in content order.

    The same rules as one's own dashboard (``compute_scores``), so that peer and own numbers
    mean the same thing."""
    scores = compute_scores(content, ratings)
    return {d.code: scores.dimensions[d.code].percent for d in content.dimensions}

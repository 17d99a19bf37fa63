"""The scores a region file holds per assessment: overall and per dimension, computed by
``core.scoring.compute_scores`` exactly as the app computes a town's own (the dashboard, the
reports, ``assessment show``), so that a town's figure in the region is the one it sees."""

from __future__ import annotations

from collections.abc import Mapping

from toolbox_desktop.core.assessment import Rating
from toolbox_desktop.core.content import Content
from toolbox_desktop.core.scoring import Score, compute_scores

OVERALL = "overall"  # the scope of the score over every benchmark


def scope_scores(content: Content, ratings: Mapping[str, Rating]) -> dict[str, Score]:
    """``OVERALL`` and each dimension's code, in content order, with its ``Score``."""
    scores = compute_scores(content, dict(ratings))
    return {OVERALL: scores.overall} | {
        d.code: scores.dimensions[d.code] for d in content.dimensions
    }


def own_percentages(content: Content, ratings: Mapping[str, Rating]) -> dict[str, float | None]:
    """A town's own scores in percent per scope (None without a counted rating): what
    ``queries.standing`` places in the region's distribution."""
    return {scope: score.percent for scope, score in scope_scores(content, ratings).items()}

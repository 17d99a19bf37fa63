"""What ``toolbox-desktop assessment`` prints: scores as numbers (JSON) and as the dashboard
words them (text). Imported when the command runs, not for every command (``assessment``)."""

from __future__ import annotations

import json
import sys

from toolbox_desktop.cli.translation import formats_locale
from toolbox_desktop.core.assessment import EXCLUSION_NAMES, LEVEL_NAMES, PRIORITY_NAMES
from toolbox_desktop.core.formatting import format_iso_date, format_percent, round_half_up
from toolbox_desktop.core.scoring import EXCLUDED, NOT_APPLICABLE, OUTSIDE, Score


def score_dict(score: Score) -> dict:
    return {
        "percent": _round(score.percent),
        "target_percent": _round(score.target_percent),
        "target_reached": _round(score.target_reached),
        "total": score.total,
        "rated": score.rated,
        "counted": score.counted,
        "excluded": score.excluded,
        "unrated": score.unrated,
    }


def _round(value: float | None) -> float | None:
    return None if value is None else float(round_half_up(value, 1))


def percent_text(value: float | None) -> str:
    """A whole percentage rounded half up, as on screen and in the PDF (62.5 -> "63 %")."""
    return format_percent(value, formats_locale(), missing="—")


def dump_json(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    print()


# Why a group has no score, as the window says it (a group not rated yet prints "—").
_MISSING = {
    NOT_APPLICABLE: "not applicable",
    OUTSIDE: "outside our competence",
    EXCLUDED: "excluded",
}


def _counts(score: Score) -> str:
    """How many are rated with a level, of all, and how many are excluded ("3 of 68 rated",
    "0 of 14 rated, 14 excluded"): an exclusion is not counted as rated."""
    return f"{score.counted} of {score.total} rated{excluded_text(score.excluded)}"


def excluded_text(count: int) -> str:
    return f", {count} excluded" if count else ""


def _rating_text(rating) -> str:
    if rating is None or not rating.is_rated:
        return "not rated"
    if rating.exclusion:
        return EXCLUSION_NAMES[rating.exclusion]
    return f"{rating.level} {LEVEL_NAMES[rating.level]}"


def print_assessment(content, assessment, ratings, scores, gaps) -> None:
    assessed_on = format_iso_date(assessment.assessed_on, formats_locale())
    print(f"{assessment.title} ({assessed_on}, {assessment.status})")
    if assessment.participants:
        print(f"Participants: {assessment.participants}")
    overall = scores.overall
    print(
        f"Overall: {percent_text(overall.percent)}  target {percent_text(overall.target_percent)}  "
        f"target reached {percent_text(overall.target_reached)}  "
        f"({_counts(overall)})"
    )
    for dimension in content.dimensions:
        score = scores.dimensions[dimension.code]
        state = _MISSING.get(score.missing) or percent_text(score.percent)
        print(f"\n{dimension.number}. {dimension.title}: {state} ({_counts(score)})")
        for subtheme in content.subthemes_of(dimension.code):
            print(f"  {subtheme.title}: {percent_text(scores.subthemes[subtheme.code].percent)}")
            for benchmark in content.benchmarks_of(subtheme.code):
                rating = ratings.get(benchmark.code)
                target = f" -> {rating.target}" if rating and rating.target is not None else ""
                print(f"    {benchmark.code:<28} {_rating_text(rating)}{target}")
    if gaps:
        print("\nLargest gaps (target - current, weighted by priority):")
        for gap in gaps:
            print(
                f"  {gap.benchmark:<28} {gap.level} -> {gap.target}  "
                f"priority {PRIORITY_NAMES[gap.priority].lower()}  weighted {gap.weighted}"
            )

"""What ``toolbox-desktop assessment`` prints: scores as numbers (JSON) and as the dashboard
words them (text). Imported when the command runs, not for every command (``assessment``)."""

from __future__ import annotations

import json
import sys

from toolbox_desktop.cli.translation import (
    QT_TRANSLATE_NOOP,
    current_translate,
    formats_locale,
    tr,
)
from toolbox_desktop.core.assessment import EXCLUSION_NAMES, FINAL, LEVEL_NAMES, PRIORITY_NAMES
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
    NOT_APPLICABLE: QT_TRANSLATE_NOOP("CommandLine", "not applicable"),
    OUTSIDE: QT_TRANSLATE_NOOP("CommandLine", "outside our competence"),
    EXCLUDED: QT_TRANSLATE_NOOP("CommandLine", "excluded"),
}
MSG_RATED = QT_TRANSLATE_NOOP("CommandLine", "{counted} of {total} rated")
MSG_EXCLUDED = QT_TRANSLATE_NOOP("CommandLine", ", {count} excluded")
MSG_NOT_RATED = QT_TRANSLATE_NOOP("CommandLine", "not rated")
MSG_DRAFT = QT_TRANSLATE_NOOP("CommandLine", "draft")
MSG_FINAL = QT_TRANSLATE_NOOP("CommandLine", "final")
MSG_PARTICIPANTS = QT_TRANSLATE_NOOP("CommandLine", "Participants: {participants}")
MSG_OVERALL = QT_TRANSLATE_NOOP(
    "CommandLine", "Overall: {percent}  target {target}  target reached {reached}  ({counts})"
)
MSG_LARGEST_GAPS = QT_TRANSLATE_NOOP(
    "CommandLine", "Largest gaps (target - current, weighted by priority):"
)
MSG_GAP = QT_TRANSLATE_NOOP(
    "CommandLine", "{level} -> {target}  priority {priority}  weighted {weighted}"
)


def _scale(text: str) -> str:
    """A word of the rating scale (a level, a priority) in the run's language."""
    return current_translate()("RatingScale", text)


def status_text(status: str) -> str:
    return tr(MSG_FINAL) if status == FINAL else tr(MSG_DRAFT)


def _counts(score: Score) -> str:
    """How many are rated with a level, of all, and how many are excluded ("3 of 68 rated",
    "0 of 14 rated, 14 excluded"): an exclusion is not counted as rated."""
    return rated_text(score.counted, score.total, score.excluded)


def rated_text(counted: int, total: int, excluded: int) -> str:
    text = tr(MSG_RATED, counted=counted, total=total)
    return text + (tr(MSG_EXCLUDED, count=excluded) if excluded else "")


def _rating_text(rating) -> str:
    if rating is None or not rating.is_rated:
        return tr(MSG_NOT_RATED)
    if rating.exclusion:
        return _scale(EXCLUSION_NAMES[rating.exclusion])
    return f"{rating.level} {_scale(LEVEL_NAMES[rating.level])}"


def print_assessment(content, assessment, ratings, scores, gaps) -> None:
    assessed_on = format_iso_date(assessment.assessed_on, formats_locale())
    print(f"{assessment.title} ({assessed_on}, {status_text(assessment.status)})")
    if assessment.participants:
        print(tr(MSG_PARTICIPANTS, participants=assessment.participants))
    overall = scores.overall
    print(
        tr(
            MSG_OVERALL,
            percent=percent_text(overall.percent),
            target=percent_text(overall.target_percent),
            reached=percent_text(overall.target_reached),
            counts=_counts(overall),
        )
    )
    for dimension in content.dimensions:
        score = scores.dimensions[dimension.code]
        missing = _MISSING.get(score.missing)
        state = tr(missing) if missing else percent_text(score.percent)
        print(f"\n{dimension.number}. {dimension.title}: {state} ({_counts(score)})")
        for subtheme in content.subthemes_of(dimension.code):
            print(f"  {subtheme.title}: {percent_text(scores.subthemes[subtheme.code].percent)}")
            for benchmark in content.benchmarks_of(subtheme.code):
                rating = ratings.get(benchmark.code)
                target = f" -> {rating.target}" if rating and rating.target is not None else ""
                print(f"    {benchmark.code:<28} {_rating_text(rating)}{target}")
    if gaps:
        print("\n" + tr(MSG_LARGEST_GAPS))
        for gap in gaps:
            line = tr(
                MSG_GAP,
                level=gap.level,
                target=gap.target,
                priority=_scale(PRIORITY_NAMES[gap.priority]).lower(),
                weighted=gap.weighted,
            )
            print(f"  {gap.benchmark:<28} {line}")

"""`toolbox-desktop assessment list|show|suggest`: read assessments, ratings and scores
headless, and the next steps for an assessment's gaps (``cli/suggestions.py``).

The output is what the dashboard shows, so that scripts and tests can read results.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict

from toolbox_desktop.cli.exit_codes import EXIT_ERROR, EXIT_OK
from toolbox_desktop.cli.translation import MSG_NO_ASSESSMENT_WITH_ID, QT_TRANSLATE_NOOP, tr
from toolbox_desktop.core.assessment import EXCLUSION_NAMES, LEVEL_NAMES, PRIORITY_NAMES
from toolbox_desktop.core.formatting import format_iso_date, format_percent, round_half_up
from toolbox_desktop.core.scoring import (
    EXCLUDED,
    NOT_APPLICABLE,
    OUTSIDE,
    Score,
    compute_scores,
    gap_list,
)
from toolbox_desktop.system_locale import system_locale

MSG_NO_ASSESSMENTS = QT_TRANSLATE_NOOP("CommandLine", "No assessments yet.")


def add_parsers(commands, db_option: argparse.ArgumentParser) -> None:
    assessment = commands.add_parser("assessment", help="list assessments or show one")
    actions = assessment.add_subparsers(dest="assessment_command", metavar="ACTION")
    actions.required = True
    listing = actions.add_parser("list", parents=[db_option], help="list the assessments")
    listing.add_argument("--format", choices=("text", "json"), default="text")
    show = actions.add_parser(
        "show", parents=[db_option], help="show an assessment's ratings and scores"
    )
    show.add_argument("id", type=int, metavar="ID")
    show.add_argument("--format", choices=("text", "json"), default="text")
    suggest = actions.add_parser(
        "suggest",
        parents=[db_option],
        help="the next steps the content packs suggest for each gap of an assessment",
    )
    suggest.add_argument("id", type=int, metavar="ID")
    suggest.add_argument("--format", choices=("text", "json"), default="text")


def run(args: argparse.Namespace, workspace) -> int:
    from toolbox_desktop.storage.assessment_repository import (
        AssessmentNotFoundError,
        AssessmentRepository,
    )

    repository = AssessmentRepository(workspace.conn)
    content = workspace.content
    if args.assessment_command == "list":
        rows = []
        for assessment in repository.assessments():
            scores = compute_scores(content, repository.ratings(assessment.id))
            rows.append({**asdict(assessment), "scores": {"overall": score_dict(scores.overall)}})
        if args.format == "json":
            _dump(rows)
        elif not rows:
            print(tr(MSG_NO_ASSESSMENTS))
        for row in rows if args.format == "text" else []:
            overall = row["scores"]["overall"]
            print(
                f"{row['id']:>4}  {row['assessed_on']}  {row['status']:<5}  "
                f"{_percent(overall['percent']):>6}  {overall['counted']:>2} of "
                f"{overall['total']} rated{_excluded(overall['excluded'])}  {row['title']}"
            )
        return EXIT_OK
    try:
        assessment = repository.assessment(args.id)
    except AssessmentNotFoundError:
        print(f"error: {tr(MSG_NO_ASSESSMENT_WITH_ID, id=args.id)}", file=sys.stderr)
        return EXIT_ERROR
    ratings = repository.ratings(assessment.id)
    if args.assessment_command == "suggest":
        from toolbox_desktop.cli.suggestions import print_suggestions

        return print_suggestions(content, assessment, ratings, args.format)
    scores = compute_scores(content, ratings)
    gaps = gap_list(content, ratings)
    if args.format == "json":
        _dump(
            {
                "assessment": asdict(assessment),
                "profile": {
                    **asdict(repository.profile()),
                    "competences": sorted(repository.profile().competences),
                },
                "scores": {
                    "overall": score_dict(scores.overall),
                    "dimensions": {k: score_dict(v) for k, v in scores.dimensions.items()},
                    "subthemes": {k: score_dict(v) for k, v in scores.subthemes.items()},
                },
                "ratings": [
                    {**asdict(ratings[b.code]), "links": list(ratings[b.code].links)}
                    for b in content.benchmarks
                    if b.code in ratings
                ],
                "gaps": [{**asdict(g), "gap": g.gap, "weighted": g.weighted} for g in gaps],
            }
        )
        return EXIT_OK
    _print_assessment(content, assessment, ratings, scores, gaps)
    return EXIT_OK


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


def _percent(value: float | None) -> str:
    """A whole percentage rounded half up, as on screen and in the PDF (62.5 -> "63 %")."""
    return format_percent(value, system_locale(), missing="—")


def _dump(data) -> None:
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
    return f"{score.counted} of {score.total} rated{_excluded(score.excluded)}"


def _excluded(count: int) -> str:
    return f", {count} excluded" if count else ""


def _rating_text(rating) -> str:
    if rating is None or not rating.is_rated:
        return "not rated"
    if rating.exclusion:
        return EXCLUSION_NAMES[rating.exclusion]
    return f"{rating.level} {LEVEL_NAMES[rating.level]}"


def _print_assessment(content, assessment, ratings, scores, gaps) -> None:
    assessed_on = format_iso_date(assessment.assessed_on, system_locale())
    print(f"{assessment.title} ({assessed_on}, {assessment.status})")
    if assessment.participants:
        print(f"Participants: {assessment.participants}")
    overall = scores.overall
    print(
        f"Overall: {_percent(overall.percent)}  target {_percent(overall.target_percent)}  "
        f"target reached {_percent(overall.target_reached)}  "
        f"({_counts(overall)})"
    )
    for dimension in content.dimensions:
        score = scores.dimensions[dimension.code]
        state = _MISSING.get(score.missing) or _percent(score.percent)
        print(f"\n{dimension.number}. {dimension.title}: {state} ({_counts(score)})")
        for subtheme in content.subthemes_of(dimension.code):
            print(f"  {subtheme.title}: {_percent(scores.subthemes[subtheme.code].percent)}")
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

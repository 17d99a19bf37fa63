"""`toolbox-desktop assessment list|show|suggest`: read assessments, ratings and scores
headless, and the next steps for an assessment's gaps (``cli/suggestions.py``).

The output is what the dashboard shows, so that scripts and tests can read results. The
parser is added when the command is given or the whole command line is built
(``cli.build_parser``), so this module imports only argparse; scoring and the output
(``assessment_output``) are imported when the command runs.
"""

from __future__ import annotations

import argparse

from toolbox_desktop.cli.exit_codes import EXIT_ERROR, EXIT_OK
from toolbox_desktop.cli.translation import (
    MSG_NO_ASSESSMENT_WITH_ID,
    QT_TRANSLATE_NOOP,
    print_error,
    tr,
)

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
    from dataclasses import asdict

    from toolbox_desktop.cli.assessment_output import (
        dump_json,
        percent_text,
        print_assessment,
        rated_text,
        score_dict,
        status_text,
    )
    from toolbox_desktop.cli.translation import formats_locale
    from toolbox_desktop.core.assessment import DRAFT, FINAL
    from toolbox_desktop.core.formatting import format_iso_date
    from toolbox_desktop.core.scoring import compute_scores, gap_list
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
            dump_json(rows)
        elif not rows:
            print(tr(MSG_NO_ASSESSMENTS))
        width = max(len(status_text(status)) for status in (DRAFT, FINAL))
        for row in rows if args.format == "text" else []:
            overall = row["scores"]["overall"]
            counts = rated_text(overall["counted"], overall["total"], overall["excluded"])
            print(
                f"{row['id']:>4}  {format_iso_date(row['assessed_on'], formats_locale())}  "
                f"{status_text(row['status']):<{width}}  {percent_text(overall['percent']):>6}  "
                f"{counts}  {row['title']}"
            )
        return EXIT_OK
    try:
        assessment = repository.assessment(args.id)
    except AssessmentNotFoundError:
        print_error(tr(MSG_NO_ASSESSMENT_WITH_ID, id=args.id))
        return EXIT_ERROR
    ratings = repository.ratings(assessment.id)
    if args.assessment_command == "suggest":
        from toolbox_desktop.cli.suggestions import print_suggestions

        return print_suggestions(content, assessment, ratings, args.format)
    scores = compute_scores(content, ratings)
    gaps = gap_list(content, ratings)
    if args.format == "json":
        dump_json(
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
    print_assessment(content, assessment, ratings, scores, gaps)
    return EXIT_OK

"""The self-assessment as a spreadsheet: one row per benchmark (its place, text, rating,
target, priority, exclusion, evidence and notes) and a sheet of scores, overall and per
dimension, now and at the targets.

The level is written twice: as its number (to filter, sort and average) and as the scale's
words in the user's language (to read); an excluded benchmark has no level and says why.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from toolbox_desktop.core.assessment import EXCLUSION_NAMES, LEVEL_NAMES, PRIORITY_NAMES
from toolbox_desktop.core.scoring import Score, compute_scores
from toolbox_desktop.exchange.sheets import cells
from toolbox_desktop.exchange.sheets.columns import (
    ASSESSMENT_COLUMNS,
    CTX,
    OVERALL,
    SCORE_COLUMNS,
    SHEET_BENCHMARKS,
    SHEET_SCORES,
)
from toolbox_desktop.exchange.sheets.plan_sheet import _sheet_name

if TYPE_CHECKING:
    from toolbox_desktop.core.content import Content

MULTILINE = ("benchmark", "evidence", "notes")
PERCENT = "0.0%"


def write_assessment_sheet(content: Content, data: dict, path: Path, options) -> None:
    """The registry's ``xlsx`` writer of the self-assessment report."""
    from openpyxl import Workbook

    translate = options.translate
    ratings = data["ratings"]
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _sheet_name(translate(CTX, SHEET_BENCHMARKS))
    cells.header_row(sheet, [translate(CTX, header) for _key, header in ASSESSMENT_COLUMNS])
    numbers = content.benchmark_numbers
    dimensions = {d.code: f"{d.number}. {d.title}" for d in content.dimensions}
    subthemes = {s.code: s.title for s in content.subthemes}
    row = 2
    for dimension in content.dimensions:
        for subtheme in content.subthemes_of(dimension.code):
            for benchmark in content.benchmarks_of(subtheme.code):
                rating = ratings.get(benchmark.code)
                level = None if rating is None or rating.exclusion else rating.level
                values = {
                    "dimension": dimensions[dimension.code],
                    "subtheme": subthemes[subtheme.code],
                    "number": numbers.get(benchmark.code, ""),
                    "code": benchmark.code,
                    "benchmark": benchmark.text or benchmark.title,
                    "level": level,
                    "level_name": translate("RatingScale", LEVEL_NAMES[level])
                    if level is not None
                    else "",
                    "target": rating.target if rating else None,
                    "priority": translate("RatingScale", PRIORITY_NAMES[rating.priority])
                    if rating and rating.priority in PRIORITY_NAMES
                    else "",
                    "exclusion": translate("RatingScale", EXCLUSION_NAMES[rating.exclusion])
                    if rating and rating.exclusion in EXCLUSION_NAMES
                    else "",
                    "evidence": rating.evidence if rating else "",
                    "notes": rating.notes if rating else "",
                }
                for column, (key, _header) in enumerate(ASSESSMENT_COLUMNS, start=1):
                    cells.put(sheet, row, column, values[key], key in MULTILINE)
                row += 1
    cells.finish(sheet, {5: 60, 11: 50, 12: 50})
    scores = workbook.create_sheet(_sheet_name(translate(CTX, SHEET_SCORES)))
    _scores(scores, content, ratings, translate)
    workbook.save(path)


def _scores(sheet, content: Content, ratings: dict, translate) -> None:
    scores = compute_scores(content, ratings)
    cells.header_row(sheet, [translate(CTX, header) for _key, header in SCORE_COLUMNS])
    rows: list[tuple[str, Score]] = [(translate(CTX, OVERALL), scores.overall)]
    rows += [(f"{d.number}. {d.title}", scores.dimensions[d.code]) for d in content.dimensions]
    for row, (name, score) in enumerate(rows, start=2):
        values = (
            name,
            None if score.percent is None else score.percent / 100,
            None if score.target_percent is None else score.target_percent / 100,
            score.counted,
            score.excluded,
            score.total,
        )
        for column, value in enumerate(values, start=1):
            cell = cells.put(sheet, row, column, value)
            if column in (2, 3):
                cell.number_format = PERCENT
    cells.finish(sheet)

"""How the assessment report writes numbers, ratings and user text.

The numbers read as on the dashboard (whole percentages rounded half away from zero, "58 %",
changes in points as the difference of the two shown scores), so a printed report and the
screen never disagree. User text goes into paragraphs through ``long_text``, and a table
cell (which cannot span pages) never gets it whole.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.platypus import Table

from toolbox_desktop.core import formatting, scoring
from toolbox_desktop.core.assessment import EXCLUSION_NAMES, LEVEL_NAMES, PRIORITY_NAMES, Rating
from toolbox_desktop.core.content import Content
from toolbox_desktop.core.formatting import rounded
from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP
from toolbox_desktop.core.scoring import Score
from toolbox_desktop.reports.document import HEADER_FILL, Heading, ReportOptions, grid_table
from toolbox_desktop.reports.worksheet import benchmark_numbers

CTX = "AssessmentReport"
PERCENT = QT_TRANSLATE_NOOP("AssessmentReport", "{percent} %")
NOT_RATED_YET = QT_TRANSLATE_NOOP("AssessmentReport", "not rated yet")
NOT_APPLICABLE = QT_TRANSLATE_NOOP("AssessmentReport", "not applicable")
OUTSIDE_COMPETENCE = QT_TRANSLATE_NOOP("AssessmentReport", "outside our competence")
EXCLUDED = QT_TRANSLATE_NOOP("AssessmentReport", "excluded")
LEVEL = QT_TRANSLATE_NOOP("AssessmentReport", "{level} {name}")
OF = QT_TRANSLATE_NOOP("AssessmentReport", "{rated} of {total}")
DIMENSION = QT_TRANSLATE_NOOP("AssessmentReport", "{number}. {title}")
NONE = "–"
MINUS = "−"


def points_change(before: float | None, after: float | None) -> int | None:
    """The change between two printed scores, so that "45 % → 57 %" reads "+12"."""
    if before is None or after is None:
        return None
    return rounded(after) - rounded(before)


def format_points(points: int | None) -> str:
    if points is None:
        return NONE
    return f"+{points}" if points > 0 else f"{MINUS}{-points}" if points < 0 else "0"


@dataclass(frozen=True)
class Formats:
    """Translated formats for one report (``options.translate`` applied once per template)."""

    options: ReportOptions

    def tr(self, template: str, context: str = CTX) -> str:
        return self.options.translate(context, template)

    def percent(self, value: float | None, missing: str = NONE) -> str:
        if value is None:
            return missing
        return self.tr(PERCENT).format(
            percent=formatting.format_number(rounded(value), self.options.language)
        )

    def no_score(self, score: Score) -> str:
        """Why there is no score, as the window says it (``Score.missing``)."""
        missing = {scoring.NOT_APPLICABLE: NOT_APPLICABLE, scoring.OUTSIDE: OUTSIDE_COMPETENCE}
        missing[scoring.EXCLUDED] = EXCLUDED
        return self.tr(missing.get(score.missing, NOT_RATED_YET))

    def score(self, score: Score) -> str:
        return self.percent(score.percent, self.no_score(score))

    def rated(self, score: Score) -> str:
        language = self.options.language
        return self.tr(OF).format(
            rated=formatting.format_number(score.counted, language),  # with a level
            total=formatting.format_number(score.total, language),
        )

    def level(self, level: int | None) -> str:
        if level is None:
            return NONE
        if level not in LEVEL_NAMES:  # not on the scale (a hand-edited file): the number
            return str(level)
        name = self.tr(LEVEL_NAMES[level], "RatingScale")
        return self.tr(LEVEL).format(level=level, name=name)

    def rating(self, rating: Rating | None) -> str:
        """ "3 Largely in place", "Not applicable", "Outside our competence" or "not rated yet"."""
        if rating is None or not rating.is_rated:
            return self.tr(NOT_RATED_YET)
        if rating.exclusion:
            return self.tr(EXCLUSION_NAMES.get(rating.exclusion, rating.exclusion), "RatingScale")
        return self.level(rating.level)

    def priority(self, priority: int) -> str:
        return self.tr(PRIORITY_NAMES.get(priority, str(priority)), "RatingScale")

    def dimension(self, content: Content, code: str) -> str:
        dimension = content.dimension(code)
        if dimension is None:
            return code
        return self.tr(DIMENSION).format(number=dimension.number, title=dimension.title)


def all_numbers(content: Content) -> dict[str, str]:
    """Benchmark code -> number as on screen ("2.1.3"), for every dimension."""
    return {
        benchmark.code: number
        for dimension in content.dimensions
        for number, benchmark in benchmark_numbers(content, dimension.code)
    }


def heading(text: str, style, level: int) -> Heading:
    """A heading that is also a line of the contents list."""
    return Heading(text, style, level)


def key_table(rows: list[list], widths: list[float]) -> Table:
    """A two-column table of labels (shaded) and values, without a header row."""
    table = grid_table(rows, widths, header_rows=0)
    table.setStyle(
        [
            ("BACKGROUND", (0, 0), (-1, -1), colors.white),
            ("BACKGROUND", (0, 0), (0, -1), HEADER_FILL),
        ]
    )
    return table

"""The assessment report's last sections: the comparison with an earlier assessment, and the
annex that explains the scores in the same words as the app's help and the README, so that
the printed numbers can be checked by hand without the app.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak

from toolbox_desktop.core import formatting
from toolbox_desktop.core.assessment import (
    LEVEL_DESCRIPTIONS,
    LEVELS,
    NOT_APPLICABLE,
    OUTSIDE_COMPETENCE,
    Assessment,
    Rating,
)
from toolbox_desktop.core.comparison import (
    DOWN,
    NEWLY_RATED,
    NO_LONGER_RATED,
    NOT_COMPARABLE,
    UP,
    Comparison,
    compare,
)
from toolbox_desktop.core.content import Content
from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP
from toolbox_desktop.reports.assessment_format import (
    Formats,
    all_numbers,
    format_points,
    heading,
    key_table,
    points_change,
)
from toolbox_desktop.reports.document import Styles, cell_values, grid_table, spacer
from toolbox_desktop.reports.long_text import text_paragraphs
from toolbox_desktop.reports.paragraph import Paragraph
from toolbox_desktop.reports.text import markup

COMPARISON = QT_TRANSLATE_NOOP("AssessmentReport", "Comparison with an earlier assessment")
EARLIER_LINE = QT_TRANSLATE_NOOP("AssessmentReport", "Earlier: {title} ({date})")
LATER_LINE = QT_TRANSLATE_NOOP("AssessmentReport", "Now: {title} ({date})")
DIMENSION = QT_TRANSLATE_NOOP("AssessmentReport", "Dimension")
EARLIER = QT_TRANSLATE_NOOP("AssessmentReport", "Earlier")
LATER = QT_TRANSLATE_NOOP("AssessmentReport", "Now")
CHANGE = QT_TRANSLATE_NOOP("AssessmentReport", "Change (points)")
LEVEL_CHANGE = QT_TRANSLATE_NOOP("AssessmentReport", "Change (levels)")
ALL = QT_TRANSLATE_NOOP("AssessmentReport", "All benchmarks")
NUMBER = QT_TRANSLATE_NOOP("AssessmentReport", "No.")
BENCHMARK = QT_TRANSLATE_NOOP("AssessmentReport", "Benchmark")
WENT_UP = QT_TRANSLATE_NOOP("AssessmentReport", "Benchmarks that went up")
WENT_DOWN = QT_TRANSLATE_NOOP("AssessmentReport", "Benchmarks that went down")
NONE_UP = QT_TRANSLATE_NOOP("AssessmentReport", "No benchmark went up.")
NONE_DOWN = QT_TRANSLATE_NOOP("AssessmentReport", "No benchmark went down.")
OTHER_CHANGES = QT_TRANSLATE_NOOP(
    "AssessmentReport",
    "Newly rated: {new}. No longer rated: {gone}. Not comparable (excluded in one assessment "
    "only, or excluded for another reason): {other}.",
)
ANNEX = QT_TRANSLATE_NOOP("AssessmentReport", "Annex: how scores are computed")
RULES = (
    QT_TRANSLATE_NOOP(
        "AssessmentReport",
        "Each benchmark is rated on five levels: 0 not in place, 1 planned or ad hoc, "
        "2 partly in place, 3 largely in place, 4 fully in place and evaluated.",
    ),
    QT_TRANSLATE_NOOP(
        "AssessmentReport",
        'Only benchmarks rated with a level count. "Not applicable" and "outside our '
        'competence" are left out of the calculation, and so are benchmarks not rated yet; '
        "the report always says how many are rated.",
    ),
    QT_TRANSLATE_NOOP(
        "AssessmentReport",
        "Score = sum of the levels ÷ (4 × number of counted benchmarks) × 100 %. This is done "
        "for each sub-theme, each dimension and overall. Every benchmark weighs the same, so a "
        "dimension's score is not the average of its sub-themes.",
    ),
    QT_TRANSLATE_NOOP(
        "AssessmentReport",
        "Target score = sum of the targets ÷ (4 × counted benchmarks) × 100 %. A benchmark "
        "without a target counts with its current level (no change planned). A target below "
        "the current level is shown as entered.",
    ),
    QT_TRANSLATE_NOOP(
        "AssessmentReport",
        "Target reached = sum of the levels, each counted at most up to its target, ÷ sum of "
        "the targets × 100 %, over the benchmarks that have a target above 0. A benchmark "
        "already at or above its target counts as fully reached.",
    ),
    QT_TRANSLATE_NOOP(
        "AssessmentReport",
        "Gap = target − current level, where the target is higher. The gap list multiplies "
        "each gap by its priority (low 1, medium 2, high 3) and shows the largest first.",
    ),
    QT_TRANSLATE_NOOP(
        "AssessmentReport",
        'A group with no counted benchmark has no score and says why: "not rated yet"; "not '
        'applicable" or "outside our competence" when every benchmark in it was excluded for '
        'that reason; "excluded" when for both. Excluded benchmarks are not counted as rated.',
    ),
    QT_TRANSLATE_NOOP(
        "AssessmentReport",
        "Percentages are rounded to whole numbers (half up: 62.5 % is 63 %); a change in points is "
        "the difference of the two rounded scores.",
    ),
    QT_TRANSLATE_NOOP(
        "AssessmentReport",
        "Example: three benchmarks rated 4, 1 and 2 and one not applicable give "
        "(4 + 1 + 2) ÷ (3 × 4) = 7 ÷ 12 = 58 %.",
    ),
)
SCALE = QT_TRANSLATE_NOOP("AssessmentReport", "The rating scale")
EXCLUSION_TEXTS = {
    NOT_APPLICABLE: QT_TRANSLATE_NOOP(
        "AssessmentReport", "The benchmark does not concern the municipality; left out of scores."
    ),
    OUTSIDE_COMPETENCE: QT_TRANSLATE_NOOP(
        "AssessmentReport",
        "The field is not the municipality's responsibility (a subject for advocacy); left out "
        "of scores.",
    ),
}


def comparison_section(
    content: Content,
    assessment: Assessment,
    ratings: dict[str, Rating],
    earlier: tuple[Assessment, dict[str, Rating]],
    formats: Formats,
    styles: Styles,
) -> list:
    tr = formats.tr
    before, before_ratings = earlier
    comparison = compare(content, before_ratings, ratings)
    story: list = [PageBreak(), heading(tr(COMPARISON), styles.h1, 0)]
    for line in compared_lines(assessment, before, formats):
        story += text_paragraphs(line, styles.body)
    story += [spacer(2), _dimension_changes(content, comparison, formats, styles)]
    numbers = all_numbers(content)
    titles = {b.code: b.title for b in content.benchmarks}
    for kind, title, none in CHANGE_KINDS:
        story.append(Paragraph(markup(tr(title)), styles.h2))
        changes = comparison.of_kind(kind)
        if not changes:
            story.append(Paragraph(markup(tr(none)), styles.body))
            continue
        widths = [14 * mm, 70 * mm, 34 * mm, 34 * mm, 22 * mm]
        rows = [[Paragraph(markup(tr(text)), styles.cell_bold) for text in CHANGE_HEADER]]
        rows += [
            cell_values(values, widths, styles.cell)
            for values in change_rows(changes, numbers, titles, formats)
        ]
        story.append(grid_table(rows, widths))
    return [*story, spacer(2), Paragraph(markup(other_changes(comparison, formats)), styles.body)]


CHANGE_HEADER = [NUMBER, BENCHMARK, EARLIER, LATER, LEVEL_CHANGE]
DIMENSION_CHANGE_HEADER = [DIMENSION, EARLIER, LATER, CHANGE]
CHANGE_KINDS = ((UP, WENT_UP, NONE_UP), (DOWN, WENT_DOWN, NONE_DOWN))


def compared_lines(assessment: Assessment, before: Assessment, formats: Formats) -> list[str]:
    """ "Earlier: ... (date)" and "Now: ... (date)"."""
    lines = []
    for template, shown in ((EARLIER_LINE, before), (LATER_LINE, assessment)):
        shown_on = formatting.format_iso_date(shown.assessed_on, formats.options.language)
        lines.append(formats.tr(template).format(title=shown.title, date=shown_on))
    return lines


def change_rows(changes, numbers: dict, titles: dict, formats: Formats) -> list[list[str]]:
    """A row per benchmark that went up (or down): its level before and now."""
    return [
        [
            numbers.get(change.benchmark, change.benchmark),
            titles.get(change.benchmark, ""),
            formats.rating(change.before),
            formats.rating(change.after),
            format_points(change.delta),
        ]
        for change in changes
    ]


def other_changes(comparison: Comparison, formats: Formats) -> str:
    return formats.tr(OTHER_CHANGES).format(
        new=len(comparison.of_kind(NEWLY_RATED)),
        gone=len(comparison.of_kind(NO_LONGER_RATED)),
        other=len(comparison.of_kind(NOT_COMPARABLE)),
    )


def dimension_change_rows(
    content: Content, comparison: Comparison, formats: Formats
) -> list[list[str]]:
    """A row per dimension, then "All benchmarks": score before, now, change in points."""
    pairs = [
        (
            formats.dimension(content, d.code),
            comparison.before.dimensions[d.code],
            comparison.after.dimensions[d.code],
        )
        for d in content.dimensions
    ]
    pairs.append((formats.tr(ALL), comparison.before.overall, comparison.after.overall))
    return [
        [
            label,
            formats.score(before),
            formats.score(after),
            format_points(points_change(before.percent, after.percent)),
        ]
        for label, before, after in pairs
    ]


def _dimension_changes(content: Content, comparison: Comparison, formats: Formats, styles):
    tr = formats.tr
    rows = [[Paragraph(markup(tr(text)), styles.cell_bold) for text in DIMENSION_CHANGE_HEADER]]
    values = dimension_change_rows(content, comparison, formats)
    for index, row in enumerate(values):
        style = styles.cell_bold if index == len(values) - 1 else styles.cell
        rows.append([Paragraph(markup(value), style) for value in row])
    return grid_table(rows, [82 * mm, 30 * mm, 30 * mm, 32 * mm])


def annex_section(formats: Formats, styles: Styles) -> list:
    tr = formats.tr
    story: list = [PageBreak(), heading(tr(ANNEX), styles.h1, 0)]
    rule_style = ParagraphStyle(
        "rule", styles.body, leftIndent=5 * mm, bulletIndent=1 * mm, spaceAfter=1.5 * mm
    )
    story += [Paragraph(markup(tr(rule)), rule_style, bulletText="•") for rule in RULES]
    story.append(Paragraph(markup(tr(SCALE)), styles.h2))
    rows = [
        [
            Paragraph(markup(formats.level(level)), styles.cell_bold),
            Paragraph(markup(tr(LEVEL_DESCRIPTIONS[level], "RatingScale")), styles.cell),
        ]
        for level in LEVELS
    ]
    rows += [
        [
            Paragraph(markup(formats.rating(Rating("", exclusion=kind))), styles.cell_bold),
            Paragraph(markup(tr(text)), styles.cell),
        ]
        for kind, text in EXCLUSION_TEXTS.items()
    ]
    story.append(key_table(rows, [58 * mm, 116 * mm]))
    return story

"""The self-assessment report's "Next steps for the gaps": for each benchmark below its target
(in the gap list's order), what the content packs suggest and why; then the same for each
dimension with a gap.

The suggestions come from ``core.next_steps``, as on the dashboard and from
``toolbox-desktop assessment suggest``; the texts are the packs' in the report's language
(a pack without it: its base language). Every text is escaped for reportlab (``markup``).
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak

from toolbox_desktop.core.assessment import Rating
from toolbox_desktop.core.content import Content
from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP
from toolbox_desktop.core.next_steps import CTX as KINDS_CTX
from toolbox_desktop.core.next_steps import NextSteps, assessment_steps, kind_name
from toolbox_desktop.reports.assessment_format import Formats, all_numbers, heading
from toolbox_desktop.reports.document import Styles
from toolbox_desktop.reports.paragraph import Paragraph
from toolbox_desktop.reports.text import markup

NEXT_STEPS = QT_TRANSLATE_NOOP("AssessmentReport", "Next steps for the gaps")
INTRO = QT_TRANSLATE_NOOP(
    "AssessmentReport",
    "For each benchmark in the gap list, what the content packs suggest: practices from the "
    "Whole-COMM toolbox, quick wins that can start this year and examples from other cities, "
    "best fit first, each with one line on why it fits. The suggestions are a reviewed "
    "mapping, not a search; the app's library has each item in full.",
)
GAP_TITLE = QT_TRANSLATE_NOOP("AssessmentReport", "{number} {title}")
GAP_LINE = QT_TRANSLATE_NOOP(
    "AssessmentReport", "Current level {level}, target {target}, priority {priority}"
)
ABOUT = QT_TRANSLATE_NOOP("AssessmentReport", "{kind} · {context}")
NOTHING_FITS = QT_TRANSLATE_NOOP("AssessmentReport", "Nothing in the packs fits: {reason}")
NO_SUGGESTIONS = QT_TRANSLATE_NOOP(
    "AssessmentReport", "The content packs hold no suggestions for this benchmark."
)
PER_DIMENSION = QT_TRANSLATE_NOOP("AssessmentReport", "For each dimension with gaps")
PER_DIMENSION_INTRO = QT_TRANSLATE_NOOP(
    "AssessmentReport", "Broader steps that serve a dimension as a whole."
)


def next_steps_section(
    content: Content, ratings: dict[str, Rating], formats: Formats, styles: Styles
) -> list:
    """The section ([] when there is no gap: the gap list already says so)."""
    found = assessment_steps(content, ratings)
    if not found.gaps:
        return []
    tr = formats.tr
    look = _Styles(styles)
    numbers = all_numbers(content)
    story: list = [
        PageBreak(),
        heading(tr(NEXT_STEPS), styles.h1, 0),
        Paragraph(markup(tr(INTRO)), styles.body),
    ]
    for gap_steps in found.gaps:
        gap = gap_steps.gap
        title = tr(GAP_TITLE).format(
            number=numbers.get(gap.benchmark, gap.benchmark), title=gap_steps.title
        )
        line = tr(GAP_LINE).format(
            level=formats.level(gap.level),
            target=formats.level(gap.target),
            priority=formats.priority(gap.priority),
        )
        story += [Paragraph(markup(title), look.target), Paragraph(markup(line), look.facts)]
        story += _steps(gap_steps.next_steps, formats, look)
    if found.dimensions:
        story += [
            heading(tr(PER_DIMENSION), styles.h2, 1),
            Paragraph(markup(tr(PER_DIMENSION_INTRO)), styles.body),
        ]
        for steps in found.dimensions:
            title = formats.dimension(content, steps.target)
            story += [Paragraph(markup(title), look.target), *_steps(steps, formats, look)]
    return story


def _steps(steps: NextSteps, formats: Formats, look: _Styles) -> list:
    tr = formats.tr
    if not steps.steps:
        reason = steps.none_reason or tr(NO_SUGGESTIONS)
        return [Paragraph(markup(tr(NOTHING_FITS).format(reason=reason)), look.none)]
    flowables: list = []
    for step in steps.steps:
        kind = tr(kind_name(step.kind), KINDS_CTX)
        about = tr(ABOUT).format(kind=kind, context=step.context) if step.context else kind
        flowables += [
            Paragraph(
                f"• <b>{markup(step.title)}</b> <font color='#555555'>({markup(about)})</font>",
                look.item,
            ),
            Paragraph(markup(step.why), look.why),
        ]
    return flowables


class _Styles:
    """The section's paragraph styles, made from the report's."""

    def __init__(self, styles: Styles) -> None:
        body = styles.body
        self.target = ParagraphStyle(
            "next_target",
            body,
            fontName=styles.cell_bold.fontName,
            spaceBefore=3 * mm,
            keepWithNext=1,
        )
        self.facts = ParagraphStyle(
            "next_facts", body, fontSize=8.5, leading=11, textColor="#555555", keepWithNext=1
        )
        self.item = ParagraphStyle(  # the bullet hangs: wrapped lines align with the text
            "next_item",
            body,
            leftIndent=7 * mm,
            firstLineIndent=-3 * mm,
            spaceBefore=1.5 * mm,
            keepWithNext=1,
        )
        self.why = ParagraphStyle("next_why", body, leftIndent=7 * mm)
        self.none = ParagraphStyle("next_none", body, leftIndent=4 * mm, spaceBefore=1 * mm)

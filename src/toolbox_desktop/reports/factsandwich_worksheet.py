"""The Fact Sandwich worksheet, for a town meeting: the method against misinformation from the
leaders' guide (its two definitions, four steps and six tips, citing the guide), the town's own
fact sandwiches, and boxes with lines to write a new one by hand.

The method's texts come from the guidance pack in the language the content was loaded in
(English or Dutch; another language gets the English pack with the app's translated headings).
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak

from toolbox_desktop.core.assessment import Profile
from toolbox_desktop.core.content import FACT_SANDWICH, Content
from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP
from toolbox_desktop.reports.document import (
    ACCENT,
    ReportOptions,
    Styles,
    build_pdf,
    make_styles,
    spacer,
)
from toolbox_desktop.reports.handout_parts import (
    not_loaded,
    point_styles,
    source_line,
    titled_point,
    writing_box,
)
from toolbox_desktop.reports.long_text import text_paragraphs
from toolbox_desktop.reports.paragraph import Paragraph
from toolbox_desktop.reports.text import markup
from toolbox_desktop.storage.fact_sandwich_repository import FactSandwich

CTX = "FactSandwichWorksheet"
TITLE = QT_TRANSLATE_NOOP("FactSandwichWorksheet", "Fact Sandwich worksheet")
INTRO = QT_TRANSLATE_NOOP(
    "FactSandwichWorksheet",
    "A Fact Sandwich answers a false claim without spreading it further: the fact comes first "
    "and last, the myth only briefly in between.",
)
DEFINITIONS = QT_TRANSLATE_NOOP("FactSandwichWorksheet", "What the words mean")
STEPS = QT_TRANSLATE_NOOP("FactSandwichWorksheet", "The method in four steps")
TIPS = QT_TRANSLATE_NOOP("FactSandwichWorksheet", "Tips for using your Fact Sandwich")
OURS = QT_TRANSLATE_NOOP("FactSandwichWorksheet", "Our fact sandwiches")
YOURS = QT_TRANSLATE_NOOP("FactSandwichWorksheet", "Write your own fact sandwich")
YOURS_INTRO = QT_TRANSLATE_NOOP(
    "FactSandwichWorksheet",
    "Choose a claim you hear in your town. Keep each part short enough to say aloud.",
)
TOPIC = QT_TRANSLATE_NOOP("FactSandwichWorksheet", "Topic")
FACT = QT_TRANSLATE_NOOP("FactSandwichWorksheet", "Fact")
MYTH = QT_TRANSLATE_NOOP("FactSandwichWorksheet", "Warning about the myth")
WHY_WRONG = QT_TRANSLATE_NOOP("FactSandwichWorksheet", "Why the myth is wrong")
FACT_AGAIN = QT_TRANSLATE_NOOP("FactSandwichWorksheet", "The fact again")
UNTITLED = QT_TRANSLATE_NOOP("FactSandwichWorksheet", "Fact sandwich {number}")
PARTS = (("fact", FACT), ("myth", MYTH), ("why_wrong", WHY_WRONG), ("fact_again", FACT_AGAIN))
LINES_PER_PART = 4


def build_factsandwich_worksheet(
    content: Content,
    profile: Profile | None,
    sandwiches: list[FactSandwich],
    path: Path,
    options: ReportOptions | None = None,
) -> None:
    options = options or ReportOptions()
    lookup = options.translate
    styles = make_styles()
    title = lookup(CTX, TITLE)
    place = profile.name if profile and profile.name else ""
    story: list = [Paragraph(markup(title), styles.title)]
    if place:
        story.append(Paragraph(markup(place), styles.subtitle))
    story.append(Paragraph(markup(lookup(CTX, INTRO)), styles.body))
    story += _method(content, styles, lookup)
    if sandwiches:
        story.append(CondPageBreak(60 * mm))
        story.append(Paragraph(markup(lookup(CTX, OURS)), styles.h1))
        for number, sandwich in enumerate(sandwiches, start=1):
            story += _filled(sandwich, number, styles, lookup)
    story.append(PageBreak())
    story += _blank(styles, lookup)
    build_pdf(path, story, (place, title), options, title=title)


def _method(content: Content, styles: Styles, lookup) -> list:
    items = content.guide_items(FACT_SANDWICH)
    if not items:
        return [spacer(), not_loaded(styles, lookup)]
    _point, large = point_styles(styles)
    flowables: list = []
    for group, heading in (("definition", DEFINITIONS), ("step", STEPS), ("tip", TIPS)):
        part = [item for item in items if item.group == group]
        if not part:
            continue
        flowables.append(Paragraph(markup(lookup(CTX, heading)), styles.h1))
        flowables += [
            titled_point(item.title, item.text, large, _bullet(group, number))
            for number, item in enumerate(part, start=1)
        ]
    flowables.append(spacer(2))
    flowables += source_line(content, items, styles, lookup)
    return flowables


def _bullet(group: str, number: int) -> str:
    return f"{number}." if group == "step" else "•"


def _filled(sandwich: FactSandwich, number: int, styles: Styles, lookup) -> list:
    """One of the town's fact sandwiches: its topic, then the four parts under their names.
    Flowing paragraphs, not a table: a part may be long and must be able to go on over a
    page (``long_text``)."""
    topic = sandwich.topic.strip() or lookup(CTX, UNTITLED).format(number=number)
    label_style = ParagraphStyle("part_label", styles.cell_bold, textColor=ACCENT, spaceBefore=4)
    text_style = ParagraphStyle(
        "part_text", styles.body, fontSize=10.5, leading=14.5, leftIndent=4 * mm
    )
    parts = []
    for name, label in PARTS:
        name_line = Paragraph(markup(lookup(CTX, label)), label_style)
        parts.append([name_line, *text_paragraphs(getattr(sandwich, name) or "–", text_style)])
    first = [Paragraph(markup(topic), styles.h2), *parts[0][:2]]  # never a topic alone
    rest = parts[0][2:] + [flowable for part in parts[1:] for flowable in part]
    return [KeepTogether(first), *rest, spacer(3)]


def _blank(styles: Styles, lookup) -> list:
    """Boxes with lines for one new fact sandwich, on a page of its own."""
    flowables: list = [
        Paragraph(markup(lookup(CTX, YOURS)), styles.h1),
        Paragraph(markup(lookup(CTX, YOURS_INTRO)), styles.body),
        spacer(2),
        writing_box(Paragraph(markup(lookup(CTX, TOPIC)), styles.cell_bold), 1),
    ]
    for number, (_name, label) in enumerate(PARTS, start=1):
        heading = Paragraph(markup(f"{number}. {lookup(CTX, label)}"), styles.cell_bold)
        flowables += [spacer(3), writing_box(heading, LINES_PER_PART)]
    return flowables

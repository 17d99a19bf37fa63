"""The rights-and-responsibilities handout, for a town meeting: the leaders' guide's four lists
(the rights and the responsibilities of newcomers and of host citizens) and its liberal and
democratic principles for integration, citing the guide. One or two pages.

The lists and the principles come from the guidance pack in the language the content was
loaded in (English or Dutch; another language gets the English pack with the app's translated
headings). Lists and their points are printed in the pack's order, so a new list in a content
update is printed too.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import KeepTogether

from toolbox_desktop.core.assessment import Profile
from toolbox_desktop.core.content import PRINCIPLE, RIGHT, RIGHTS_LIST, Content
from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP
from toolbox_desktop.reports.document import ReportOptions, build_pdf, make_styles, spacer
from toolbox_desktop.reports.handout_parts import not_loaded, point, point_styles, source_line
from toolbox_desktop.reports.paragraph import Paragraph
from toolbox_desktop.reports.text import markup

CTX = "RightsHandout"
TITLE = QT_TRANSLATE_NOOP("RightsHandout", "Rights and responsibilities")
INTRO = QT_TRANSLATE_NOOP(
    "RightsHandout",
    "Integration works both ways: newcomers and the people who already live here each have "
    "rights and responsibilities.",
)
LISTS = QT_TRANSLATE_NOOP("RightsHandout", "Newcomers and host citizens")
PRINCIPLES = QT_TRANSLATE_NOOP("RightsHandout", "Liberal and democratic principles")


def build_rights_handout(
    content: Content,
    profile: Profile | None,
    path: Path,
    options: ReportOptions | None = None,
) -> None:
    options = options or ReportOptions()
    lookup = options.translate
    styles = make_styles()
    title = lookup(CTX, TITLE)
    place = profile.name if profile and profile.name else ""
    bullet_style, _large = point_styles(styles)
    story: list = [Paragraph(markup(title), styles.title)]
    if place:
        story.append(Paragraph(markup(place), styles.subtitle))
    story.append(Paragraph(markup(lookup(CTX, INTRO)), styles.body))

    lists = content.guide_items(RIGHTS_LIST)
    rights = content.guide_items(RIGHT)
    principles = content.guide_items(PRINCIPLE)
    if not (lists or principles):
        story += [spacer(), not_loaded(styles, lookup)]
    if lists:
        story.append(Paragraph(markup(lookup(CTX, LISTS)), styles.h1))
    for rights_list in lists:
        points = [item for item in rights if item.group == rights_list.code]
        story.append(
            KeepTogether(
                [Paragraph(markup(rights_list.title), styles.h2)]
                + [point(item.text, bullet_style) for item in points]
            )
        )
    if principles:
        numbered = [
            point(item.text, bullet_style, f"{number}.")
            for number, item in enumerate(principles, start=1)
        ]
        heading = Paragraph(markup(lookup(CTX, PRINCIPLES)), styles.h1)
        story += [KeepTogether([heading, *numbered[:2]]), *numbered[2:]]  # no heading alone
    story.append(spacer(3))
    story += source_line(content, lists + principles, styles, lookup)
    build_pdf(path, story, (place, title), options, title=title)

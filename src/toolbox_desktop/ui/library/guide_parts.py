"""How the library lays out a guidance pack: its parts, their groups, and what each item is
called, shared by the tree, the detail pages and the search results so that they agree.

A guide for local leaders has parts (the preconditions, the quick wins, host-population
engagement, ...). Parts and the pack itself have no code in the content, so the library gives
them one that no content code can have (codes never hold a "/"): ``pack/<pack id>`` for a pack,
``pack/<pack id>/<part>`` for a part, ``pack/<pack id>/fact-sandwich/<group>`` for the Fact
Sandwich's definitions, steps and tips. These codes are what the tree selects, what a link
names and what the window remembers, like any item's code.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from toolbox_desktop.core.content import (
    ENGAGEMENT_POINT,
    ENGAGEMENT_SECTION,
    EXAMPLE,
    EXAMPLE_AREA,
    FACT_SANDWICH,
    PRECONDITION,
    PRINCIPLE,
    QUICK_WIN,
    RIGHT,
    RIGHTS_LIST,
    Content,
    Guidance,
    GuideItem,
)

PACK_PREFIX = "pack/"

# The parts in the guide's order: (key, the kind of the part's first level).
PARTS = (
    ("preconditions", PRECONDITION),
    ("quick-wins", QUICK_WIN),
    ("engagement", ENGAGEMENT_SECTION),
    ("rights", RIGHTS_LIST),
    ("principles", PRINCIPLE),
    ("fact-sandwich", FACT_SANDWICH),
    ("examples", EXAMPLE_AREA),
)
PART_OF_KIND = {
    PRECONDITION: "preconditions",
    QUICK_WIN: "quick-wins",
    ENGAGEMENT_SECTION: "engagement",
    ENGAGEMENT_POINT: "engagement",
    RIGHTS_LIST: "rights",
    RIGHT: "rights",
    PRINCIPLE: "principles",
    FACT_SANDWICH: "fact-sandwich",
    EXAMPLE_AREA: "examples",
    EXAMPLE: "examples",
}
# Kinds whose items are groups of other items (``GuideItem.group`` names them).
GROUP_KINDS = {ENGAGEMENT_SECTION: ENGAGEMENT_POINT, RIGHTS_LIST: RIGHT, EXAMPLE_AREA: EXAMPLE}
FACT_SANDWICH_GROUPS = ("definition", "step", "tip")


def pack_code(pack_id: str) -> str:
    return f"{PACK_PREFIX}{pack_id}"


def part_code(pack_id: str, part: str, group: str = "") -> str:
    return "/".join(filter(None, (pack_code(pack_id), part, group)))


def split_code(code: str) -> tuple[str, str, str] | None:
    """(pack id, part, group) of a pack's or a part's code; None for any other code."""
    if not code.startswith(PACK_PREFIX):
        return None
    pieces = code[len(PACK_PREFIX) :].split("/")
    if not pieces[0] or len(pieces) > 3:
        return None
    pieces += [""] * (3 - len(pieces))
    return pieces[0], pieces[1], pieces[2]


def guidance_of(content: Content, pack_id: str) -> Guidance | None:
    return next((g for g in content.guidance if g.pack.id == pack_id), None)


def parts_of(guidance: Guidance) -> list[str]:
    """The parts this pack has items for, in the guide's order."""
    kinds = {item.kind for item in guidance.items}
    return [part for part, kind in PARTS if kind in kinds]


def part_items(guidance: Guidance, part: str, group: str = "") -> list[GuideItem]:
    """The first level of a part (sections, lists, areas, or the items themselves); for the
    Fact Sandwich with ``group``, the definitions, steps or tips."""
    kind = dict(PARTS).get(part, "")
    items = guidance.of_kind(kind)
    if group:
        items = [item for item in items if item.group == group]
    return items


def fact_sandwich_groups(guidance: Guidance) -> list[str]:
    present = {item.group for item in guidance.of_kind(FACT_SANDWICH)}
    return [group for group in FACT_SANDWICH_GROUPS if group in present]


def children(guidance: Guidance, item: GuideItem) -> list[GuideItem]:
    """The items of a group (an engagement section's points, a list's rights, an area's
    examples); none for any other item."""
    kind = GROUP_KINDS.get(item.kind)
    if kind is None:
        return []
    return [child for child in guidance.of_kind(kind) if child.group == item.code]


def one_line(text: str) -> str:
    return " ".join(text.split())


def part_title(part: str) -> str:
    titles = {
        "preconditions": QCoreApplication.translate(
            "GuideTexts", "Preconditions for successful integration"
        ),
        "quick-wins": QCoreApplication.translate("GuideTexts", "Quick wins (first 12 months)"),
        "engagement": QCoreApplication.translate("GuideTexts", "Engaging the host population"),
        "rights": QCoreApplication.translate("GuideTexts", "Rights and responsibilities"),
        "principles": QCoreApplication.translate("GuideTexts", "Liberal-democratic principles"),
        "fact-sandwich": QCoreApplication.translate("GuideTexts", "The Fact Sandwich"),
        "examples": QCoreApplication.translate("GuideTexts", "City examples"),
    }
    return titles.get(part, part)


def group_title(group: str) -> str:
    """The Fact Sandwich's parts."""
    titles = {
        "definition": QCoreApplication.translate("GuideTexts", "Definitions"),
        "step": QCoreApplication.translate("GuideTexts", "The steps"),
        "tip": QCoreApplication.translate("GuideTexts", "Tips for using it"),
    }
    return titles.get(group, group)


def kind_name(kind: str) -> str:
    """What an item is, as a search result or a page's first line names it."""
    names = {
        PRECONDITION: QCoreApplication.translate("GuideTexts", "Precondition"),
        QUICK_WIN: QCoreApplication.translate("GuideTexts", "Quick win"),
        ENGAGEMENT_SECTION: QCoreApplication.translate(
            "GuideTexts", "Engaging the host population"
        ),
        ENGAGEMENT_POINT: QCoreApplication.translate("GuideTexts", "Engaging the host population"),
        RIGHTS_LIST: QCoreApplication.translate("GuideTexts", "Rights and responsibilities"),
        RIGHT: QCoreApplication.translate("GuideTexts", "Rights and responsibilities"),
        PRINCIPLE: QCoreApplication.translate("GuideTexts", "Liberal-democratic principle"),
        FACT_SANDWICH: QCoreApplication.translate("GuideTexts", "The Fact Sandwich"),
        EXAMPLE_AREA: QCoreApplication.translate("GuideTexts", "City examples"),
        EXAMPLE: QCoreApplication.translate("GuideTexts", "City example"),
    }
    return names.get(kind, kind)


def tree_label(item: GuideItem) -> str:
    """One line for the tree: numbered as in the guide, the text where there is no title."""
    text = item.title or one_line(item.text)
    numbered = item.kind != QUICK_WIN and item.group != "definition"
    return f"{item.label}. {text}" if item.label and numbered else text


def heading(item: GuideItem, content: Content) -> str:
    """An item's page title: its title, or for an item that is only a text (a point, a
    principle, an example) what it is and its number in the guide."""
    if item.title:
        return tree_label(item)
    parent = content.guide_item(item.group) if item.group else None
    number = f"{parent.label}.{item.label}" if parent and parent.label else item.label
    if item.kind == PRINCIPLE:
        return QCoreApplication.translate("GuideTexts", "Principle {number}").format(number=number)
    if item.kind == EXAMPLE:
        return QCoreApplication.translate("GuideTexts", "Example {number}").format(number=number)
    return QCoreApplication.translate("GuideTexts", "Point {number}").format(number=number)

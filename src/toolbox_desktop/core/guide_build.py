"""A guide pack's records as ``GuideItem`` and ``Suggestion`` objects, in source order.

Each file of a guide becomes items of one or two kinds (a group record and its items); the
translation's texts are laid over the base language's order and links, as for every pack.
"""

from __future__ import annotations

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
    GuideItem,
    Suggestion,
)
from toolbox_desktop.core.guide_checks import why_lines
from toolbox_desktop.core.pack_schemas import (
    ENGAGEMENT,
    EXAMPLES,
    PRECONDITIONS,
    PRINCIPLES,
    QUICK_WINS,
    RIGHTS,
    SCHEMA_OF,
    SUGGESTIONS,
    split_list,
)
from toolbox_desktop.core.pack_schemas import (
    FACT_SANDWICH as FACT_SANDWICH_FILE,
)
from toolbox_desktop.core.records import Record

# Each file with the kind of its group records and of its item records.
_KINDS = (
    (PRECONDITIONS, "", PRECONDITION),
    (QUICK_WINS, "", QUICK_WIN),
    (ENGAGEMENT, ENGAGEMENT_SECTION, ENGAGEMENT_POINT),
    (RIGHTS, RIGHTS_LIST, RIGHT),
    (PRINCIPLES, "", PRINCIPLE),
    (FACT_SANDWICH_FILE, "", FACT_SANDWICH),
    (EXAMPLES, EXAMPLE_AREA, EXAMPLE),
)


def build_guide_items(
    files: dict[str, list[Record]], base: dict[str, list[Record]]
) -> list[GuideItem]:
    """Every guide item of one language (``files``) in the base language's order."""
    items = []
    for filename, group_kind, item_kind in _KINDS:
        schema = SCHEMA_OF[filename]
        by_code = {r.get("code"): r for r in files.get(filename, [])}
        for original in base.get(filename, []):
            record = by_code[original.get("code")]
            group = schema.is_group(record.fields)
            items.append(_item(record, group_kind if group else item_kind, schema.group_field))
    return items


def _item(record: Record, kind: str, group_field: str) -> GuideItem:
    code = record.get("code")
    if kind == FACT_SANDWICH:
        group = record.get("kind")
    else:
        group = record.get(group_field) if group_field else ""
    label = record.get("letter") or record.get("number") or _last_number(code)
    return GuideItem(
        code=code,
        kind=kind,
        group=group,
        label=label,
        title=record.get("title"),
        text=record.get("text"),
        dimensions=split_list(record.get("dimensions")),
        partners=split_list(record.get("partners")),
        funding=split_list(record.get("funding")),
        see=split_list(record.get("see")),
        source=record.get("source"),
    )


def _last_number(code: str) -> str:
    last = code.rsplit(".", 1)[-1]
    return last if last.isdigit() else ""


def build_suggestions(
    files: dict[str, list[Record]], base: dict[str, list[Record]]
) -> list[Suggestion]:
    """The suggestions of one language, in the base language's order: one per suggested
    item, or one with an empty item and the reason when nothing fits."""
    by_code = {r.get("code"): r for r in files.get(SUGGESTIONS, [])}
    suggestions = []
    for original in base.get(SUGGESTIONS, []):
        record = by_code[original.get("code")]
        target = record.get("code")
        if record.get("none"):
            suggestions.append(Suggestion(target, "", record.get("none")))
            continue
        for code, reason in why_lines(record.get("why")):
            suggestions.append(Suggestion(target, code, reason))
    return suggestions

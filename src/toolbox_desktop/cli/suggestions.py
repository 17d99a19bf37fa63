"""`toolbox-desktop assessment suggest ID [--format json]`: the next steps for every gap.

The same answer the dashboard, the rating screen and the report give (``core.next_steps``):
for each benchmark below its target, largest weighted gap first, the items the content packs
suggest with one line on why, or why nothing fits; then the same for each dimension with a
gap. The texts are the packs' in the ``--lang`` language (a pack without it: its base
language). Text is for people (its labels translated); JSON is for scripts: English keys,
plain values, always the same keys.
"""

from __future__ import annotations

import json
import shutil
import sys
import textwrap
from dataclasses import asdict

from toolbox_desktop.cli.exit_codes import EXIT_OK
from toolbox_desktop.cli.translation import (
    QT_TRANSLATE_NOOP,
    current_translate,
    formats_locale,
    tr,
)
from toolbox_desktop.core.assessment import PRIORITY_NAMES, Assessment, Rating
from toolbox_desktop.core.content import Content
from toolbox_desktop.core.formatting import format_iso_date
from toolbox_desktop.core.next_steps import CTX as KINDS_CTX
from toolbox_desktop.core.next_steps import NextSteps, assessment_steps, kind_name

MSG_HEADER = QT_TRANSLATE_NOOP(
    "CommandLine",
    "{title} ({date}): next steps for %n gap(s), largest weighted gap first",
    None,
    2,
)
MSG_NO_GAPS = QT_TRANSLATE_NOOP(
    "CommandLine",
    "{title} ({date}): no gaps: no rated benchmark has a target above its current level.",
)
MSG_GAP_LINE = QT_TRANSLATE_NOOP(
    "CommandLine", "level {level} -> target {target}, priority {priority}, weighted gap {weighted}"
)
MSG_NOTHING_FITS = QT_TRANSLATE_NOOP("CommandLine", "Nothing in the packs fits: {reason}")
MSG_NO_SUGGESTIONS = QT_TRANSLATE_NOOP(
    "CommandLine", "The content packs hold no suggestions for this."
)
MSG_PER_DIMENSION = QT_TRANSLATE_NOOP("CommandLine", "For each dimension with gaps:")
WIDTH = 100  # at most; narrower terminals get narrower lines


def print_suggestions(
    content: Content, assessment: Assessment, ratings: dict[str, Rating], output_format: str
) -> int:
    found = assessment_steps(content, ratings)
    if output_format == "json":
        json.dump(_as_dict(content, assessment, found), sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    date = format_iso_date(assessment.assessed_on, formats_locale())
    if not found.gaps:
        print(tr(MSG_NO_GAPS, title=assessment.title, date=date))
        return EXIT_OK
    print(tr(MSG_HEADER, n=len(found.gaps), title=assessment.title, date=date))
    translate = current_translate()
    width = max(40, min(WIDTH, shutil.get_terminal_size((WIDTH, 24)).columns))
    for gap_steps in found.gaps:
        gap = gap_steps.gap
        print(f"\n{gap.benchmark}  {gap_steps.title}")
        priority = translate("RatingScale", PRIORITY_NAMES.get(gap.priority, str(gap.priority)))
        facts = tr(
            MSG_GAP_LINE,
            level=gap.level,
            target=gap.target,
            priority=priority,
            weighted=gap.weighted,
        )
        print(f"  {facts}")
        _print_steps(gap_steps.next_steps, translate, width)
    if found.dimensions:
        print(f"\n{tr(MSG_PER_DIMENSION)}")
        for steps in found.dimensions:
            dimension = content.dimension(steps.target)
            title = f"{dimension.number}. {dimension.title}" if dimension else steps.target
            print(f"\n{title} [{steps.target}]")
            _print_steps(steps, translate, width)
    return EXIT_OK


def _print_steps(steps: NextSteps, translate, width: int) -> None:
    if not steps.steps:
        reason = steps.none_reason or tr(MSG_NO_SUGGESTIONS)
        print(_wrapped(tr(MSG_NOTHING_FITS, reason=reason), "  ", width))
        return
    for step in steps.steps:
        kind = translate(KINDS_CTX, kind_name(step.kind))
        about = f"{kind} · {step.context}" if step.context else kind
        print(_wrapped(f"- {step.title} ({about}) [{step.item}]", "  ", width, "    "))
        print(_wrapped(step.why, "    ", width))


def _wrapped(text: str, indent: str, width: int, later: str | None = None) -> str:
    return textwrap.fill(
        text,
        width,
        initial_indent=indent,
        subsequent_indent=indent if later is None else later,
        break_on_hyphens=False,
    )


def _as_dict(content: Content, assessment: Assessment, found) -> dict:
    def suggestions(steps: NextSteps) -> dict:
        return {
            "suggestions": [
                {
                    "item": s.item,
                    "kind": s.kind,
                    "pack": s.pack,
                    "title": s.title,
                    "why": s.why,
                    "context": s.context,
                }
                for s in steps.steps
            ],
            "none_reason": steps.none_reason,
        }

    return {
        "assessment": {
            key: value
            for key, value in asdict(assessment).items()
            if key in ("id", "title", "assessed_on", "status")
        },
        # The language each pack's texts are in (a pack without --lang's: its base language).
        "languages": {pack.id: pack.language for pack in content.packs},
        "gaps": [
            {
                "benchmark": g.gap.benchmark,
                "title": g.title,
                "dimension": g.gap.dimension,
                "level": g.gap.level,
                "target": g.gap.target,
                "priority": g.gap.priority,
                "weighted": g.gap.weighted,
                **suggestions(g.next_steps),
            }
            for g in found.gaps
        ],
        "dimensions": [
            {
                "dimension": steps.target,
                "title": dimension.title if (dimension := content.dimension(steps.target)) else "",
                **suggestions(steps),
            }
            for steps in found.dimensions
        ],
    }

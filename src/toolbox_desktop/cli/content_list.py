"""`toolbox-desktop content list --pack ID [--lang CODE] [--format json]`: every item of one
pack, as loaded, in the language asked for.

A benchmark pack lists its dimensions, sub-themes, benchmarks, challenges, practices and guide
steps; a guidance pack its challenges, practices and guide steps (if it has any), every guide
item with all its fields, and its suggestions. JSON has flat lists with every field (English
keys, lists as lists) for scripts and translators; text is a readable outline (English
headings, like ``content list``). A pack that is not loaded, or asked for in a language it
does not have, is an error (exit code 2) that names what there is.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict

from toolbox_desktop.cli.exit_codes import EXIT_ERROR, EXIT_OK
from toolbox_desktop.cli.translation import QT_TRANSLATE_NOOP, print_error, tr
from toolbox_desktop.core.content import (
    BENCHMARK,
    ENGAGEMENT_SECTION,
    EXAMPLE_AREA,
    FACT_SANDWICH,
    PRECONDITION,
    PRINCIPLE,
    QUICK_WIN,
    RIGHTS_LIST,
    Content,
    Guidance,
    GuideItem,
)

MSG_UNKNOWN_PACK = QT_TRANSLATE_NOOP(
    "CommandLine", "there is no content pack '{pack}'; the packs loaded are: {packs}"
)
MSG_NO_SUCH_LANGUAGE = QT_TRANSLATE_NOOP(
    "CommandLine", "the content pack {pack} is not in '{language}'; its languages are: {languages}"
)

# The outline's headings, for the kinds that open a part of a guide (their items follow).
HEADINGS = {
    PRECONDITION: "Preconditions",
    QUICK_WIN: "Quick wins",
    ENGAGEMENT_SECTION: "Engaging the host population",
    RIGHTS_LIST: "Rights and responsibilities",
    PRINCIPLE: "Principles",
    FACT_SANDWICH: "Fact Sandwich",
    EXAMPLE_AREA: "City examples",
}


def list_pack(workspace, args) -> int:
    content: Content = workspace.content
    info = next((pack for pack in content.packs if pack.id == args.pack), None)
    if info is None:
        packs = ", ".join(pack.id for pack in content.packs) or "-"
        return _error(tr(MSG_UNKNOWN_PACK, pack=args.pack, packs=packs))
    wanted = getattr(args, "lang", None)
    if wanted is not None and not has_language(wanted, info.languages or (info.language,)):
        languages = ", ".join(info.languages or (info.language,))
        return _error(tr(MSG_NO_SUCH_LANGUAGE, pack=info.id, language=wanted, languages=languages))
    guidance = next((g for g in content.guidance if g.pack.id == info.id), None)
    if args.format == "json":
        data = _benchmark_dict(content) if info.role == BENCHMARK else _guidance_dict(guidance)
        json.dump({"pack": asdict(info), **data}, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    print(f"{info.title} [{info.id} {info.version}, {info.language}; role {info.role}]")
    if info.role == BENCHMARK:
        _print_benchmark_pack(content)
    elif guidance is not None:
        _print_guidance(guidance)
    return EXIT_OK


def has_language(wanted: str, languages: tuple[str, ...]) -> bool:
    """Whether a pack with ``languages`` has ``wanted`` (``de``, ``de_AT``, ``pt-BR``): the
    language itself or the same without its region, as the app picks it."""
    tag = wanted.split(".")[0].split("@")[0].replace("_", "-").lower()
    parts = [part for part in tag.split("-") if part]
    known = {language.lower() for language in languages}
    return any("-".join(parts[:end]) in known for end in range(len(parts), 0, -1))


def _error(message: str) -> int:
    print_error(message)
    return EXIT_ERROR


def _benchmark_dict(content: Content) -> dict:
    return {
        "dimensions": [asdict(d) for d in content.dimensions],
        "subthemes": [asdict(s) for s in content.subthemes],
        "benchmarks": [asdict(b) for b in content.benchmarks],
        "challenges": [asdict(c) for c in content.challenges],
        "practices": [asdict(p) for p in content.practices],
        "guide": [asdict(g) for g in content.guide],
    }


def _guidance_dict(guidance: Guidance | None) -> dict:
    if guidance is None:
        return {}
    return {
        "challenges": [asdict(c) for c in guidance.challenges],
        "practices": [asdict(p) for p in guidance.practices],
        "guide": [asdict(g) for g in guidance.guide],
        "items": [asdict(item) for item in guidance.items],
        "suggestions": [asdict(s) for s in guidance.suggestions],
    }


def _print_benchmark_pack(content: Content) -> None:
    for dimension in content.dimensions:
        print(f"\n{dimension.number}. {dimension.title} [{dimension.code}]")
        for subtheme in content.subthemes_of(dimension.code):
            print(f"  {subtheme.title} [{subtheme.code}]")
            for benchmark in content.benchmarks_of(subtheme.code):
                tags = f" ({', '.join(benchmark.tags)})" if benchmark.tags else ""
                print(f"    {benchmark.code}  {benchmark.title}{tags}")
        for challenge in content.challenges_of(dimension.code):
            print(f"  challenge {challenge.code}  {challenge.text}")
        for practice in content.practices_of(dimension.code):
            print(f"  practice {practice.code}  {practice.name} ({practice.place})")
    if content.guide:
        print("\nHow to use the toolbox:")
        for step in content.guide:
            print(f"  {step.number}. {step.title} [{step.code}]")


def _print_guidance(guidance: Guidance) -> None:
    for challenge in guidance.challenges:
        print(f"  challenge {challenge.code}  {challenge.text}")
    for practice in guidance.practices:
        print(f"  practice {practice.code}  {practice.name} ({practice.place})")
    for step in guidance.guide:
        print(f"  guide {step.number}. {step.title} [{step.code}]")
    heading = ""
    for item in guidance.items:
        if item.kind in HEADINGS and HEADINGS[item.kind] != heading:
            heading = HEADINGS[item.kind]
            print(f"\n{heading}:")
        _print_item(item)
    if guidance.suggestions:
        print("\nSuggestions (benchmark or dimension: item, why):")
        for suggestion in guidance.suggestions:
            if suggestion.item:
                print(f"  {suggestion.target}: {suggestion.item}: {suggestion.why}")
            else:
                print(f"  {suggestion.target}: none: {suggestion.why}")


def _print_item(item: GuideItem) -> None:
    indent = "    " if item.group and item.kind != FACT_SANDWICH else "  "
    label = f"{item.label}. " if item.label else ""
    part = f"({item.group}) " if item.kind == FACT_SANDWICH else ""
    print(f"{indent}{label}{part}{item.title or item.text} [{item.code}]")
    if item.title and item.text:
        text = "\n".join(line for line in item.text.splitlines() if line.strip())
        print(f"{indent}  " + text.replace("\n", f"\n{indent}  "))
    fields = [
        f"{name}: {', '.join(values)}"
        for name, values in (
            ("dimensions", item.dimensions),
            ("partners", item.partners),
            ("funding", item.funding),
            ("see", item.see),
        )
        if values
    ]
    if fields:
        print(f"{indent}  {'; '.join(fields)}")

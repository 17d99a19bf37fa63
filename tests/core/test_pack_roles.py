"""Pack roles: a benchmark pack is what assessments score against; a guidance pack adds
material that names the benchmark pack's dimensions and may hold no benchmarks."""

import subprocess
import sys

import pytest

from pack_helpers import add_guidance_pack, line_number, replace_in
from toolbox_desktop.core.pack import load_pack


def problems_of(folder) -> list[str]:
    return [str(p) for p in load_pack(folder).problems]


def test_the_shipped_pack_is_the_benchmark_pack(pack_copy):
    result = load_pack(pack_copy)
    assert result.info.role == "benchmark"
    assert result.content.benchmark_pack.id == "whole-comm"
    assert result.content.guidance == []


def test_a_missing_role_says_what_to_write(pack_copy):
    manifest = pack_copy / "manifest.txt"
    replace_in(manifest, "role: benchmark\n", "")
    result = load_pack(pack_copy)
    assert result.content is None
    [problem] = result.problems
    assert (problem.file, problem.line, problem.field) == ("manifest.txt", 1, "role")
    assert "'role: benchmark'" in problem.message and "'role: guidance'" in problem.message


def test_an_unknown_role_is_refused(pack_copy):
    manifest = pack_copy / "manifest.txt"
    replace_in(manifest, "role: benchmark", "role: handout")
    line = line_number(manifest, "role:")
    assert problems_of(pack_copy) == [
        f"manifest.txt:{line}: role: unknown role 'handout' (allowed: benchmark, guidance)"
    ]


def test_a_guidance_pack_keeps_its_items_apart(pack_copy):
    folder = add_guidance_pack(pack_copy.parent)
    result = load_pack(folder)
    assert result.problems == []
    assert (result.info.role, result.info.benchmark_pack) == ("guidance", "whole-comm")
    content = result.content
    assert content.benchmarks == [] and content.dimensions == [] and content.practices == []
    [guidance] = content.guidance
    assert [p.code for p in guidance.practices] == [
        "gov.practice.fact-sandwich",
        "hou.practice.welcome-street",
    ]
    assert [g.code for g in guidance.guide] == ["guide.1"]
    assert result.languages["en"].challenges == []  # a file it does not have


def test_a_guidance_pack_may_not_hold_benchmarks(pack_copy):
    folder = add_guidance_pack(pack_copy.parent)
    for name in ("benchmarks.txt", "subthemes.txt"):
        (folder / name).write_text((pack_copy / name).read_text(encoding="utf-8"), "utf-8")
    result = load_pack(folder)
    assert result.content is None
    assert sorted(str(p) for p in result.problems) == [
        "benchmarks.txt: a guidance pack may not hold this file "
        "(it may hold: challenges.txt, practices.txt, guide.txt, preconditions.txt, "
        "quickwins.txt, engagement.txt, rights.txt, principles.txt, factsandwich.txt, "
        "examples.txt, suggestions.txt)",
        "subthemes.txt: a guidance pack may not hold this file "
        "(it may hold: challenges.txt, practices.txt, guide.txt, preconditions.txt, "
        "quickwins.txt, engagement.txt, rights.txt, principles.txt, factsandwich.txt, "
        "examples.txt, suggestions.txt)",
    ]


def test_a_guidance_pack_names_only_the_benchmark_packs_dimensions(pack_copy):
    folder = add_guidance_pack(pack_copy.parent)
    practices = folder / "practices.txt"
    replace_in(practices, "dimension: hou", "dimension: culture")
    replace_in(practices, "code: hou.practice", "code: culture.practice")
    line = line_number(practices, "dimension: culture")
    assert problems_of(folder) == [f"practices.txt:{line}: dimension: unknown dimension 'culture'"]


def test_a_guidance_pack_needs_its_benchmark_pack(pack_copy):
    folder = add_guidance_pack(pack_copy.parent)
    manifest = folder / "manifest.txt"
    replace_in(manifest, "benchmark_pack: whole-comm", "benchmark_pack: whole-kom")
    line = line_number(manifest, "benchmark_pack:")
    [problem] = problems_of(folder)
    assert problem.startswith(f"manifest.txt:{line}: benchmark_pack: no benchmark pack")
    assert "'whole-kom'" in problem
    replace_in(manifest, "benchmark_pack: whole-kom\n", "")
    assert problems_of(folder) == [
        "manifest.txt:1: benchmark_pack: required field 'benchmark_pack' is missing"
    ]


def test_an_empty_guidance_pack_and_a_benchmark_pack_with_a_benchmark_pack(pack_copy):
    empty = add_guidance_pack(pack_copy.parent, files={})
    assert problems_of(empty) == [
        "manifest.txt: a guidance pack must hold at least one of: "
        "challenges.txt, practices.txt, guide.txt, preconditions.txt, quickwins.txt, "
        "engagement.txt, rights.txt, principles.txt, factsandwich.txt, examples.txt, "
        "suggestions.txt"
    ]
    manifest = pack_copy / "manifest.txt"
    replace_in(manifest, "role: benchmark\n", "role: benchmark\nbenchmark_pack: other\n")
    line = line_number(manifest, "benchmark_pack:")
    assert problems_of(pack_copy) == [
        f"manifest.txt:{line}: benchmark_pack: field 'benchmark_pack' is only for guidance packs"
    ]


@pytest.mark.parametrize("language", ["English", "img", "en_GB"])
def test_a_bad_language_code(pack_copy, language):
    """Only a language code CLDR knows: ``img`` looks like one but is not."""
    manifest = pack_copy / "manifest.txt"
    replace_in(manifest, "language: en", f"language: {language}")
    line = line_number(manifest, "language:")
    assert problems_of(pack_copy) == [
        f"manifest.txt:{line}: language: '{language}' is not a language code such as 'en', "
        "'de' or 'nl'"
    ]


def test_language_codes_are_what_babel_knows_and_start_up_does_not_ask_babel():
    """A plain code whose CLDR data Babel ships is answered without importing Babel (every
    start checks the packs' translation folders); the answers are Babel's."""
    from babel import Locale, UnknownLocaleError

    from toolbox_desktop.core.pack_roles import is_language_code

    def babel_says(name: str) -> bool:
        try:
            Locale.parse(name, sep="-")
        except (UnknownLocaleError, ValueError):
            return False
        return True

    names = ["de", "nl", "en", "fr", "pt", "fil", "und", "pt-br", "sr-latn", "xx", "zzz", "img"]
    assert [is_language_code(n) for n in names] == [babel_says(n) for n in names]
    assert not is_language_code("DE") and not is_language_code("old")
    code = (
        "import sys\n"
        "from toolbox_desktop.core.pack_roles import is_language_code\n"
        "print(is_language_code('de'), is_language_code('nl'), 'babel' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.split() == ["True", "True", "False"], result.stderr[-2000:]

"""The shipped pack holds every item of the Whole-COMM toolbox: no benchmark left out, merged
or invented. Counts per dimension and sub-theme are compared with the source document itself
(when it is beside the repository, as in CI) and with the counts written down here from it."""

import re
from pathlib import Path

import pytest

from toolbox_desktop.core.pack import load_pack

SOURCE = Path(__file__).resolve().parents[3] / "shared" / "seeds" / "002_cb67aec824634e9a.txt"

# Benchmarks per sub-theme, in the toolbox's order (Whole-COMM toolbox, pp. 14-28).
EXPECTED_BENCHMARKS = {
    "gov": [2, 5, 2, 3],
    "emp": [6, 3, 5, 2, 2],
    "edu": [5, 3, 2, 3, 1],
    "hea": [2, 2, 1, 2, 1, 2],
    "hou": [2, 8, 3, 1],
}
EXPECTED_CHALLENGES = {"gov": 8, "emp": 8, "edu": 6, "hea": 5, "hou": 6}
EXPECTED_PRACTICES = {"gov": 2, "emp": 1, "edu": 2, "hea": 2, "hou": 3}


def parse_source(text: str) -> dict:
    """Count challenges, benchmarks per sub-theme and practices per dimension in the source."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("# 1."))
    codes = list(EXPECTED_BENCHMARKS)
    result = {code: {"subthemes": [], "challenges": 0, "practices": 0} for code in codes}
    dimension = -1
    section = ""
    for line in lines[start:]:
        stripped = line.strip()
        number = re.match(r"^#+\s*([1-5])\.", stripped)
        if number:
            dimension = int(number.group(1)) - 1
            section = ""
            continue
        if dimension < 0:
            continue
        entry = result[codes[dimension]]
        upper = stripped.lstrip("#* ").upper()
        if upper.startswith("COMMON CHALLENGES"):
            section = "challenges"
        elif upper.startswith("KEY BENCHMARKS"):
            section = "benchmarks"
        elif upper.startswith("INNOVATIVE INTEGRATION PRACTICES"):
            section = "practices"
        elif stripped.startswith("#") and section == "benchmarks":
            entry["subthemes"].append([stripped.lstrip("# ").strip(), 0])
        elif stripped.startswith("###") and section == "practices":
            entry["practices"] += 1
        elif re.match(r"^-\s*(✓\s*)?\w", stripped):
            if section == "challenges":
                entry["challenges"] += 1
            elif section == "benchmarks":
                entry["subthemes"][-1][1] += 1
    return result


@pytest.fixture(scope="module")
def content():
    pack = Path(__file__).resolve().parents[2] / "data" / "content" / "whole-comm"
    result = load_pack(pack)
    assert result.ok, [str(p) for p in result.problems]
    return result.content


def test_pack_counts_match_the_toolbox(content):
    for dimension, counts in EXPECTED_BENCHMARKS.items():
        subthemes = content.subthemes_of(dimension)
        assert [len(content.benchmarks_of(s.code)) for s in subthemes] == counts, dimension
        assert len(content.challenges_of(dimension)) == EXPECTED_CHALLENGES[dimension]
        assert len(content.practices_of(dimension)) == EXPECTED_PRACTICES[dimension]
    assert len(content.benchmarks) == 68
    assert len(content.guide) == 7
    assert [step.number for step in content.guide] == list(range(1, 8))


def test_benchmarks_are_numbered_in_order_within_each_subtheme(content):
    for subtheme in content.subthemes:
        codes = [b.code for b in content.benchmarks_of(subtheme.code)]
        assert codes == [f"{subtheme.code}.{n}" for n in range(1, len(codes) + 1)]


@pytest.mark.skipif(not SOURCE.exists(), reason="source document not beside the repository")
def test_expected_counts_are_those_of_the_source_document(content):
    source = parse_source(SOURCE.read_text(encoding="utf-8"))
    for dimension, expected in EXPECTED_BENCHMARKS.items():
        found = source[dimension]
        assert [count for _title, count in found["subthemes"]] == expected, dimension
        assert found["challenges"] == EXPECTED_CHALLENGES[dimension], dimension
        assert found["practices"] == EXPECTED_PRACTICES[dimension], dimension
        titles = [title.lower() for title, _count in found["subthemes"]]
        ours = [s.title.lower() for s in content.subthemes_of(dimension)]
        assert ours == titles, dimension

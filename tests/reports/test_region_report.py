"""The region report: the region view's figures on paper (medians and quartiles per dimension,
the size bands, the years, the own town's place, the benchmarks), with a withheld figure
printed as "fewer than 5 towns", never as its number; without a region file, or with a file
that is none, a clear error and no file."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from region_sample import expected_scores, median, own_assessment, sample_region
from toolbox_desktop.cli import EXIT_ERROR, EXIT_OK, main
from toolbox_desktop.core.formatting import round_half_up, rounded
from toolbox_desktop.region.scores import OVERALL
from toolbox_desktop.services.reports import ReportChoices, build_report, prepare
from toolbox_desktop.services.reports.region_data import RegionReportError

WITHHELD = "fewer than 5 towns"


@pytest.fixture
def sample(tmp_path, pack_copy):
    return sample_region(tmp_path / "region", pack_copy.parent)


def percent(value: float) -> str:
    return f"{rounded(float(round_half_up(value, 1)))} %"


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def cells_of(text: str) -> list[str]:
    """The PDF's text a cell (or line) at a time, as pypdf reads a table."""
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def after(cells: list[str], *first: str) -> list[str]:
    """The cells that follow the first run of ``first`` (a row's title and its first cells)."""
    for index in range(len(cells)):
        if cells[index : index + len(first)] == list(first):
            return cells[index + len(first) :]
    raise AssertionError(f"no row {first}")


def test_the_report_prints_the_medians_and_withholds_what_it_must(workspace, sample, tmp_path):
    own_assessment(workspace, level=2)
    target = tmp_path / "region.pdf"
    build_report("region", workspace, ReportChoices(region=str(sample.path)), target)
    text = text_of(target)
    cells = cells_of(text)
    assert "Region report" in cells
    assert "2026, all towns: 10 towns" in cells
    assert any(cell.startswith("Your town's newest assessment: Our review") for cell in cells)
    content = workspace.content
    scores = expected_scores(sample, content, 2026, range(10))
    titles = [(f"{d.number}. {d.title}", d.code) for d in content.dimensions]
    for title, code in [*titles, ("Overall", OVERALL)]:
        row = after(cells, title, "10")  # the table's row: 10 towns, lower, median, ...
        shown_median = row[1]
        assert shown_median == percent(median(scores[code])), title

    # The benchmark rated by 3 towns: its row says so once, with no count and no level.
    number = content.benchmark_number(sample.rare_benchmark)
    row = after(cells, number)
    assert WITHHELD in row[:3]
    assert row[row.index(WITHHELD) + 1] == content.benchmark_number(content.benchmarks[1].code)

    # The size bands: both withheld in every row (2 small towns; the other band would give
    # them away), all towns shown; the small towns' own median is nowhere as theirs.
    overall = percent(median(scores[OVERALL]))
    bands = after(cells, "Towns of the same size")
    # The band of 8 towns is withheld too, but not said to have fewer than 5 towns (its
    # words wrap in the cell: read the row's cells up to the all-towns median).
    row = after(bands, "Overall")
    assert row[0] == WITHHELD
    assert " ".join(row[1 : row.index(overall)]) == (
        "withheld: would give away a group of fewer than 5 towns"
    )
    assert "Where your town stands" in cells
    assert {"above the median", "below the median", "at the median"} & set(cells)


def test_the_report_data_hold_no_withheld_number(workspace, sample):
    report = prepare("region", workspace.conn, workspace.content,
                     ReportChoices(region=str(sample.path)))  # fmt: skip
    figures = report.data["figures"]
    rare = figures.benchmarks[sample.rare_benchmark]
    assert rare.spread.towns is None and rare.spread.median is None and rare.share_low is None
    for band in ("lt5k", "5k-20k"):
        assert all(spread.towns is None and spread.median is None
                   for spread in figures.by_band[band].values())  # fmt: skip


def test_the_report_of_a_chosen_year(workspace, sample, tmp_path):
    target = tmp_path / "region-2025.pdf"
    build_report("region", workspace, ReportChoices(region=str(sample.path), year=2025), target)
    assert "2025, all towns: 10 towns" in cells_of(text_of(target))


def test_without_a_region_file_or_with_a_wrong_one_nothing_is_written(workspace, tmp_path):
    target = tmp_path / "region.pdf"
    with pytest.raises(RegionReportError, match="--region FILE"):
        build_report("region", workspace, ReportChoices(), target)
    with pytest.raises(RegionReportError, match="is not a region file"):
        build_report("region", workspace, ReportChoices(region=str(workspace.path)), target)
    with pytest.raises(RegionReportError, match="there is no file"):
        build_report("region", workspace, ReportChoices(region=str(tmp_path / "x")), target)
    assert not target.exists()


def test_the_command_line_takes_the_region_file(workspace, sample, tmp_path, capsys):
    target = tmp_path / "cli.pdf"
    db = ["--db", str(workspace.path)]
    assert main(["report", "region", *db, "-o", str(target)]) == EXIT_ERROR
    assert "needs a region file" in capsys.readouterr().err
    assert not target.exists()
    arguments = ["report", "region", "--region", str(sample.path), *db, "-o", str(target)]
    assert main(arguments) == EXIT_OK
    assert "Region report" in text_of(target)

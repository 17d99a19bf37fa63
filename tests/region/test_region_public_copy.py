"""The public copy (``region public``) is the file to hand to the towns: the region view and the
region report open it (read-only) with the same figures as the full file, and without every
town's ratings leaving whoever collected the packages; a merge refuses it as its output."""

from __future__ import annotations

import pytest
from region_helpers import dump, write_town

from toolbox_desktop.cli import main
from toolbox_desktop.region.merge import merge
from toolbox_desktop.region.publish import write_public_file
from toolbox_desktop.region.scores import OVERALL
from toolbox_desktop.region.view_queries import region_figures
from toolbox_desktop.services.reports.region_data import region_file_problem
from toolbox_desktop.storage.region_schema import RegionFileError


@pytest.fixture
def files(tmp_path, content, known):
    folder = tmp_path / "packages"
    packages = [
        write_town(folder, content, known, f"Town {n}", 8_000, {2025: n % 3}) for n in range(6)
    ]
    full = tmp_path / "region.sqlite3"
    merge(packages, full, content)
    public = tmp_path / "region-public.sqlite3"
    write_public_file(full, public)
    return full, public


def test_the_view_reads_the_public_copy_with_the_full_files_figures(files):
    full, public = files
    assert region_file_problem(public) is None
    own = {OVERALL: 60.0}
    from_full, from_public = region_figures(full, own=own), region_figures(public, own=own)
    assert from_public.towns == from_full.towns == 6
    assert from_public.dimensions == from_full.dimensions
    assert from_public.benchmarks == from_full.benchmarks
    assert from_public.trend == from_full.trend
    # Above the median either way; the percentile needs each town's score, which only the
    # full file holds.
    assert from_full.own[OVERALL].percentile is not None
    assert from_public.own[OVERALL].median == from_full.own[OVERALL].median
    assert from_public.own[OVERALL].percentile is None
    assert "Town 1" not in "\n".join(dump(public))


def test_a_merge_refuses_the_public_copy_as_its_output(files, content, known, tmp_path):
    _full, public = files
    before = dump(public)
    package = write_town(tmp_path / "more", content, known, "Town 9", 8_000, {2025: 2})
    with pytest.raises(RegionFileError):
        merge([package], public, content)
    assert dump(public) == before


def test_the_commands_read_the_public_copy(files, tmp_path, capsys, database_file):
    _full, public = files
    assert main(["region", "info", str(public)]) == 0
    out = capsys.readouterr().out
    assert "years        2025" in out
    assert not out.startswith("towns")  # no raw table to count
    report = tmp_path / "region.pdf"
    own = str(database_file)
    command = ["report", "region", "--db", own, "--region", str(public), "-o", str(report)]
    assert main(command) == 0
    assert report.stat().st_size > 0

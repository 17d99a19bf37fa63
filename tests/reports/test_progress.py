"""A report being laid out tells how far it is, and stops soon after the user cancels."""

import pytest

from toolbox_desktop.core.assessment import Profile
from toolbox_desktop.reports.progress import BuildCancelledError, BuildMonitor, monitoring
from toolbox_desktop.reports.worksheet import build_worksheet


def test_progress_rises_to_nearly_done_over_both_layout_passes(content, tmp_path):
    seen: list[int] = []
    with monitoring(BuildMonitor(seen.append, lambda: False)):
        build_worksheet(content, tmp_path / "w.pdf", Profile(name="Lindenbach"), True)
    assert seen == sorted(seen), "progress never goes back"
    assert len(set(seen)) > 10
    assert seen[0] < 20 and 90 <= seen[-1] <= 99
    assert any(40 <= value <= 60 for value in seen)  # the second pass starts half-way


def test_without_a_monitor_nothing_is_reported_and_the_report_is_made(content, tmp_path):
    build_worksheet(content, tmp_path / "w.pdf")
    assert (tmp_path / "w.pdf").stat().st_size > 10_000


def test_cancelling_stops_the_layout_early(content, tmp_path):
    seen: list[int] = []
    with (
        monitoring(BuildMonitor(seen.append, lambda: len(seen) >= 3)),
        pytest.raises(BuildCancelledError),
    ):
        build_worksheet(content, tmp_path / "w.pdf", facilitator=True)
    assert len(seen) == 3 and seen[-1] < 30

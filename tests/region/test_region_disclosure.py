"""The disclosure rule: no figure from fewer than K towns, nothing computed back from a total,
extremes only when K towns share them; in the rule's functions and in a merged file."""

from __future__ import annotations

import pytest
from region_helpers import rows, write_town

from toolbox_desktop.region import disclosure as d
from toolbox_desktop.region import queries
from toolbox_desktop.region.merge import merge


def test_a_group_of_k_minus_1_towns_is_withheld_and_one_of_k_shown():
    assert d.distribution([10.0, 20.0, 30.0, 40.0], 5) == d.withheld(d.FEWER_TOWNS)
    shown = d.distribution([10.0, 20.0, 30.0, 40.0, 50.0], 5)
    assert (shown.n_towns, shown.q1, shown.median, shown.q3) == (5, 20.0, 30.0, 40.0)
    assert shown.minimum is None and shown.maximum is None  # one town's own value each
    assert shown.extremes_suppressed == d.EXTREME_OF_FEW


def test_extremes_only_when_k_towns_share_them():
    levels = [0] * 5 + [2] * 3 + [4] * 4
    figures = d.distribution(levels, 5, decimals=2)
    assert figures.minimum == 0.0 and figures.maximum is None


def test_the_computed_back_case_hides_the_next_smallest_band():
    """Bands of 12, 7, 6 and 2 towns beside their total of 27: the band of 2 is withheld, and
    since 27 - 12 - 7 - 6 would give it back, the band of 6 too."""
    counts = {"lt5k": 12, "5k-20k": 7, "20k-50k": 6, "50k-100k": 2}
    reasons = d.group_reasons(counts, 5)
    assert reasons == {
        "lt5k": d.SHOWN,
        "5k-20k": d.SHOWN,
        "20k-50k": d.COMPLEMENTARY,
        "50k-100k": d.FEWER_TOWNS,
    }
    shown = sum(n for band, n in counts.items() if not reasons[band])
    hidden = [n for band, n in counts.items() if reasons[band]]
    # What a reader can compute: the hidden bands together, never one of them.
    assert sum(counts.values()) - shown == sum(hidden) >= 5
    assert len(hidden) >= 2


def test_two_small_bands_alone_are_not_enough_when_together_they_are_few():
    # 1 + 2 hidden: the reader would know the two bands hold 3 towns (1 and 2, or 2 and 1;
    # with bands of 1 and 1 even exactly): a third band is withheld until they hold K.
    reasons = d.group_reasons({"a": 20, "b": 9, "c": 2, "d": 1}, 5)
    assert reasons == {"a": d.SHOWN, "b": d.COMPLEMENTARY, "c": d.FEWER_TOWNS, "d": d.FEWER_TOWNS}


def test_nothing_is_withheld_without_need():
    assert d.group_reasons({"a": 5, "b": 5}, 5) == {"a": d.SHOWN, "b": d.SHOWN}
    assert d.group_reasons({"a": 3}, 5) == {"a": d.FEWER_TOWNS}
    assert d.total_reason({"a": 2, "b": 2}, 5) == d.FEWER_TOWNS


def test_the_threshold_is_at_least_three():
    with pytest.raises(ValueError):
        d.check_min_towns(2)
    assert d.check_min_towns(3) == 3


def test_percentile_rank_only_for_a_distribution_that_may_be_shown():
    values = [10.0, 20.0, 30.0, 40.0, 50.0]
    assert d.percentile_rank(values, 30.0, 5) == 50.0
    assert d.percentile_rank(values, 55.0, 5) == 100.0
    assert d.percentile_rank(values[:4], 30.0, 5) is None
    assert d.percentile_rank(values, None, 5) is None


@pytest.fixture
def region(tmp_path, content, known):
    """2025: five towns under 5,000 (levels 0-4), four of 5,000-19,999 and one of over
    100,000; 2024: four towns only."""
    folder = tmp_path / "packages"
    packages = []
    for number in range(5):
        years = {2025: number} | ({2024: number} if number < 4 else {})
        packages.append(write_town(folder, content, known, f"Small {number}", 3_000, years))
    for number in range(4):
        packages.append(write_town(folder, content, known, f"Middle {number}", 9_000, {2025: 2}))
    packages.append(write_town(folder, content, known, "Big", 150_000, {2025: 4}))
    path = tmp_path / "region.sqlite3"
    merge(packages, path, content)
    return path


def test_a_merged_file_publishes_no_figure_of_fewer_than_k_towns(region):
    overall = rows(
        region,
        "SELECT size_band, n_towns, median, q1, q3, suppressed FROM public_dimension_scores "
        "WHERE year = 2025 AND dimension = 'overall' ORDER BY size_band",
    )
    assert overall == [
        # The band of 4 and the band of 1 are withheld (together 5 towns): nothing to compute.
        ("100k+", None, None, None, None, d.FEWER_TOWNS),
        ("5k-20k", None, None, None, None, d.FEWER_TOWNS),
        ("all", 10, 50.0, 50.0, 68.8, d.SHOWN),  # 68.75 rounded half up
        ("lt5k", 5, 50.0, 25.0, 75.0, d.SHOWN),
    ]
    # 2024 has four towns: nothing at all, not even how many.
    assert rows(region, "SELECT n_towns, suppressed FROM public_years WHERE year = 2024") == [
        (None, d.FEWER_TOWNS)
    ]
    assert rows(
        region,
        "SELECT count(*) FROM public_dimension_scores WHERE year = 2024 AND median IS NOT NULL",
    ) == [(0,)]


def test_the_computed_back_case_in_a_merged_file(tmp_path, content, known):
    """Five small towns, five middle ones, one big: the big town's band is withheld, so the
    next smallest band is too, or all towns minus the shown bands would be the big one."""
    folder = tmp_path / "packages"
    packages = [
        write_town(folder, content, known, f"Small {n}", 3_000, {2025: 1}) for n in range(6)
    ]
    packages += [
        write_town(folder, content, known, f"Middle {n}", 9_000, {2025: 3}) for n in range(5)
    ]
    packages.append(write_town(folder, content, known, "Big", 150_000, {2025: 4}))
    path = tmp_path / "region.sqlite3"
    merge(packages, path, content)
    conn = queries.open_region(path)
    try:
        bands = {
            figures.size_band: figures.distribution
            for figures in queries.size_band_comparison(conn, 2025)
        }
        benchmarks = queries.benchmark_distributions(conn, 2025, "100k+")
    finally:
        conn.close()
    assert bands["lt5k"].n_towns == 6 and bands["lt5k"].median == 25.0
    assert bands["5k-20k"].suppressed == d.COMPLEMENTARY
    assert bands["5k-20k"].n_towns is None and bands["5k-20k"].median is None
    assert bands["100k+"].suppressed == d.FEWER_TOWNS and bands["100k+"].median is None
    assert bands["all"].n_towns == 12
    # The big town's level of 4 is nowhere: neither per benchmark nor as a maximum.
    assert all(b.distribution.median is None and b.share_low is None for b in benchmarks.values())
    assert rows(path, "SELECT count(*) FROM public_dimension_scores WHERE maximum = 100.0") == [
        (0,)
    ]


def test_the_threshold_of_the_file_is_used(tmp_path, content, known):
    folder = tmp_path / "packages"
    packages = [
        write_town(folder, content, known, f"Town {n}", 3_000, {2025: n % 5}) for n in range(6)
    ]
    path = tmp_path / "region.sqlite3"
    merge(packages, path, content, min_towns=7)
    assert rows(path, "SELECT n_towns FROM public_years") == [(None,)]
    merge([], path, content)  # the file keeps its threshold
    assert rows(path, "SELECT value FROM settings WHERE key = 'min_towns'") == [("7",)]
    assert rows(path, "SELECT value FROM public_about WHERE key = 'min_towns'") == [("7",)]
    merge([], path, content, min_towns=6)
    assert rows(path, "SELECT n_towns FROM public_years") == [(6,)]

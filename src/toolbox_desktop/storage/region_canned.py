"""The canned queries Datasette offers on a published region file (``region.metadata``):
the usual questions, answered from the public tables only (arbitrary SQL is switched off, so
these are the only queries a visitor can run)."""

from __future__ import annotations

# name -> (title, description, sql); ``:name`` parameters become form fields in Datasette.
CANNED_QUERIES: dict[str, tuple[str, str, str]] = {
    "dimension_scores_by_size_band": (
        "Dimension scores by size band for a year",
        "Median and quartiles of each dimension's score, per size band and for all towns, "
        "in the year you give.",
        "SELECT d.dimension_title, d.size_band_label, d.n_towns, d.median, d.q1, d.q3, "
        "d.suppressed FROM public_dimension_scores d "
        "LEFT JOIN public_size_bands b ON b.size_band = d.size_band "
        "WHERE d.year = CAST(:year AS INTEGER) "
        "ORDER BY d.dimension = 'overall' DESC, d.dimension, coalesce(b.position, 99)",
    ),
    "benchmarks_where_most_towns_are_low": (
        "Benchmarks where most towns are low",
        "Benchmarks where more than half of the towns that rated them stand at level 0 or 1, "
        "in the year you give (all towns).",
        "SELECT benchmark_number, benchmark, dimension, n_towns, share_low, median_level, "
        "median_target FROM public_benchmark_scores "
        "WHERE year = CAST(:year AS INTEGER) AND size_band = 'all' AND share_low > 50 "
        "ORDER BY share_low DESC, benchmark_number",
    ),
    "trend_of_a_dimension": (
        "Trend of a dimension",
        "The median and quartiles of one dimension's score (its code, e.g. gov, or overall) "
        "year by year, all towns.",
        "SELECT year, dimension_title, n_towns, median, q1, q3, suppressed FROM public_trend "
        "WHERE dimension = :dimension ORDER BY year",
    ),
    "overall_score_by_size_band": (
        "Overall score by size band",
        "The overall score's median and quartiles per size band, year by year.",
        "SELECT s.year, s.size_band_label, s.n_towns, s.median, s.q1, s.q3, s.suppressed "
        "FROM public_size_band_scores s LEFT JOIN public_size_bands b "
        "ON b.size_band = s.size_band ORDER BY s.year, coalesce(b.position, 99)",
    ),
}

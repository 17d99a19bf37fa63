"""The Datasette metadata that publishes a region file read-only (``toolbox-desktop region
metadata``, docs/region-format.md "Publishing with Datasette").

What it does for disclosure: arbitrary SQL is switched off (``allow_sql: false``), so a visitor
can read only tables and the canned queries below; every raw table and view (each town's
figures) is denied to everyone (``"allow": false``) and hidden; only the public tables, which
hold nothing the disclosure rule withholds, are served. Datasette itself is not imported: the
app never needs it, only the person who publishes (``pip install toolbox-desktop[region]``).
"""

from __future__ import annotations

import json
from pathlib import Path

from toolbox_desktop import APP_NAME, __version__
from toolbox_desktop.storage.region_canned import CANNED_QUERIES
from toolbox_desktop.storage.region_public import PUBLIC_TABLES, PUBLIC_VIEWS
from toolbox_desktop.storage.region_schema import RAW_TABLES, RAW_VIEWS

DEFAULT_TITLE = "Where our towns stand: pooled integration self-assessments"
DEFAULT_LICENCE = "CC BY 4.0"
DEFAULT_LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
DEFAULT_SOURCE = (
    "Anonymised self-assessments of the member towns, made with the "
    f"{APP_NAME} (Whole-COMM benchmarks)"
)

_SUPPRESSED = (
    "Why the figures of this row are empty: '' shown; 'fewer-towns' fewer than {k} towns; "
    "'complementary' withheld so that a withheld row cannot be computed back from the total."
)
_EXTREMES = (
    "Why minimum or maximum is empty while the rest is shown: fewer than {k} towns have that "
    "value ('extreme-of-few-towns')."
)

_TABLES = {
    "public_about": ("About this file", {"key": "min_towns: the disclosure threshold"}),
    "public_size_bands": ("The size bands towns are grouped in, by population", {}),
    "public_years": ("Assessment years and how many towns took part", {}),
    "public_countries": (
        "Towns per country; countries with fewer than {k} towns are pooled (country empty)",
        {},
    ),
    "public_dimension_scores": (
        "Score distributions (percent) per year, size band and dimension "
        "(dimension 'overall': every benchmark)",
        {
            "n_towns": "towns with a score in this dimension (each town once a year)",
            "median": "median score in percent",
            "q1": "lower quartile",
            "q3": "upper quartile",
            "minimum": "lowest score, shown only when at least {k} towns have it",
            "maximum": "highest score, shown only when at least {k} towns have it",
        },
    ),
    "public_benchmark_scores": (
        "Level distributions (0-4) per year, size band and benchmark",
        {
            "n_towns": "towns that rated the benchmark with a level",
            "share_low": "percent of those towns at level 0 or 1",
            "median_target": "median target level (empty with fewer than {k} targets)",
        },
    ),
    "public_size_band_scores": ("The overall score per year and size band", {}),
    "public_trend": ("Median and quartiles per dimension, year by year, all towns", {}),
}


def metadata(
    database: str = "region",
    min_towns: int = 5,
    title: str = DEFAULT_TITLE,
    licence: str = DEFAULT_LICENCE,
    licence_url: str = DEFAULT_LICENCE_URL,
    source: str = DEFAULT_SOURCE,
    source_url: str = "",
) -> dict:
    """The metadata for the region file served by Datasette under the name ``database``
    (the file's name without its extension)."""
    tables: dict[str, dict] = {}
    for name in (*RAW_TABLES, *RAW_VIEWS):
        tables[name] = {"allow": False, "hidden": True}
    for name in (*PUBLIC_TABLES, *PUBLIC_VIEWS):
        description, columns = _TABLES[name]
        entry: dict = {"description": description.format(k=min_towns)}
        column_texts = {key: text.format(k=min_towns) for key, text in columns.items()}
        if name not in ("public_about", "public_size_bands"):
            column_texts.setdefault("suppressed", _SUPPRESSED.format(k=min_towns))
        if name in ("public_dimension_scores", "public_benchmark_scores"):
            column_texts["extremes_suppressed"] = _EXTREMES.format(k=min_towns)
        if column_texts:
            entry["columns"] = column_texts
        tables[name] = entry
    queries = {
        name: {"title": query_title, "description": description, "sql": sql}
        for name, (query_title, description, sql) in CANNED_QUERIES.items()
    }
    result = {
        "title": title,
        "description": (
            f"How the towns of the region assess their local integration policy, pooled "
            f"from their anonymised self-assessments. No figure comes from fewer than "
            f"{min_towns} towns; nothing about a single town is published."
        ),
        "license": licence,
        "license_url": licence_url,
        "source": source,
        "allow_sql": False,
        # Fail closed: Datasette decides by the first explicit rule of table, database,
        # instance. The instance is denied, so a file served under another name than this
        # metadata was made for (renamed, or the metadata of another file) shows nothing,
        # where per-table rules alone would serve its raw tables. The price: the instance's
        # home page answers 403; the region is at /<database> (``served_at``).
        "allow": False,
        "databases": {
            database: {
                "description": f"Made with {APP_NAME} {__version__}.",
                "allow": True,
                "allow_sql": False,
                "tables": tables,
                "queries": queries,
            }
        },
    }
    if source_url:
        result["source_url"] = source_url
    return result


def served_at(database: str = "region", port: int = 8001) -> str:
    """Where Datasette serves the region with this metadata (its home page is denied)."""
    return f"http://127.0.0.1:{port}/{database}"


def write_metadata(path: Path | str, **options) -> None:
    """Write ``metadata(**options)`` as JSON to ``path`` (atomically)."""
    from toolbox_desktop.storage.atomic_file import write_atomically

    text = json.dumps(metadata(**options), ensure_ascii=False, indent=2) + "\n"
    write_atomically(path, text.encode("utf-8"))

"""The region file's public tables: the only figures that may be shown or published.

``region.publish`` computes them from the raw tables with the disclosure rule
(``region.disclosure``) and hands the rows here; the region view (``region.queries``) and
Datasette read nothing else. A suppressed figure is stored as NULL with its reason in
``suppressed`` (``extremes_suppressed`` for the minimum and maximum), never as the number, so
no reader can show it by mistake. The views ``public_size_band_scores`` and ``public_trend``
are cuts of ``public_dimension_scores`` for the usual questions.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path

PUBLIC_TABLES = (
    "public_about",
    "public_size_bands",
    "public_years",
    "public_countries",
    "public_dimension_scores",
    "public_benchmark_scores",
)
PUBLIC_VIEWS = ("public_size_band_scores", "public_trend")

DIMENSION_COLUMNS = (
    "year",
    "size_band",
    "size_band_label",
    "dimension",
    "dimension_title",
    "n_towns",
    "median",
    "q1",
    "q3",
    "minimum",
    "maximum",
    "suppressed",
    "extremes_suppressed",
)
BENCHMARK_COLUMNS = (
    "year",
    "size_band",
    "size_band_label",
    "benchmark",
    "benchmark_number",
    "dimension",
    "n_towns",
    "median_level",
    "q1_level",
    "q3_level",
    "min_level",
    "max_level",
    "share_low",
    "median_target",
    "suppressed",
    "extremes_suppressed",
)

_DDL = """
CREATE TABLE IF NOT EXISTS public_about (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS public_size_bands (
    position INTEGER NOT NULL,
    size_band TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    population_from INTEGER,
    population_below INTEGER
);
CREATE TABLE IF NOT EXISTS public_years (
    year INTEGER PRIMARY KEY,
    n_towns INTEGER,
    suppressed TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS public_countries (
    country TEXT PRIMARY KEY,          -- '' stands for the countries with fewer towns, pooled
    n_towns INTEGER,
    suppressed TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS public_dimension_scores (
    year INTEGER NOT NULL,
    size_band TEXT NOT NULL,           -- 'all' or a band of public_size_bands
    size_band_label TEXT NOT NULL,
    dimension TEXT NOT NULL,           -- 'overall' or a dimension code
    dimension_title TEXT NOT NULL,
    n_towns INTEGER,
    median REAL,
    q1 REAL,
    q3 REAL,
    minimum REAL,
    maximum REAL,
    suppressed TEXT NOT NULL,
    extremes_suppressed TEXT NOT NULL,
    PRIMARY KEY (year, size_band, dimension)
);
CREATE INDEX IF NOT EXISTS public_dimension_scores_by_dimension
    ON public_dimension_scores(dimension, size_band, year);
CREATE TABLE IF NOT EXISTS public_benchmark_scores (
    year INTEGER NOT NULL,
    size_band TEXT NOT NULL,
    size_band_label TEXT NOT NULL,
    benchmark TEXT NOT NULL,
    benchmark_number TEXT NOT NULL,
    dimension TEXT NOT NULL,
    n_towns INTEGER,
    median_level REAL,
    q1_level REAL,
    q3_level REAL,
    min_level INTEGER,
    max_level INTEGER,
    share_low REAL,                    -- percent of the towns at level 0 or 1
    median_target REAL,
    suppressed TEXT NOT NULL,
    extremes_suppressed TEXT NOT NULL,
    PRIMARY KEY (year, size_band, benchmark)
);
CREATE VIEW IF NOT EXISTS public_size_band_scores AS
SELECT year, size_band, size_band_label, n_towns, median, q1, q3, minimum, maximum,
       suppressed, extremes_suppressed
FROM public_dimension_scores WHERE dimension = 'overall';
CREATE VIEW IF NOT EXISTS public_trend AS
SELECT dimension, dimension_title, year, n_towns, median, q1, q3, suppressed
FROM public_dimension_scores WHERE size_band = 'all';
"""


def create_public_tables(conn: sqlite3.Connection) -> None:
    conn.executescript(_DDL)


def replace_public(
    conn: sqlite3.Connection,
    about: dict[str, str],
    bands: Iterable[Sequence],
    years: Iterable[Sequence],
    countries: Iterable[Sequence],
    dimension_rows: Iterable[Sequence],
    benchmark_rows: Iterable[Sequence],
) -> None:
    """Replace every public row (inside the caller's transaction)."""
    for table in PUBLIC_TABLES:
        conn.execute(f'DELETE FROM "{table}"')
    conn.executemany("INSERT INTO public_about (key, value) VALUES (?, ?)", about.items())
    conn.executemany(
        "INSERT INTO public_size_bands (position, size_band, label, population_from, "
        "population_below) VALUES (?, ?, ?, ?, ?)",
        bands,
    )
    conn.executemany("INSERT INTO public_years (year, n_towns, suppressed) VALUES (?, ?, ?)", years)
    conn.executemany(
        "INSERT INTO public_countries (country, n_towns, suppressed) VALUES (?, ?, ?)",
        countries,
    )
    conn.executemany(_insert("public_dimension_scores", DIMENSION_COLUMNS), dimension_rows)
    conn.executemany(_insert("public_benchmark_scores", BENCHMARK_COLUMNS), benchmark_rows)


def _insert(table: str, columns: Sequence[str]) -> str:
    names = ", ".join(columns)
    marks = ", ".join("?" for _ in columns)
    return f"INSERT INTO {table} ({names}) VALUES ({marks})"


# -- reads for the region view (region.queries) ----------------------------------------------
def about(conn: sqlite3.Connection) -> dict[str, str]:
    return dict(conn.execute("SELECT key, value FROM public_about"))


def size_bands(conn: sqlite3.Connection) -> list[tuple]:
    """(size_band, label, population_from, population_below) of the bands with towns."""
    return conn.execute(
        "SELECT b.size_band, b.label, b.population_from, b.population_below "
        "FROM public_size_bands b WHERE EXISTS (SELECT 1 FROM public_dimension_scores d "
        "WHERE d.size_band = b.size_band) ORDER BY b.position"
    ).fetchall()


def years(conn: sqlite3.Connection) -> list[tuple]:
    """(year, n_towns, suppressed), oldest first."""
    return conn.execute(
        "SELECT year, n_towns, suppressed FROM public_years ORDER BY year"
    ).fetchall()


def countries(conn: sqlite3.Connection) -> list[tuple]:
    """(country, n_towns, suppressed); '' (the pooled others) last."""
    return conn.execute(
        "SELECT country, n_towns, suppressed FROM public_countries ORDER BY country = '', country"
    ).fetchall()


def dimension_rows(conn: sqlite3.Connection, year: int, size_band: str) -> list[tuple]:
    """``DIMENSION_COLUMNS`` of one year and band ('all' for every town)."""
    return conn.execute(
        f"SELECT {', '.join(DIMENSION_COLUMNS)} FROM public_dimension_scores "
        "WHERE year = ? AND size_band = ?",
        (year, size_band),
    ).fetchall()


def band_rows(conn: sqlite3.Connection, year: int, dimension: str) -> list[tuple]:
    """``DIMENSION_COLUMNS`` of every band (and 'all') for one year and dimension."""
    return conn.execute(
        f"SELECT {', '.join(DIMENSION_COLUMNS)} FROM public_dimension_scores "
        "WHERE year = ? AND dimension = ?",
        (year, dimension),
    ).fetchall()


def trend_rows(conn: sqlite3.Connection, size_band: str) -> list[tuple]:
    """``DIMENSION_COLUMNS`` of every year and dimension of one band, oldest year first."""
    return conn.execute(
        f"SELECT {', '.join(DIMENSION_COLUMNS)} FROM public_dimension_scores "
        "WHERE size_band = ? ORDER BY year",
        (size_band,),
    ).fetchall()


def benchmark_rows(conn: sqlite3.Connection, year: int, size_band: str) -> list[tuple]:
    """``BENCHMARK_COLUMNS`` of one year and band."""
    return conn.execute(
        f"SELECT {', '.join(BENCHMARK_COLUMNS)} FROM public_benchmark_scores "
        "WHERE year = ? AND size_band = ?",
        (year, size_band),
    ).fetchall()


def write_public_copy(source: sqlite3.Connection, target: Path | str) -> None:
    """A new SQLite file at ``target`` (replaced atomically) holding the public tables and
    views of the region file open on ``source``, and nothing else: a file that may be handed
    out or downloaded whole."""
    from toolbox_desktop.storage.atomic_file import replacing

    with replacing(target) as temporary:
        copy = sqlite3.connect(temporary)
        try:
            create_public_tables(copy)
            for table in PUBLIC_TABLES:
                found = source.execute(f'SELECT * FROM "{table}"')
                width = len(found.description)
                marks = ", ".join("?" for _ in range(width))
                copy.executemany(f'INSERT INTO "{table}" VALUES ({marks})', found)
            # What makes the view and the report take the copy for a region file.
            from toolbox_desktop.storage.region_schema import APPLICATION

            copy.execute(
                "INSERT OR IGNORE INTO public_about (key, value) VALUES ('application', ?)",
                (APPLICATION,),
            )
            version = source.execute("PRAGMA user_version").fetchone()[0]
            copy.execute(f"PRAGMA user_version = {int(version)}")
            copy.commit()
        finally:
            copy.close()

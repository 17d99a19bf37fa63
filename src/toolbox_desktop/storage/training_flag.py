"""Whether a database holds the fictional training town, answered without loading the town's
data module (the main window asks at start-up)."""

from __future__ import annotations

import sqlite3

TRAINING_KEY = "training_municipality"


def is_training_municipality(conn: sqlite3.Connection) -> bool:
    """Whether the database holds the fictional training town (screens may say so)."""
    try:
        row = conn.execute("SELECT value FROM app_meta WHERE key = ?", [TRAINING_KEY]).fetchone()
    except sqlite3.OperationalError:  # not one of our databases (yet)
        return False
    return row is not None and row[0] == "1"

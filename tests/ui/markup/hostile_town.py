"""A municipality whose every text a user or a package can write is hostile markup.

The training town fills every screen; then each free-text field is overwritten with text that
Qt would take for HTML if a widget guessed: a bold marker naming the field, images, a table
background and a style sheet pointing at a file whose opening the test notices, a link to a
system file, escaped characters and the "[*]" a window title hides. The content pack gets the
same in its titles and texts, since content packs are files anyone can edit.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

MARKER = "HOSTILE"

# Free text of the user's own data and of imported packages: (table, column).
USER_TEXT_COLUMNS = (
    ("municipality", "name"),
    ("municipality", "region"),
    ("municipality", "staff_time"),
    ("assessments", "title"),
    ("assessments", "participants"),
    ("ratings", "evidence"),
    ("ratings", "notes"),
    ("ratings", "rated_by"),
    ("actions", "title"),
    ("actions", "description"),
    ("actions", "responsible_role"),
    ("actions", "responsible_person"),
    ("actions", "partner_names"),
    ("actions", "budget_line"),
    ("milestones", "title"),
    ("indicators", "name"),
    ("indicators", "unit"),
    ("measurements", "note"),
    ("annual_report_texts", "summary"),
    ("annual_report_texts", "stories"),
    ("annual_report_texts", "next_focus"),
    ("workshop_participants", "name"),
    ("participant_ratings", "note"),
    ("peer_assessments", "municipality"),
    ("peer_assessments", "title"),
)

# Content pack fields given hostile text: file -> keys.
PACK_FIELDS = {
    "manifest.txt": ("title", "description"),
    "dimensions.txt": ("title", "description", "why"),
    "subthemes.txt": ("title",),
    "benchmarks.txt": ("title", "text"),
    "challenges.txt": ("text",),
    "practices.txt": ("name", "place", "summary", "run_by", "success"),
    "guide.txt": ("title", "text"),
}


def field_marker(field: str) -> str:
    return f"{MARKER}-{field.replace('.', '-').replace('_', '-')}"


def hostile_text(field: str, trap: Path, short: bool = False) -> str:
    """One line of markup naming ``field``; every resource in it is the ``trap`` file.
    ``short`` fits the 80 characters a content pack allows in a title."""
    text = f'<b>{field_marker(field)}</b><img src="{trap}"> &lt;'
    if short:
        return text
    return (
        f'{text} <a href="file:///etc/passwd">x</a><table background="{trap}">'
        f'<link rel="stylesheet" href="{trap.as_uri()}"> [*] &amp;'
    )


def make_pack_hostile(pack: Path, trap: Path) -> None:
    """Replace the pack's titles and texts with hostile text (the files stay valid)."""
    for name, keys in PACK_FIELDS.items():
        path = pack / name
        # A value runs on over the indented lines after it.
        pattern = re.compile(rf"^({'|'.join(keys)}): .*(?:\n  .*)*", re.MULTILINE)

        def hostile(match: re.Match, stem: str = path.stem) -> str:
            key = match[1]
            return f"{key}: {hostile_text(f'{stem}.{key}', trap, short=key == 'title')}"

        path.write_text(pattern.sub(hostile, path.read_text("utf-8")), "utf-8")


# Files whose names are hostile: a rating's link, packages and a saved report.
FILE_NAMES = {
    "ratings.links": ".pdf",
    "package.file": ".toolbox",
    "refused.file": ".toolbox",
    "report.file": ".pdf",
}


def file_name(field: str) -> str:
    """A hostile file name (it cannot hold "</b>": its marker is closed by another "<b>")."""
    return f"<b>{field_marker(field)}<b><img src=p>{FILE_NAMES[field]}"


def make_user_text_hostile(conn: sqlite3.Connection, trap: Path) -> None:
    """Overwrite every free-text field of the user's data with hostile text."""
    for table, column in USER_TEXT_COLUMNS:
        conn.execute(f"UPDATE {table} SET {column} = ?", [hostile_text(f"{table}.{column}", trap)])
    link = str(trap.parent / file_name("ratings.links"))
    conn.execute("UPDATE ratings SET links = json_array(?)", [link])
    conn.commit()


def typed_texts(trap: Path) -> dict[str, str]:
    """Every hostile text as typed, by its marker (without the "HOSTILE-")."""
    fields = [(f"{table}.{column}", False) for table, column in USER_TEXT_COLUMNS]
    fields += [
        (f"{Path(name).stem}.{key}", key == "title")
        for name, keys in PACK_FIELDS.items()
        for key in keys
    ]
    texts = {_key(field): hostile_text(field, trap, short) for field, short in fields}
    texts.update({_key(field): file_name(field) for field in FILE_NAMES})
    return texts


def _key(field: str) -> str:
    return field_marker(field).removeprefix(f"{MARKER}-")

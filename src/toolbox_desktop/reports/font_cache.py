"""DejaVu Sans read once per machine, not once per report: its metrics kept in the cache folder.

reportlab reads a TrueType font's tables (widths of some 6,000 glyphs, the character map) each
time a process registers it: 40 ms for the two faces, a tenth of a short report from the
command line. ``load`` keeps the parsed font (pickled, without the font file itself, which is
read again for subsetting) in the user's cache folder, keyed by the font file's size and time
and by the reportlab and Python versions, and reads it from there next time. Anything unusual
(no cache folder, a file that does not load, another reportlab) falls back to reading the font;
the cache is only ever a shortcut. The folder is the user's own, so no other user can put a
file there for us to unpickle; in portable mode (a stick passed between people) there is none.
"""

from __future__ import annotations

import os
import pickle
import sys
import tempfile
from pathlib import Path
from weakref import WeakKeyDictionary

import reportlab
from reportlab.pdfbase.ttfonts import TTFont

from toolbox_desktop import APP_ID
from toolbox_desktop.paths import portable_data_folder


def load(name: str, path: Path) -> TTFont:
    """The font ``name`` from the TrueType file ``path``, from the cache when it is there."""
    cached = cache_file(path)
    if cached is not None and cached.is_file():
        try:
            font = pickle.loads(cached.read_bytes())
            if isinstance(font, TTFont) and font.fontName == name:
                return _completed(font, path)
        except Exception:  # a cache never stops a report: read the font instead
            pass
    font = TTFont(name, str(path))
    if cached is not None:
        _store(font, cached)
    return font


def cache_file(path: Path) -> Path | None:
    try:
        if portable_data_folder() is not None:
            # A stick is passed from hand to hand: never unpickle a file someone else could
            # have put there. Portable use reads the font each time.
            return None
        from platformdirs import user_cache_path

        folder = user_cache_path(APP_ID, appauthor=False)
        stat = path.stat()
    except (OSError, RuntimeError):
        return None
    python = f"{sys.version_info[0]}.{sys.version_info[1]}"
    key = f"{path.stem}-{stat.st_size}-{stat.st_mtime_ns}-rl{reportlab.Version}-py{python}"
    return folder / "fonts" / f"{key}.pickle"


def _store(font: TTFont, target: Path) -> None:
    """Pickle ``font`` without what is rebuilt on loading (the file's bytes, a function, the
    per-document state), written whole or not at all."""
    face = font.face
    kept = face.__dict__.pop("_ttf_data"), face.__dict__.pop("_pdfScale")
    state = font.__dict__.pop("state")
    try:
        blob = pickle.dumps(font, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:
        return
    finally:
        face._ttf_data, face._pdfScale = kept
        font.state = state
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, partial = tempfile.mkstemp(dir=target.parent, suffix=".partial")
        with os.fdopen(handle, "wb") as file:
            file.write(blob)
        os.replace(partial, target)
    except OSError:  # a read-only or full disk: no cache, the same report
        return


def _completed(font: TTFont, path: Path) -> TTFont:
    face = font.face
    face._ttf_data = path.read_bytes()
    units = face.unitsPerEm
    face._pdfScale = (lambda x: x) if units == 1000 else (lambda x: x * (1000 / units))
    font.state = WeakKeyDictionary()
    return font

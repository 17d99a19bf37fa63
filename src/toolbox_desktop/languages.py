"""The languages the app ships, found in one place: its catalogues.

English is the source language and always there; every other language is offered once its
catalogue (``resources/translations/toolbox_<code>.ts`` or the compiled ``.qm``) is shipped, so
adding a language needs its files and no change of code (docs/translating.md). The window's
Language menu, its first start and the command line's ``--lang`` all read this list. No Qt:
the command line uses it too.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from toolbox_desktop.paths import resources_dir

SOURCE_LANGUAGE = "en"
CATALOGUE_PREFIX = "toolbox_"


def translations_dir() -> Path:
    return resources_dir() / "translations"


@cache
def shipped_languages(folder: Path | None = None) -> tuple[str, ...]:
    """English first, then every language with a catalogue, in alphabetical order of code."""
    folder = folder or translations_dir()
    codes = {
        path.stem.removeprefix(CATALOGUE_PREFIX)
        for pattern in ("*.ts", "*.qm")
        for path in folder.glob(CATALOGUE_PREFIX + pattern)
    }
    codes.discard(SOURCE_LANGUAGE)
    return (SOURCE_LANGUAGE, *sorted(code for code in codes if _is_code(code)))


def _is_code(code: str) -> bool:
    return bool(code) and code.isascii() and code.replace("_", "").isalnum()


def shipped_language(wanted: str, languages: tuple[str, ...] | None = None) -> str | None:
    """The shipped language for a locale name ("de", "de_AT", "nl-BE", "de_DE.UTF-8"), or None.

    The full name first (a catalogue ``toolbox_pt_BR``), then its language ("de" of "de_AT").
    """
    languages = languages or shipped_languages()
    tag = (wanted or "").split(".")[0].split("@")[0].replace("-", "_").strip()
    for candidate in (tag, tag.split("_")[0].lower()):
        if candidate in languages:
            return candidate
    return None


# The shipped languages' names in themselves, as Babel (CLDR) gives them: the Language menu is
# built at every start, and asking Babel loads each language's whole CLDR data (a third of
# the window's construction). A test checks that they agree with Babel.
KNOWN_NATIVE_NAMES = {"en": "English", "de": "Deutsch", "nl": "Nederlands"}


def native_name(code: str) -> str:
    """The language's name in itself, as a menu lists it: "English", "Deutsch", "Nederlands"."""
    if code in KNOWN_NATIVE_NAMES:
        return KNOWN_NATIVE_NAMES[code]
    return babel_native_name(code)


def babel_native_name(code: str) -> str:
    """``native_name`` from Babel's CLDR data."""
    from babel import Locale, UnknownLocaleError

    try:
        name = Locale.parse(code).get_display_name(code) or code
    except (UnknownLocaleError, ValueError):
        return code
    return name[:1].upper() + name[1:]

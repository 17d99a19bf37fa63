"""Which locale numbers, amounts and dates are written in, for a language on a computer.

The app ships few languages, so many people read it in English on a computer set to their own
country: a Swede or an Italian. English "as such" is American (12/7/2026 is 7 December to an
American, 12 July to an Italian; "12,500.5" where a Swede writes "12 500,5"), so English on a
computer of another language is English *as written in that country* when CLDR has it
("en_SE": 2026-12-07, "12 500,5"; "en_IT": 07/12/2026), else English for Europe ("en_150")
when the country is European, else plain English ("en" = en_US). Both Babel (which writes
the formats, ``core.formatting``) and Qt (the window's signs, page size) know every such
"en_XX" name of CLDR alike (``tests/ui/test_format_locale_in_qt.py`` checks that), so what
people see and what they may type agree.

The rest is as it always was: the computer's own locale when it is of the same language (an
Austrian in German keeps de_AT, en_GB keeps en_GB; a computer set to "C" or "POSIX" counts as
English and keeps that name, which Babel reads as en_US and Qt as its neutral "C"), and
otherwise, or with no locale at all, the language's main locale: the bare language, which
Babel and Qt both read as de_DE, nl_NL, en_US. The window (``ui/common/language.locale_for``)
and the command line (``cli/translation.formats_locale``) both decide with ``formats_locale``.
No Qt here.
"""

from __future__ import annotations

from functools import cache

ENGLISH = "en"
ENGLISH_FOR_EUROPE = "en_150"

# The countries of CLDR's region 150 (Europe: 151, 154, 155, 039), and the members of the
# Council of Europe that CLDR counts as Asia: Armenia, Azerbaijan, Cyprus and Turkey, whose
# towns take in refugees too (the Whole-COMM toolbox has a practice from Sultanbeyli): there
# English with American dates would turn 7 December into 12 July. (Cyprus and Georgia have
# their own English in CLDR, en_CY and en_GE, which comes first.)
_EUROPEAN_COUNTRIES = (
    "AD AL AM AT AX AZ BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GG GI GR HR HU IE IM IS IT "
    "JE LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SJ SK SM TR UA VA XK"
)
EUROPE = frozenset(_EUROPEAN_COUNTRIES.split())
_NO_LOCALE = ("C", "POSIX", "c")


def plain_name(locale: str | None) -> str:
    """ "sv_SE.UTF-8" -> "sv_SE", "de-AT" -> "de_AT", "C.UTF-8" -> "C"."""
    return (locale or "").strip().split(".")[0].split("@")[0].replace("-", "_")


def formats_locale(language: str, system: str | None) -> str:
    """The locale of numbers, amounts and dates for ``language`` ("en", "de") on a computer
    set to ``system`` ("sv_SE", "de_AT.UTF-8", "C", None): "en_SE", "de_AT", "en"."""
    wanted = plain_name(language) or ENGLISH
    base = wanted.split("_")[0]
    name = plain_name(system)
    if not name:
        return wanted
    if name in _NO_LOCALE:  # counts as English: "C" stays "C", which Babel reads as en_US
        return name if base == ENGLISH else wanted
    if name.split("_")[0] == base:
        return name
    if base != ENGLISH or wanted != base:  # another language, or a region chosen already
        return wanted
    country = _territory(name)
    if not country:
        return wanted
    if f"{ENGLISH}_{country}" in _english_locales():
        return f"{ENGLISH}_{country}"
    return ENGLISH_FOR_EUROPE if country in EUROPE else wanted


def _territory(name: str) -> str:
    """The country of a locale name: "sv_SE" -> "SE", "sr_Latn_RS" -> "RS", and for a bare
    language the country CLDR thinks likeliest ("sv" -> "SE"); "" when there is none."""
    parts = name.split("_")
    for part in reversed(parts[1:]):
        if len(part) == 2 and part.isalpha():
            return part.upper()
    if len(parts) == 1:
        from babel.core import get_global

        likely = get_global("likely_subtags").get(parts[0].lower(), "")
        return _territory(likely) if "_" in likely else ""
    return ""


@cache
def _english_locales() -> frozenset[str]:
    """The "en_XX" locales Babel has data for (en_SE, en_IT, en_150 ...). Read from the names
    of Babel's data files, as ``babel.localedata.locale_identifiers`` does, without importing
    Babel: that would cost the window's start some 20 ms (it imports Babel on first use)."""
    import os
    from importlib.util import find_spec

    names = set()
    for folder in find_spec("babel").submodule_search_locations or ():
        data = os.path.join(folder, "locale-data")
        files = os.listdir(data) if os.path.isdir(data) else ()
        names.update(name[:-4] for name in files if name.endswith(".dat"))
    if not names:  # laid out otherwise: ask Babel
        from babel.localedata import locale_identifiers

        names = set(locale_identifiers())
    return frozenset(name for name in names if name.startswith(ENGLISH + "_"))

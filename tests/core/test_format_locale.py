"""Which locale numbers and dates are written in, for a language on a computer: English on a
Swedish or Italian computer is English as written there, not American."""

from __future__ import annotations

import pytest

from toolbox_desktop.core import formatting
from toolbox_desktop.core.format_locale import formats_locale


@pytest.mark.parametrize(
    ("language", "system", "expected"),
    [
        ("en", "sv_SE", "en_SE"),
        ("en", "it_IT", "en_IT"),
        ("en", "nl_NL", "en_NL"),
        ("en", "sv_SE.UTF-8", "en_SE"),  # as LANG gives it
        ("en", "sv", "en_SE"),  # no country: the likeliest one
        ("en", "el_GR", "en_150"),  # CLDR has no en_GR: English for Europe
        ("en", "is_IS", "en_150"),
        ("en", "sr_Latn_RS", "en_150"),
        ("en", "tr_TR", "en_150"),  # Council of Europe, though CLDR counts it as Asia
        ("en", "az_AZ", "en_150"),
        ("en", "ka_GE", "en_GE"),  # CLDR has English as written in Georgia
        ("en", "ar_SY", "en"),  # outside Europe, without its own English: as before
        ("en", "ja_JP", "en_JP"),
        ("en", "en_GB", "en_GB"),
        ("en", "en_US", "en_US"),
        ("en", "C", "C"),  # as before: English as en_US
        ("en", "POSIX", "POSIX"),
        ("en", "", "en"),
        ("en", None, "en"),
        ("de", "de_AT", "de_AT"),
        ("de", "fr_FR", "de"),
        ("de", "sv_SE", "de"),
        ("de", "C", "de"),
        ("nl", "nl_BE", "nl_BE"),
        ("nl", "en_GB", "nl"),
    ],
)
def test_the_formats_locale_for_a_language_on_a_computer(language, system, expected):
    assert formats_locale(language, system) == expected


@pytest.mark.parametrize(
    ("system", "day", "number"),
    [
        ("sv_SE", "2026-12-07", "12\u00a0500,5"),
        ("it_IT", "07/12/2026", "12.500,5"),
        ("de_CH", "07.12.2026", "12'500.5"),
        ("el_GR", "07/12/2026", "12,500.5"),
        ("C", "12/7/2026", "12,500.5"),
    ],
)
def test_english_abroad_reads_as_the_country_writes(system, day, number):
    from datetime import date
    from decimal import Decimal

    locale = formats_locale("en", system)
    assert formatting.format_date(date(2026, 12, 7), locale) == day
    assert formatting.format_number(Decimal("12500.5"), locale) == number
    assert formatting.parse_date(day, locale) == date(2026, 12, 7)
    assert formatting.parse_number(number, locale) == Decimal("12500.5")


def test_the_english_locales_are_babel_s_own():
    """Read from Babel's data files without importing Babel (the window's start): the same
    list Babel gives."""
    from babel.localedata import locale_identifiers

    from toolbox_desktop.core.format_locale import _english_locales

    babel = {name for name in locale_identifiers() if name.startswith("en_")}
    assert _english_locales() == babel
    assert {"en_SE", "en_IT", "en_150"} <= babel and "en_GR" not in babel

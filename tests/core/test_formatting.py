"""The one formatting module: numbers, percentages, money and dates in en, de and nl."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from decimal import Decimal

import pytest

from toolbox_desktop.core.formatting import (
    AmbiguousNumberError,
    FormatTextError,
    format_amount,
    format_date,
    format_date_time,
    format_iso_date,
    format_money,
    format_number,
    format_percent,
    format_size,
    format_time,
    parse_count,
    parse_date,
    parse_money,
    parse_number,
    rounded,
)


@pytest.mark.parametrize(
    ("locale", "number", "fraction"),
    [
        ("en", "1,234,567", "12,500.5"),
        ("de_DE", "1.234.567", "12.500,5"),
        ("nl_NL", "1.234.567", "12.500,5"),
    ],
)
def test_numbers_follow_the_locale(locale, number, fraction):
    assert format_number(1_234_567, locale) == number
    assert format_number(12500.5, locale) == fraction


def test_numbers_round_half_up():
    assert format_number(2.675, "en", decimals=2) == "2.68"  # float 2.675 is 2.67499...
    assert format_number(0.125, "de", decimals=2) == "0,13"
    assert format_number(1 / 3, "en") == "0.3333"


@pytest.mark.parametrize(
    ("value", "shown"), [(62.5, 63), (0.5, 1), (1.5, 2), (2.5, 3), (-2.5, -3), (62.49, 62)]
)
def test_one_rounding_rule_half_up(value, shown):
    assert rounded(value) == shown


@pytest.mark.parametrize("locale", ["en", "en_US", "de_DE", "nl_NL", "C", ""])
def test_percentages_are_whole_and_rounded_half_up(locale):
    assert format_percent(62.5, locale) == "63 %"
    assert format_percent(0.5, locale) == "1 %"
    assert format_percent(None, locale, missing="—") == "—"


@pytest.mark.parametrize(
    ("locale", "money", "negative"),
    [
        ("en", "€12,500.50", "-€12,500.50"),
        ("en_US", "€12,500.50", "-€12,500.50"),
        ("de_DE", "12.500,50\u00a0€", "-12.500,50\u00a0€"),
        ("nl_NL", "€\u00a012.500,50", "€\u00a0-12.500,50"),
    ],
)
def test_money_uses_the_cldr_currency_format(locale, money, negative):
    assert format_money(1_250_050, "EUR", locale) == money
    assert format_money(-1_250_050, "EUR", locale) == negative
    assert format_money(None, "EUR", locale) == ""


def test_money_is_exact_for_any_size():
    assert format_money(123_456_789_012_345_678, "EUR", "de") == "1.234.567.890.123.456,78\u00a0€"
    assert format_amount(10 + 20, "en") == "0.30"
    assert format_money(500, "", "de") == "5,00"


@pytest.mark.parametrize(
    ("locale", "shown"),
    [
        ("en_US", "12/1/2026"),
        ("de_DE", "01.12.2026"),
        ("nl_NL", "01-12-2026"),
        ("C", "12/1/2026"),
        ("", "12/1/2026"),
    ],
)
def test_dates_have_a_four_digit_year_and_never_read_1_12_2026(locale, shown):
    assert format_date(date(2026, 12, 1), locale) == shown
    assert format_date(date(2026, 12, 1), locale) != "1 12 2026"
    assert parse_date(shown, locale) == date(2026, 12, 1)
    assert parse_date("2026-12-01", locale) == date(2026, 12, 1)
    assert format_iso_date("2026-12-01", locale) == shown
    assert format_iso_date("someday", locale) == "someday"


def test_typed_dates_with_two_digit_years_mean_this_century():
    assert parse_date("31.12.25", "de_DE") == date(2025, 12, 31)
    assert parse_date("", "de_DE") is None
    with pytest.raises(FormatTextError) as raised:
        parse_date("31.13.2025", "de_DE")
    assert raised.value.message.startswith("“31.13.2025” is not a date. Type it like 31.12.")


@pytest.mark.parametrize(
    ("text", "locale", "cents"),
    [
        ("€12,500.50", "en", 1_250_050),
        ("12,500", "en", 1_250_000),
        ("12.50", "en", 1_250),
        ("12.500,50 €", "de_DE", 1_250_050),
        ("12.500", "de_DE", 1_250_000),
        ("12,5", "de_DE", 1_250),
        ("€ 12.500,50", "nl_NL", 1_250_050),
        ("-40", "en", -4_000),
        ("", "en", None),
    ],
)
def test_amounts_are_read_in_the_locale(text, locale, cents):
    assert parse_money(text, locale) == cents


@pytest.mark.parametrize(
    ("text", "locale"),
    [("12.500", "en"), ("1.250", "en_US"), ("12,500", "de_DE"), ("12,500", "nl")],
)
def test_an_ambiguous_amount_is_refused_not_stored_as_another_value(text, locale):
    with pytest.raises(AmbiguousNumberError) as raised:
        parse_money(text, locale)
    assert raised.value.message.startswith(f"“{text}” could mean ")
    assert "Write it unambiguously" in raised.value.message
    with pytest.raises(AmbiguousNumberError):
        parse_number(text, locale)


def test_the_ambiguity_message_names_both_readings():
    with pytest.raises(AmbiguousNumberError) as raised:
        parse_money("12.500", "en")
    assert raised.value.message == (
        "“12.500” could mean 12,500.00 or 12.50. Write it unambiguously: 12500 or 12.50."
    )


def test_numbers_are_parsed_in_the_locale():
    assert parse_number("12.500,5", "de") == Decimal("12500.5")
    assert parse_number("12,500.5", "en") == Decimal("12500.5")
    assert parse_number("0.125", "en") == Decimal("0.125")
    assert parse_number("", "en") is None
    with pytest.raises(FormatTextError):
        parse_number("twelve", "en")


@pytest.mark.parametrize(
    ("text", "locale", "cents"),
    [
        ("500 Euro", "de_DE", 50_000),
        ("5 euros", "en", 500),
        ("CHF 12", "de_CH", 1_200),
        ("12 kr", "sv_SE", 1_200),
        ("12 zł", "pl_PL", 1_200),
        ("US$ 5", "en", 500),
        ("500,- €", "de_DE", 50_000),
        ("€ 12.500,-", "nl_NL", 1_250_000),
        ("-12,-", "de_DE", -1_200),
        ("+500 €", "de_DE", 50_000),
        ("500:-", "sv_SE", 50_000),  # Swedish for whole kronor
        ("500 kr.", "da_DK", 50_000),
        ("500 kr", "da_DK", 50_000),
        # The region's currency where the app speaks another language (German on a Polish
        # or Czech computer, English in Hungary).
        ("500 zł", "de_PL", 50_000),
        ("500 Kč", "de_CZ", 50_000),
        ("500 Ft", "en_HU", 50_000),
        ("R$ 5", "en", 500),
    ],
)
def test_a_currency_beside_the_amount_is_read_as_one(text, locale, cents):
    assert parse_money(text, locale) == cents


@pytest.mark.parametrize(
    ("text", "locale", "currency", "cents"),
    [
        # A currency's name in the plural, which CLDR writes with its adjective
        # ("svenska kronor", "Schweizer Franken", "złotych polskich", "US dollars").
        ("500 kronor", "sv_SE", "SEK", 50_000),
        ("500 Franken", "de_CH", "CHF", 50_000),
        ("500 złotych", "pl_PL", "PLN", 50_000),
        ("500 dollars", "en", "USD", 50_000),
        ("500 Euro", "de_DE", "EUR", 50_000),
        ("CHF 12", "de_CH", "chf", 1_200),
        # A sign several currencies share may stand for any of them, in any language: the
        # sign each is written with where it is at home.
        ("500 kronor", "sv_SE", "NOK", 50_000),
        ("$ 12", "en_CA", "CAD", 1_200),
        ("$ 12", "de_DE", "CAD", 1_200),
        ("$ 12", "en_GB", "AUD", 1_200),
        ("12 kr", "sv_SE", "NOK", 1_200),
        ("12 kr", "nb_NO", "SEK", 1_200),
        ("₺ 1.200", "de_DE", "TRY", 120_000),  # German writes the lira "TRY"; Turkey "₺"
        ("12 ₴", "nl_NL", "UAH", 1_200),
        ("12 ￥", "en", "JPY", 1_200),
        ("Fr. 12", "de_CH", "CHF", 1_200),  # Swiss everyday abbreviations, not in CLDR
        ("12 SFr.", "de_CH", "CHF", 1_200),
    ],
)
def test_a_currency_named_beside_an_amount_may_be_its_own(text, locale, currency, cents):
    assert parse_money(text, locale, currency=currency) == cents


@pytest.mark.parametrize(
    ("text", "locale", "currency"),
    [
        ("CHF 12", "de_DE", "EUR"),
        ("12 €", "de_CH", "CHF"),
        ("500 kr", "sv_SE", "EUR"),
        ("$ 12", "de_DE", "EUR"),
        ("₺ 1.200", "de_DE", "EUR"),
        ("500 Deutsche Mark", "de_DE", "EUR"),
        ("12 ₿", "en", "EUR"),  # a currency sign CLDR does not know: not known to be euros
    ],
)
def test_an_amount_in_another_currency_is_refused(text, locale, currency):
    """ "CHF 12" typed for an action in euros was kept as 12 euros."""
    with pytest.raises(FormatTextError) as raised:
        parse_money(text, locale, currency=currency)
    assert raised.value.message == (
        f"“{text}” is in another currency than {currency}, the currency of these amounts. "
        f"Type it in {currency}, or change the currency first."
    )


@pytest.mark.parametrize(
    ("text", "locale", "currency"),
    [
        ("500 und", "de_DE", "EUR"),  # a word of some currency's name, but not of the euro's
        ("500 neue", "de_DE", "EUR"),
        ("500 dollars", "en", "EUR"),
        ("50 ¢", "en", "EUR"),  # cents: not 50 euros
        ("500 new", "en", None),  # without a currency to read it in, only whole names count
        ("500 kronor", "sv_SE", None),
    ],
)
def test_a_word_of_another_currencys_name_is_no_currency(text, locale, currency):
    """Single words of currency names ("und" of "Bosnien und Herzegowina Konvertible Mark")
    count only in the amount's own currency: "500 und" is no amount of money."""
    with pytest.raises(FormatTextError) as raised:
        parse_money(text, locale, currency=currency)
    assert raised.value.message.startswith(f"“{text}” is not an amount of money.")


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("1,5 Mio", "de_DE"),
        ("500 unknown", "en"),  # CLDR's name for "no currency"
        ("12 Tsd", "de_DE"),
        ("500 Euro pro Monat", "de_DE"),
        ("100 %", "en"),
        ("5 <b>", "en"),
        ("about 500", "en"),
        ("12,-5", "de_DE"),
        # Letters before a sign are a symbol only when CLDR has it ("R$"): thousands,
        # millions and milliards are not.
        ("50 k€", "de_DE"),
        ("5 T€", "de_DE"),
        ("1,5 Mio€", "de_DE"),
        ("2 Mrd€", "de_DE"),
        ("1,5 Mio.", "de_DE"),
    ],
)
def test_words_beside_an_amount_make_it_no_amount(text, locale):
    """Read as their digits alone, "1,5 Mio" would be 1.50 and "12 Tsd" 12: a wrong budget
    stored without a word."""
    with pytest.raises(FormatTextError) as raised:
        parse_money(text, locale)
    assert raised.value.message.startswith(f"“{text}” is not an amount of money.")


@pytest.mark.parametrize("text", ["12,345.678", "twelve", "12-5", "1.2.3,4,5", "€"])
def test_text_that_is_no_amount_says_so(text):
    with pytest.raises(FormatTextError) as raised:
        parse_money(text, "en")
    assert raised.value.message.startswith(f"“{text}”")


@pytest.mark.parametrize(
    ("locale", "small", "large", "huge", "moment"),
    [
        ("en_US", "284 kB", "12.5 MB", "2.0 GB", r"3/14/2026 9:15\WAM"),
        ("de_DE", "284 kB", "12,5 MB", r"2,0\WGB", "14.03.2026 09:15"),
        ("nl_NL", "284 kB", "12,5 MB", r"2,0\WGB", "14-03-2026 09:15"),
    ],
)
def test_file_sizes_and_times_follow_the_locale(locale, small, large, huge, moment):
    assert format_size(284 * 1024 + 511, locale) == small  # whole kilobytes, half up
    assert format_size(12 * 1024 * 1024 + 512 * 1024, locale) == large
    assert re.fullmatch(huge, format_size(2 * 1024**3, locale))
    assert format_size(10, locale) == "1 kB"  # never "0 kB" for a file that exists
    shown = format_date_time(datetime(2026, 3, 14, 9, 15), locale)
    assert re.fullmatch(moment, shown)
    assert shown.startswith(format_date(date(2026, 3, 14), locale))  # the one date format
    assert shown.endswith(format_time(time(9, 15), locale))


# -- one rule for every typed number (issue 15): en, de and nl ------------------------------
@pytest.mark.parametrize(
    ("text", "locale", "value"),
    [
        ("12.500", "de_DE", Decimal("12500")),  # the group sign: thousands
        ("12.500", "nl_NL", Decimal("12500")),
        ("12,500", "en", Decimal("12500")),
        ("12 500,25", "de_DE", Decimal("12500.25")),
        ("12.500,25", "nl", Decimal("12500.25")),
        ("12,500.25", "en_GB", Decimal("12500.25")),
        ("12,5", "de_DE", Decimal("12.5")),  # a lone sign without three digits: decimals
        ("12.5", "de_DE", Decimal("12.5")),
        ("12,5", "en", Decimal("12.5")),
        ("0,125", "nl", Decimal("0.125")),
        ("1.234.567", "en", Decimal("1234567")),
        ("-3,5", "de", Decimal("-3.5")),
    ],
)
def test_a_typed_number_is_read_by_the_one_rule(text, locale, value):
    assert parse_number(text, locale) == value


@pytest.mark.parametrize(
    ("text", "locale", "message"),
    [
        (
            "12.500",
            "en",
            "“12.500” could mean 12,500 or 12.5. Write it unambiguously: 12500 or 12.5.",
        ),
        (
            "12,500",
            "de_DE",
            "“12,500” could mean 12.500 or 12,5. Write it unambiguously: 12500 or 12,5.",
        ),
        (
            "12,500",
            "nl_NL",
            "“12,500” could mean 12.500 or 12,5. Write it unambiguously: 12500 or 12,5.",
        ),
    ],
)
def test_a_number_with_two_readings_is_questioned_naming_both(text, locale, message):
    with pytest.raises(AmbiguousNumberError) as raised:
        parse_number(text, locale)
    assert raised.value.message == message
    with pytest.raises(AmbiguousNumberError):
        parse_count(text, locale)


@pytest.mark.parametrize(
    ("text", "locale", "count"),
    [
        ("12.500", "de_DE", 12500),
        ("12.500", "nl", 12500),
        ("12,500", "en", 12500),
        ("9 140", "en", 9140),
        ("", "de", None),
    ],
)
def test_a_count_is_a_whole_number_typed_in_the_locale(text, locale, count):
    assert parse_count(text, locale) == count


@pytest.mark.parametrize(("text", "locale"), [("12,5", "de"), ("-4", "en"), ("many", "nl")])
def test_a_count_refuses_fractions_negatives_and_words(text, locale):
    with pytest.raises(FormatTextError) as raised:
        parse_count(text, locale)
    assert raised.value.message.startswith(f"“{text}” is not a")


def test_the_table_of_home_signs_holds_what_cldr_writes_where_each_currency_is_at_home():
    """``core/currency_signs.py`` is written by ``tools/currency_signs.py``; a Babel upgrade
    may add signs (run the tool), but the everyday ones must be there and name real codes."""
    from babel import Locale

    from toolbox_desktop.core.currency_signs import SIGNS

    assert {"USD", "CAD", "AUD", "NZD", "MXN"} <= SIGNS["$"]
    assert {"SEK", "NOK", "DKK"} <= SIGNS["kr"]
    assert SIGNS["₺"] == {"TRY"} and SIGNS["zł"] == {"PLN"} and SIGNS["€"] == {"EUR"}
    known = set(Locale("en").currencies)
    assert all(codes <= known for codes in SIGNS.values())

"""Numbers, percentages, money and dates as people read and type them: one module, one rule.

Every screen, report, command-line output and human-facing export writes these through here,
with the CLDR data of Babel for the app's language (``locale`` is a name such as "de_DE",
"nl", "en-US"; "C", "" and unknown names mean English). The rules:

* **Rounding** is half up, away from zero, everywhere (62.5 -> 63, 0.5 -> 1, -2.5 -> -3).
  Python's ``round()`` rounds half to even and must not be used for what people read.
* **Numbers** use the locale's digits grouping and decimal sign ("12,500.5", "12.500,5").
* **Percentages** are whole numbers followed by a space and "%" ("63 %") in every language.
* **Money** is kept in whole cents and written exactly (no float on the way) in the CLDR
  currency format of the locale: "€12,500.50" (en), "12.500,50 €" (de), "€ 12.500,50" (nl).
* **Dates** use the locale's CLDR short date with a four-digit year: "12/31/2026" (en_US),
  "31.12.2026" (de), "31-12-2026" (nl); a time of day its CLDR short time ("9:15 AM",
  "09:15"), after the date when both are shown.
* **File sizes** are whole kilobytes below a megabyte, else megabytes (gigabytes) with one
  decimal, 1024 to the next unit, in CLDR's short units: "284 kB", "12.5 MB" / "12,5 MB".

Typed text is parsed in the same locale (``parse_number``, ``parse_count``, ``parse_money``:
every field where people type a number goes through one of them), by one rule:

* The locale's decimal sign and group sign are both understood, and so are spaces and
  apostrophes between groups and both signs in one number ("12.500,50", "12,500.50").
* A lone separator followed by exactly three digits groups thousands when it is the locale's
  group sign: "12.500" is 12500 in German and Dutch, "12,500" is 12500 in English.
* When it is the locale's decimal sign ("12.500" in English, "12,500" in German) the text
  could mean either, so it is refused (``AmbiguousNumberError``), naming both readings
  ("could mean 12,500.00 or 12.50"), never stored as one of them.
* Any other lone separator is a decimal sign ("12.5" and "12,5" are 12.5 everywhere): no
  grouping has fewer than three digits, so there is nothing to guess.

The value read is shown back in the locale's format once stored, so the user sees what the
app understood. No Qt and no I/O here (core).
"""

from __future__ import annotations

import contextlib
import math
import re
import unicodedata
from datetime import date, datetime, time
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import cache

from toolbox_desktop.core.currency_signs import SIGNS
from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP
from toolbox_desktop.core.remembered import remembered

CTX = "Formatting"
NOT_A_NUMBER = QT_TRANSLATE_NOOP("Formatting", "“{text}” is not a number. Type it like {example}.")
NOT_AN_AMOUNT = QT_TRANSLATE_NOOP(
    "Formatting", "“{text}” is not an amount of money. Type it like {example}."
)
AMBIGUOUS = QT_TRANSLATE_NOOP(
    "Formatting",
    "“{text}” could mean {thousands} or {decimal}. Write it unambiguously: {thousands_plain} or "
    "{decimal_plain}.",
)
TOO_MANY_DECIMALS = QT_TRANSLATE_NOOP(
    "Formatting", "“{text}” has more than two decimals: amounts are kept in cents."
)
TOO_LARGE = QT_TRANSLATE_NOOP(
    "Formatting", "“{text}” is implausibly large; check the number of digits."
)
LARGEST_NUMBER = Decimal("1e15")  # a thousand million million: anything above is a typing slip
OTHER_CURRENCY = QT_TRANSLATE_NOOP(
    "Formatting",
    "“{text}” is in another currency than {currency}, the currency of these amounts. Type "
    "it in {currency}, or change the currency first.",
)
NOT_A_COUNT = QT_TRANSLATE_NOOP(
    "Formatting", "“{text}” is not a whole number. Type it like {example}."
)
NOT_A_DATE = QT_TRANSLATE_NOOP(
    "Formatting", "“{text}” is not a date. Type it like {example} or {iso}."
)
PERCENT = "{percent} %"
_SPACES = " \u00a0\u202f\u2009'’_"
_MINUS = "-−–"
_LETTER_DIGIT = re.compile(r"(?<=[^\W\d_])(?=[\d\-−])|(?<=\d)(?=[^\W\d_])")
# An amount's text: what may stand before it (no digit, sign or separator), the number, what
# may stand after it; ``_currency_only`` decides whether the text around is a currency.
_AROUND_AMOUNT = re.compile(r"([^\d\-−–.,]*)(.*?)([^\d.,]*)", re.DOTALL)
_NO_CENTS = re.compile(r"[-–—]{1,2}")
_SWEDISH_WHOLE = re.compile(r":[-–—]{1,2}")
_ENDS_IN_ABBREVIATION = re.compile(r"([^\W\d_])\.\s*$")
_STARTS_WITH_ABBREVIATION = re.compile(r"\s*([^\W\d_]+\.)\s*(?=[\d\-−–])")
_NAME_WORDS = re.compile(r"[^\W\d_]+")
_NO_CURRENCY = {"XXX", "XTS"}  # CLDR's "unknown currency" and testing code: "500 unknown"
_UNKNOWN = frozenset({""})  # a currency sign CLDR does not know: some currency, not which
_NOT_A_CURRENCY = {"¢"}  # cents: "50 ¢" is no 50 euros
# Everyday Swiss abbreviations of the franc that CLDR does not list.
_EVERYDAY_SIGNS = {"fr.": frozenset({"CHF"}), "sfr.": frozenset({"CHF"})}


def _identity(context: str, text: str) -> str:
    return text


class FormatTextError(ValueError):
    """Typed text that cannot be read; ``message`` says how to type it (already translated
    with the ``translate`` function given to the parser)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class AmbiguousNumberError(FormatTextError):
    """Text whose value depends on whether a separator groups thousands or marks decimals."""


# -- locale -------------------------------------------------------------------------------
@cache
def babel_locale(locale: str | None = None):
    """The Babel locale for a name as Qt, the command line or a report gives it. (Babel is
    imported on first use: it would add some 25 ms to the app's start.)"""
    from babel import Locale, UnknownLocaleError

    name = (locale or "").strip().split(".")[0].split("@")[0].replace("-", "_")
    if name in ("", "C", "POSIX", "c"):
        return Locale("en")
    try:
        return Locale.parse(name)
    except (UnknownLocaleError, ValueError):
        try:
            return Locale.parse(name.split("_")[0])
        except (UnknownLocaleError, ValueError):
            return Locale("en")


# -- rounding and numbers -------------------------------------------------------------------
def round_half_up(value: float | Decimal | int, decimals: int = 0) -> Decimal:
    """``value`` rounded half away from zero: 62.5 -> 63, 0.5 -> 1, -2.5 -> -3. Floats are
    taken by their shortest text (62.5 stays 62.5, not 62.4999...)."""
    number = value if isinstance(value, Decimal) else Decimal(repr(value))
    return number.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def rounded(value: float) -> int:
    """A whole number, rounded half up (the one rule for every percentage people read)."""
    return int(round_half_up(value))


@remembered
def format_number(
    value: float | Decimal, locale: str | None = None, decimals: int | None = None
) -> str:
    """``12500.5`` -> "12,500.5" (en), "12.500,5" (de). ``decimals`` fixes the decimals
    (rounded half up); without it integers stay whole and other numbers keep up to four."""
    from babel import numbers as babel_numbers

    loc = babel_locale(locale)
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if decimals is None:
        if isinstance(value, int):
            return babel_numbers.format_decimal(value, locale=loc)
        number = round_half_up(value, 4).normalize()
        places = max(0, -number.as_tuple().exponent)
        pattern = "#,##0" + ("." + "#" * places if places else "")
        return babel_numbers.format_decimal(number, format=pattern, locale=loc)
    number = round_half_up(value, decimals)
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return babel_numbers.format_decimal(number, format=pattern, locale=loc)


def format_percent(value: float | None, locale: str | None = None, missing: str = "") -> str:
    """A whole percentage rounded half up: 62.5 -> "63 %"; ``missing`` when there is none."""
    if value is None:
        return missing
    return PERCENT.format(percent=format_number(rounded(value), locale))


def format_points(points: int, locale: str | None = None) -> str:
    """A signed change in percentage points: "+13", "−5", "0"."""
    if points > 0:
        return "+" + format_number(points, locale)
    if points < 0:
        return "−" + format_number(-points, locale)
    return format_number(0, locale)


# -- money --------------------------------------------------------------------------------
@remembered
def format_amount(cents: int | None, locale: str | None = None) -> str:
    """Cents as a number with two decimals and no currency ("12,500.50"); "" for None."""
    from babel import numbers as babel_numbers

    if cents is None:
        return ""
    return babel_numbers.format_decimal(
        Decimal(cents).scaleb(-2), format="#,##0.00", locale=babel_locale(locale)
    )


@remembered
def format_money(cents: int | None, currency: str = "", locale: str | None = None) -> str:
    """Whole cents in the CLDR currency format, exactly: 1250050, "EUR" -> "€12,500.50" (en),
    "12.500,50 €" (de), "€ 12.500,50" (nl). "" for None; no currency: the amount alone."""
    from babel import numbers as babel_numbers

    if cents is None:
        return ""
    if not currency:
        return format_amount(cents, locale)
    text = babel_numbers.format_currency(
        Decimal(cents).scaleb(-2),
        currency.upper(),
        locale=babel_locale(locale),
        currency_digits=False,  # the pattern's two decimals: amounts are kept in cents
    )
    # CLDR's currency spacing, which Babel leaves out: "CHF 1,000.00", not "CHF1,000.00".
    return _LETTER_DIGIT.sub("\u00a0", text)


def decimal_sign(locale: str | None = None) -> str:
    from babel import numbers as babel_numbers

    return babel_numbers.get_decimal_symbol(babel_locale(locale))


def group_sign(locale: str | None = None) -> str:
    from babel import numbers as babel_numbers

    return babel_numbers.get_group_symbol(babel_locale(locale))


def _plain(number: Decimal) -> str:
    return format(number.normalize() if number == number.to_integral_value() else number, "f")


def parse_number(text: str, locale: str | None = None, translate=_identity) -> Decimal | None:
    """The number typed ``text`` means, in ``locale``; None for empty text.

    The locale's decimal sign and group sign are both understood, as are spaces and
    apostrophes between groups. Text where a lone separator is followed by exactly three
    digits and is not the locale's decimal sign ("12,500" in German) or is the decimal sign
    but could be meant as a group ("12.500" in English) is refused as ambiguous."""
    raw = text.strip()
    if not raw:
        return None
    negative = raw[:1] in _MINUS
    body = raw[1:].strip() if negative else raw
    try:
        number = _read(body, locale)
    except _NotNumberError:
        raise FormatTextError(
            translate(CTX, NOT_A_NUMBER).format(
                text=raw, example=format_number(Decimal("12500.5"), locale)
            )
        ) from None
    except _AmbiguousError as ambiguous:
        raise _ambiguous_error(raw, ambiguous, locale, translate) from None
    if not number.is_finite() or number > LARGEST_NUMBER:
        raise FormatTextError(translate(CTX, TOO_LARGE).format(text=_shortened(raw)))
    return -number if negative else number


def _shortened(text: str, most: int = 40) -> str:
    return text if len(text) <= most else text[: most - 1] + "…"


def parse_count(text: str, locale: str | None = None, translate=_identity) -> int | None:
    """A whole number of things (people, say) typed in ``locale``: "12.500" in German, "12,500"
    or "12 500" in English; None for empty text. The rule of ``parse_number``, so that
    "12.500" in English is refused as ambiguous here too; a fraction or a negative number
    is no count."""
    number = parse_number(text, locale, translate)
    if number is None:
        return None
    if number < 0 or number != number.to_integral_value():
        raise FormatTextError(
            translate(CTX, NOT_A_COUNT).format(
                text=text.strip(), example=format_number(12500, locale)
            )
        )
    return int(number)


def parse_money(
    text: str, locale: str | None = None, translate=_identity, currency: str | None = None
) -> int | None:
    """The cents a typed amount means ("€12,500.50", "12.500,50 EUR", "12500.5"); None for
    empty text. Refuses more than two decimals and ambiguous text (``FormatTextError``).

    With ``currency`` (the code the amount is kept in), a currency written beside the number
    must be that one: "CHF 12" for an amount in euros is refused, not stored as 12 euros. A
    word that several currencies share ("$", "kr", "dollars") may stand for any of them."""
    raw = text.strip()
    if not raw:
        return None
    example = format_amount(1_250_050, locale)
    named: list[frozenset[str]] = []
    try:
        number = _without_currency(raw, locale, named, currency)  # "EUR", "€", "Euro"
        negative = number[:1] in _MINUS
        if negative:
            number = _without_currency(number[1:], locale, named, currency)  # "-€ 12", "€ -12"
        value = _read(number, locale)
    except _NotNumberError:
        raise FormatTextError(
            translate(CTX, NOT_AN_AMOUNT).format(text=raw, example=example)
        ) from None
    except _AmbiguousError as ambiguous:
        raise _ambiguous_error(raw, ambiguous, locale, translate, money=True) from None
    if currency and any(currency.upper() not in codes for codes in named):
        raise FormatTextError(
            translate(CTX, OTHER_CURRENCY).format(text=raw, currency=currency.upper())
        )
    cents = value * 100
    if cents != cents.to_integral_value():
        raise FormatTextError(translate(CTX, TOO_MANY_DECIMALS).format(text=raw))
    cents_int = int(cents)
    return -cents_int if negative else cents_int


def currency_named(words: str, currency: str, locale: str | None = None) -> bool | None:
    """Whether ``words`` (a code, sign or name, as ``parse_money`` reads them beside a number)
    may stand for ``currency``; None when they name no currency at all ("kg")."""
    codes = _currencies_named(words.strip(), locale, currency)
    return None if codes is None else currency.upper() in codes


class _NotNumberError(ValueError):
    pass


def _without_currency(
    text: str, locale: str | None, named: list[frozenset[str]], currency: str | None = None
) -> str:
    """``text`` without the currency written before or after the number, whose possible
    codes are added to ``named``; any other words make it no amount: "1,5 Mio" or "500 Euro
    pro Monat" read as 1.50 or 500 would store a wrong budget without a word."""
    text = text.removeprefix("+")
    dotted = _ENDS_IN_ABBREVIATION.search(text)  # "500 kr." (Danish), "500 Fr." (Swiss)
    if dotted:
        text = text[: dotted.end(1)]
    leading = _STARTS_WITH_ABBREVIATION.match(text)  # "Fr. 500", "kr. 500"
    if leading:
        text = text[leading.end() :]
    before, number, after = _AROUND_AMOUNT.fullmatch(text).groups()
    if leading:
        before = leading.group(1) + before
    no_cents = _NO_CENTS.match(after) if number.endswith((".", ",")) else None
    if no_cents:  # "500,- €", "€ 12.500,-", "12.–": whole, as written on price tags
        number, after = number[:-1], after[no_cents.end() :]
    elif _SWEDISH_WHOLE.match(after):  # "500:-": whole kronor
        after = after[_SWEDISH_WHOLE.match(after).end() :]
    after = after.strip() + ("." if dotted else "")
    for words in (before.strip(), after):
        if not words:
            continue
        spellings = {words, words.rstrip("."), words.rstrip(".") + "."}  # "kr." and "kr"
        codes = [_currencies_named(spelled, locale, currency) for spelled in spellings]
        if all(found is None for found in codes):
            raise _NotNumberError(words)
        named.append(frozenset().union(*(found for found in codes if found is not None)))
    return number.strip()


def _currencies_named(
    words: str, locale: str | None, currency: str | None = None
) -> frozenset[str] | None:
    """The codes of the currencies ``words`` may stand for, or None for words that name no
    currency:

    - a currency's code, symbol or name (singular or plural) as CLDR writes it in ``locale``,
      in the language of its region, or in English ("EUR", "zł", "US$", "Euro", "euros",
      "Deutsche Mark");
    - the sign a currency is written with where it is at home (``currency_signs``): "$" may be
      any of the dollars and pesos written so, "kr" the Swedish, Norwegian or Danish krone;
    - a word of the name of ``currency``, the currency the amount is kept in: "500 kronor"
      (of "svenska kronor") in Swedish kronor, "500 Franken" in Swiss francs, "500 złotych"
      (of "złotych polskich"); in another currency such a word is no currency at all, so
      "500 und" is no amount;
    - any other currency sign ("₿") stands for a currency not known (``_UNKNOWN``); a cent
      sign is none ("50 ¢" is no 50 euros).

    Letters before a sign are a symbol only when CLDR has it ("R$", not "k€" or "Mio€": 50 k€
    is no 50 €)."""
    key = sign_key(words)
    codes = _currency_words(locale or "").get(key, frozenset()) | SIGNS.get(key, frozenset())
    codes |= _EVERYDAY_SIGNS.get(key, frozenset())
    if codes:
        return codes
    if currency and key in _name_words(locale or "", currency.upper()):
        return frozenset({currency.upper()})
    if words in _NOT_A_CURRENCY or not all(unicodedata.category(c) == "Sc" for c in words):
        return None
    return _UNKNOWN


def sign_key(sign: str) -> str:
    """How typed words and signs are looked up: compatibility forms folded ("￥" is "¥"),
    case-folded."""
    return unicodedata.normalize("NFKC", sign).casefold()


def _places(locale: str) -> set:
    """Where a currency's words are looked for: ``locale``, the main language of its region
    (German on a Polish computer, "de_PL": "zł"), and English."""
    from babel import Locale, UnknownLocaleError

    places = {babel_locale(locale), Locale("en"), Locale("en", "001")}
    parts = locale.split(".")[0].split("@")[0].replace("-", "_").split("_")
    territory = next((part for part in parts[1:] if part.isalpha() and len(part) == 2), "")
    if territory:
        with contextlib.suppress(UnknownLocaleError, ValueError):
            places.add(Locale.parse(f"und_{territory.upper()}"))
    return places


def _names(code: str, where) -> set[str]:
    """A currency's display name and its plural forms in one language."""
    from babel.numbers import get_currency_name

    name = where.currencies.get(code)
    names = {get_currency_name(code, count, where) for count in (1, 2, 5)}
    return names | ({name} if name else set())


@cache
def _currency_words(locale: str) -> dict[str, frozenset[str]]:
    """Every currency's code, symbol and names (singular and plural forms) in the places of
    ``locale`` (``_places``), folded (``sign_key``), each with the codes it may stand for.
    Made once per locale, when an amount has words around it."""
    words: dict[str, set[str]] = {}
    for where in _places(locale):
        for code in where.currencies:
            if code in _NO_CURRENCY:
                continue
            for spelled in (code, *_names(code, where)):
                words.setdefault(sign_key(spelled), set()).add(code)
        for code, symbol in where.currency_symbols.items():
            words.setdefault(sign_key(symbol), set()).add(code)
    return {word: frozenset(codes) for word, codes in words.items()}


@cache
def _name_words(locale: str, code: str) -> frozenset[str]:
    """The words of ``code``'s names in the places of ``locale`` ("svenska", "kronor", ...),
    folded; only words of three letters or more."""
    return frozenset(
        sign_key(word)
        for where in _places(locale)
        for name in _names(code, where)
        for word in _NAME_WORDS.findall(name)
        if len(word) >= 3
    )


class _AmbiguousError(ValueError):
    def __init__(self, thousands: Decimal, decimal: Decimal) -> None:
        super().__init__("ambiguous")
        self.thousands, self.decimal = thousands, decimal


def _read(text: str, locale: str | None) -> Decimal:
    for space in _SPACES:
        text = text.replace(space, "")
    point = decimal_sign(locale)
    point = point if point in ".," else "."
    if (
        not text
        or not all(c.isdecimal() or c in ".," for c in text)
        or not any(c.isdecimal() for c in text)
    ):
        raise _NotNumberError(text)
    text = "".join(str(int(c)) if c.isdecimal() else c for c in text)  # other scripts' digits
    dots, commas = text.count("."), text.count(",")
    if dots and commas:  # both kinds: the last one is the decimal sign, once
        separator = "." if text.rfind(".") > text.rfind(",") else ","
        other = "," if separator == "." else "."
        whole, fraction = text.rsplit(separator, 1)
        if other in fraction or separator in whole or not _grouped(whole, other):
            raise _NotNumberError(text)
        return _decimal(whole.replace(other, ""), fraction)
    if not dots and not commas:
        return _decimal(text, "")
    separator = "." if dots else ","
    if dots + commas > 1:  # 1.000.000: only groups
        if not _grouped(text, separator):
            raise _NotNumberError(text)
        return _decimal(text.replace(separator, ""), "")
    whole, fraction = text.split(separator)
    if len(fraction) == 3 and whole and whole != "0":
        if separator != point:  # the locale's group sign: "12,500" in English, "12.500" in German
            return _decimal(whole + fraction, "")
        # The locale's decimal sign with three digits after it ("12.500" in English): people
        # used to the other convention mean twelve thousand five hundred. Ask, never guess.
        raise _AmbiguousError(_decimal(whole + fraction, ""), _decimal(whole, fraction))
    # Otherwise a lone separator is a decimal sign ("12.5" in German as well as in English).
    return _decimal(whole, fraction)


def _grouped(text: str, separator: str) -> bool:
    parts = text.split(separator)
    return bool(parts[0]) and len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:])


def _decimal(whole: str, fraction: str) -> Decimal:
    try:
        return Decimal(f"{whole or '0'}.{fraction or '0'}")
    except InvalidOperation:
        raise _NotNumberError(whole) from None


def _ambiguous_error(
    raw, ambiguous: _AmbiguousError, locale, translate, money=False
) -> FormatTextError:
    if money:
        thousands = format_amount(int(ambiguous.thousands * 100), locale)
        decimal_cents = ambiguous.decimal * 100
        decimal_text = format_number(ambiguous.decimal, locale)
        decimal_plain = _plain(round_half_up(ambiguous.decimal, 2))
        if decimal_cents == decimal_cents.to_integral_value():
            decimal_text = format_amount(int(decimal_cents), locale)
    else:
        thousands = format_number(ambiguous.thousands, locale)
        decimal_text = format_number(ambiguous.decimal, locale)
        decimal_plain = _plain(ambiguous.decimal.normalize())
    decimal_plain = decimal_plain.replace(".", decimal_sign(locale))
    return AmbiguousNumberError(
        translate(CTX, AMBIGUOUS).format(
            text=raw,
            thousands=thousands,
            decimal=decimal_text,
            thousands_plain=_plain(ambiguous.thousands),
            decimal_plain=decimal_plain,
        )
    )


# -- dates --------------------------------------------------------------------------------
@cache
def date_pattern(locale: str | None = None) -> str:
    """The locale's CLDR short date pattern with a four-digit year ("dd.MM.yyyy",
    "M/d/yyyy", "dd-MM-yyyy"); its letters d, M and y mean the same to Qt."""
    from babel import dates as babel_dates

    pattern = babel_dates.get_date_format("short", locale=babel_locale(locale)).pattern
    pattern = re.sub(r"y+", "yyyy", pattern)
    if "yyyy" not in pattern or "d" not in pattern or "M" not in pattern:
        return "yyyy-MM-dd"
    return pattern


@remembered
def format_date(day: date | None, locale: str | None = None) -> str:
    """A date in the locale's one format with a four-digit year: "31.12.2026"; "" for None."""
    from babel import dates as babel_dates

    if day is None:
        return ""
    return babel_dates.format_date(day, format=date_pattern(locale), locale=babel_locale(locale))


def format_iso_date(text: str, locale: str | None = None) -> str:
    """An ISO date text formatted as ``format_date`` does; other text as given."""
    try:
        return format_date(date.fromisoformat(text), locale)
    except (TypeError, ValueError):
        return text


def parse_date(text: str, locale: str | None = None, translate=_identity) -> date | None:
    """A typed date: ISO (2025-12-31) or the locale's short format (with a two- or four-digit
    year: "31.12.25" is 2025); None for empty text. Raises ``FormatTextError``."""
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    order = [c for c in re.sub(r"'[^']*'", "", date_pattern(locale)) if c in "dMy"]
    fields = list(dict.fromkeys(order))
    runs = re.findall(r"\d+", text)
    leftover = re.sub(r"[\d\s./,\-]", "", text)
    if len(runs) == 3 and not leftover and fields == [c for c in fields if c in "dMy"]:
        values = dict(zip(fields, runs, strict=True))
        year = values["y"]
        if len(year) in (1, 2):
            year_number = 2000 + int(year)
        elif len(year) == 4:
            year_number = int(year)
        else:
            year_number = -1
        try:
            if year_number > 0:
                return date(year_number, int(values["M"]), int(values["d"]))
        except ValueError:
            pass
    this_year = date.today().year
    raise FormatTextError(
        translate(CTX, NOT_A_DATE).format(
            text=text,
            example=format_date(date(this_year, 12, 31), locale),
            iso=f"{this_year}-12-31",
        )
    )


def format_time(moment: time | datetime, locale: str | None = None) -> str:
    """A time of day in the locale's CLDR short format: "9:15 AM" (en), "09:15" (de, nl)."""
    from babel import dates as babel_dates

    return babel_dates.format_time(moment, format="short", locale=babel_locale(locale))


def format_date_time(moment: datetime, locale: str | None = None) -> str:
    """A date and a time of day, as they are in the moment's own time zone (convert it to
    the user's first): "14.03.2026 09:15" (de), "3/14/2026 9:15 AM" (en)."""
    return f"{format_date(moment.date(), locale)} {format_time(moment.time(), locale)}"


# -- file sizes ---------------------------------------------------------------------------
_UNITS = ((1024**3, "digital-gigabyte"), (1024**2, "digital-megabyte"))


def format_size(size: int, locale: str | None = None) -> str:
    """A file's size in bytes the way people read it: whole kilobytes (at least 1) below a
    megabyte, one decimal above: "284 kB", "12.5 MB" (en), "12,5 MB" (de, nl)."""
    from babel import units as babel_units

    loc = babel_locale(locale)
    for bytes_per_unit, unit in _UNITS:
        if size >= bytes_per_unit:
            value = round_half_up(Decimal(size) / bytes_per_unit, 1)
            return babel_units.format_unit(
                value, unit, length="short", format="#,##0.0", locale=loc
            )
    kilobytes = max(1, int(round_half_up(Decimal(size) / 1024)))
    return babel_units.format_unit(
        kilobytes, "digital-kilobyte", length="short", format="#,##0", locale=loc
    )

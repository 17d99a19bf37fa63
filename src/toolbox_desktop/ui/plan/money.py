"""Amounts of money as people type and read them, kept in cents so that totals add up exactly.

"12 500,50", "12.500,50", "12,500.50" and "EUR 12500.5" all mean 1 250 050 cents; whether a
lone separator is a decimal point or groups thousands is decided by the user's locale
("12,500" is twelve thousand five hundred in English, twelve and a half in German). A minus
sign is kept, so that the plan's rules can say an amount cannot be negative.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale

_SPACES = " \u00a0\u202f\u2009'’_"
_CURRENCY = re.compile(r"^[^\d\-−.,]+|[^\d.,]+$")
_MINUS = "-−–"


class MoneyTextError(ValueError):
    """Typed text that is no amount; ``message`` says how to type one."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def format_amount(cents: int | None, locale: QLocale | None = None) -> str:
    """Cents as a number with two decimals in the locale's way ("12,500.50"); exact for any
    size, since it never goes through a float."""
    if cents is None:
        return ""
    locale = locale or QLocale()
    sign = locale.negativeSign() if cents < 0 else ""
    units, rest = divmod(abs(cents), 100)
    # Beyond what QLocale takes (a typing slip being shown back): still exact.
    whole = locale.toString(units) if units < 2**63 else str(units)
    return f"{sign}{whole}{locale.decimalPoint()}{rest:02d}"


def format_money(cents: int | None, currency: str = "", locale: QLocale | None = None) -> str:
    """An amount with its currency code, e.g. "12,500.50 EUR"; "" when there is none."""
    if cents is None:
        return ""
    amount = format_amount(cents, locale)
    if not currency:
        return amount
    return QCoreApplication.translate("Money", "{amount} {currency}").format(
        amount=amount, currency=currency
    )


def parse_money(text: str, locale: QLocale | None = None) -> int | None:
    """The cents a typed amount means; None for an empty field. Raises ``MoneyTextError``."""
    locale = locale or QLocale()
    raw = text.strip()
    if not raw:
        return None
    number = _CURRENCY.sub("", raw).strip()  # "EUR", "€", "CHF" before or after
    negative = number[:1] in _MINUS or (
        bool(locale.negativeSign()) and number.startswith(locale.negativeSign())
    )
    if negative:
        number = _CURRENCY.sub("", number[1:]).strip()  # "-€ 12" as well as "€ -12"
    for space in _SPACES:
        number = number.replace(space, "")
    if not number or not all(c.isdecimal() or c in ".," for c in number):
        raise _not_an_amount(raw, locale)
    whole, fraction = _split(number, locale.decimalPoint())
    if len(fraction) > 2 and not fraction[2:].strip("0"):
        fraction = fraction[:2]  # "12,500" in German: twelve and a half
    if not whole.isdecimal() and whole != "":
        raise _not_an_amount(raw, locale)
    if len(fraction) > 2 or (fraction and not fraction.isdecimal()):
        raise MoneyTextError(
            QCoreApplication.translate(
                "Money", "“{text}” has more than two decimals: amounts are kept in cents."
            ).format(text=raw)
        )
    if not whole and not fraction:
        raise _not_an_amount(raw, locale)
    cents = int(whole or "0") * 100 + int((fraction + "00")[:2])
    return -cents if negative else cents


def _split(number: str, decimal_point: str) -> tuple[str, str]:
    """Whole and fractional digits: the last of two kinds of separator is the decimal one;
    a lone one is, unless it is the locale's group separator followed by three digits."""
    dots, commas = number.count("."), number.count(",")
    if dots and commas:
        separator = "." if number.rfind(".") > number.rfind(",") else ","
        other = "," if separator == "." else "."
        whole, fraction = number.rsplit(separator, 1)
        return whole.replace(other, ""), fraction
    if not dots and not commas:
        return number, ""
    separator = "." if dots else ","
    if dots + commas > 1:  # 1.000.000: only groups
        return number.replace(separator, ""), ""
    left, right = number.split(separator)
    if separator != decimal_point and len(right) == 3:
        return left + right, ""
    return left, right


def _not_an_amount(text: str, locale: QLocale) -> MoneyTextError:
    return MoneyTextError(
        QCoreApplication.translate(
            "Money", "“{text}” is not an amount of money. Type it like {example}."
        ).format(text=text, example=format_amount(1_250_050, locale))
    )

"""Money as the user reads it: cents to "12,500.50 €" or "€12,500.50", by the user's locale.

The plan keeps amounts in cents with an ISO currency code; Qt's locale data knows where the
symbol goes and which separators to use, and which symbol belongs to a code.
"""

from __future__ import annotations

from collections import Counter
from functools import cache

from PySide6.QtCore import QCoreApplication, QLocale

from toolbox_desktop.ui.dashboard.formatting import format_percent


@cache
def _symbols() -> dict[str, str]:
    """ISO code -> the symbol most locales that use it write (€, £, kr, zł)."""
    votes: dict[str, Counter] = {}
    any_locale = QLocale.matchingLocales(
        QLocale.Language.AnyLanguage, QLocale.Script.AnyScript, QLocale.Country.AnyCountry
    )
    for locale in any_locale:
        code = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
        symbol = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
        if code and symbol and symbol != code:
            votes.setdefault(code, Counter())[symbol] += 1
    return {code: counter.most_common(1)[0][0] for code, counter in votes.items()}


def currency_symbol(code: str) -> str:
    locale = QLocale()
    if locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) == code:
        return locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
    return _symbols().get(code, code)


def format_money(cents: int, currency: str) -> str:
    """Whole cents, exactly (no float on the way, totals can be large): 1250050, "EUR" ->
    "€12,500.50" in English, "12.500,50 €" in German. The locale's currency pattern places
    the symbol; the digits are written from the integer."""
    locale = QLocale()
    units, rest = divmod(abs(cents), 100)
    cents_text = locale.toString(rest) if rest >= 10 else locale.zeroDigit() + locale.toString(rest)
    digits = locale.toString(units) + locale.decimalPoint() + cents_text
    if cents < 0:
        digits = locale.negativeSign() + digits
    pattern = locale.toCurrencyString(0.0, currency_symbol(currency), 2)
    zero = locale.toString(0.0, "f", 2)
    return pattern.replace(zero, digits, 1) if zero in pattern else f"{digits} {currency}"


def spent_share(planned_cents: int, spent_cents: int) -> float | None:
    """Spent as a percentage of planned (None when nothing was planned)."""
    return 100.0 * spent_cents / planned_cents if planned_cents else None


def spent_share_text(planned_cents: int, spent_cents: int) -> str:
    share = spent_share(planned_cents, spent_cents)
    if share is None:
        return "" if not spent_cents else QCoreApplication.translate("Budget", "unplanned")
    return format_percent(share)


def spent_summary(planned_cents: int, spent_cents: int, currency: str) -> str:
    """What the spending bar shows, in words (its tooltip and accessible text)."""
    if spent_cents > planned_cents:
        return QCoreApplication.translate("Budget", "Overspent by {amount}").format(
            amount=format_money(spent_cents - planned_cents, currency)
        )
    return QCoreApplication.translate("Budget", "{share} spent, {amount} left").format(
        share=spent_share_text(planned_cents, spent_cents) or format_percent(0),
        amount=format_money(planned_cents - spent_cents, currency),
    )

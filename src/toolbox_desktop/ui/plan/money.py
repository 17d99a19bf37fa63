"""Amounts of money as people type and read them, kept in cents so that totals add up exactly.

A thin Qt-side door to ``core.formatting`` (the one module for numbers, money and dates): the
user's locale is the app's ``QLocale`` and messages are translated with Qt. "12 500,50",
"12.500,50", "12,500.50" and "EUR 12500.5" all mean 1 250 050 cents; the locale's group sign
followed by three digits groups thousands, and its decimal sign followed by three digits
("12.500" in English, "12,500" in German) is refused as ambiguous rather than guessed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from toolbox_desktop.core import formatting
from toolbox_desktop.core.formatting import FormatTextError

MoneyTextError = FormatTextError  # typed text that is no amount; ``message`` says why


def locale_name(locale: QLocale | None = None) -> str:
    """The name ``core.formatting`` takes for a Qt locale (the app's language by default)."""
    return (locale or QLocale()).name()


def format_amount(cents: int | None, locale: QLocale | None = None) -> str:
    """Cents as a number with two decimals in the locale's way ("12,500.50"), exactly."""
    return formatting.format_amount(cents, locale_name(locale))


def format_money(cents: int | None, currency: str = "", locale: QLocale | None = None) -> str:
    """An amount in the locale's currency format, e.g. "€12,500.50"; "" when there is none."""
    return formatting.format_money(cents, currency, locale_name(locale))


def parse_money(
    text: str, locale: QLocale | None = None, currency: str | None = None
) -> int | None:
    """The cents a typed amount means; None for an empty field. Raises ``MoneyTextError``,
    also when a currency other than ``currency`` is written beside it ("CHF 12" in euros)."""
    return formatting.parse_money(text, locale_name(locale), QCoreApplication.translate, currency)

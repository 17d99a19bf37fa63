"""Formatted texts are remembered per exact argument: what is shown never depends on what
was formatted before."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from toolbox_desktop.core import formatting
from toolbox_desktop.core.remembered import remembered


def test_equal_numbers_written_differently_stay_apart():
    assert formatting.format_number(Decimal("1.50"), "en") == "1.5"
    assert formatting.format_number(1, "en") == "1"
    assert formatting.format_number(0.0, "en") == "0"
    assert formatting.format_number(-0.0, "en") == "-0"  # as Babel writes it, not as 0.0
    assert formatting.format_number(12500.5, "de") == "12.500,5"
    assert formatting.format_number(12500.5, "en") == "12,500.5"
    assert formatting.format_number(12500.5, "en", decimals=2) == "12,500.50"
    assert formatting.format_number(12500.5, "en", 2) == "12,500.50"


def test_money_and_dates_follow_each_locale_and_currency():
    assert formatting.format_money(1250050, "EUR", "de") == "12.500,50\xa0€"
    assert formatting.format_money(1250050, "EUR", "en") == "€12,500.50"
    assert formatting.format_money(1250050, "CHF", "en") != formatting.format_money(
        1250050, "EUR", "en"
    )
    assert formatting.format_amount(1250050, "nl") == "12.500,50"
    day = date(2026, 12, 7)
    assert formatting.format_date(day, "de") == "07.12.2026"
    assert formatting.format_date(day, "en_SE") == "2026-12-07"
    moment = datetime(2026, 12, 7, 9, 15)
    assert formatting.format_date(moment, "de") == formatting.format_date(day, "de")


def test_a_function_is_asked_once_per_exact_arguments_and_unhashable_ones_pass_through():
    calls = []

    @remembered
    def shout(value, suffix="!"):
        calls.append(value)
        return f"{value}{suffix}"

    assert shout(1) == shout(1) == "1!"
    assert shout(1.0) == "1.0!"
    assert shout(1, suffix="?") == "1?"
    assert calls == [1, 1.0, 1]
    assert shout([1]) == "[1]!" and shout([1]) == "[1]!"
    assert calls[-2:] == [[1], [1]]  # a list cannot be remembered: asked each time

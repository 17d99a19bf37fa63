"""Money as the user reads it: cents to "12,500.50 €" or "€12,500.50", by the user's locale.

The plan keeps amounts in cents with an ISO currency code; ``core.formatting`` (CLDR data,
through Babel) knows where the symbol goes, which separators to use and which symbol belongs
to a code.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from toolbox_desktop.ui.common.formatting import format_percent
from toolbox_desktop.ui.plan import money


def format_money(cents: int, currency: str) -> str:
    """Whole cents, exactly, in the locale's currency format: 1250050, "EUR" -> "€12,500.50"
    in English, "12.500,50 €" in German (``core.formatting``, as everywhere else)."""
    return money.format_money(cents, currency)


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

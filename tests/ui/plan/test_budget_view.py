"""The budget overview: exact totals per currency, by dimension, year, funding and status."""

import os
from datetime import date

import pytest
from PySide6.QtCore import QLocale, QRectF, Qt
from timeline_helpers import action, make_content

from toolbox_desktop.ui.common.palette import CURRENT_COLOR
from toolbox_desktop.ui.plan.budget_format import format_money
from toolbox_desktop.ui.plan.budget_model import (
    BAR_ROLE,
    CENTS_ROLE,
    NAME,
    PLANNED,
    SHARE,
    SPENT,
)
from toolbox_desktop.ui.plan.budget_view import BudgetView


@pytest.fixture(autouse=True)
def english_locale():
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(previous)


def plan():
    return [
        action(1, dimension="gov", start=date(2025, 3, 1), budget_cents=1_250_050,
               spent_cents=500_000, funding_source="amif", status="in-progress"),
        action(2, dimension="gov", start=date(2026, 1, 10), budget_cents=300_000,
               funding_source="municipal-budget", status="planned"),
        action(3, dimension="emp", end=date(2026, 6, 30), budget_cents=100_000,
               spent_cents=150_000, status="done"),
        action(4, dimension="emp", start=date(2026, 2, 1), budget_cents=800_000,
               spent_cents=200_000, currency="CHF", funding_source="amif", status="in-progress"),
        action(5, dimension="gov", start=date(2026, 5, 1), budget_cents=999_900,
               spent_cents=10_000, funding_source="amif", status="dropped"),
        action(6, dimension="edu", status="idea"),
    ]  # fmt: skip


@pytest.fixture
def view(qtbot):
    widget = BudgetView(make_content())
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.set_actions(plan())
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def totals(view, table: str) -> dict:
    """(group, currency) -> (actions, planned cents, spent cents), as the table holds them."""
    model = view.models[table]
    found = {}
    for row in range(model.rowCount()):
        budget = model.budget_row(row)
        planned = model.index(row, PLANNED).data(CENTS_ROLE)
        spent = model.index(row, SPENT).data(CENTS_ROLE)
        found[model.index(row, NAME).data(), budget.currency] = (
            budget.total.actions,
            planned,
            spent,
        )
    return found


def test_money_is_written_by_the_locale_from_whole_cents():
    assert format_money(1_250_050, "EUR") == "€12,500.50"
    assert format_money(5, "EUR") == "€0.05"
    assert format_money(10**17 + 1, "EUR") == "€1,000,000,000,000,000.01"  # no float rounding
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    assert format_money(1_250_050, "EUR") == "12.500,50\N{NO-BREAK SPACE}€"


def test_totals_by_dimension_keep_currencies_apart(view):
    assert totals(view, "dimension") == {
        ("1. Governance", "EUR"): (2, 1_550_050, 500_000),
        ("2. Employment and vocational training", "EUR"): (1, 100_000, 150_000),
        ("3. Education", "EUR"): (1, 0, 0),
        ("2. Employment and vocational training", "CHF"): (1, 800_000, 200_000),
    }
    model = view.models["dimension"]
    assert [model.budget_row(r).currency for r in range(model.rowCount())] == [
        "CHF",
        "EUR",
        "EUR",
        "EUR",
    ]
    assert model.index(1, PLANNED).data() == "€15,500.50"
    assert model.index(0, PLANNED).data() == "CHF\xa08,000.00"


def test_totals_by_year_and_by_funding_source(view):
    assert totals(view, "year") == {
        ("2025", "EUR"): (1, 1_250_050, 500_000),
        ("2026", "EUR"): (2, 400_000, 150_000),  # one starts in 2026, one only ends then
        ("No dates", "EUR"): (1, 0, 0),
        ("2026", "CHF"): (1, 800_000, 200_000),
    }
    assert totals(view, "funding") == {
        ("Municipal budget", "EUR"): (1, 300_000, 0),
        ("AMIF (EU Asylum, Migration and Integration Fund)", "EUR"): (1, 1_250_050, 500_000),
        ("Not specified", "EUR"): (2, 100_000, 150_000),
        ("AMIF (EU Asylum, Migration and Integration Fund)", "CHF"): (1, 800_000, 200_000),
    }


def test_dropped_actions_count_only_by_status(view):
    by_status = totals(view, "status")
    assert by_status[("Dropped", "EUR")] == (1, 999_900, 10_000)
    assert by_status[("In progress", "EUR")] == (1, 1_250_050, 500_000)
    assert [label for label, currency in by_status if currency == "EUR"] == [
        "Idea",
        "Planned",
        "In progress",
        "Done",
        "Dropped",
    ]
    for table in ("dimension", "year", "funding"):
        assert sum(t[0] for t in totals(view, table).values()) == 5  # six actions, one dropped
    assert view.summary.text().splitlines() == [
        "Planned: CHF\xa08,000.00   Spent: CHF\xa02,000.00 (25 %)   Actions: 1",
        "Planned: €16,500.50   Spent: €6,500.00 (39 %)   Actions: 4",
    ]


def test_spending_is_shown_against_the_plan(view):
    model = view.models["dimension"]
    governance, employment = model.index(1, SHARE), model.index(2, SHARE)
    assert governance.data() == "32 %"
    assert employment.data() == "150 %"
    assert employment.data(Qt.ItemDataRole.ToolTipRole) == "Overspent by €500.00"
    assert governance.data(Qt.ItemDataRole.ToolTipRole) == "32 % spent, €10,500.50 left"
    image = view.tables["dimension"].viewport().grab().toImage()
    blue = sum(
        image.pixelColor(x, y) == CURRENT_COLOR
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    )
    assert blue > 20  # the bars are drawn


def test_each_bar_shows_the_share_its_row_says(view):
    """The column says "Spent of planned" in percent: its bar is that share of the row's own
    plan (not an amount on a scale shared with the other rows)."""
    model = view.models["dimension"]
    governance, employment = model.index(1, SHARE), model.index(2, SHARE)
    planned, spent, full = governance.data(BAR_ROLE)
    assert full == planned and round(100 * spent / full) == 32  # "32 %"
    planned, spent, full = employment.data(BAR_ROLE)
    assert full == spent and round(100 * planned / full) == 67  # 150 %: the plan is 2/3


def test_no_actions_show_an_empty_overview(qtbot):
    widget = BudgetView(make_content())
    qtbot.addWidget(widget)
    widget.set_actions([])
    assert widget.models["status"].rowCount() == 0
    assert widget.summary.text() == "No actions with a budget yet."


@pytest.mark.parametrize("width", [1110, 900])  # the plan area's page at 1280 x 720; smaller
@pytest.mark.parametrize("code", ["de", "nl"])
def test_every_name_is_shown_whole_where_the_window_is_small(qtbot, code, width):
    """At 1280 x 720 in German the figures left the names a narrow column: "Kommunaler H…",
    "AMIF (EU-Asyl-,…" and the title "inanzierungsquell" cut at both ends. A name now wraps
    onto more lines, its row as tall as it needs, and no word of it is cut (measured in the
    room the cell gives its text, grid line and margins taken off, with the text's exact
    width)."""
    from language_helpers import LanguageState
    from PySide6.QtGui import QFontMetricsF

    from toolbox_desktop.core.plan_choices import FUNDING_SOURCES
    from toolbox_desktop.ui.common.header_titles import title_width
    from toolbox_desktop.ui.common.item_text import text_margin
    from toolbox_desktop.ui.common.language import apply_language

    state = LanguageState()
    apply_language(code)
    try:
        widget = BudgetView(make_content())
        qtbot.addWidget(widget)
        widget.resize(width, 640)
        actions = [
            action(n, dimension=("gov", "emp", "edu")[n % 3], budget_cents=123_456_789,
                   spent_cents=98_765_432, funding_source=source, start=date(2026, 1, 1))
            for n, source in enumerate(FUNDING_SOURCES, start=1)
        ] + [action(99, dimension="emp")]  # fmt: skip
        widget.set_actions(actions)
        widget.show()
        qtbot.waitExposed(widget)
        wrapped = 0
        for table, view in widget.tables.items():
            header, model = view.horizontalHeader(), view.model()
            assert header.sectionSize(NAME) >= title_width(header, NAME), (table, code)
            metrics = QFontMetricsF(view.font())
            for row in range(model.rowCount()):
                name = model.index(row, NAME).data()
                room = view.visualRect(model.index(row, NAME)).width() - 2 * text_margin(view)
                assert all(metrics.horizontalAdvance(w) <= room for w in name.split()), name
                needed = metrics.boundingRect(
                    QRectF(0, 0, room, 10_000), Qt.TextFlag.TextWordWrap, name
                ).height()
                assert view.rowHeight(row) >= needed, (name, view.rowHeight(row), needed)
                wrapped += needed > metrics.height() + 1
        assert wrapped >= 2  # the long names did need more than one line
        if os.environ.get("TOOLBOX_SCREENSHOTS"):
            widget.grab().save(f"{os.environ['TOOLBOX_SCREENSHOTS']}/budget-{code}-{width}.png")
    finally:
        state.restore()


def test_the_names_fill_the_room_the_figures_leave(view):
    for table in view.tables.values():
        header = table.horizontalHeader()
        total = sum(header.sectionSize(n) for n in range(header.count()))
        assert total == table.viewport().width(), "no gap after the last column"
        assert not table.horizontalScrollBar().isVisible()


def test_every_table_shows_whole_at_1280_x_720_in_german(qtbot):
    """Split in half, the funding sources' table (seven sources, some on three lines) needed
    scroll bars at 1280 x 720 in German, its shares cut off ("Anteil ausgegeb", "60"), while
    the tables above and beside it had room to spare; the rows and columns of tables now
    share the room as their tables need it."""
    from language_helpers import LanguageState

    from toolbox_desktop.core.plan_choices import FUNDING_SOURCES
    from toolbox_desktop.ui.common.language import apply_language

    state = LanguageState()
    apply_language("de")
    try:
        widget = BudgetView(make_content())
        qtbot.addWidget(widget)
        widget.resize(1110, 600)  # the plan's Budget tab at 1280 x 720
        actions = [
            action(n, dimension=("gov", "emp", "edu")[n % 3], budget_cents=123_456_789,
                   spent_cents=98_765_432, funding_source=source,
                   start=date(2025 + n % 3, 1, 1), status=("planned", "done")[n % 2])
            for n, source in enumerate(FUNDING_SOURCES, start=1)
        ]  # fmt: skip
        widget.set_actions(actions)
        widget.show()
        qtbot.waitExposed(widget)
        assert widget.models["funding"].rowCount() == len(FUNDING_SOURCES)

        def scrolling() -> list[str]:
            return [
                name
                for name, view in widget.tables.items()
                if view.verticalScrollBar().isVisible() or view.horizontalScrollBar().isVisible()
            ]

        qtbot.waitUntil(lambda: scrolling() == [])  # shared once the tables are laid out
    finally:
        state.restore()

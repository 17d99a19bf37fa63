"""The practices browser: a table of the 10 practices, filtered by dimension and country."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from ui_helpers import shown_text

from toolbox_desktop.ui.library.library_page import PRACTICES_TAB

ALL_PRACTICES = [
    "POLI",
    "Vielfaltsgestalter*innen",
    "Ung Kraft",
    "Brugfiguren",
    "Vocational training to unaccompanied children and school support to refugee children",
    "Psychosocial Center Rostock for Refugees and Migrants",
    "Provision of health, comprehensive mental health and rehabilitation services for Syrian "
    "refugees",
    "Multifunctional Neighbourhood House",
    "De Nomade",
    "Diversity Café",
]
HOUSING = ["Multifunctional Neighbourhood House", "De Nomade", "Diversity Café"]
# practices.txt: "Dessau-Roßlau, Germany" (governance) and "Rostock, Germany" (health).
GERMAN = ["Vielfaltsgestalter*innen", "Psychosocial Center Rostock for Refugees and Migrants"]


def shown_names(browser) -> list[str]:
    model = browser.table.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def choose(combo, text: str) -> None:
    """Pick the entry a user reads as ``text``."""
    position = combo.findText(text)
    assert position >= 0, f"{text!r} is not offered"
    combo.setCurrentIndex(position)


def open_practices(library):
    library.tabs.setCurrentIndex(PRACTICES_TAB)
    return library.practices


def test_unfiltered_the_table_shows_all_ten_practices(library):
    browser = open_practices(library)
    assert browser.table.isVisible()
    assert shown_names(browser) == ALL_PRACTICES
    assert browser.count_label.text() == "10 of 10 practices shown"
    header = [
        browser.table.model().headerData(column, browser.table.horizontalHeader().orientation())
        for column in range(browser.table.model().columnCount())
    ]
    assert header == ["Practice", "Place", "Country", "Dimension"]
    model = browser.table.model()
    assert [model.index(9, column).data() for column in range(4)] == [
        "Diversity Café",
        "St. Pölten",
        "Austria",
        "Housing and urban planning",
    ]


def test_filters_offer_every_dimension_and_country(library):
    browser = open_practices(library)
    dimensions = [
        browser.dimension_filter.itemText(i) for i in range(browser.dimension_filter.count())
    ]
    assert dimensions == [
        "All dimensions",
        "1. Governance",
        "2. Employment and vocational training",
        "3. Education",
        "4. Health",
        "5. Housing and urban planning",
    ]
    countries = [browser.country_filter.itemText(i) for i in range(browser.country_filter.count())]
    assert countries == [
        "All countries",
        "Austria",
        "Belgium",
        "Germany",
        "Greece",
        "Italy",
        "Netherlands",
        "Sweden",
        "Turkey",
    ]


def test_filter_by_dimension(library):
    browser = open_practices(library)
    choose(browser.dimension_filter, "5. Housing and urban planning")
    assert browser.table.model().rowCount() == 3
    assert shown_names(browser) == HOUSING
    assert browser.count_label.text() == "3 of 10 practices shown"


def test_filter_by_country(library):
    browser = open_practices(library)
    choose(browser.country_filter, "Germany")
    assert shown_names(browser) == GERMAN
    assert browser.count_label.text() == f"{len(GERMAN)} of 10 practices shown"
    countries = {browser.table.model().index(r, 2).data() for r in range(len(GERMAN))}
    assert countries == {"Germany"}


def test_both_filters_combine(library):
    browser = open_practices(library)
    choose(browser.country_filter, "Belgium")
    assert shown_names(browser) == ["Brugfiguren", "De Nomade"]
    choose(browser.dimension_filter, "5. Housing and urban planning")
    assert shown_names(browser) == ["De Nomade"]
    assert browser.count_label.text() == "1 of 10 practices shown"
    choose(browser.dimension_filter, "4. Health")
    assert shown_names(browser) == []
    assert browser.count_label.text() == "0 of 10 practices shown"
    choose(browser.country_filter, "All countries")
    assert shown_names(browser) == [
        "Psychosocial Center Rostock for Refugees and Migrants",
        "Provision of health, comprehensive mental health and rehabilitation services for "
        "Syrian refugees",
    ]
    choose(browser.dimension_filter, "All dimensions")
    assert browser.count_label.text() == "10 of 10 practices shown"


def test_selecting_a_row_shows_the_practice(library):
    browser = open_practices(library)
    choose(browser.dimension_filter, "5. Housing and urban planning")
    table = browser.table
    index = table.model().index(2, 0)
    table.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    text = shown_text(library)
    assert text.startswith("5. Housing and urban planning › Innovative practice Diversity Café")
    assert "St. Pölten, Austria · since 2016" in text
    assert "What it does The Diversity Café began in 2016" in text
    assert "Who runs it An organizing team of locals and refugees" in text
    assert "What made it work The team itself mixes locals and refugees" in text
    assert "Source: 5. Housing and urban planning > Innovative integration practices" in text
    assert library.current_code == "hou.practice.diversity-cafe"


def test_practice_with_an_english_name_shows_it(library):
    browser = open_practices(library)
    browser.table.selectionModel().setCurrentIndex(
        browser.table.model().index(1, 1),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    text = shown_text(library)
    assert "Vielfaltsgestalter*innen (Shaping Diversity)" in text
    assert "Dessau-Roßlau, Germany" in text
    assert "since" not in text.split("What it does")[0]  # no start year in the source


def test_sorting_by_a_column_keeps_the_filter(library):
    browser = open_practices(library)
    choose(browser.country_filter, "Belgium")
    browser.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert shown_names(browser) == ["Brugfiguren", "De Nomade"]  # Flanders, Leuven
    browser.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert shown_names(browser) == ["De Nomade", "Brugfiguren"]
    assert browser.count_label.text() == "2 of 10 practices shown"

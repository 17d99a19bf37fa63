"""One search box over all content: case- and accent-insensitive, matches highlighted."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QUrl
from ui_helpers import highlighted_runs, shown_text, type_text

from toolbox_desktop.ui.library.library_page import PRACTICES_TAB
from toolbox_desktop.ui.library.rich_text import HIGHLIGHT_STYLE
from toolbox_desktop.ui.library.search_model import HTML_ROLE

DESSAU = "Practice: Vielfaltsgestalter*innen"
DIVERSITY_CAFE = "Practice: Diversity Café"
NO_MATCHES = "No matches. Try fewer or shorter words."


def result_rows(library) -> list[str]:
    model = library.results.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def search(library, text: str) -> None:
    library.search_edit.setText(text)


def style_declarations(style: str) -> set[str]:
    return {part.replace(" ", "") for part in style.split(";") if part.strip()}


@pytest.mark.parametrize("query", ["rosslau", "ROSSLAU", "Roßlau", "roßlau", "RoSSlau"])
def test_every_spelling_of_rosslau_finds_dessau_rosslau(library, query):
    search(library, query)
    assert library.left.currentWidget() is library.results
    assert library.results.isVisible()
    assert not library.tabs.isVisible()
    assert result_rows(library) == [DESSAU]
    assert library.result_label.isVisible()
    assert library.result_label.text() == "1 match"
    text = shown_text(library)
    assert text.startswith("1. Governance › Innovative practice Vielfaltsgestalter*innen")
    assert "Dessau-Roßlau, Germany" in text


@pytest.mark.parametrize("query", ["pölten", "polten", "PÖLTEN", "st. polten"])
def test_polten_with_or_without_umlaut_finds_the_diversity_cafe(library, query):
    search(library, query)
    assert result_rows(library) == [DIVERSITY_CAFE]
    assert "St. Pölten, Austria" in shown_text(library)
    assert "Pölten" in highlighted_runs(library.detail.document())


def test_rosslau_match_is_highlighted_on_the_original_text(library):
    search(library, "rosslau")
    runs = highlighted_runs(library.detail.document())
    # The place line and the summary both name the town; each match covers "Roßlau" exactly.
    assert len(runs) >= 2
    assert set(runs) == {"Roßlau"}
    html = library.detail.toHtml()
    styles = re.findall(r'<span style="([^"]*)">Roßlau</span>', html)
    assert styles, html
    for style in styles:
        assert style_declarations(HIGHLIGHT_STYLE) <= style_declarations(style)
    # "Dessau-" is not part of the match.
    assert not re.search(r'<span style="[^"]*#ffe680[^"]*">Dessau', html)


def test_highlight_marks_every_word_of_the_query(library):
    search(library, "saturday coffee")
    assert result_rows(library) == [DIVERSITY_CAFE]
    runs = {run.lower() for run in highlighted_runs(library.detail.document())}
    assert runs == {"saturday", "coffee"}


def test_result_list_highlights_the_match_too(library):
    search(library, "polten")
    html = library.results.model().index(0, 0).data(HTML_ROLE)
    assert f'<span style="{HIGHLIGHT_STYLE}">Pölten</span>' in html


def test_result_count_label_counts_matches(library):
    search(library, "germany")
    assert library.result_label.text() == "2 matches"
    assert result_rows(library) == [
        DESSAU,
        "Practice: Psychosocial Center Rostock for Refugees and Migrants",
    ]
    # The first match is shown at once.
    assert library.results.currentIndex().row() == 0
    assert "Vielfaltsgestalter*innen" in shown_text(library)


def test_several_words_must_all_match(library):
    search(library, "health")
    assert library.results.model().rowCount() == 18
    search(library, "germany")
    assert library.results.model().rowCount() == 2
    search(library, "germany health")
    assert library.result_label.text() == "1 match"
    assert result_rows(library) == [
        "Practice: Psychosocial Center Rostock for Refugees and Migrants"
    ]
    search(library, "health germany")
    assert library.results.model().rowCount() == 1
    search(library, "germany xyzzy")
    assert library.results.model().rowCount() == 0


def test_no_match_says_so_and_keeps_the_item_shown(library):
    library.select_code("gov.strategic-planning.1")
    search(library, "xyzzy")
    assert library.result_label.text() == NO_MATCHES
    assert library.results.model().rowCount() == 0
    assert library.results.isVisible()
    assert "A clear vision and an accountable integration plan" in shown_text(library)


def test_typing_rosslau_character_by_character(library, qtbot):
    library.search_edit.setFocus()
    type_text(library.search_edit, "Roßlau")
    assert library.search_edit.text() == "Roßlau"
    assert library.result_label.text() == "1 match"
    assert result_rows(library) == [DESSAU]
    assert set(highlighted_runs(library.detail.document())) == {"Roßlau"}


def test_typing_polten_with_umlaut_character_by_character(library):
    library.search_edit.setFocus()
    type_text(library.search_edit, "Pölten")
    assert library.search_edit.text() == "Pölten"
    assert result_rows(library) == [DIVERSITY_CAFE]


@pytest.mark.parametrize("query", ["Дессау", "روسلاو", "Δέσσαου", "德绍"])
def test_other_scripts_typed_by_hand_find_nothing_without_crashing(library, query):
    library.select_code("hou.practice.diversity-cafe")
    library.search_edit.setFocus()
    type_text(library.search_edit, query)
    assert library.search_edit.text() == query
    assert library.result_label.text() == NO_MATCHES
    assert library.results.model().rowCount() == 0
    assert "Diversity Café" in shown_text(library)
    assert highlighted_runs(library.detail.document()) == []


def test_typing_ascii_with_key_clicks(library, qtbot):
    library.search_edit.setFocus()
    qtbot.keyClicks(library.search_edit, "rostock")
    assert library.result_label.text() == "1 match"
    assert "Psychosocial Center Rostock" in shown_text(library)


def test_clearing_the_search_brings_back_the_tabs_without_highlight(library):
    search(library, "rosslau")
    search(library, "")
    assert library.left.currentWidget() is library.tabs
    assert library.tabs.isVisible()
    assert not library.result_label.isVisible()
    # The item looked at last stays, selected in its own tab, now without highlight.
    assert library.tabs.currentIndex() == PRACTICES_TAB
    table = library.practices.table
    assert table.currentIndex().data() == "Vielfaltsgestalter*innen"
    assert "Dessau-Roßlau" in shown_text(library)
    assert highlighted_runs(library.detail.document()) == []


def test_white_space_alone_is_no_search(library):
    search(library, "   ")
    assert library.left.currentWidget() is library.tabs
    assert not library.result_label.isVisible()


def test_clicking_a_link_ends_the_search_and_selects_the_item_in_its_tab(library):
    search(library, "social housing")
    assert library.result_label.text() == "3 matches"
    assert shown_text(library).startswith("5. Housing and urban planning")
    code = "hou.practice.diversity-cafe"
    assert f'href="item:{code}"' in library.detail.toHtml()

    library.detail.anchorClicked.emit(QUrl(f"item:{code}"))

    assert library.search_edit.text() == ""
    assert library.left.currentWidget() is library.tabs
    assert not library.result_label.isVisible()
    assert library.tabs.currentIndex() == PRACTICES_TAB
    table = library.practices.table
    assert table.currentIndex().data() == "Diversity Café"
    assert table.selectionModel().isRowSelected(table.currentIndex().row())
    text = shown_text(library)
    assert text.startswith("5. Housing and urban planning › Innovative practice Diversity Café")
    assert highlighted_runs(library.detail.document()) == []


def test_clicking_a_link_to_a_hidden_practice_clears_the_filters(library):
    practices = library.practices
    practices.set_filters("gov", "Germany")
    assert practices.count_label.text() == "1 of 10 practices shown"
    library.select_code("hou.anti-segregation.1")
    library.detail.anchorClicked.emit(QUrl("item:hou.practice.de-nomade"))
    assert practices.count_label.text() == "10 of 10 practices shown"
    assert practices.table.currentIndex().data() == "De Nomade"
    assert "Leuven, Belgium" in shown_text(library)


def test_clicking_a_breadcrumb_link_selects_the_sub_theme_in_the_tree(library):
    library.select_code("gov.coordination.3")
    library.detail.anchorClicked.emit(QUrl("item:gov.coordination"))
    assert library.tree.currentIndex().data() == "Coordination and cooperation mechanisms"
    assert shown_text(library).startswith(
        "1. Governance Coordination and cooperation mechanisms Key benchmarks"
    )

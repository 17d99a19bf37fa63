"""The leaders' guide in the library, beside the toolbox: its tree, its pages, links between
them, and the search over both packs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QUrl
from ui_helpers import highlighted_runs, shown_text

from toolbox_desktop.ui.library.library_page import GUIDANCE_TAB, TREE_TAB
from toolbox_desktop.ui.library.search_model import HTML_ROLE
from toolbox_desktop.ui.library.tree_model import CODE_ROLE

PARTS = [
    "Preconditions for successful integration",
    "Quick wins (first 12 months)",
    "Engaging the host population",
    "Rights and responsibilities",
    "Liberal-democratic principles",
    "The Fact Sandwich",
    "City examples",
]
WELCOME = 'Start a "Welcome Ambassador" programme'


def rows(model, parent=QModelIndex()) -> list[str]:
    return [model.index(row, 0, parent).data() for row in range(model.rowCount(parent))]


def child_counts(model, parent) -> list[int]:
    return [model.rowCount(model.index(row, 0, parent)) for row in range(model.rowCount(parent))]


def click_link(library, code: str) -> None:
    library.detail.anchorClicked.emit(QUrl(f"item:{code}"))


def test_the_guidance_tab_has_a_branch_per_pack_with_every_part(library):
    library.tabs.setCurrentIndex(GUIDANCE_TAB)
    assert library.guidance.isVisible()
    model = library.guidance.model()
    assert rows(model) == ["Leaders' guide: integrating newcomers in the local community"]
    pack = model.index(0, 0)
    assert library.guidance.isExpanded(pack)
    assert rows(model, pack) == PARTS
    assert child_counts(model, pack) == [2, 15, 7, 4, 10, 3, 7]
    engagement, rights, sandwich, examples = (model.index(r, 0, pack) for r in (2, 3, 5, 6))
    assert child_counts(model, engagement) == [3, 2, 3, 2, 3, 2, 3]
    assert rows(model, engagement)[0] == "A. Build trust through transparency and communication"
    assert child_counts(model, rights) == [5, 5, 5, 5]
    assert rows(model, sandwich) == ["Definitions", "The steps", "Tips for using it"]
    assert child_counts(model, sandwich) == [2, 4, 6]
    assert child_counts(model, examples) == [13, 9, 13, 14, 1, 10, 2]
    assert rows(model, model.index(1, 0, pack))[0] == WELCOME


def test_a_quick_win_page_shows_what_to_do_dimensions_partners_funding_and_source(library):
    assert library.select_code("qw.train-frontline-staff")
    assert library.tabs.currentIndex() == GUIDANCE_TAB
    current = library.guidance.currentIndex()
    assert current.data(CODE_ROLE) == "qw.train-frontline-staff"
    text = shown_text(library)
    assert text.startswith(
        "Leaders' guide: integrating newcomers in the local community › Quick wins (first 12 "
        "months) Train police officers, teachers and healthcare providers"
    )
    assert (
        "Dimensions it serves 1. Governance 3. Education 4. Health "
        "Suggested partners Schools Health services See also"
    ) in text
    assert (
        "Source: Dutch-language guide for local leaders on the integration of newcomers, "
        "1. Leadership > Short-term measures (0-12 months), item 8" in text
    )


def test_funding_hints_are_named_as_the_plan_names_them(library):
    library.select_code("qw.eu-funding")
    text = shown_text(library)
    assert (
        "Funding AMIF (EU Asylum, Migration and Integration Fund) ESF+ (European Social Fund Plus)"
    ) in text


def test_an_engagement_point_is_numbered_in_its_section(library):
    library.select_code("eng.b.1")
    text = shown_text(library)
    assert "› Engaging the host population › B. Create and support volunteer" in text
    assert "Point B.1 Define the roles local residents can take on" in text


def test_a_group_page_lists_its_items(library):
    library.select_code("rights.newcomer-rights")
    text = shown_text(library)
    assert "Rights of newcomers" in text
    assert text.count("Access to essential services") == 1
    model = library.guidance.model()
    current = library.guidance.currentIndex()
    assert model.rowCount(current) == 5


def test_clicking_a_see_link_jumps_to_that_item(library):
    library.select_code("qw.welcome-ambassadors")
    html = library.detail.toHtml()
    assert 'href="item:eng.b.1"' in html and 'href="item:ex.social-cohesion.13"' in html
    click_link(library, "ex.social-cohesion.13")
    assert library.guidance.currentIndex().data(CODE_ROLE) == "ex.social-cohesion.13"
    text = shown_text(library)
    assert "Example 4.13 Volunteer programmes that pair local residents" in text
    assert "See also Quick win: " + WELCOME in text
    assert library.guidance.isExpanded(library.guidance.currentIndex().parent())


def test_a_dimension_link_leads_into_the_toolbox(library):
    library.select_code("qw.internships")
    click_link(library, "emp")
    assert library.tabs.currentIndex() == TREE_TAB
    assert shown_text(library).startswith("2. Employment and vocational training")


def test_the_crumbs_lead_to_the_part_and_the_pack(library):
    library.select_code("fs.tip.4")
    click_link(library, "pack/leaders-guide/fact-sandwich")
    text = shown_text(library)
    assert "The Fact Sandwich Definitions Misinformation" in text
    assert "The steps 1. Start with the fact" in text
    click_link(library, "pack/leaders-guide")
    text = shown_text(library)
    assert "What the guide holds Preconditions for successful integration (2) Quick wins" in text
    assert library.guidance.currentIndex().data(CODE_ROLE) == "pack/leaders-guide"


def test_the_overview_names_the_guide_with_a_link_to_it(library):
    html = library.detail.toHtml()
    assert 'href="item:pack/leaders-guide"' in html
    assert "Leaders' guide: integrating newcomers" in shown_text(library)


def result_codes(library) -> list[str]:
    model = library.results.model()
    return [model.index(row, 0).data(CODE_ROLE) for row in range(model.rowCount())]


@pytest.mark.parametrize("query", ["cafe", "CAFE", "Café", "cAfÉ"])
def test_one_search_finds_toolbox_practices_and_guide_examples(library, query):
    library.search_edit.setText(query)
    assert result_codes(library) == [
        "hou.practice.diversity-cafe",
        "ex.language.9",
        "ex.social-cohesion.5",
    ]
    model = library.results.model()
    assert model.index(1, 0).data() == (
        "City example: Multilingual language cafés in neighbourhoods."
    )
    assert ">café</span>s" in model.index(1, 0).data(HTML_ROLE)
    library.results.setCurrentIndex(model.index(1, 0))
    assert highlighted_runs(library.detail.document()) == ["café"]


def test_leaving_the_search_selects_the_guide_item_in_its_tree(library):
    library.search_edit.setText("welcome ambassador")
    assert result_codes(library)[0] == "qw.welcome-ambassadors"
    library.search_edit.clear()
    assert library.tabs.currentIndex() == GUIDANCE_TAB
    assert library.guidance.currentIndex().data(CODE_ROLE) == "qw.welcome-ambassadors"


def test_the_page_is_remembered_like_any_other(library, ui_state):
    library.select_code("ex.health.4")
    library.save_state(ui_state)
    library.select_code("gov")
    library.restore_state(ui_state)
    assert library.tabs.currentIndex() == GUIDANCE_TAB
    assert library.current_code == "ex.health.4"


def test_guide_text_that_looks_like_markup_is_shown_as_typed(qtbot, guide_copy, db_path):
    from pack_helpers import replace_in
    from toolbox_desktop.storage.workspace import open_workspace
    from toolbox_desktop.ui.library.library_page import LibraryPage

    hostile = '<img src="x"> <b>Welcome</b> & co'
    replace_in(
        guide_copy / "quickwins.txt",
        'title: Start a "Welcome Ambassador" programme',
        f"title: {hostile}",
    )
    workspace = open_workspace(db_path, guide_copy.parent)
    try:
        page = LibraryPage(workspace.content)
        qtbot.addWidget(page)
        page.select_code("qw.welcome-ambassadors")
        assert hostile in shown_text(page)
        assert page.guidance.currentIndex().data() == hostile
        assert "<b>Welcome" not in page.detail.toHtml()
        page.select_code("eng.b.1")
        assert f"See also Quick win: {hostile}" in shown_text(page)
    finally:
        workspace.close()


@pytest.fixture
def dutch_library(qtbot, db_path, pack_copy):
    """The library as a Dutch user has it: the window's words and the content in Dutch."""
    from language_helpers import TRANSLATIONS
    from PySide6.QtCore import QCoreApplication, QTranslator

    from toolbox_desktop.storage.workspace import open_workspace
    from toolbox_desktop.ui.library.library_page import LibraryPage

    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "toolbox_nl.qm"))
    QCoreApplication.installTranslator(translator)
    workspace = open_workspace(db_path, pack_copy.parent, language="nl")
    page = LibraryPage(workspace.content)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    yield page
    QCoreApplication.removeTranslator(translator)
    workspace.close()


def test_the_guide_in_dutch(dutch_library):
    library = dutch_library
    assert library.tabs.tabText(GUIDANCE_TAB) == "Hand&reikingen"
    model = library.guidance.model()
    pack = model.index(0, 0)
    assert (
        pack.data() == "Gids voor lokale leiders: nieuwkomers integreren in de lokale gemeenschap"
    )
    assert rows(model, pack)[1] == "Snelle maatregelen (eerste 12 maanden)"
    library.select_code("qw.integration-centre")
    text = shown_text(library)
    assert "Richt een centraal integratiecentrum voor nieuwkomers op" in text
    assert "Dimensies waaraan het bijdraagt 1. " in text


@pytest.mark.parametrize("query", ["GEISOLEERD", "geïsoleerd", "Geisoleerd"])
def test_dutch_search_ignores_case_and_accents_in_the_guide(dutch_library, query):
    library = dutch_library
    library.search_edit.setText(query)
    model = library.results.model()
    assert result_codes(library) == ["qw.welcome-ambassadors"]
    assert model.index(0, 0).data().startswith("Snelle maatregel: Start een")
    assert highlighted_runs(library.detail.document()) == ["geïsoleerd"]


def test_dutch_search_finds_both_packs(dutch_library):
    dutch_library.search_edit.setText("TAALCAFES")
    codes = result_codes(dutch_library)
    assert "ex.language.9" in codes
    dutch_library.search_edit.setText("taalcafé")
    assert "ex.language.9" in result_codes(dutch_library)


def test_the_guides_steps_wrap_and_are_read_whole(main_window, library, qtbot):
    """At 1280 x 720 in German, step 4 ("Passen Sie die Empfehlungen an Größe und
    Bedürfnisse Ihrer Kommun…") ran out of the list sideways."""
    from cut_text import list_entries_cut

    from toolbox_desktop.ui.library.library_page import GUIDE_TAB

    library.tabs.setCurrentIndex(GUIDE_TAB)
    library.splitter.setSizes([240, 900])  # the list as narrow as a long step makes it
    steps = library.guide
    qtbot.waitUntil(lambda: steps.isVisible() and steps.viewport().width() > 0)
    model, metrics = steps.model(), steps.fontMetrics()
    widest = max(
        metrics.horizontalAdvance(model.index(row, 0).data()) for row in range(model.rowCount())
    )
    assert widest > steps.viewport().width(), "a step must be too long for one line here"
    # The list lays its entries out again once its width has settled (a delayed layout).
    qtbot.waitUntil(lambda: not list_entries_cut(steps), timeout=2000)
    assert list_entries_cut(steps) == []


def test_the_guidance_trees_titles_wrap_and_are_read_whole(main_window, library, qtbot):
    """In German at 1280 x 720 the Guidance tree cut 13 of its 15 quick wins with "…"."""
    from cut_text import list_entries_cut

    from toolbox_desktop.ui.library.library_page import GUIDANCE_TAB

    main_window.resize(1280, 720)
    library.tabs.setCurrentIndex(GUIDANCE_TAB)
    library.splitter.setSizes([340, 900])  # narrower than at 1280 x 720 (about 440 px)
    tree = library.guidance
    tree.expandAll()
    qtbot.waitUntil(lambda: tree.isVisible() and tree.viewport().width() > 0)
    model, metrics = tree.model(), tree.fontMetrics()
    quick_wins = model.index(1, 0, model.index(0, 0))
    too_long = [
        model.index(row, 0, quick_wins).data()
        for row in range(model.rowCount(quick_wins))
        if metrics.horizontalAdvance(model.index(row, 0, quick_wins).data())
        > tree.visualRect(model.index(row, 0, quick_wins)).width()
    ]
    assert too_long, "some titles must be too long for one line here"
    qtbot.waitUntil(lambda: not list_entries_cut(tree), timeout=2000)
    assert list_entries_cut(tree) == []

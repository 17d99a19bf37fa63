"""The benchmark tree: dimensions, sub-themes, benchmarks and common challenges, and the
detail pane that follows the selection."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex
from ui_helpers import highlighted_runs, shown_text

from toolbox_desktop.ui.library.library_page import TREE_TAB

DIMENSIONS = [
    "1. Governance",
    "2. Employment and vocational training",
    "3. Education",
    "4. Health",
    "5. Housing and urban planning",
]
GOVERNANCE_CHALLENGE_COUNT = 8
GOVERNANCE_PRACTICES = ["POLI", "Vielfaltsgestalter*innen"]
OTHER_PRACTICES = ["Ung Kraft", "Brugfiguren", "De Nomade", "Diversity Café"]


def rows(model, parent=QModelIndex()) -> list[str]:
    return [model.index(row, 0, parent).data() for row in range(model.rowCount(parent))]


def select(view, index) -> None:
    """Select ``index`` the way a click or arrow key does: through the selection model."""
    view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def test_top_level_shows_the_five_dimensions_in_order(library):
    assert library.tabs.currentIndex() == TREE_TAB
    assert library.tree.isVisible()
    assert rows(library.tree.model()) == DIMENSIONS


def test_governance_holds_its_sub_themes_then_its_common_challenges(library):
    model = library.tree.model()
    governance = model.index(0, 0)
    assert rows(model, governance) == [
        "Strategic planning and accountability",
        "Coordination and cooperation mechanisms",
        "Informed policymaking",
        "Resource allocation and financial accountability",
        f"Common challenges ({GOVERNANCE_CHALLENGE_COUNT})",
    ]
    challenges = model.index(4, 0, governance)
    assert model.rowCount(challenges) == GOVERNANCE_CHALLENGE_COUNT
    assert model.index(0, 0, challenges).data() == (
        "There are no clear integration plans or strategies that can actually be put into action."
    )


def test_every_dimension_lists_its_challenges_with_their_number(library):
    model = library.tree.model()
    expected = {0: 8, 1: 8, 2: 6, 3: 5, 4: 6}
    for row, count in expected.items():
        dimension = model.index(row, 0)
        last = model.index(model.rowCount(dimension) - 1, 0, dimension)
        assert last.data() == f"Common challenges ({count})"
        assert model.rowCount(last) == count


def test_sub_theme_holds_its_benchmarks(library):
    model = library.tree.model()
    coordination = model.index(1, 0, model.index(0, 0))
    titles = rows(model, coordination)
    assert len(titles) == 5
    assert titles[0] == "Involve all relevant stakeholders in every phase of policymaking"
    assert titles[3] == 'Use partner networks to create "short lines"'


def test_selecting_a_benchmark_shows_it_with_its_dimensions_challenges_and_practices(
    library, workspace
):
    model = library.tree.model()
    strategic = model.index(0, 0, model.index(0, 0))
    select(library.tree, model.index(0, 0, strategic))

    text = shown_text(library)
    assert "A clear vision and an accountable integration plan" in text
    assert "gov.strategic-planning.1" in text
    assert (
        "Agree on a clear vision of integration and adopt a strategic integration plan that is "
        "useful in practice and makes people accountable" in text
    )
    assert "1. Governance › Strategic planning and accountability" in text
    assert "Common challenges in this dimension" in text
    governance_challenges = workspace.content.challenges_of("gov")
    assert len(governance_challenges) == GOVERNANCE_CHALLENGE_COUNT
    for challenge in governance_challenges:
        assert " ".join(challenge.text.split()) in text
    assert "Practices from real towns" in text
    for name in GOVERNANCE_PRACTICES:
        assert name in text
    for name in OTHER_PRACTICES:
        assert name not in text
    # Another dimension's challenges are not listed.
    assert "Residential segregation." not in text
    # Nothing is searched, so nothing is highlighted.
    assert highlighted_runs(library.detail.document()) == []


def test_detail_follows_the_selection_to_another_dimension(library):
    model = library.tree.model()
    housing = model.index(4, 0)
    anti_segregation = model.index(0, 0, housing)
    select(library.tree, model.index(0, 0, anti_segregation))

    text = shown_text(library)
    assert "Urban planning that reduces segregation" in text
    assert "5. Housing and urban planning › Anti-segregation measures" in text
    assert "Residential segregation." in text
    for name in ("Multifunctional Neighbourhood House", "De Nomade", "Diversity Café"):
        assert name in text
    assert "A clear vision and an accountable integration plan" not in text
    assert "POLI" not in text


def test_selecting_a_dimension_shows_its_sub_themes_with_benchmark_counts(library):
    select(library.tree, library.tree.model().index(0, 0))
    text = shown_text(library)
    assert text.startswith("1. Governance")
    assert "Strategic planning and accountability (2)" in text
    assert "Coordination and cooperation mechanisms (5)" in text
    assert "Sub-themes and their number of key benchmarks" in text


def test_selecting_a_common_challenge_shows_it(library):
    model = library.tree.model()
    challenges = model.index(4, 0, model.index(0, 0))
    select(library.tree, model.index(1, 0, challenges))
    text = shown_text(library)
    assert "1. Governance › Common challenge" in text
    assert "Nobody is given the role of overseeing how integration plans are implemented." in text


def test_benchmark_links_lead_to_its_dimension_and_practices(library):
    library.select_code("gov.strategic-planning.1")
    html = library.detail.toHtml()
    for code in ("gov", "gov.strategic-planning", "gov.practice.poli"):
        assert f'href="item:{code}"' in html


def test_before_any_selection_the_pane_gives_an_overview(library):
    text = shown_text(library)
    assert text.startswith("Whole-COMM toolbox")
    assert "5 dimensions, 68 key benchmarks, 33 common challenges, 10 practices" in text
    for title in DIMENSIONS:
        assert title in text

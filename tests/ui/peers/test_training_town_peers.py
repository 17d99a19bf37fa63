"""The training town comes with anonymised peer towns (issue 15), so that Peers shows a real
comparison: in every language the same four invented towns of different kinds and sizes, each
with its own ratings; a rural area without competence for health and housing says so in the
table and on the radar alike."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt

from toolbox_desktop.services.training_town import create_training_municipality, load_story
from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.storage.peer_repository import PeerRepository
from toolbox_desktop.ui.peers.peer_view import PEERS_PAGE, PeerComparisonView

TODAY = date(2026, 11, 2)


@pytest.fixture
def us_locale():
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(previous)


def column(view, header_start: str) -> list[str]:
    model = view.model
    for index in range(1, model.columnCount()):
        if model.headerData(index, Qt.Orientation.Horizontal).startswith(header_start):
            return [model.index(row, index).data() for row in range(model.rowCount())]
    raise AssertionError(f"no column {header_start!r}")


@pytest.mark.parametrize(
    ("language", "named", "country"),
    [
        ("en", ("Auenfeld (fictional)", "Brückstedt (fictional)"), "Germany"),
        ("de", ("Auenfeld (fiktiv)", "Brückstedt (fiktiv)"), "Deutschland"),
        ("nl", ("Auenfeld (fictief)", "Brückstedt (fictief)"), "Duitsland"),
    ],
)
def test_every_language_has_the_same_peer_towns(workspace, language, named, country):
    summary = create_training_municipality(workspace.conn, TODAY, language)
    peers = PeerRepository(workspace.conn).peers()
    assert summary.peers == len(peers) == 4
    assert sorted((p.kind, p.population) for p in peers) == [
        ("city", 182_000),
        ("medium-town", 38_500),
        ("rural-area", 4_300),
        ("small-town", 11_800),
    ]
    assert {p.municipality for p in peers} == {*named, ""}  # two leave their name out
    assert {p.country for p in peers} == {country}
    first, second = summary.assessed_on
    assert all(first <= p.assessed_on <= second for p in peers), "between the town's two"
    benchmarks = len(workspace.content.benchmarks)
    for peer in peers:
        ratings = PeerRepository(workspace.conn).ratings(peer.id)
        assert len(ratings) == benchmarks
        assert all(r.notes == "" and r.evidence == "" for r in ratings.values()), "anonymised"
    levels = [
        sorted(r.level for r in PeerRepository(workspace.conn).ratings(p.id).values() if r.counts)
        for p in peers
    ]
    assert len({tuple(one) for one in levels}) == 4, "each town has its own ratings"


def test_the_peer_files_line_up_across_languages():
    stories = [load_story(language) for language in ("en", "de", "nl")]
    shapes = [
        [(p.kind, p.population, p.assessed_on, p.level_means, p.competences) for p in s.peers]
        for s in stories
    ]
    assert shapes[0] == shapes[1] == shapes[2]
    assert all("{year}" in p.title for s in stories for p in s.peers)


def test_peers_compare_and_name_exclusions_the_same_in_table_and_radar(qtbot, workspace, us_locale):
    create_training_municipality(workspace.conn, TODAY, "en")
    view = PeerComparisonView(workspace.conn, workspace.content)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.refresh()
    repository = AssessmentRepository(workspace.conn)
    ours = repository.assessments()[0]
    view.set_own(ours, repository.ratings(ours.id))
    assert view.pages.currentIndex() == PEERS_PAGE
    assert len(view.radar.series()) == 5  # ours and four peers
    dimensions = [d.code for d in workspace.content.dimensions]
    rural = column(view, "Rural area")
    for code in ("hea", "hou"):  # the other town's competence: "our" read as the user's own
        assert rural[dimensions.index(code)] == "outside its competence"
        axis = dimensions.index(code)
        assert "Rural area: outside its competence" in view.radar.axis_note(axis)
    assert "not applicable" not in " ".join(rural)
    assert all(text.endswith("%") for text in column(view, "City"))
    named = [series.name for series in view.radar.series() if "Brückstedt" in series.name]
    assert named == [
        "Medium-sized town, 38,500 inhabitants – \u2068Brückstedt (fictional)\u2069"
    ], "a name with brackets of its own is not put in brackets again"
    assert "Rural area, 4,300 inhabitants outside its competence" in (
        view.radar.accessibleDescription()
    )

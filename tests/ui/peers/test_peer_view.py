"""The peer comparison page: peers labelled by kind and size, our scores beside theirs in a
table and a radar chart, ticking and removing peers, and an empty state that says what to do."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from toolbox_desktop.core.assessment import NOT_APPLICABLE, Assessment, Rating
from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.ui.common.formatting import format_date
from toolbox_desktop.ui.common.roles import VALUE_ROLE
from toolbox_desktop.ui.peers.peer_view import (
    DETAIL_ROLE,
    EMPTY_PAGE,
    MAX_DRAWN,
    PEER_ROLE,
    PEERS_PAGE,
    PeerComparisonView,
)

OURS = Assessment(1, "Our assessment", "2026-03-10")


def insert_peer(conn, uid, municipality, kind, population, levels, **extra) -> int:
    """A peer with one level for every benchmark of the dimensions in ``levels``."""
    peer_id = conn.execute(
        "INSERT INTO peer_assessments (uid, municipality, country, kind, population, title, "
        "assessed_on, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            uid,
            municipality,
            extra.get("country", ""),
            kind,
            population,
            extra.get("title", "Self-assessment"),
            extra.get("assessed_on", "2025-05-01"),
            "2026-01-10T09:00:00+00:00",
        ],
    ).lastrowid
    conn.executemany(
        "INSERT INTO peer_ratings (peer_assessment_id, benchmark, level, exclusion, target) "
        "VALUES (?, ?, ?, ?, NULL)",
        [(peer_id, code, level, exclusion) for code, level, exclusion in extra.get("ratings", [])],
    )
    conn.commit()
    return peer_id


def rate_all(conn, peer_id: int, benchmarks, level: int) -> None:
    conn.executemany(
        "INSERT INTO peer_ratings (peer_assessment_id, benchmark, level) VALUES (?, ?, ?)",
        [(peer_id, b.code, level) for b in benchmarks],
    )
    conn.commit()


@pytest.fixture
def content(workspace):
    return workspace.content


@pytest.fixture
def peers(workspace, content):
    """Three peers: one rated 4 everywhere (100 %), one rated 2 only in governance, one
    with every health benchmark not applicable and nothing else."""
    conn = workspace.conn
    strong = insert_peer(
        conn,
        "1" * 32,
        "Кировоград",
        "small-town",
        9100,
        {},
        country="Ukraine",
        assessed_on="2025-11-20",
    )
    rate_all(conn, strong, content.benchmarks, 4)
    governance = insert_peer(
        conn, "2" * 32, "مریم‌آباد", "rural-area", None, {}, assessed_on="2025-06-05"
    )
    rate_all(conn, governance, [b for b in content.benchmarks if b.dimension == "gov"], 2)
    health = [b for b in content.benchmarks if b.dimension == "hea"]
    excluded = insert_peer(
        conn,
        "3" * 32,
        "",
        "city",
        250000,
        {},
        assessed_on="2024-01-15",
        ratings=[(b.code, None, NOT_APPLICABLE) for b in health],
    )
    return {"strong": strong, "governance": governance, "excluded": excluded}


@pytest.fixture
def view(qtbot, workspace, content):
    widget = PeerComparisonView(workspace.conn, content)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    return widget


def own_ratings(content, level: int) -> dict[str, Rating]:
    return {b.code: Rating(b.code, level=level) for b in content.benchmarks}


def table_column(view, header_start: str) -> list[str]:
    model = view.model
    for column in range(1, model.columnCount()):
        header = model.headerData(column, Qt.Orientation.Horizontal)
        if header.startswith(header_start):
            return [model.index(row, column).data() for row in range(model.rowCount())]
    raise AssertionError(f"no column {header_start!r}")


def headers(view) -> list[str]:
    model = view.model
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def list_texts(view) -> list[str]:
    return [view.peer_list.item(row).text() for row in range(view.peer_list.count())]


def test_empty_state_says_how_to_get_peer_data(view):
    assert view.pages.currentIndex() == EMPTY_PAGE
    text = view.empty_state.text_label.text()
    assert "anonymised package (File → Export package…, Anonymised)" in text
    assert "import it with File → Import package…" in text
    assert "never change your assessments" in text
    assert view.model.columnCount() == 1
    assert view.radar.series() == ()


def test_peers_are_listed_by_kind_and_size_with_name_and_date_below(view, peers):
    view.refresh()
    assert view.pages.currentIndex() == PEERS_PAGE
    assert list_texts(view) == [
        "Small town, 9,100 inhabitants",  # newest assessment first
        "Rural area, population unknown",
        "City, 250,000 inhabitants",
    ]
    first = view.peer_list.item(0)
    assert "Кировоград" in first.data(DETAIL_ROLE)
    assert "Ukraine" in first.data(DETAIL_ROLE)
    assert format_date("2025-11-20") in first.data(DETAIL_ROLE)
    assert "مریم‌آباد" in view.peer_list.item(1).data(DETAIL_ROLE)
    assert "Self-assessment" in first.toolTip()
    assert first.data(PEER_ROLE) == peers["strong"]
    assert all(view.peer_list.item(r).checkState() == Qt.CheckState.Checked for r in range(3))
    assert "never change your assessments" in view.intro_label.text()


def test_table_shows_our_percentages_beside_each_peers(view, peers, content):
    view.refresh()
    view.set_own(OURS, own_ratings(content, 2))
    rows = len(content.dimensions) + 1
    assert view.model.rowCount() == rows
    assert view.model.index(rows - 1, 0).data() == "Overall"
    assert headers(view)[:2] == ["Dimension", "Ours"]
    assert len(headers(view)) == 5
    assert table_column(view, "Ours") == ["50 %"] * rows
    assert table_column(view, "Small town") == ["100 %"] * rows
    governance_only = table_column(view, "Rural area")
    assert governance_only[0] == "50 %"  # governance, the first dimension
    assert governance_only[1:-1] == ["not rated yet"] * (rows - 2)
    assert governance_only[-1] == "50 %"  # overall: only governance counts
    health_row = [d.code for d in content.dimensions].index("hea")
    excluded = table_column(view, "City")
    assert excluded[health_row] == "not applicable"
    assert excluded[-1] == "not rated yet"
    assert view.model.index(0, 1).data(VALUE_ROLE) == 50.0
    assert view.model.index(0, 2).data(VALUE_ROLE) == 100.0


def test_header_tooltips_give_full_labels(view, peers, content):
    view.refresh()
    view.set_own(OURS, own_ratings(content, 2))
    model = view.model
    tips = [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        for c in range(1, model.columnCount())
    ]
    assert tips[0].startswith("Ours: Our assessment")
    assert "Small town, 9,100 inhabitants" in tips[1]
    assert "Кировоград" in tips[1]
    assert "Rural area, population unknown" in tips[2]
    cell_tip = model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "50 %" in cell_tip
    assert "benchmarks rated" in cell_tip


def test_radar_has_one_series_per_column_ours_first_and_solid(view, peers, content):
    view.refresh()
    view.set_own(OURS, own_ratings(content, 2))
    series = view.radar.series()
    assert len(series) == view.model.columnCount() - 1 == 4
    assert series[0].name.startswith("Ours")
    assert not series[0].dashed
    assert all(s.dashed for s in series[1:])
    assert series[0].values == (50.0,) * len(content.dimensions)
    assert series[1].values == (100.0,) * len(content.dimensions)
    assert "Кировоград" in series[1].name
    assert len({s.color.name() for s in series}) == len(series)


def test_unticking_a_peer_removes_its_column_and_series(view, peers, content, qtbot):
    view.refresh()
    view.set_own(OURS, own_ratings(content, 2))
    view.set_checked(peers["strong"], False)
    assert not any(h.startswith("Small town") for h in headers(view))
    assert len(headers(view)) == 4
    assert not any("Кировоград" in s.name for s in view.radar.series())
    assert len(view.radar.series()) == 3
    assert [p.id for p in view.checked_peers()] == [peers["governance"], peers["excluded"]]

    view.refresh()  # re-reading keeps the user's choice
    assert view.peer_list.item(0).checkState() == Qt.CheckState.Unchecked
    assert len(headers(view)) == 4

    view.set_checked(peers["strong"], True)
    assert headers(view)[2].startswith("Small town")


def test_colours_stay_with_a_peer_when_another_is_unticked(view, peers, content):
    view.refresh()
    view.set_own(OURS, own_ratings(content, 2))
    before = {s.name: s.color.name() for s in view.radar.series()}
    view.set_checked(peers["strong"], False)
    after = {s.name: s.color.name() for s in view.radar.series()}
    assert all(before[name] == colour for name, colour in after.items())


def test_without_an_own_assessment_only_peers_are_drawn(view, peers):
    view.refresh()
    view.set_own(None, {})
    assert table_column(view, "Ours") == ["no assessment"] * view.model.rowCount()
    assert view.model.index(0, 1).data(VALUE_ROLE) is None
    assert all(not s.name.startswith("Ours") for s in view.radar.series())
    assert len(view.radar.series()) == 3
    assert view.note_label.isVisibleTo(view)
    assert "no assessment of your own" in view.note_label.text()


def test_the_chart_draws_at_most_six_peers_the_table_shows_all(view, workspace, content):
    for number in range(MAX_DRAWN + 2):
        peer_id = insert_peer(
            workspace.conn, f"{number:032d}", f"Town {number}", "small-town", 1000 + number, {}
        )
        rate_all(workspace.conn, peer_id, content.benchmarks[:5], number % 5)
    view.refresh()
    view.set_own(OURS, own_ratings(content, 1))
    assert view.model.columnCount() == 2 + MAX_DRAWN + 2
    assert len(view.radar.series()) == 1 + MAX_DRAWN
    assert "first 6 ticked peers" in view.note_label.text()
    assert "all 8" in view.note_label.text()


def test_removing_a_peer_asks_first_and_never_touches_own_data(
    view, peers, workspace, content, monkeypatch
):
    own = AssessmentRepository(workspace.conn)
    mine = own.create("Ours", "2025-03-01")
    own.save_rating(mine.id, Rating("gov.coordination.1", level=3))
    view.refresh()
    view.peer_list.setCurrentRow(0)
    asked = []

    def answer(button):
        def ask(*args, **_kwargs):
            asked.append(args[2])
            return button

        return ask

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    view.remove_button.click()
    assert len(asked) == 1 and "Small town, 9,100 inhabitants" in asked[0]
    assert view.peer_list.count() == 3

    changed = []
    view.peers_changed.connect(lambda: changed.append(True))
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    view.remove_button.click()
    assert changed == [True]
    assert list_texts(view) == ["Rural area, population unknown", "City, 250,000 inhabitants"]
    assert view.repository.ratings(peers["strong"]) == {}
    assert view.repository.ratings(peers["governance"])  # the others keep theirs
    assert own.ratings(mine.id) == {"gov.coordination.1": Rating("gov.coordination.1", level=3)}
    assert [a.id for a in own.assessments()] == [mine.id]


def test_removing_the_last_peer_shows_the_empty_state(view, workspace, monkeypatch):
    insert_peer(workspace.conn, "9" * 32, "Кировоград", "city", 5, {})
    view.refresh()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert view.remove_current()
    assert view.pages.currentIndex() == EMPTY_PAGE
    assert not view.remove_button.isEnabled()


def test_keyboard_ticks_peers_and_widgets_have_accessible_names(view, peers, qtbot):
    view.refresh()
    view.show()
    qtbot.waitExposed(view)
    view.peer_list.setFocus()
    view.peer_list.setCurrentRow(1)
    qtbot.keyClick(view.peer_list, Qt.Key.Key_Space)
    assert view.peer_list.item(1).checkState() == Qt.CheckState.Unchecked
    assert peers["governance"] not in [p.id for p in view.checked_peers()]
    qtbot.keyClick(view.peer_list, Qt.Key.Key_Space)
    assert view.peer_list.item(1).checkState() == Qt.CheckState.Checked
    assert view.peer_list.accessibleName()
    assert view.table.accessibleName()
    assert view.radar.accessibleName()
    assert view.remove_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert view.table.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_the_peers_tab_of_the_assessment_area_shows_our_current_assessment(qtbot, workspace):
    from PySide6.QtGui import QUndoStack

    from toolbox_desktop.core.assessment import Rating
    from toolbox_desktop.storage.assessment_repository import AssessmentRepository
    from toolbox_desktop.ui.assessment.assessment_area import PEERS_TAB, AssessmentArea

    repository = AssessmentRepository(workspace.conn)
    ours = repository.create("Ours 2026", "2026-03-01")
    for benchmark in workspace.content.benchmarks:
        repository.save_rating(ours.id, Rating(benchmark.code, level=4))
    area = AssessmentArea(workspace.conn, workspace.content, QUndoStack())
    qtbot.addWidget(area)
    area.show()
    area.tabs.setCurrentIndex(PEERS_TAB)
    assert area.tabs.tabText(PEERS_TAB) == "Peers"
    assert area.peers._own is not None and area.peers._own.id == ours.id

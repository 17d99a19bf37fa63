"""The region view (File → Open region file…): a merged region file shown read-only beside the
user's own file; a withheld figure reads "fewer than 5 towns", never a number; the own town is
placed from the user's own newest assessment; a file that is not a region file is refused with
a message and left as it was."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from region_sample import expected_scores, median, own_assessment, sample_region
from toolbox_desktop.core.formatting import round_half_up, rounded
from toolbox_desktop.region.scores import OVERALL
from toolbox_desktop.ui.common import region_files

WITHHELD = "fewer than 5 towns"
# A band with enough towns, withheld so that a smaller one cannot be worked out: it must not
# read "fewer than 5 towns" (the band of 5,000 to 19,999 has 8).
HIDDEN_FOR_OTHERS = "withheld: would give away a group of fewer than 5 towns"


@pytest.fixture
def sample(tmp_path, pack_copy):
    """8 towns of 5,000-19,999 and 2 under 5,000 (so both bands are withheld: the small one
    has too few towns, the other would give it away), 2 years; the first benchmark rated by
    3 towns only."""
    return sample_region(tmp_path / "region", pack_copy.parent)


@pytest.fixture
def main_window(qtbot, workspace, ui_state):
    """The app's window on the user's own file, with its connection (as the app makes it)."""
    from toolbox_desktop.ui.main_window import MainWindow

    window = MainWindow(
        workspace.content, ui_state, workspace.path, workspace.failed_packs, workspace.conn
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def warnings(monkeypatch):
    shown: list[str] = []

    def warning(_parent, _title, text, *_rest):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def percent(value: float) -> str:
    """As the region publishes it (one decimal) and the view shows it (whole, half up)."""
    return f"{rounded(float(round_half_up(value, 1)))} %"


def open_from_menu(window, monkeypatch, path: Path):
    monkeypatch.setattr(region_files, "choose_region_file", lambda *_args: path)
    before = len(getattr(window, "region_windows", []))
    window.open_region_action.trigger()
    windows = getattr(window, "region_windows", [])
    return windows[-1] if len(windows) > before else None


def row_of(model, code: str) -> int:
    from toolbox_desktop.ui.common.roles import CODE_ROLE

    for row in range(model.rowCount()):
        if model.index(row, 0).data(CODE_ROLE) == code:
            return row
    raise AssertionError(f"no row {code}")


def test_a_region_file_opens_read_only_beside_the_own_file(
    main_window, workspace, sample, monkeypatch, qtbot
):
    before = digest(sample.path)
    region = open_from_menu(main_window, monkeypatch, sample.path)
    assert region is not None
    qtbot.addWidget(region)
    assert region.isVisible() and region is not main_window
    assert sample.path.name in region.windowTitle()
    assert main_window.database_path == workspace.path  # the own file stays open
    assert region.figures.year == 2026
    assert [region.year_combo.itemText(i) for i in range(region.year_combo.count())] == [
        "2025",
        "2026",
    ]
    assert "2026, all towns: 10 towns" in region.summary_label.text()
    region.close()
    assert digest(sample.path) == before  # read-only: not a byte changed


def test_disclosable_figures_show_their_number_and_withheld_ones_say_so(
    main_window, workspace, sample, monkeypatch, qtbot
):
    region = open_from_menu(main_window, monkeypatch, sample.path)
    qtbot.addWidget(region)
    content = workspace.content
    scores = expected_scores(sample, content, 2026, range(10))
    model = region.dimension_model
    for code in (*[d.code for d in content.dimensions], OVERALL):
        row = row_of(model, code)
        assert model.text(row, 1) == "10"
        assert model.text(row, 3) == percent(median(scores[code]))

    benchmarks = region.benchmark_model
    rare = row_of(benchmarks, sample.rare_benchmark)
    assert benchmarks.text(rare, 2) == WITHHELD  # 3 towns rated it: no count, no level
    assert [benchmarks.text(rare, c) for c in range(3, 7)] == ["", "", "", ""]
    other = content.benchmarks[1].code
    levels = sorted(sample.levels[(town, 2026)][other] for town in range(10))
    row = row_of(benchmarks, other)
    assert benchmarks.text(row, 2) == "10"
    assert benchmarks.text(row, 4) == f"{median(levels):g}"

    # Both size bands withheld: one has 2 towns, the other's figures would give it away.
    bands = region.band_model
    titles = [bands.headerData(c, _horizontal()) for c in range(bands.columnCount())]
    assert titles == ["Dimension", "under 5,000 inhabitants", "5,000 to 19,999 inhabitants",
                      "all towns"]  # fmt: skip
    overall = row_of(bands, OVERALL)
    assert bands.text(overall, 1) == WITHHELD
    assert bands.text(overall, 2) == HIDDEN_FOR_OTHERS
    assert bands.text(overall, 3) == percent(median(scores[OVERALL]))
    # Nothing the view shows anywhere is a number for a withheld cell.
    chart = {row.label: row for row in region.chart.rows()}
    assert all(row.median is not None for row in chart.values())

    # Choosing the small band: every figure withheld, said as such.
    region.band_combo.setCurrentIndex(region.band_combo.findData("lt5k"))
    assert "fewer than 5 towns" in region.summary_label.text()
    assert set(model.column_texts(1)) == {WITHHELD}
    assert set(model.column_texts(3)) == {""}
    assert all(row.median is None for row in region.chart.rows())
    assert all(WITHHELD in row.detail for row in region.chart.rows())

    # The band of 8 towns: withheld as well, but not said to have fewer than 5 towns.
    region.band_combo.setCurrentIndex(region.band_combo.findData("5k-20k"))
    assert HIDDEN_FOR_OTHERS in region.summary_label.text()
    assert set(model.column_texts(1)) == {HIDDEN_FOR_OTHERS}
    assert all(row.median is None for row in region.chart.rows())


def test_changing_the_year_shows_that_year_and_the_trend_has_every_year(
    main_window, workspace, sample, monkeypatch, qtbot
):
    region = open_from_menu(main_window, monkeypatch, sample.path)
    qtbot.addWidget(region)
    region.year_combo.setCurrentIndex(region.year_combo.findData(2025))
    assert region.figures.year == 2025
    scores = expected_scores(sample, workspace.content, 2025, range(10))
    row = row_of(region.dimension_model, OVERALL)
    assert region.dimension_model.text(row, 3) == percent(median(scores[OVERALL]))
    trend = region.trend_model
    assert [trend.headerData(c, _horizontal()) for c in (1, 2)] == ["2025", "2026"]
    later = expected_scores(sample, workspace.content, 2026, range(10))
    row = row_of(trend, OVERALL)
    assert trend.text(row, 1) == percent(median(scores[OVERALL]))
    assert trend.text(row, 2) == percent(median(later[OVERALL]))


def test_the_own_town_is_placed_from_the_own_newest_assessment(
    main_window, workspace, sample, monkeypatch, qtbot
):
    own_assessment(workspace, level=2)  # 50 % in every dimension
    region = open_from_menu(main_window, monkeypatch, sample.path)
    qtbot.addWidget(region)
    scores = expected_scores(sample, workspace.content, 2026, range(10))
    own = region.own_model
    assert "Our review" in region.own_heading.text()
    for code in (*[d.code for d in workspace.content.dimensions], OVERALL):
        values = scores[code]
        row = row_of(own, code)
        assert own.text(row, 1) == "50 %"
        shown = rounded(float(round_half_up(median(values), 1)))  # the median as shown
        place = "at" if shown == 50 else "above" if shown < 50 else "below"
        assert own.text(row, 3) == f"{place} the median"
        below = sum(1 for v in values if v < 50) + sum(1 for v in values if v == 50) / 2
        assert own.text(row, 4) == f"higher than about {rounded(100 * below / 10)} % of the towns"
    # The own score is in the dimension table and the chart too, as a diamond.
    row = row_of(region.dimension_model, OVERALL)
    assert region.dimension_model.text(row, 5) == "50 %"
    assert all(row.own == 50.0 for row in region.chart.rows())


def test_without_an_own_assessment_the_view_says_so(main_window, sample, monkeypatch, qtbot):
    region = open_from_menu(main_window, monkeypatch, sample.path)
    qtbot.addWidget(region)
    assert "no assessment yet" in region.own_heading.text()
    assert region.own_model.rowCount() == 0
    assert region.dimension_model.columnCount() == 5  # no "Your town" column


@pytest.mark.parametrize("kind", ["text", "toolbox-database", "newer"])
def test_a_file_that_is_not_a_region_file_is_refused_and_left_as_it_was(
    kind, main_window, workspace, sample, monkeypatch, warnings, tmp_path
):
    if kind == "text":
        path = tmp_path / "minutes.sqlite3"
        path.write_text("Minutes of the integration committee\n" * 40)
        expected = "is not a region file"
    elif kind == "toolbox-database":
        path = tmp_path / "own-copy.sqlite3"
        shutil.copyfile(workspace.path, path)
        expected = "is not a region file"
    else:
        path = tmp_path / "newer.sqlite3"
        shutil.copyfile(sample.path, path)
        with sqlite3.connect(path) as conn:
            conn.execute("PRAGMA user_version = 99")
        conn.close()
        expected = "newer version"
    before = digest(path)
    assert open_from_menu(main_window, monkeypatch, path) is None
    assert len(warnings) == 1 and expected in warnings[0]
    assert digest(path) == before


def test_the_window_saves_the_region_report(
    main_window, workspace, sample, monkeypatch, qtbot, tmp_path
):
    from pypdf import PdfReader

    from toolbox_desktop.ui.region import opening

    region = open_from_menu(main_window, monkeypatch, sample.path)
    qtbot.addWidget(region)
    target = tmp_path / "out" / "region.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(opening, "choose_report_path", lambda *_args: target)
    monkeypatch.setattr(QMessageBox, "information", lambda *_args: QMessageBox.StandardButton.Ok)
    assert region.report_button.isEnabled()
    region.year_combo.setCurrentIndex(region.year_combo.findData(2025))
    assert region.save_report() == target
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Region report" in text and "2025, all towns: 10 towns" in text


def test_the_view_is_keyboard_reachable_and_fits_the_small_screen(
    main_window, sample, monkeypatch, qtbot
):
    region = open_from_menu(main_window, monkeypatch, sample.path)
    qtbot.addWidget(region)
    assert region.minimumSizeHint().width() <= 1280
    assert region.minimumSizeHint().height() <= 720
    for widget in (region.year_combo, region.band_combo, region.report_button, region.chart):
        assert widget.accessibleName() or widget.text()
    for table in (region.dimension_table, region.benchmark_table, region.own_table):
        assert table.accessibleName()


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal

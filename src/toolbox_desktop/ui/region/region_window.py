"""The region view: a region file opened read-only in a window of its own.

Why a window of its own: the region file is not the user's file. It is opened read-only
(``mode=ro``), never replaces the database the main window works on, and closing it leaves
nothing behind. The user's own town appears in it only through the user's own newest
assessment (``own``), read from their own file by the opener: a town's own figures only to
itself.

Every figure comes from ``region.view_queries.region_figures`` (disclosure-safe: a withheld
figure is ``None`` and is shown as "fewer than 5 towns", never as a number) and every word
from ``region.view_texts``, which the region report uses too.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from toolbox_desktop.core.content import Content
from toolbox_desktop.region import view_texts as words
from toolbox_desktop.region.scores import OVERALL
from toolbox_desktop.region.view_queries import WITHHELD, RegionFigures, Spread
from toolbox_desktop.region.view_texts import RegionWords
from toolbox_desktop.ui.common.busy import busy
from toolbox_desktop.ui.common.combo_fit import fit_combo
from toolbox_desktop.ui.common.empty_state import heading
from toolbox_desktop.ui.common.flow_layout import FlowLayout
from toolbox_desktop.ui.common.formatting import (
    dimension_label,
    format_date,
    format_number,
    format_percent,
)
from toolbox_desktop.ui.common.palette import muted_color
from toolbox_desktop.ui.common.plain_text import PlainLabel, window_title
from toolbox_desktop.ui.common.whole_tab_titles import keep_tab_titles_whole
from toolbox_desktop.ui.region.distribution_chart import DistributionChart, SpreadRow
from toolbox_desktop.ui.region.figure_table import Cell, Row, figure_table

Load = Callable[[int | None, str], RegionFigures]  # (year, band) -> the figures


def view_words() -> RegionWords:
    return RegionWords(QCoreApplication.translate, format_number, format_percent)


def band_name(code: str) -> str:
    from toolbox_desktop.region import size_bands

    return QCoreApplication.translate(size_bands.CTX, size_bands.label(code))


class RegionWindow(QMainWindow):
    """Shows one region file. ``load(year, band)`` reads the figures (the opener binds it to
    the file and the user's own scores); ``save_report(year)`` makes the region report
    (None: the window offers no report)."""

    def __init__(
        self,
        path: Path,
        content: Content,
        load: Load,
        save_report: Callable[[QWidget, int | None], object] | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.content = content
        self.load = load
        self._save_report = save_report
        self.words = view_words()
        self.figures: RegionFigures | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(
            window_title(self.tr("{file} (region, read-only)").format(file=self.path.name))
        )

        self.year_combo = QComboBox()
        self.year_combo.setAccessibleName(self.tr("Year"))
        self.band_combo = QComboBox()
        self.band_combo.setAccessibleName(self.tr("Size band"))
        fit_combo(self.band_combo)
        self.report_button = QPushButton(self.tr("Save report as &PDF…"))
        self.report_button.setToolTip(
            self.tr("The region's figures and your town's position as a PDF to print or send")
        )
        self.report_button.setEnabled(save_report is not None)
        self.summary_label = PlainLabel()
        self.summary_label.setWordWrap(True)
        self.rule_label = PlainLabel()
        self.rule_label.setWordWrap(True)
        muted = self.rule_label.palette()
        muted.setColor(QPalette.ColorRole.WindowText, muted_color(self.palette()))
        self.rule_label.setPalette(muted)

        self.chart = DistributionChart()
        self.chart.setAccessibleName(self.tr("Chart: score per dimension across the region"))
        self.dimension_table, self.dimension_model = figure_table(
            self.tr("Score per dimension across the region")
        )
        self.benchmark_table, self.benchmark_model = figure_table(
            self.tr("Level per benchmark across the region"), stretch_column=1
        )
        self.band_table, self.band_model = figure_table(
            self.tr("Median per dimension by size band")
        )
        self.trend_table, self.trend_model = figure_table(self.tr("Median per dimension by year"))
        self.own_heading = heading("")
        self.own_heading.setWordWrap(True)
        self.own_table, self.own_model = figure_table(self.tr("Your town against the region"))

        self.tabs = QTabWidget()
        keep_tab_titles_whole(self.tabs)
        self.tabs.addTab(self._dimensions_page(), self.tr("&Dimensions"))
        self.tabs.addTab(self._benchmarks_page(), self.tr("Ben&chmarks"))
        self.tabs.addTab(self.band_table, self.tr("Si&ze bands"))
        self.tabs.addTab(self.trend_table, self.tr("&Over the years"))
        self.tabs.addTab(self._own_page(), self.tr("Your &town"))

        choices = FlowLayout()
        choices.add_widget(self._buddy(self.tr("&Year:"), self.year_combo))
        choices.add_widget(self.year_combo)
        choices.add_spacing(12)
        choices.add_widget(self._buddy(self.tr("Size &band:"), self.band_combo))
        choices.add_widget(self.band_combo)
        choices.add_stretch()
        choices.add_widget(self.report_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(choices)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.rule_label)
        self.setCentralWidget(page)
        self.resize(1180, 660)

        close = QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self)
        close.activated.connect(self.close)
        self.year_combo.currentIndexChanged.connect(self._choice_changed)
        self.band_combo.currentIndexChanged.connect(self._choice_changed)
        self.report_button.clicked.connect(self.save_report)
        self.setTabOrder(self.year_combo, self.band_combo)
        self.setTabOrder(self.band_combo, self.report_button)
        self.setTabOrder(self.report_button, self.tabs)

    def _buddy(self, text: str, widget: QWidget) -> PlainLabel:
        label = PlainLabel(text)
        label.setBuddy(widget)
        return label

    def _dimensions_page(self) -> QWidget:
        """The chart above (scrolling when the window is low), the table under it, as high
        as its rows."""
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.dimension_table.setSizeAdjustPolicy(QTableView.SizeAdjustPolicy.AdjustToContents)
        self.dimension_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.dimension_table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.dimension_table)
        return page

    def _benchmarks_page(self) -> QWidget:
        self.levels_label = PlainLabel(self.words.tr(words.LEVELS_NOTE))
        self.levels_label.setWordWrap(True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.levels_label)
        layout.addWidget(self.benchmark_table, 1)
        return page

    def _own_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.own_heading)
        layout.addWidget(self.own_table, 1)
        return page

    # -- reading --------------------------------------------------------------------------------
    def show_figures(self, year: int | None = None, band: str | None = None) -> RegionFigures:
        """Read the figures of ``year`` and ``band`` (None: the newest year, every town) and
        show them, under the busy state (a large region takes a moment)."""
        from toolbox_desktop.region.size_bands import ALL

        with busy(self):
            figures = self.load(year, band or ALL)
        self.figures = figures
        self._fill_choices(figures)
        self._show(figures)
        return figures

    def _choice_changed(self, _index: int) -> None:
        if self.year_combo.signalsBlocked():
            return
        self.show_figures(self.year_combo.currentData(), self.band_combo.currentData())

    def _fill_choices(self, figures: RegionFigures) -> None:
        from toolbox_desktop.region.size_bands import ALL

        for combo in (self.year_combo, self.band_combo):
            combo.blockSignals(True)
            combo.clear()
        for year in figures.years:
            self.year_combo.addItem(format_number_plain(year), year)
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(figures.year), 0))
        self.year_combo.setEnabled(bool(figures.years))
        self.band_combo.addItem(band_name(ALL), ALL)
        for band in figures.bands:
            self.band_combo.addItem(band_name(band), band)
        self.band_combo.setCurrentIndex(max(self.band_combo.findData(figures.band), 0))
        for combo in (self.year_combo, self.band_combo):
            combo.blockSignals(False)

    # -- showing --------------------------------------------------------------------------------
    def _show(self, figures: RegionFigures) -> None:
        w, k = self.words, figures.min_towns
        if figures.year is None:
            self.summary_label.setText(self.tr("This region file holds no assessment yet."))
        elif figures.towns is None:
            reason = figures.dimensions.get(OVERALL, WITHHELD).reason
            self.summary_label.setText(
                self.tr("{year}, {band}: {withheld}").format(
                    year=figures.year, band=band_name(figures.band), withheld=w.withheld(k, reason)
                )
            )
        else:
            self.summary_label.setText(
                self.tr("{year}, {band}: {towns} towns").format(
                    year=figures.year,
                    band=band_name(figures.band),
                    towns=format_number(figures.towns),
                )
            )
        self.rule_label.setText(w.rule(k))
        self._show_dimensions(figures)
        self._show_benchmarks(figures)
        self._show_bands(figures)
        self._show_trend(figures)
        self._show_own(figures)

    def _dimension_titles(self) -> list[tuple[str, str]]:
        """Each dimension, then all benchmarks together (the region's ``OVERALL`` scope)."""
        titles = [(d.code, dimension_label(d.number, d.title)) for d in self.content.dimensions]
        return [*titles, (OVERALL, self.words.tr(words.OVERALL))]

    def _show_dimensions(self, figures: RegionFigures) -> None:
        w, k = self.words, figures.min_towns
        rows, chart_rows = [], []
        for code, title in self._dimension_titles():
            spread = figures.dimensions.get(code, WITHHELD)
            towns, lower, median, upper = w.spread_cells(spread, k)
            position = figures.own.get(code)
            own = position.own if position is not None else None
            own_text = format_percent(own) if own is not None else ""
            note = spread.withheld
            rows.append(
                Row(
                    code,
                    (
                        Cell(title),
                        Cell(towns, number=True, note=note),
                        Cell(lower, number=True),
                        Cell(median, number=True),
                        Cell(upper, number=True),
                        Cell(own_text, number=True),
                    ),
                )
            )
            detail = w.row_detail(title, spread, k)
            if own is not None:
                detail += "; " + w.tr(words.OWN_DETAIL).format(score=format_percent(own))
            value = (
                w.withheld(k, spread.reason)
                if note
                else w.tr(words.MEDIAN_OF).format(median=median)
            )
            chart_rows.append(
                SpreadRow(title, spread.lower, spread.median, spread.upper, own, value, detail)
            )
        titles = (words.DIMENSION, words.TOWNS, words.LOWER, words.MEDIAN, words.UPPER)
        own_title = (words.YOUR_TOWN,) if figures.own else ()
        self.dimension_model.set_rows(
            tuple(w.tr(t) for t in (*titles, *own_title)),
            [Row(r.code, r.cells[: 5 + len(own_title)]) for r in rows],
        )
        legend = (w.tr(words.MIDDLE_HALF), w.tr(words.MEDIAN), w.tr(words.YOUR_TOWN))
        self.chart.set_rows(chart_rows, legend if figures.own else (*legend[:2], ""))

    def _show_benchmarks(self, figures: RegionFigures) -> None:
        w, k = self.words, figures.min_towns
        rows = []
        for benchmark in self.content.benchmarks:
            entry = figures.benchmarks.get(benchmark.code)
            spread = entry.spread if entry is not None else WITHHELD
            towns, lower, median, upper = w.spread_cells(spread, k, w.level)
            low = entry.share_low if entry is not None else None
            text = benchmark.title or benchmark.text
            rows.append(
                Row(
                    benchmark.code,
                    (
                        Cell(self.content.benchmark_number(benchmark.code)),
                        Cell(text, tooltip=f"{text}\n\n{benchmark.text}"),
                        Cell(towns, number=True, note=spread.withheld),
                        Cell(lower, number=True),
                        Cell(median, number=True),
                        Cell(upper, number=True),
                        Cell("" if low is None else format_percent(low), number=True),
                    ),
                )
            )
        self.benchmark_model.set_rows(tuple(w.tr(t) for t in words.BENCHMARK_COLUMNS), rows)

    def _show_bands(self, figures: RegionFigures) -> None:
        w, k = self.words, figures.min_towns
        bands = list(figures.by_band)
        rows = []
        for code, title in self._dimension_titles():
            cells = [Cell(title)]
            for band in bands:
                spread = figures.by_band[band].get(code, WITHHELD)
                cells.append(self._median_cell(spread, k))
            rows.append(Row(code, tuple(cells)))
        titles = (w.tr(words.DIMENSION), *(band_name(b) for b in bands))
        self.band_model.set_rows(titles, rows)

    def _median_cell(self, spread: Spread, k: int) -> Cell:
        w = self.words
        if spread.withheld or spread.towns is None:
            return Cell(w.withheld(k, spread.reason), number=True, note=True)
        tooltip = w.row_detail(w.tr(words.MEDIAN), spread, k)
        return Cell(format_percent(spread.median), number=True, tooltip=tooltip)

    def _show_trend(self, figures: RegionFigures) -> None:
        w, k = self.words, figures.min_towns
        years = sorted(figures.trend)
        rows = []
        for code, title in self._dimension_titles():
            cells = [Cell(title)]
            for year in years:
                median = figures.trend[year].get(code)
                cells.append(Cell(w.median_cell(median, k), number=True, note=median is None))
            rows.append(Row(code, tuple(cells)))
        titles = (w.tr(words.DIMENSION), *(format_number_plain(year) for year in years))
        self.trend_model.set_rows(titles, rows)

    def _show_own(self, figures: RegionFigures) -> None:
        w, k = self.words, figures.min_towns
        if not figures.own:
            self.own_heading.setText(
                self.tr(
                    "Your file has no assessment yet. Once it has one, this page shows where "
                    "your town stands in the region."
                )
            )
            self.own_model.set_rows((), [])
            return
        self.own_heading.setText(
            self.tr("Your newest assessment: {title} of {date}").format(
                title=figures.own_title, date=format_date(figures.own_date)
            )
        )
        rows = []
        for code, title in self._dimension_titles():
            position = figures.own.get(code)
            if position is None:
                continue
            own = format_percent(position.own) if position.own is not None else ""
            median = w.median_cell(position.median, k)
            rows.append(
                Row(
                    code,
                    (
                        Cell(title),
                        Cell(own, number=True),
                        Cell(median, number=True, note=position.median is None),
                        Cell(w.place(position, k)),
                        Cell(w.rank(position)),
                    ),
                )
            )
        titles = (words.DIMENSION, words.YOUR_TOWN, words.MEDIAN, words.WHERE, words.RANK)
        self.own_model.set_rows(tuple(w.tr(t) for t in titles), rows)

    # -- the report -----------------------------------------------------------------------------
    def save_report(self) -> object:
        if self._save_report is None:
            return None
        year = self.figures.year if self.figures is not None else None
        return self._save_report(self, year)


def format_number_plain(year: int) -> str:
    """A year as written, never grouped ("2026", not "2,026")."""
    return str(year)

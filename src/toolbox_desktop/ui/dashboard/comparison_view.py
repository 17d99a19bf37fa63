"""Compare two assessments of the same municipality: learning from the past ("diachronic
learning") needs to see what went up, what went down, and by how much."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from toolbox_desktop.core.assessment import Assessment, Rating
from toolbox_desktop.core.comparison import Comparison, compare
from toolbox_desktop.core.content import Content
from toolbox_desktop.ui.common.combo_fit import fit_combo
from toolbox_desktop.ui.common.empty_state import EmptyState, heading
from toolbox_desktop.ui.common.flow_layout import FlowLayout
from toolbox_desktop.ui.common.formatting import (
    dimension_label,
    format_date,
    format_number,
    format_percent,
    format_points,
    missing_reasons,
    no_score_text,
    points_change,
)
from toolbox_desktop.ui.common.header_titles import fit_titles
from toolbox_desktop.ui.common.name_column import NameColumn, content_height
from toolbox_desktop.ui.common.palette import EARLIER_COLOR, LATER_COLOR, themed
from toolbox_desktop.ui.common.plain_text import PlainLabel
from toolbox_desktop.ui.common.radar_chart import RadarChart, RadarSeries
from toolbox_desktop.ui.common.roles import CODE_ROLE
from toolbox_desktop.ui.dashboard.change_models import (
    ALL,
    CHANGED,
    DOWN_ONLY,
    UP_ONLY,
    BenchmarkChangeModel,
    ChangeFilterProxy,
    DimensionChangeModel,
)

MESSAGE_PAGE, COMPARISON_PAGE = range(2)


def newest_first(assessments: list[Assessment]) -> list[Assessment]:
    return sorted(assessments, key=lambda a: (a.assessed_on, a.id), reverse=True)


class ComparisonView(QWidget):
    """Emits ``benchmark_activated`` with a benchmark's code when its row is activated."""

    benchmark_activated = Signal(str)

    def __init__(self, content: Content, parent=None) -> None:
        super().__init__(parent)
        self.content = content
        self._assessments: dict[int, Assessment] = {}
        self._load: Callable[[int], dict[str, Rating]] | None = None
        self._ratings: dict[int, dict[str, Rating]] = {}
        self._comparison: Comparison | None = None

        self.message = EmptyState(
            self.tr("Nothing to compare yet"),
            self.tr(
                "A comparison needs two assessments. Once you have assessed the municipality "
                "a second time (for example a year later), this page shows what went up or "
                "down since the first one."
            ),
        )
        self.message_label = self.message.text_label

        self.earlier_combo = self._combo(self.tr("Earlier assessment"))
        self.later_combo = self._combo(self.tr("Later assessment"))
        self.note_label = PlainLabel()
        self.note_label.setWordWrap(True)
        self.overall_label = PlainLabel()
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.3)
        big.setBold(True)
        self.overall_label.setFont(big)
        self.overall_label.setAccessibleName(self.tr("Change of the overall score"))

        self.radar = RadarChart()
        self.radar.setAccessibleName(self.tr("Radar chart: earlier and later score per dimension"))

        self.dimension_model = DimensionChangeModel(content, self)
        self.dimension_table = self._table(self.dimension_model, self.tr("Score per dimension"))
        header = self.dimension_table.horizontalHeader()
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        fit_titles(header)
        # A dimension's name takes the room the figures leave, on two lines if it must
        # ("2. Employment and vocational t…" at 1280 x 720), its row as tall as it needs;
        # the table as tall as its rows, whatever their wrapping.
        self.dimension_table.setWordWrap(True)
        self.dimension_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        NameColumn(self.dimension_table, 0)
        self.dimension_table.verticalHeader().sectionResized.connect(self._fit_dimension_table)

        self.change_model = BenchmarkChangeModel(content, self)
        self.change_proxy = ChangeFilterProxy(self)
        self.change_proxy.setSourceModel(self.change_model)
        self.change_table = self._table(self.change_proxy, self.tr("Changes per benchmark"))
        self.change_table.setSortingEnabled(True)
        self.change_table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        header = self.change_table.horizontalHeader()
        header.setSectionResizeMode(BenchmarkChangeModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            BenchmarkChangeModel.CODE, QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(
            BenchmarkChangeModel.DIMENSION, QHeaderView.ResizeMode.Interactive
        )
        header.resizeSection(BenchmarkChangeModel.DIMENSION, 190)
        for column in (BenchmarkChangeModel.KIND, BenchmarkChangeModel.BEFORE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (BenchmarkChangeModel.AFTER, BenchmarkChangeModel.DELTA):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        fit_titles(header)

        self.filter_combo = QComboBox()
        for text, mode in (
            (self.tr("All benchmarks"), ALL),
            (self.tr("Went up"), UP_ONLY),
            (self.tr("Went down"), DOWN_ONLY),
            (self.tr("Changed"), CHANGED),
        ):
            self.filter_combo.addItem(text, mode)
        self.filter_combo.setAccessibleName(self.tr("Show benchmarks"))
        fit_combo(self.filter_combo)
        self.filter_combo.setCurrentIndex(self.filter_combo.findData(CHANGED))
        self.change_proxy.set_mode(CHANGED)
        self.count_label = PlainLabel()

        self.pages = QStackedWidget()
        self.pages.addWidget(self.message)
        self.pages.addWidget(self._comparison_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.pages)

        self.earlier_combo.currentIndexChanged.connect(self._update)
        self.later_combo.currentIndexChanged.connect(self._update)
        self.filter_combo.currentIndexChanged.connect(self._filter_changed)
        self.change_table.activated.connect(self._row_activated)
        self.set_assessments([], lambda _id: {})

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(34)
        fit_combo(combo, first_whole=False)  # a long title whole in its tooltip
        return combo

    def _table(self, model, name: str) -> QTableView:
        table = QTableView()
        table.setTabKeyNavigation(False)  # Tab leaves the table
        table.setModel(model)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        return table

    def _comparison_page(self) -> QWidget:
        # Each label with its list; the second pair goes under the first when the window
        # is narrower than both need (the largest text on a 1280-pixel screen).
        chooser = FlowLayout()
        for text, combo in (
            (self.tr("Ea&rlier:"), self.earlier_combo),
            (self.tr("La&ter:"), self.later_combo),
        ):
            label = PlainLabel(text)
            label.setBuddy(combo)
            pair = QWidget()
            pair_layout = QHBoxLayout(pair)
            pair_layout.setContentsMargins(0, 0, 12, 0)
            pair_layout.addWidget(label)
            pair_layout.addWidget(combo)
            chooser.add_widget(pair)
        chooser.add_stretch()

        filters = QHBoxLayout()
        show_label = PlainLabel(self.tr("&Show:"))
        show_label.setBuddy(self.filter_combo)
        filters.addWidget(heading(self.tr("Changes per benchmark")))
        filters.addStretch(1)
        filters.addWidget(show_label)
        filters.addWidget(self.filter_combo)

        scores = QWidget()
        scores_layout = QVBoxLayout(scores)
        scores_layout.setContentsMargins(6, 0, 0, 0)
        scores_layout.addWidget(self.overall_label)
        scores_layout.addSpacing(4)
        scores_layout.addWidget(heading(self.tr("Score per dimension")))
        scores_layout.addWidget(self.dimension_table)
        scores_layout.addStretch(1)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.radar)
        top.addWidget(scores)
        top.setStretchFactor(0, 1)
        top.setStretchFactor(1, 1)
        top.setChildrenCollapsible(False)

        changes = QWidget()
        changes_layout = QVBoxLayout(changes)
        changes_layout.setContentsMargins(0, 6, 0, 0)
        changes_layout.addLayout(filters)
        changes_layout.addWidget(self.change_table, 1)
        changes_layout.addWidget(self.count_label)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(changes)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([400, 340])
        self.splitter.setChildrenCollapsible(False)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(chooser)
        layout.addWidget(self.note_label)
        layout.addWidget(self.splitter, 1)
        return page

    # -- data ------------------------------------------------------------------------------
    def set_assessments(
        self, assessments: list[Assessment], load_ratings: Callable[[int], dict[str, Rating]]
    ) -> None:
        """Offer ``assessments``; ratings are loaded by id, once each, when first compared.
        By default the newest is "Later" and the one before it "Earlier"."""
        ordered = newest_first(list(assessments))
        chosen = (self.earlier_combo.currentData(), self.later_combo.currentData())
        self._assessments = {a.id: a for a in ordered}
        self._load = load_ratings
        self._ratings = {}
        for combo in (self.earlier_combo, self.later_combo):
            combo.blockSignals(True)
            combo.clear()
            for assessment in ordered:
                combo.addItem(self.assessment_name(assessment), assessment.id)
            combo.blockSignals(False)
        # Keep the user's choice through a refresh when both assessments still exist.
        if all(choice in self._assessments for choice in chosen):
            self.earlier_combo.setCurrentIndex(self.earlier_combo.findData(chosen[0]))
            self.later_combo.setCurrentIndex(self.later_combo.findData(chosen[1]))
        elif len(ordered) >= 2:
            self.earlier_combo.setCurrentIndex(1)
            self.later_combo.setCurrentIndex(0)
        self._update()

    def assessment_name(self, assessment: Assessment) -> str:
        return self.tr("{title} ({date})").format(
            title=assessment.title, date=format_date(assessment.assessed_on)
        )

    def comparison(self) -> Comparison | None:
        """The comparison on screen (None while fewer than two assessments exist)."""
        return self._comparison

    def _ratings_of(self, assessment_id: int) -> dict[str, Rating]:
        if assessment_id not in self._ratings:
            self._ratings[assessment_id] = self._load(assessment_id) if self._load else {}
        return self._ratings[assessment_id]

    def _update(self) -> None:
        if len(self._assessments) < 2:
            self._comparison = None
            self.dimension_model.set_comparison(None)
            self.change_model.set_changes([])
            self.pages.setCurrentIndex(MESSAGE_PAGE)
            return
        earlier = self._assessments[self.earlier_combo.currentData()]
        later = self._assessments[self.later_combo.currentData()]
        comparison = compare(self.content, self._ratings_of(earlier.id), self._ratings_of(later.id))
        self._comparison = comparison
        self.dimension_model.set_comparison(comparison)
        self._fit_dimension_table()
        self.change_model.set_changes(comparison.changes)
        self._show_note(earlier, later)
        self._show_overall(comparison)
        self._show_radar(comparison, earlier, later)
        self._update_count()
        self.pages.setCurrentIndex(COMPARISON_PAGE)

    def _fit_dimension_table(self, *_resized) -> None:
        """Show every dimension row without a scroll bar (there are only a few)."""
        table = self.dimension_table
        table.setFixedHeight(content_height(table))
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _show_note(self, earlier: Assessment, later: Assessment) -> None:
        note = ""
        if earlier.id == later.id:
            note = self.tr("You chose the same assessment twice: choose two to see changes.")
        elif (earlier.assessed_on, earlier.id) > (later.assessed_on, later.id):
            note = self.tr(
                "The assessment chosen as earlier is the newer one: changes are shown from it "
                "to the older one."
            )
        self.note_label.setText(note)
        self.note_label.setVisible(bool(note))

    def _show_overall(self, comparison: Comparison) -> None:
        before, after = comparison.before.overall, comparison.after.overall
        change = points_change(before.percent, after.percent)
        text = self.tr("Overall score: {before} → {after}").format(
            before=format_percent(before.percent, no_score_text(before)),
            after=format_percent(after.percent, no_score_text(after)),
        )
        if change is not None:
            points = abs(change)  # chooses the form; the number is shown signed: "+1", "−3"
            text += " " + self.tr("({change} point(s))", "", points).format(
                change=format_points(change)
            )
        self.overall_label.setText(text)

    def _show_radar(self, comparison: Comparison, earlier: Assessment, later: Assessment) -> None:
        dimensions = self.content.dimensions
        before, after = comparison.before.dimensions, comparison.after.dimensions
        self.radar.set_axes([dimension_label(d.number, d.title) for d in dimensions])
        self.radar.set_series(
            [
                RadarSeries(
                    self.tr("Earlier: {name}").format(name=self.assessment_name(earlier)),
                    [before[d.code].percent for d in dimensions],
                    themed(EARLIER_COLOR, self.palette()),
                    dashed=True,
                    short_name=self.tr("earlier"),
                    reasons=missing_reasons([before[d.code] for d in dimensions]),
                ),
                RadarSeries(
                    self.tr("Later: {name}").format(name=self.assessment_name(later)),
                    [after[d.code].percent for d in dimensions],
                    themed(LATER_COLOR, self.palette()),
                    short_name=self.tr("later"),
                    reasons=missing_reasons([after[d.code] for d in dimensions]),
                ),
            ]
        )

    def _filter_changed(self) -> None:
        self.change_proxy.set_mode(self.filter_combo.currentData())
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("{shown} of {total} benchmarks shown").format(
                shown=format_number(self.change_proxy.rowCount()),
                total=format_number(self.change_model.rowCount()),
            )
        )

    def _row_activated(self, index) -> None:
        code = index.data(CODE_ROLE)
        if code:
            self.benchmark_activated.emit(code)

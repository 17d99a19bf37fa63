"""The dashboard of one assessment: overall score, radar and bars per dimension, the scores
table and the gap list with the next steps for the selected gap. It only presents what it is
given; the caller loads the ratings."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from toolbox_desktop.core.assessment import Assessment, Rating
from toolbox_desktop.core.content import Content
from toolbox_desktop.core.next_steps import next_steps_for
from toolbox_desktop.core.scoring import Scores, compute_scores, gap_list
from toolbox_desktop.ui.common.empty_state import EmptyState, heading
from toolbox_desktop.ui.common.formatting import (
    counts_text,
    dimension_label,
    format_date,
    format_number,
    format_percent,
    missing_reasons,
    no_score_text,
)
from toolbox_desktop.ui.common.header_titles import fit_titles
from toolbox_desktop.ui.common.next_steps_view import NextStepsView
from toolbox_desktop.ui.common.palette import CURRENT_COLOR, TARGET_COLOR, themed
from toolbox_desktop.ui.common.plain_text import PlainLabel
from toolbox_desktop.ui.common.radar_chart import RadarChart, RadarSeries
from toolbox_desktop.ui.common.roles import CODE_ROLE, SORT_ROLE
from toolbox_desktop.ui.common.whole_tab_titles import keep_tab_titles_whole
from toolbox_desktop.ui.dashboard import gap_model, scores_model
from toolbox_desktop.ui.dashboard.bar_chart import DimensionBars, bars_for
from toolbox_desktop.ui.dashboard.gap_model import GapTableModel
from toolbox_desktop.ui.dashboard.scores_model import ScoresTreeModel

HINT_PAGE, SCORES_PAGE = range(2)
SCORES_TAB, GAPS_TAB = range(2)


class DashboardView(QWidget):
    """Emits ``benchmark_activated`` with a benchmark's code when a gap row is activated,
    ``create_action_requested`` with it when the user asks for an action to close the gap, and
    ``library_item_requested`` with a suggested item's code when the user opens it."""

    benchmark_activated = Signal(str)
    create_action_requested = Signal(str)
    library_item_requested = Signal(str)
    quick_win_to_plan = Signal(str, str)  # the quick win's code, the gap's benchmark code

    def __init__(self, content: Content, parent=None) -> None:
        super().__init__(parent)
        self.content = content
        self._scores: Scores | None = None
        self._expanded = False

        self.hint = EmptyState(
            self.tr("No assessment yet"),
            self.tr(
                "Start an assessment and rate the benchmarks: your scores, the charts and "
                "the gaps to close will appear here."
            ),
        )
        self.hint_label = self.hint.text_label

        self.title_label = PlainLabel()
        self.title_label.setWordWrap(True)
        self.overall_label = PlainLabel()
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        self.overall_label.setFont(big)
        self.overall_label.setAccessibleName(self.tr("Overall score"))
        self.overall_detail_label = PlainLabel()
        self.overall_detail_label.setWordWrap(True)
        self.overall_detail_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )

        self.radar = RadarChart()
        self.radar.setAccessibleName(self.tr("Radar chart: current score and target per dimension"))
        self.bars = DimensionBars()

        self.scores_model = ScoresTreeModel(content, self)
        self.scores_tree = QTreeView()
        self.scores_tree.setModel(self.scores_model)
        self.scores_tree.setAccessibleName(self.tr("Scores per dimension and sub-theme"))
        self.scores_tree.setUniformRowHeights(True)
        self.scores_tree.setAlternatingRowColors(True)
        self.scores_tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.scores_tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(scores_model.NAME, QHeaderView.ResizeMode.Stretch)
        for column in scores_model.NUMERIC:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        fit_titles(header)

        self.gap_model = GapTableModel(content, self)
        self.gap_proxy = QSortFilterProxyModel(self)
        self.gap_proxy.setSourceModel(self.gap_model)
        self.gap_proxy.setSortRole(SORT_ROLE)
        self.gap_table = QTableView()
        self.gap_table.setTabKeyNavigation(False)  # Tab leaves the table
        self.gap_table.setModel(self.gap_proxy)
        self.gap_table.setAccessibleName(self.tr("Gaps to close"))
        self.gap_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.gap_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.gap_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.gap_table.setSortingEnabled(True)
        self.gap_table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the gap list's order
        self.gap_table.verticalHeader().hide()
        # The benchmark's title is what people read to choose a gap: it gets the room left
        # by the short columns and two lines of it (rows of one height, so the list stays
        # even and quick); a longer one ends in "…" and is whole in its tooltip.
        self.gap_table.setWordWrap(True)
        self.gap_table.verticalHeader().setDefaultSectionSize(
            2 * self.fontMetrics().lineSpacing() + 8
        )
        header = self.gap_table.horizontalHeader()
        header.setSectionResizeMode(gap_model.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(gap_model.CODE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(gap_model.DIMENSION, QHeaderView.ResizeMode.Interactive)
        # The number "2.4.1" already says the dimension: its name is short here, whole in
        # the tooltip, and the user can widen the column.
        header.resizeSection(gap_model.DIMENSION, 110)
        # The first column is the benchmark's short number ("1.1.2", as on the rating list);
        # the model keeps the code for the links (CODE_ROLE).
        for column in (gap_model.CURRENT, gap_model.TARGET, gap_model.PRIORITY, gap_model.WEIGHTED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        fit_titles(header)
        self.gap_empty_label = PlainLabel(
            self.tr(
                "No gaps yet: give benchmarks a target above their current level to see "
                "what to work on first."
            )
        )
        self.gap_empty_label.setWordWrap(True)
        self.next_steps_label = heading("")
        self.next_steps_label.setWordWrap(True)
        self.next_steps = NextStepsView()
        self.next_steps.item_requested.connect(self.library_item_requested)
        self.next_steps.add_requested.connect(self._add_quick_win)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.hint)
        self.pages.addWidget(self._scores_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.pages)

        self.gap_table.activated.connect(self._gap_activated)
        self.gap_create_action = QAction(self.tr("Create &action for this gap…"), self)
        self.gap_create_action.triggered.connect(self._create_action)
        self.gap_table.addAction(self.gap_create_action)
        self.gap_table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.create_action_button.clicked.connect(self._create_action)
        self.gap_table.selectionModel().selectionChanged.connect(self._gap_selection_changed)
        self._gap_selection_changed()
        self.show_assessment(None, {})

    def _scores_page(self) -> QWidget:
        """Charts on top (the picture at a glance), the full tables below in tabs: both
        tables need the whole width to keep benchmark and sub-theme titles readable."""
        summary = QWidget()
        summary_layout = QVBoxLayout(summary)
        summary_layout.setContentsMargins(0, 0, 6, 0)
        summary_layout.addWidget(self.title_label)
        summary_layout.addWidget(self.overall_label)
        summary_layout.addWidget(self.overall_detail_label)
        summary_layout.addSpacing(8)
        summary_layout.addWidget(heading(self.tr("Score per dimension")))
        summary_layout.addWidget(self.bars)
        summary_layout.addStretch(1)
        charts = QSplitter(Qt.Orientation.Horizontal)
        charts.addWidget(summary)
        charts.addWidget(self.radar)
        charts.setStretchFactor(0, 1)
        charts.setStretchFactor(1, 1)
        charts.setChildrenCollapsible(False)

        gaps = QWidget()
        gaps_layout = QVBoxLayout(gaps)
        gaps_layout.setContentsMargins(0, 4, 0, 0)
        self.gap_order_label = PlainLabel(
            self.tr("Largest weighted gap first: (target − current level) × priority.")
        )
        gaps_layout.addWidget(self.gap_order_label)
        gaps_layout.addWidget(self.gap_empty_label)
        gaps_layout.addWidget(self.gap_table, 1)
        self.create_action_button = QPushButton(self.tr("Create action for this gap…"))
        self.create_action_button.setToolTip(
            self.tr("Start an action in the plan, linked to the selected benchmark")
        )
        gaps_layout.addWidget(self.create_action_button, 0, Qt.AlignmentFlag.AlignLeft)
        gaps_layout.addStretch(0)
        steps = QWidget()
        steps_layout = QVBoxLayout(steps)
        steps_layout.setContentsMargins(0, 4, 0, 0)
        steps_layout.addWidget(self.next_steps_label)
        steps_layout.addWidget(self.next_steps, 1)
        # Beside the table, so both keep the tab's whole height; the user can move the line.
        self.gap_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.gap_splitter.addWidget(gaps)
        self.gap_splitter.addWidget(steps)
        self.gap_splitter.setStretchFactor(0, 2)
        self.gap_splitter.setStretchFactor(1, 1)
        self.gap_splitter.setSizes([760, 340])
        self.gap_splitter.setChildrenCollapsible(False)
        self.tables = QTabWidget()
        keep_tab_titles_whole(self.tables)
        self.tables.setDocumentMode(True)
        self.tables.addTab(self.scores_tree, self.tr("Scores per dimension and sub-theme"))
        self.tables.addTab(self.gap_splitter, self.tr("Gaps to close"))

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(charts)
        self.splitter.addWidget(self.tables)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([400, 380])
        self.splitter.setChildrenCollapsible(False)
        return self.splitter

    # -- showing an assessment ---------------------------------------------------------------
    def show_assessment(
        self, assessment: Assessment | None, ratings: dict[str, Rating] | None = None
    ) -> None:
        """Show ``assessment`` rated with ``ratings`` (by benchmark code); None shows a hint."""
        if assessment is None:
            self._scores = None
            self.scores_model.set_scores(None)
            self.gap_model.set_gaps([])
            self.pages.setCurrentIndex(HINT_PAGE)
            return
        ratings = ratings or {}
        self._scores = scores = compute_scores(self.content, ratings)
        self.title_label.setText(
            self.tr("{title} – assessed on {date}").format(
                title=assessment.title, date=format_date(assessment.assessed_on)
            )
        )
        self._show_overall(scores)
        self.scores_model.set_scores(scores)
        if not self._expanded:  # later refreshes keep what the user collapsed
            self.scores_tree.expandAll()
            self._expanded = True
        self.gap_model.set_gaps(gap_list(self.content, ratings))
        has_gaps = self.gap_model.rowCount() > 0
        self.gap_empty_label.setVisible(not has_gaps)
        self.gap_table.setVisible(has_gaps)
        self.gap_order_label.setVisible(has_gaps)
        self.create_action_button.setVisible(has_gaps)
        self.next_steps_label.setVisible(has_gaps)
        self.next_steps.setVisible(has_gaps)
        self._gap_selection_changed()
        self.tables.setTabText(
            GAPS_TAB,
            self.tr("Gaps to close ({count})").format(
                count=format_number(len(self.gap_model.gaps()))
            ),
        )
        self.bars.set_bars(bars_for(self.content, scores))
        self._show_radar(scores)
        self.pages.setCurrentIndex(SCORES_PAGE)

    def scores(self) -> Scores | None:
        """The scores on screen (None while no assessment is shown)."""
        return self._scores

    def _show_overall(self, scores: Scores) -> None:
        overall = scores.overall
        self.overall_label.setText(
            self.tr("Overall score: {score}").format(
                score=format_percent(overall.percent, no_score_text(overall))
            )
        )
        parts = [counts_text(overall)]
        if overall.target_percent is not None:
            parts.append(
                self.tr("target {target}").format(target=format_percent(overall.target_percent))
            )
        if overall.target_reached is not None:
            parts.append(
                self.tr("target reached {reached}").format(
                    reached=format_percent(overall.target_reached)
                )
            )
        self.overall_detail_label.setText(" · ".join(parts))

    def _show_radar(self, scores: Scores) -> None:
        dimensions = self.content.dimensions
        self.radar.set_axes([dimension_label(d.number, d.title) for d in dimensions])
        reasons = missing_reasons([scores.dimensions[d.code] for d in dimensions])
        self.radar.set_series(
            [
                RadarSeries(
                    self.tr("Current score"),
                    [scores.dimensions[d.code].percent for d in dimensions],
                    themed(CURRENT_COLOR, self.palette()),
                    reasons=reasons,
                ),
                RadarSeries(
                    self.tr("Target"),
                    [scores.dimensions[d.code].target_percent for d in dimensions],
                    themed(TARGET_COLOR, self.palette()),
                    dashed=True,
                    reasons=reasons,
                ),
            ]
        )

    def _gap_selection_changed(self, *_args) -> None:
        rows = self.gap_table.selectionModel().selectedRows()
        self.gap_create_action.setEnabled(bool(rows))
        self.create_action_button.setEnabled(bool(rows))
        self._show_next_steps(rows[0].data(CODE_ROLE) if rows else "")

    def _show_next_steps(self, code: str) -> None:
        """The suggestions for the selected gap, or what to do to see them."""
        benchmark = self.content.item(code) if code else None
        if benchmark is None:
            self.next_steps_label.setText(self.tr("Next steps"))
            self.next_steps.show_hint(
                self.tr(
                    "Choose a gap in the list to see here what other towns did about it and "
                    "which quick wins fit it."
                )
            )
            return
        self.next_steps_label.setText(
            self.tr("Next steps: {benchmark}").format(benchmark=benchmark.title)
        )
        dimension = self.content.dimension(benchmark.dimension)
        self.next_steps.show_steps(
            next_steps_for(self.content, code),
            next_steps_for(self.content, dimension.code) if dimension else None,
            dimension.title if dimension else "",
        )

    def _add_quick_win(self, code: str) -> None:
        gap = self.gap_table.currentIndex().data(CODE_ROLE)
        self.quick_win_to_plan.emit(code, gap or "")

    def _create_action(self) -> None:
        code = self.gap_table.currentIndex().data(CODE_ROLE)
        if code:
            self.create_action_requested.emit(code)

    def _gap_activated(self, index) -> None:
        code = index.data(CODE_ROLE)
        if code:
            self.benchmark_activated.emit(code)

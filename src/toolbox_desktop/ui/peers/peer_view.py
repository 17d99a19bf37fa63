"""Compare one's own scores with other municipalities' anonymised assessments ("peers").

Learning from peers ("synchronic learning") needs to see where a similar place stands: each
peer is labelled by kind of place and size first, its name only in small print. Peer data
is only read (and, on request, removed) here: it is kept in its own tables and never mixes
with one's own assessments, which the page says in so many words.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from toolbox_desktop.core.assessment import Assessment, Rating
from toolbox_desktop.core.content import Content
from toolbox_desktop.core.peers import (
    PeerAssessment,
    dimension_percentages,
    peer_kind_name,
    peer_size,
)
from toolbox_desktop.core.scoring import Scores, compute_scores
from toolbox_desktop.storage.peer_repository import PeerRepository
from toolbox_desktop.ui.common.empty_state import EmptyState, heading
from toolbox_desktop.ui.common.formatting import (
    dimension_label,
    format_date,
    format_number,
    missing_reasons,
)
from toolbox_desktop.ui.common.message_boxes import ask, warn
from toolbox_desktop.ui.common.palette import (
    CURRENT_COLOR,
    muted_color,
    series_color,
    themed,
)
from toolbox_desktop.ui.common.plain_text import PlainLabel, as_typed
from toolbox_desktop.ui.common.radar_chart import RadarChart, RadarSeries
from toolbox_desktop.ui.peers.peer_list import (
    DETAIL_ROLE,
    PEER_ROLE,
    PeerItemDelegate,
    isolated,
    translated_label,
)
from toolbox_desktop.ui.peers.peer_models import PeerScoreModel, ScoreColumn, swatch_icon

EMPTY_PAGE, PEERS_PAGE = range(2)
MAX_DRAWN = 6  # peers drawn in the radar chart: more polygons cannot be told apart


class PeerComparisonView(QWidget):
    """Our own scores beside those of the peers the user ticks, as a table and a radar
    chart. ``refresh()`` re-reads the peers (after an import); ``set_own()`` follows the
    assessment shown in the app. Emits ``peers_changed`` after a peer was removed."""

    peers_changed = Signal()

    def __init__(self, conn: sqlite3.Connection, content: Content, parent=None) -> None:
        super().__init__(parent)
        self.content = content
        self.repository = PeerRepository(conn)
        self._peers: list[PeerAssessment] = []
        self._scores: dict[int, Scores] = {}
        self._unchecked: set[int] = set()  # ids the user unticked; new peers start ticked
        self._slots: dict[int, int] = {}  # peer id -> colour slot, stable while drawn
        self._own: Assessment | None = None
        self._own_scores: Scores | None = None
        self._own_percentages: dict[str, float | None] = {}

        apart = self.tr("Their ratings are kept apart and never change your assessments.")
        self.empty_state = EmptyState(
            self.tr("No assessments of other municipalities yet"),
            self.tr(
                "Ask a neighbouring municipality for an anonymised package (File → Export "
                "package…, Anonymised) and import it with File → Import package…"
            )
            + "\n\n"
            + apart,
        )
        self.intro_label = PlainLabel(
            self.tr(
                "Compare your scores with anonymised assessments imported from other "
                "municipalities, labelled by kind of place and size."
            )
            + " "
            + apart
        )
        self.intro_label.setWordWrap(True)
        self.note_label = PlainLabel()
        self.note_label.setWordWrap(True)
        self.note_label.setVisible(False)
        note_palette = self.note_label.palette()
        note_palette.setColor(QPalette.ColorRole.WindowText, muted_color(self.palette()))
        self.note_label.setPalette(note_palette)

        self.peer_list = QListWidget()
        self.peer_list.setAccessibleName(self.tr("Imported assessments of other municipalities"))
        self.peer_list.setAccessibleDescription(
            self.tr("Tick the assessments to compare; Space ticks or unticks, Delete removes.")
        )
        self.peer_list.setItemDelegate(PeerItemDelegate(self.peer_list))
        self.peer_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.peer_list.setIconSize(QSize(16, 16))
        self.peer_list.setUniformItemSizes(False)
        self.peer_list.setMinimumWidth(260)
        self.remove_button = QPushButton(self.tr("&Remove peer…"))
        self.remove_button.setToolTip(
            self.tr("Delete the selected imported assessment (your own data is not touched)")
        )
        self.list_hint = PlainLabel(
            self.tr("Tick the peers to compare. The chart draws up to {count} of them.").format(
                count=format_number(MAX_DRAWN)
            )
        )
        self.list_hint.setWordWrap(True)

        self.model = PeerScoreModel(content, self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Score per dimension: ours and the peers'"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        # As large as its contents (every row, no stretched columns), smaller with a
        # horizontal scroll bar when many peers are ticked in a narrow window.
        self.table.setSizeAdjustPolicy(QTableView.SizeAdjustPolicy.AdjustToContents)
        self.table.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)

        self.radar = RadarChart()
        self.radar.setAccessibleName(self.tr("Radar chart: our score and the peers' per dimension"))

        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty_state)
        self.pages.addWidget(self._peers_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.pages)

        self.peer_list.itemChanged.connect(self._item_changed)
        self.peer_list.currentItemChanged.connect(self._current_changed)
        self.remove_button.clicked.connect(self.remove_current)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.peer_list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_current)
        self.setTabOrder(self.peer_list, self.remove_button)
        self.setTabOrder(self.remove_button, self.table)
        self.refresh()

    def _peers_page(self) -> QWidget:
        list_label = PlainLabel(self.tr("&Peers"))
        list_label.setFont(heading("").font())
        list_label.setBuddy(self.peer_list)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addWidget(list_label)
        left_layout.addWidget(self.peer_list, 1)
        left_layout.addWidget(self.list_hint)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addWidget(heading(self.tr("Score per dimension")))
        right_layout.addWidget(self.table)
        right_layout.addWidget(self.radar, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([330, 900])
        self.splitter.setChildrenCollapsible(False)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.note_label)
        layout.addWidget(self.splitter, 1)
        return page

    # -- data ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the peers and their ratings (after an import or a removal)."""
        self._peers = self.repository.peers()
        self._scores = {
            peer.id: compute_scores(self.content, self.repository.ratings(peer.id))
            for peer in self._peers
        }
        known = {peer.id for peer in self._peers}
        self._unchecked &= known
        self._fill_list()
        self._update()

    def set_own(self, assessment: Assessment | None, ratings: dict[str, Rating]) -> None:
        """The assessment the app shows (None when the municipality has none yet)."""
        self._own = assessment
        if assessment is None:
            self._own_scores = None
            self._own_percentages = {}
        else:
            self._own_scores = compute_scores(self.content, ratings)
            self._own_percentages = dimension_percentages(self.content, ratings)
        self._update()

    def peers(self) -> tuple[PeerAssessment, ...]:
        return tuple(self._peers)

    def checked_peers(self) -> list[PeerAssessment]:
        """The peers ticked for comparison, in list order (newest assessment first)."""
        return [peer for peer in self._peers if peer.id not in self._unchecked]

    def drawn_peers(self) -> list[PeerAssessment]:
        """The ticked peers the radar chart has room for."""
        return self.checked_peers()[:MAX_DRAWN]

    def set_checked(self, peer_id: int, checked: bool) -> None:
        for row in range(self.peer_list.count()):
            item = self.peer_list.item(row)
            if item.data(PEER_ROLE) == peer_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def current_peer(self) -> PeerAssessment | None:
        item = self.peer_list.currentItem()
        if item is None:
            return None
        return next((p for p in self._peers if p.id == item.data(PEER_ROLE)), None)

    # -- texts -----------------------------------------------------------------------------
    def peer_place(self, peer: PeerAssessment) -> str:
        name, country = isolated(peer.municipality), isolated(peer.country)
        if name and country:
            return self.tr("{municipality}, {country}").format(municipality=name, country=country)
        return name or country

    def peer_detail(self, peer: PeerAssessment) -> str:
        """The small print under a peer's label: where and when (the title is in the
        tooltip: the list stays narrow)."""
        parts = [self.peer_place(peer), format_date(peer.assessed_on)]
        return " · ".join(part for part in parts if part)

    def peer_tooltip(self, peer: PeerAssessment) -> str:
        lines = [translated_label(peer), self.peer_detail(peer), isolated(peer.title)]
        if peer.imported_at:
            lines.append(
                self.tr("Imported on {date}").format(date=format_date(peer.imported_at[:10]))
            )
        return "\n".join(line for line in lines if line)

    def own_name(self) -> str:
        if self._own is None:
            return self.tr("Ours: no assessment yet")
        return self.tr("Ours: {title} ({date})").format(
            title=self._own.title, date=format_date(self._own.assessed_on)
        )

    # -- showing ---------------------------------------------------------------------------
    def _fill_list(self) -> None:
        current = self.current_peer()
        self.peer_list.blockSignals(True)
        self.peer_list.clear()
        for peer in self._peers:
            item = QListWidgetItem(translated_label(peer))
            item.setData(PEER_ROLE, peer.id)
            item.setData(DETAIL_ROLE, self.peer_detail(peer))
            item.setToolTip(as_typed(self.peer_tooltip(peer)))
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("{label}; {detail}").format(
                    label=translated_label(peer), detail=self.peer_detail(peer)
                ),
            )
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            checked = peer.id not in self._unchecked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.peer_list.addItem(item)
        self.peer_list.blockSignals(False)
        row = next(
            (i for i, p in enumerate(self._peers) if current is not None and p.id == current.id),
            0,
        )
        if self._peers:
            self.peer_list.setCurrentRow(row)
        self._current_changed()

    def _item_changed(self, item: QListWidgetItem) -> None:
        peer_id = item.data(PEER_ROLE)
        if item.checkState() == Qt.CheckState.Checked:
            self._unchecked.discard(peer_id)
        else:
            self._unchecked.add(peer_id)
        self._update()

    def _current_changed(self, *_args) -> None:
        self.remove_button.setEnabled(self.peer_list.currentItem() is not None)

    def _colour_slots(self, drawn: list[PeerAssessment]) -> dict[int, int]:
        """A colour per drawn peer that stays the same while it is drawn, so that ticking
        another peer does not repaint the ones the user is already looking at."""
        ids = [peer.id for peer in drawn]
        self._slots = {pid: slot for pid, slot in self._slots.items() if pid in ids}
        free = [slot for slot in range(MAX_DRAWN) if slot not in self._slots.values()]
        for pid in ids:
            if pid not in self._slots:
                self._slots[pid] = free.pop(0)
        return dict(self._slots)

    def _update(self) -> None:
        if not self._peers:
            self.model.set_columns([])
            self.radar.set_series([])
            self.pages.setCurrentIndex(EMPTY_PAGE)
            return
        palette = self.palette()
        checked = self.checked_peers()
        drawn = checked[:MAX_DRAWN]
        slots = self._colour_slots(drawn)
        colors = {pid: series_color(slot, palette) for pid, slot in slots.items()}  # and dashed
        own_color = themed(CURRENT_COLOR, palette)

        columns = [
            ScoreColumn(
                self.tr("Ours"),
                self.own_name(),
                self._own_scores,
                own_color if self._own is not None else None,
                missing=self.tr("no assessment"),
            )
        ]
        for peer in checked:
            columns.append(
                ScoreColumn(
                    "\n".join(
                        (
                            peer_kind_name(peer, QCoreApplication.translate),
                            peer_size(peer, QCoreApplication.translate, format_number),
                        )
                    ),
                    self.peer_tooltip(peer),
                    self._scores[peer.id],
                    colors.get(peer.id),
                    dashed=True,
                    theirs=True,
                )
            )
        self.model.set_columns(columns)
        self._show_list_swatches(colors)
        self._show_radar(drawn, colors, own_color)
        self._show_note(len(checked), len(drawn))
        self.pages.setCurrentIndex(PEERS_PAGE)

    def _show_list_swatches(self, colors: dict[int, QColor]) -> None:
        self.peer_list.blockSignals(True)
        for row in range(self.peer_list.count()):
            item = self.peer_list.item(row)
            item.setIcon(swatch_icon(colors.get(item.data(PEER_ROLE)), dashed=True))
        self.peer_list.blockSignals(False)

    def _show_radar(
        self, drawn: list[PeerAssessment], colors: dict[int, QColor], own_color: QColor
    ) -> None:
        dimensions = self.content.dimensions
        self.radar.set_axes([dimension_label(d.number, d.title) for d in dimensions])
        series = []
        if self._own is not None:
            series.append(
                RadarSeries(
                    self.own_name(),
                    [self._own_percentages[d.code] for d in dimensions],
                    own_color,
                    short_name=self.tr("ours"),
                    reasons=self._own_reasons(),
                )
            )
        for peer in drawn:
            scores = self._scores[peer.id]
            name = translated_label(peer)
            if peer.municipality:  # not in brackets: a name may hold its own ("(fictional)")
                name = self.tr("{label} – {municipality}").format(
                    label=name, municipality=isolated(peer.municipality)
                )
            series.append(
                RadarSeries(
                    name,
                    [scores.dimensions[d.code].percent for d in dimensions],
                    colors[peer.id],
                    dashed=True,
                    reasons=missing_reasons(
                        [scores.dimensions[d.code] for d in dimensions], theirs=True
                    ),
                    short_name=isolated(peer.municipality)
                    or peer_kind_name(peer, QCoreApplication.translate),
                )
            )
        self.radar.set_series(series)

    def _own_reasons(self) -> tuple[str | None, ...]:
        if self._own_scores is None:
            return ()
        return missing_reasons(
            [self._own_scores.dimensions[d.code] for d in self.content.dimensions]
        )

    def _show_note(self, checked: int, drawn: int) -> None:
        notes = []
        if self._own is None:
            notes.append(
                self.tr(
                    "You have no assessment of your own yet: the “Ours” column stays empty "
                    "until you rate the benchmarks."
                )
            )
        if checked > drawn:
            notes.append(
                self.tr(
                    "The chart draws the first {drawn} ticked peers; the table shows all {checked}."
                ).format(drawn=format_number(drawn), checked=format_number(checked))
            )
        self.note_label.setText(" ".join(notes))
        self.note_label.setVisible(bool(notes))

    # -- removing --------------------------------------------------------------------------
    def remove_current(self) -> bool:
        """Ask, then delete the selected peer and its ratings; True when it was removed."""
        peer = self.current_peer()
        if peer is None:
            return False
        answer = ask(
            self,
            self.tr("Remove peer"),
            self.tr(
                "Remove the imported assessment “{title}” ({label})? Your own assessments "
                "are not affected. Importing the package again brings it back."
            ).format(title=isolated(peer.title), label=translated_label(peer)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.repository.remove(peer.id)
        except sqlite3.Error as error:
            warn(
                self,
                self.tr("Remove peer"),
                self.tr("The assessment could not be removed: {reason}").format(reason=str(error)),
            )
            return False
        self.refresh()
        self.peers_changed.emit()
        return True

"""The main window: a navigation frame of areas (Library now; Assessment, Action plan and
Reports as later versions add them), menus, and the remembered window state."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from toolbox_desktop.core.content import Content
from toolbox_desktop.paths import portable_data_folder
from toolbox_desktop.storage.content_repository import SyncResult, load_content
from toolbox_desktop.ui.common.busy import BusyOnFirstVisit, LoadingPage, busy
from toolbox_desktop.ui.common.change_poller import ChangePoller
from toolbox_desktop.ui.common.language import current_language
from toolbox_desktop.ui.common.message_boxes import plain_box
from toolbox_desktop.ui.common.messages import pack_problem_text
from toolbox_desktop.ui.common.notice_banner import WARNING, NoticeBanner
from toolbox_desktop.ui.common.plain_text import PlainLabel, window_title
from toolbox_desktop.ui.common.screen_fit import (
    available_area,
    keep_windows_on_screen,
    opening_size,
    should_maximise,
)
from toolbox_desktop.ui.common.settings import UiState
from toolbox_desktop.ui.library.library_page import LibraryPage
from toolbox_desktop.ui.window.backups import BackupCommands
from toolbox_desktop.ui.window.closing import ClosingCheck
from toolbox_desktop.ui.window.file_actions import FileCommands
from toolbox_desktop.ui.window.guide_plan import GuidePlan
from toolbox_desktop.ui.window.help_start import GettingStartedGuide
from toolbox_desktop.ui.window.language import LanguageSwitching
from toolbox_desktop.ui.window.menus import build_menus
from toolbox_desktop.ui.window.packages import PackageCommands
from toolbox_desktop.ui.window.rows import (
    AREA_ROLE,
    ASSESSMENT_ROW,
    LIBRARY_ROW,
    PLAN_ROW,
    REPORTS_ROW,
)
from toolbox_desktop.ui.window.status_bar import FileLabel

# Work left for after the first paint runs then; should no paint come (a window the system
# never exposes), it runs this long after the window was shown.
FIRST_PAINT_AT_LATEST_MS = 1000


class MainWindow(
    FileCommands,
    LanguageSwitching,
    PackageCommands,
    BackupCommands,
    ClosingCheck,
    GettingStartedGuide,
    QMainWindow,
):
    """Holds the areas; each area is a page of the stack chosen in the navigation list. Its
    menus, its file commands, its language switch, its package and backup commands and its
    closing check are in ``ui/window/``.

    ``read_content(language)`` reads the content in another language when the user switches
    (by default from ``conn``; without a connection the content stays as given)."""

    def __init__(
        self,
        content: Content,
        state: UiState,
        database_path: Path,
        failed_packs: list[SyncResult] | None = None,
        conn: sqlite3.Connection | None = None,
        read_content: Callable[[str], Content] | None = None,
    ) -> None:
        super().__init__()
        self._after_first_paint: list[Callable[[], object]] | None = []
        self._painted = False
        # Every dialog of the app: never larger than the screen (``ScreenFit``); it comes
        # once the window is on screen, as nothing needs it before.
        self.after_first_paint(keep_windows_on_screen)
        self.content = content
        self.language = current_language()
        if read_content is None and conn is not None:
            read_content = partial(load_content, conn)
        self.read_content = read_content
        self.state = state
        self.database_path = Path(database_path)
        self.failed_packs = failed_packs or []
        # One undo history for the whole window: every area pushes its edits here.
        self.undo_stack = QUndoStack(self)
        self.is_training = _is_training(conn)

        self.navigation_model = QStandardItemModel(self)
        self.navigation = QListView()
        self.navigation.setModel(self.navigation_model)
        self.navigation.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.navigation.setFixedWidth(140)
        self.navigation.setSpacing(3)
        self.navigation.setIconSize(QSize(20, 20))
        self.pages = QStackedWidget()

        self.conn = conn
        # One watch for other windows' writes to the file, which every area follows.
        self.poller = ChangePoller.for_connection(conn, self) if conn is not None else None
        self._kept_sessions: dict[str, object] = {}
        self._build_areas()

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.training_banner = NoticeBanner("", WARNING, closable=False, bold=True)
        outer.addWidget(self.training_banner)
        outer.addWidget(self._build_getting_started())  # on a new file: the first steps
        layout = QHBoxLayout()
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        outer.addLayout(layout, 1)
        self.setCentralWidget(central)
        self.navigation.selectionModel().currentChanged.connect(self._area_changed)
        self.navigation.setCurrentIndex(self.navigation_model.index(0, 0))

        build_menus(self)
        self.content_label = PlainLabel()
        self.file_label = FileLabel()  # always in sight: a status tip never covers it
        self.statusBar().addPermanentWidget(self.file_label)
        self.statusBar().addPermanentWidget(self.content_label)
        self._show_texts()
        self._restore_state()
        self._offer_getting_started()
        if self.conn is not None:
            self._watch_for_replace()

    def _build_areas(self) -> None:
        """The navigation list and its areas, in the language now installed: the library at
        once, the others when first shown (built again after a language switch)."""
        self.assessment_area = None
        self.plan_area = None
        self.reports_page = None
        self._areas_linked = False
        # The plan read for the rating screen before the plan area is built (see
        # ``plan_session``), and what reads it again when another window changed the file.
        self._early_plan = None
        self._early_plan_refresh = None
        self._factories: dict[int, Callable[[], QWidget]] = {}
        self.library = LibraryPage(self.content)
        # "Add to plan" on a quick win's page, through the plan area's session
        self.guide_plan = GuidePlan(self, self.library) if self.conn is not None else None
        self._add_area(self.tr("Library"), self.library)
        if self.conn is not None:
            self._add_lazy_area(self.tr("Assessment"), self._build_assessment_area)
            self._add_lazy_area(self.tr("Action plan"), self._build_plan_area)
            self._add_lazy_area(self.tr("Reports"), self._build_reports_page)
        else:
            self._add_future_area(self.tr("Assessment"))
            self._add_future_area(self.tr("Action plan"))
            self._add_future_area(self.tr("Reports"))
        self._fit_navigation()

    def changeEvent(self, event) -> None:
        """A larger or smaller text (View menu): the area names fit again (at 150 % the
        German "Selbstbewertung" was cut, with a sideways scroll bar)."""
        if event.type() == QEvent.Type.FontChange and getattr(self, "navigation", None):
            self._fit_navigation()
        super().changeEvent(event)

    def _fit_navigation(self) -> None:
        """At least 140 px, and as wide as the longest area name in the language now shown
        (a longer translation must not be cut or need a sideways scrollbar)."""
        frame = 2 * self.navigation.frameWidth() + 4 * self.navigation.spacing()
        self.navigation.setFixedWidth(max(140, self.navigation.sizeHintForColumn(0) + frame))

    def _show_texts(self) -> None:
        """The window's own texts (title, banner, status bar) in the language now installed."""
        # The file's name only: Qt adds the app's name where the platform shows it.
        title = self.database_path.name
        if self.is_training:
            title = self.tr("{title} — TRAINING (fictional town)").format(title=title)
        if portable_data_folder() is not None:
            title = self.tr("{title} — portable").format(title=title)
        self.setWindowTitle(window_title(title))
        self.navigation.setAccessibleName(self.tr("Areas"))
        self.training_banner.setAccessibleName(self.tr("Training municipality"))
        if self.is_training:
            self.training_banner.show_text(
                self.tr(
                    "Training municipality: everything in this window is fictional. Your own "
                    "work is in your own file."
                )
            )
        self.content_label.setText(self._content_summary())
        self.file_label.show_file(
            self.tr("Database: {path}").format(path=str(self.database_path)), self.database_path
        )

    def _add_area(self, title: str, page: QWidget) -> None:
        item = QStandardItem(title)
        item.setData(self.pages.addWidget(page), AREA_ROLE)
        self.navigation_model.appendRow(item)

    def _add_lazy_area(self, title: str, factory: Callable[[], QWidget]) -> None:
        """An area built the first time it is shown (keeps start-up fast); until then its
        page says "Loading…"."""
        placeholder = LoadingPage()
        self._add_area(title, placeholder)
        self._factories[self.pages.indexOf(placeholder)] = factory

    def _build_assessment_area(self) -> QWidget:
        from toolbox_desktop.ui.assessment.assessment_area import AssessmentArea

        area = AssessmentArea(
            self.conn,
            self.content,
            self.undo_stack,
            self.state,
            poller=self.poller,
            session=self._kept_sessions.pop("assessment", None),
        )
        self.assessment_area = area
        editor = area.page.rating_screen.editor
        editor.create_action_requested.connect(self.create_action_for_benchmark)
        editor.action_activated.connect(self.open_action)
        area.dashboard.create_action_requested.connect(self.create_action_for_benchmark)
        area.dashboard.library_item_requested.connect(self.open_library_item)
        area.page.rating_screen.library_item_requested.connect(self.open_library_item)
        area.dashboard.quick_win_to_plan.connect(self.add_quick_win_for_gap)
        area.page.rating_screen.quick_win_to_plan.connect(self.add_quick_win_for_gap)
        area.workshop.collect_requested.connect(self.collect_participant_files)
        area.workshop.export_mine_requested.connect(self.export_my_ratings)
        area.workshop.present_requested.connect(self.present)
        self._link_areas()  # the rating screen lists a benchmark's actions at once
        return area

    def _build_plan_area(self) -> QWidget:
        from toolbox_desktop.ui.plan.plan_area import PlanArea

        early, self._early_plan = self._early_plan, None
        self.plan_area = PlanArea(
            self.conn,
            self.content,
            self.undo_stack,
            self.state,
            poller=self.poller,
            session=early or self._kept_sessions.pop("plan", None),
        )
        self.plan_area.page.editor.benchmark_activated.connect(self.open_benchmark_to_rate)
        self.plan_area.page.table.proposal_requested.connect(self.propose_to_council)
        self.guide_plan.follow(self.plan_area)
        self._link_areas()
        self._hand_over_plan_refresh()
        return self.plan_area

    def _hand_over_plan_refresh(self) -> None:
        """The plan area's reading again takes over what the early session's watched (the
        rating screen's list); a change made elsewhere and not read yet is read now if any
        of what shows the plan is on screen (last: the library's bar is watched by now), else
        when it is shown."""
        refresh, self._early_plan_refresh = self._early_plan_refresh, None
        if refresh is None:
            return
        self.poller.unsubscribe(refresh.mark_stale)  # now, not when it is deleted: one read
        changed = self.plan_area.changed_elsewhere
        for widget in refresh.watched():
            widget.removeEventFilter(refresh)
            changed.watch(widget)
        refresh.deleteLater()
        if refresh.stale:
            with contextlib.suppress(sqlite3.Error):  # the file busy: read when shown
                changed.mark_stale()

    def _build_reports_page(self) -> QWidget:
        from toolbox_desktop.ui.reports.reports_page import ReportsPage

        self.reports_page = ReportsPage(self.conn, self.content, undo_stack=self.undo_stack)
        return self.reports_page

    def _ensure_area(self, row: int) -> QWidget:
        """The area in navigation row ``row``, built now if it was not yet (not shown)."""
        page = self.navigation_model.index(row, 0).data(AREA_ROLE)
        factory = self._factories.pop(page, None)
        if factory is not None:
            placeholder = self.pages.widget(page)
            area = factory()
            for tabs in area.findChildren(QTabWidget):  # a slow first visit shows it is busy
                BusyOnFirstVisit(tabs)
            self.pages.insertWidget(page, area)
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
        return self.pages.widget(page)

    def _link_areas(self) -> None:
        """Once the assessment area exists, its rating screen lists the actions of each
        benchmark: from the plan area's session, or from one made for it before that area is
        built (``plan_session``)."""
        if self.assessment_area is None or self._areas_linked:
            return
        self._areas_linked = True
        editor = self.assessment_area.page.rating_screen.editor
        session = self.plan_session()
        editor.set_actions_provider(session.action_summaries_for_benchmark)
        session.actions_changed.connect(editor.refresh_actions)
        if self.plan_area is not None:
            self.plan_area.changed_elsewhere.watch(editor.actions_box)  # it shows plan data
        else:
            from toolbox_desktop.ui.common.refresh import RefreshWhenShown

            refresh = RefreshWhenShown(session.reload, editor.actions_box)
            self.poller.subscribe(refresh.mark_stale, refresh)
            self._early_plan_refresh = refresh

    def plan_refresh(self):
        """What reads the plan again after another window changed it (the plan area's, or
        the early session's); None before anything shows the plan."""
        if self.plan_area is not None:
            return self.plan_area.changed_elsewhere
        return self._early_plan_refresh

    def plan_session(self):
        """The plan's session: the plan area's, or, before that area is built, one that only
        reads the plan for the rating screen (the area, its table, editor and their modules,
        about a quarter of the assessment's first visit, waits until the plan is opened; it
        then takes this session over, with the steps of Undo that hold it)."""
        if self.plan_area is not None:
            return self.plan_area.session
        if self._early_plan is None:
            session = self._kept_sessions.pop("plan", None)
            if session is None:
                from toolbox_desktop.storage.plan_repository import PlanRepository
                from toolbox_desktop.ui.plan.session import PlanSession

                session = PlanSession(PlanRepository(self.conn), self.content, self.undo_stack)
            else:
                session.use_content(self.content)
            session.setParent(self)
            self._early_plan = session
        return self._early_plan

    def create_action_for_benchmark(self, code: str) -> None:
        self._ensure_area(PLAN_ROW)
        self.show_area(PLAN_ROW)
        self.plan_area.create_action_from_benchmark(code)

    def add_quick_win_for_gap(self, code: str, benchmark: str) -> None:
        """A suggested quick win straight into the plan, linked to the gap it was offered
        for, and shown there to edit (Edit > Undo takes it out again)."""
        if self.guide_plan is None:
            return
        action_id = self.guide_plan.add_for_gap(code, benchmark)
        if action_id is not None:
            self.open_action(action_id)

    def open_action(self, action_id: int) -> None:
        self._ensure_area(PLAN_ROW)
        self.show_area(PLAN_ROW)
        self.plan_area.open_action(action_id)

    def propose_to_council(self, action_ids: list[int]) -> None:
        """Reports, with the council proposal of these actions chosen (to preview or save)."""
        self._ensure_area(REPORTS_ROW)
        self.show_area(REPORTS_ROW)
        self.reports_page.choose_actions(action_ids)

    def open_library_item(self, code: str) -> None:
        """Show a content item (e.g. a suggested next step) in the library, where it lives
        (a search the library was showing is left, as a link in its detail pane does)."""
        self.show_area(LIBRARY_ROW)
        if self.library.is_searching():
            self.library.search_edit.clear()
        self.library.select_code(code)

    def open_benchmark_to_rate(self, code: str) -> None:
        self._ensure_area(ASSESSMENT_ROW)
        self.show_area(ASSESSMENT_ROW)
        self.assessment_area.show_benchmark(code)

    def show_area(self, row: int) -> None:
        """Show the area in navigation row ``row`` (if it is available)."""
        index = self.navigation_model.index(row, 0)
        if index.isValid() and index.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.navigation.setCurrentIndex(index)

    def _add_future_area(self, title: str) -> None:
        item = QStandardItem(title)
        item.setEnabled(False)
        item.setToolTip(self.tr("Arrives in a later version of the app"))
        self.navigation_model.appendRow(item)

    def _area_changed(self, current, _previous) -> None:
        """Show the chosen area; one not built yet shows "Loading…" and the wait cursor,
        painted at once, while it is built."""
        page = current.data(AREA_ROLE)
        if page is None:
            return
        if page in self._factories:
            placeholder = self.pages.widget(page)
            self.pages.setCurrentWidget(placeholder)
            placeholder.paint_now()
            with busy(self):
                area = self._ensure_area(current.row())
        else:
            area = self._ensure_area(current.row())
        self.pages.setCurrentWidget(area)

    def show_imported(self, count: int) -> None:
        """Say in the status bar how many items an import added or changed (here, because
        only ``self.tr`` gives the catalogue a plural form)."""
        self.statusBar().showMessage(self.tr("Imported: %n item(s) added or changed.", "", count))

    def open_training_municipality(self) -> Path | None:
        from toolbox_desktop.ui.window.training import open_training_municipality

        return open_training_municipality(self, self.database_path)

    def _find(self) -> None:
        """Ctrl+F: in the action plan its "Find actions" field; anywhere else the library's
        search of all content."""
        shown = self.pages.currentWidget()
        if self.plan_area is not None and shown is self.plan_area and shown.focus_find():
            return
        self.navigation.setCurrentIndex(self.navigation_model.index(0, 0))
        self.library.focus_search()

    def new_action(self) -> None:
        """File > New action (Ctrl+N) from anywhere: the plan, with a new action whose title
        is ready to type."""
        if self.conn is None:
            return
        self._ensure_area(PLAN_ROW)
        self.show_area(PLAN_ROW)
        self.plan_area.new_action()

    def _content_summary(self) -> str:
        pack = self.content.benchmark_pack
        if self.content.is_empty() or pack is None:
            return self.tr("No content loaded")
        packs = ", ".join(f"{info.id} {info.version}" for info in self.content.packs)
        return self.tr("Content: {packs}").format(packs=packs)

    def show_pack_problems(self) -> None:
        """Tell which content files and lines are wrong; the last good content stays in use."""
        if not self.failed_packs:
            return
        lines = []
        for failed in self.failed_packs:
            lines.append(str(failed.folder))
            lines += [f"  {pack_problem_text(problem)}" for problem in failed.problems]
        count = sum(len(failed.problems) for failed in self.failed_packs)
        if self.content.is_empty():
            consequence = self.tr("No content could be loaded, so the library is empty.")
        else:
            consequence = self.tr("The app goes on with the content it loaded before.")
        box = plain_box(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Content pack has errors"))
        box.setText(
            self.tr("A content pack has %n problem(s) and was not loaded.", "", count)
            + " "
            + consequence
        )
        box.setInformativeText(
            self.tr(
                "Fix the files and lines listed under Show Details, then start the app again. "
                "'toolbox-desktop content check FOLDER' lists the same problems."
            )
        )
        box.setDetailedText("\n".join(lines))
        box.open()
        self._problems_box = box

    def _about(self) -> None:
        from toolbox_desktop.ui.window.about import show_about

        show_about(self)

    def _restore_state(self) -> None:
        geometry = self.state.bytes(UiState.GEOMETRY)
        self._opening_size: QSize | None = None
        if geometry is None or not self.restoreGeometry(geometry):
            self._opening_size = opening_size(available_area(self))
            self.resize(self._opening_size)
        self.library.restore_state(self.state)
        self.show_area(self.state.number(UiState.AREA))

    def after_first_paint(self, work: Callable[[], object]) -> None:
        """Run ``work`` once the window has been painted the first time (at once if it has
        been): start-up work the first sight of the window does not need (the rule that keeps
        dialogs on the screen, the backup timer). It runs in the event loop's next round,
        milliseconds after the window appeared, so nothing the user can reach behaves
        differently (a dialog shown before is fitted when ``ScreenFit`` starts)."""
        if self._after_first_paint is None:
            work()
        else:
            self._after_first_paint.append(work)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self._finish_start)

    def _finish_start(self) -> None:
        work, self._after_first_paint = self._after_first_paint, None
        for item in work or ():
            item()

    def setVisible(self, visible: bool) -> None:
        """The first time it is shown without a remembered size, the window takes the whole
        of a screen smaller than its comfortable size (a council laptop), unless whoever
        opened it gave it a size of its own meanwhile."""
        opening, self._opening_size = getattr(self, "_opening_size", None), None
        unsized = visible and opening is not None and self.size() == opening
        if unsized and should_maximise(available_area(self)):
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        super().setVisible(visible)
        if visible and self._after_first_paint:
            QTimer.singleShot(FIRST_PAINT_AT_LATEST_MS, self, self._finish_start)

    def closeEvent(self, event) -> None:
        for area in (self.assessment_area, self.plan_area):
            if area is not None:
                area.page.flush_edits()  # text still being typed is stored
        if self.assessment_area is not None:
            self.assessment_area.workshop.agreed_panel.flush()
        if self.reports_page is not None:
            self.reports_page.save_texts()
        # Leaving for another file (File → Open), the question was asked already.
        if not getattr(self, "_leaving_file", False) and not self._may_close_with_unsaved_text():
            event.ignore()
            return
        if self.poller is not None:
            self.poller.stop()  # nothing to follow for a window that is gone
        self.save_window_state()
        super().closeEvent(event)

    def save_window_state(self) -> None:
        """Where the window is and what it shows, for the next start (or the next file)."""
        self.state.set(UiState.GEOMETRY, self.saveGeometry())
        self.state.set(UiState.AREA, self.navigation.currentIndex().row())
        for area in (self.assessment_area, self.plan_area):
            if area is not None:
                area.page.save_state(self.state)
        self.library.save_state(self.state)
        self.state.sync()


def _is_training(conn: sqlite3.Connection | None) -> bool:
    if conn is None:
        return False
    from toolbox_desktop.storage.training_flag import is_training_municipality

    try:
        return is_training_municipality(conn)
    except sqlite3.Error:
        return False

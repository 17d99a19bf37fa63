"""The main window: a navigation frame of areas (Library now; Assessment, Action plan and
Reports as later versions add them), menus, and the remembered window state."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from toolbox_desktop import APP_NAME, __version__
from toolbox_desktop.core.content import Content
from toolbox_desktop.storage.content_repository import SyncResult
from toolbox_desktop.ui.common.message_boxes import plain_box
from toolbox_desktop.ui.common.plain_text import PlainLabel, window_title
from toolbox_desktop.ui.library.library_page import LibraryPage
from toolbox_desktop.ui.messages import pack_problem_text
from toolbox_desktop.ui.scoring_help import show_scoring_help
from toolbox_desktop.ui.settings import UiState

AREA_ROLE = Qt.ItemDataRole.UserRole + 10
LIBRARY_ROW, ASSESSMENT_ROW, PLAN_ROW, REPORTS_ROW = range(4)


class MainWindow(QMainWindow):
    """Holds the areas; each area is a page of the stack chosen in the navigation list."""

    def __init__(
        self,
        content: Content,
        state: UiState,
        database_path: Path,
        failed_packs: list[SyncResult] | None = None,
        conn: sqlite3.Connection | None = None,
    ) -> None:
        super().__init__()
        self.content = content
        self.state = state
        self.database_path = Path(database_path)
        self.failed_packs = failed_packs or []
        # One undo history for the whole window: every area pushes its edits here.
        self.undo_stack = QUndoStack(self)
        self.is_training = _is_training(conn)
        title = f"{APP_NAME} — {self.database_path.name}"
        if self.is_training:
            title = self.tr("{title} — TRAINING (fictional town)").format(title=title)
        self.setWindowTitle(window_title(title))

        self.navigation_model = QStandardItemModel(self)
        self.navigation = QListView()
        self.navigation.setModel(self.navigation_model)
        self.navigation.setAccessibleName(self.tr("Areas"))
        self.navigation.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.navigation.setFixedWidth(140)
        self.navigation.setSpacing(3)
        self.navigation.setIconSize(QSize(20, 20))
        self.pages = QStackedWidget()

        self.conn = conn
        self.assessment_area = None
        self.plan_area = None
        self.reports_page = None
        self._areas_linked = False
        self._factories: dict[int, Callable[[], QWidget]] = {}
        self.library = LibraryPage(content)
        self._add_area(self.tr("Library"), self.library)
        if conn is not None:
            self._add_lazy_area(self.tr("Assessment"), self._build_assessment_area)
            self._add_lazy_area(self.tr("Action plan"), self._build_plan_area)
        else:
            self._add_future_area(self.tr("Assessment"))
            self._add_future_area(self.tr("Action plan"))
        if conn is not None:
            self._add_lazy_area(self.tr("Reports"), self._build_reports_page)
        else:
            self._add_future_area(self.tr("Reports"))

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.training_banner = PlainLabel(
            self.tr(
                "Training municipality: everything in this window is fictional. Your own work "
                "is in your own file."
            )
        )
        self.training_banner.setStyleSheet(
            "background: #ffd400; color: #000000; padding: 4px 8px; font-weight: bold;"
        )
        self.training_banner.setVisible(self.is_training)
        outer.addWidget(self.training_banner)
        layout = QHBoxLayout()
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        outer.addLayout(layout, 1)
        self.setCentralWidget(central)
        self.navigation.selectionModel().currentChanged.connect(self._area_changed)
        self.navigation.setCurrentIndex(self.navigation_model.index(0, 0))

        self._build_menus()
        self.content_label = PlainLabel(self._content_summary())
        self.statusBar().addPermanentWidget(self.content_label)
        self.statusBar().showMessage(
            self.tr("Database: {path}").format(path=str(self.database_path))
        )
        self._restore_state()
        if self.conn is not None:
            self._watch_for_replace()

    def _add_area(self, title: str, page: QWidget) -> None:
        item = QStandardItem(title)
        item.setData(self.pages.addWidget(page), AREA_ROLE)
        self.navigation_model.appendRow(item)

    def _add_lazy_area(self, title: str, factory: Callable[[], QWidget]) -> None:
        """An area built the first time it is shown (keeps start-up fast)."""
        placeholder = QWidget()
        self._add_area(title, placeholder)
        self._factories[self.pages.indexOf(placeholder)] = factory

    def _build_assessment_area(self) -> QWidget:
        from toolbox_desktop.ui.assessment_area import AssessmentArea

        area = AssessmentArea(self.conn, self.content, self.undo_stack, self.state)
        self.assessment_area = area
        editor = area.page.rating_screen.editor
        editor.create_action_requested.connect(self.create_action_for_benchmark)
        editor.action_activated.connect(self.open_action)
        area.dashboard.create_action_requested.connect(self.create_action_for_benchmark)
        area.workshop.collect_requested.connect(self.collect_participant_files)
        area.workshop.export_mine_requested.connect(self.export_my_ratings)
        area.workshop.present_requested.connect(self.present)
        self._ensure_area(PLAN_ROW)  # the rating screen lists a benchmark's actions at once
        self._link_areas()
        return area

    def _build_plan_area(self) -> QWidget:
        from toolbox_desktop.ui.plan_area import PlanArea

        self.plan_area = PlanArea(self.conn, self.content, self.undo_stack, self.state)
        self.plan_area.page.editor.benchmark_activated.connect(self.open_benchmark_to_rate)
        self._link_areas()
        return self.plan_area

    def _build_reports_page(self) -> QWidget:
        from toolbox_desktop.ui.reports.reports_page import ReportsPage

        self.reports_page = ReportsPage(self.conn, self.content)
        return self.reports_page

    def _ensure_area(self, row: int) -> QWidget:
        """The area in navigation row ``row``, built now if it was not yet (not shown)."""
        page = self.navigation_model.index(row, 0).data(AREA_ROLE)
        factory = self._factories.pop(page, None)
        if factory is not None:
            placeholder = self.pages.widget(page)
            self.pages.insertWidget(page, factory())
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
        return self.pages.widget(page)

    def _link_areas(self) -> None:
        """Once both areas exist, the rating screen lists the actions of each benchmark."""
        if self.assessment_area is None or self.plan_area is None or self._areas_linked:
            return
        self._areas_linked = True
        editor = self.assessment_area.page.rating_screen.editor
        editor.set_actions_provider(self.plan_area.session.action_summaries_for_benchmark)
        self.plan_area.session.actions_changed.connect(editor.refresh_actions)

    def create_action_for_benchmark(self, code: str) -> None:
        self._ensure_area(PLAN_ROW)
        self.show_area(PLAN_ROW)
        self.plan_area.create_action_from_benchmark(code)

    def open_action(self, action_id: int) -> None:
        self._ensure_area(PLAN_ROW)
        self.show_area(PLAN_ROW)
        self.plan_area.open_action(action_id)

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
        row = current.row()
        if current.data(AREA_ROLE) is not None:
            self.pages.setCurrentWidget(self._ensure_area(row))

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        export_csv = QAction(self.tr("Export action plan as &CSV…"), self)
        export_csv.triggered.connect(lambda: self._export_plan("csv"))
        export_ics = QAction(self.tr("Export deadlines as &calendar (.ics)…"), self)
        export_ics.triggered.connect(lambda: self._export_plan("ics"))
        for action in (export_csv, export_ics):
            action.setEnabled(self.conn is not None)
            file_menu.addAction(action)
        file_menu.addSeparator()
        self.export_package_action = QAction(self.tr("&Export package…"), self)
        self.export_package_action.setToolTip(
            self.tr("An assessment, the plan or everything in one file for another laptop")
        )
        self.export_package_action.triggered.connect(self.export_package)
        self.import_package_action = QAction(self.tr("&Import package…"), self)
        self.import_package_action.setToolTip(
            self.tr("See what a package adds or changes, then import it")
        )
        self.import_package_action.triggered.connect(lambda: self.import_packages())
        for action in (self.export_package_action, self.import_package_action):
            action.setEnabled(self.conn is not None)
            file_menu.addAction(action)
        file_menu.addSeparator()
        self.restore_backup_action = QAction(self.tr("Restore from a &backup…"), self)
        self.restore_backup_action.setToolTip(
            self.tr("Go back to the data as it was on an earlier day")
        )
        self.restore_backup_action.setEnabled(self.conn is not None and not self.is_training)
        self.restore_backup_action.triggered.connect(self.restore_from_backup)
        file_menu.addAction(self.restore_backup_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        # Ctrl+Q everywhere: the platform's Quit key is empty on Windows (and headless).
        quit_keys = [
            *QKeySequence.keyBindings(QKeySequence.StandardKey.Quit),
            QKeySequence("Ctrl+Q"),
        ]
        quit_action.setShortcuts(list({key.toString(): key for key in quit_keys}.values()))
        quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        # Ctrl+Shift+Z everywhere, plus the platform's own (Ctrl+Y on Windows); each once,
        # since a key bound twice to one action is ambiguous and fires nothing.
        redo_keys = [QKeySequence("Ctrl+Shift+Z")]
        redo_keys += [
            key
            for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
            if key not in redo_keys
        ]
        redo_action.setShortcuts(redo_keys)
        edit_menu.addAction(undo_action)
        edit_menu.addAction(redo_action)
        edit_menu.addSeparator()
        self.undo_action, self.redo_action = undo_action, redo_action
        find_action = QAction(self.tr("&Find…"), self)
        find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find_action.triggered.connect(self._find)
        edit_menu.addAction(find_action)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        library_action = QAction(self.tr("&Library"), self)
        library_action.setShortcut(QKeySequence("Ctrl+1"))
        library_action.triggered.connect(lambda: self.show_area(0))
        go_menu.addAction(library_action)
        assessment_action = QAction(self.tr("&Assessment"), self)
        assessment_action.setShortcut(QKeySequence("Ctrl+2"))
        assessment_action.setEnabled(self.conn is not None)
        assessment_action.triggered.connect(lambda: self.show_area(ASSESSMENT_ROW))
        go_menu.addAction(assessment_action)
        plan_action = QAction(self.tr("Action &plan"), self)
        plan_action.setShortcut(QKeySequence("Ctrl+3"))
        plan_action.setEnabled(self.conn is not None)
        plan_action.triggered.connect(lambda: self.show_area(PLAN_ROW))
        go_menu.addAction(plan_action)
        reports_action = QAction(self.tr("&Reports"), self)
        reports_action.setShortcut(QKeySequence("Ctrl+4"))
        reports_action.setEnabled(self.conn is not None)
        reports_action.triggered.connect(lambda: self.show_area(REPORTS_ROW))
        go_menu.addAction(reports_action)
        go_menu.addSeparator()
        self.present_action = QAction(self.tr("&Present on a projector"), self)
        self.present_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.present_action.setToolTip(
            self.tr("The assessment shown, full screen, one benchmark at a time")
        )
        self.present_action.setEnabled(self.conn is not None)
        self.present_action.triggered.connect(self.present)
        go_menu.addAction(self.present_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        problems_action = QAction(self.tr("Content pack &problems…"), self)
        problems_action.setEnabled(bool(self.failed_packs))
        problems_action.triggered.connect(self.show_pack_problems)
        help_menu.addAction(problems_action)
        scoring_action = QAction(self.tr("How &scores are computed"), self)
        scoring_action.triggered.connect(lambda: show_scoring_help(self))
        help_menu.addAction(scoring_action)
        training_action = QAction(self.tr("Open the &training municipality…"), self)
        training_action.setToolTip(
            self.tr("A fictional town to explore every screen, in a window and file of its own")
        )
        training_action.triggered.connect(self.open_training_municipality)
        help_menu.addAction(training_action)
        self.training_action = training_action
        about_action = QAction(self.tr("&About {app}").format(app=APP_NAME), self)
        about_action.triggered.connect(self._about)
        help_menu.addAction(about_action)

    # -- packages and workshops ---------------------------------------------------------------
    def _current_assessment(self):
        self._ensure_area(ASSESSMENT_ROW)
        self.assessment_area.page.flush_edits()  # what is being typed goes into the file too
        return self.assessment_area.session.current_assessment()

    def export_package(self) -> Path | None:
        from toolbox_desktop.ui.exchange.export_dialog import export_package

        assessment = self._current_assessment()
        if self.plan_area is not None:
            self.plan_area.page.flush_edits()
        name = self.assessment_area.session.profile().name
        path = export_package(self, self.conn, assessment, name)
        if path is not None:
            self.statusBar().showMessage(self.tr("Package saved: {path}").format(path=str(path)))
        return path

    def export_my_ratings(self) -> Path | None:
        from toolbox_desktop.ui.exchange.export_dialog import export_my_ratings

        path = export_my_ratings(self, self.conn, self._current_assessment())
        if path is not None:
            self.statusBar().showMessage(self.tr("Ratings saved: {path}").format(path=str(path)))
        return path

    def collect_participant_files(self, paths: list[Path] | None = None):
        """The workshop's "Collect participant files…": participant files only."""
        from toolbox_desktop.exchange.format import PARTICIPANT_KIND

        return self.import_packages(paths, many=True, only_kind=PARTICIPANT_KIND)

    def import_packages(
        self, paths: list[Path] | None = None, many: bool = False, only_kind: str | None = None
    ):
        from toolbox_desktop.ui.exchange.import_dialog import import_packages

        self._current_assessment()  # typed text is stored before the import compares
        dialog = import_packages(self, self.conn, paths, many, only_kind)
        if dialog is not None and dialog.imported:
            self.reload_after_import()
            count = len(dialog.imported)
            self.statusBar().showMessage(
                self.tr("Imported: %n item(s) added or changed.", "", count)
            )
        return dialog

    def reload_after_import(self) -> None:
        """Everything shown is read again: the import wrote on this window's connection."""
        if self.assessment_area is not None:
            session = self.assessment_area.session
            session.reload()
            if session.current_assessment() is None and session.assessments():
                session.select_assessment(session.assessments()[0].id)
            self.assessment_area.workshop.reload()
            self.assessment_area.peers.refresh()
        if self.plan_area is not None:
            self.plan_area.session.reload()
        if self.reports_page is not None:
            self.reports_page.refresh()
            self.reports_page.reload_texts()

    def present(self) -> None:
        """Presentation mode for the projector: the assessment shown, one slide at a time."""
        from toolbox_desktop.ui.workshop.presenting import open_presentation

        if self.conn is None:
            return
        self._ensure_area(ASSESSMENT_ROW)
        area = self.assessment_area
        area.page.flush_edits()
        if area.session.current_assessment() is None:
            self.statusBar().showMessage(
                self.tr("Create an assessment first: there is nothing to present yet."), 8000
            )
            return
        self.presentation = open_presentation(area, self.content)

    # -- backups ----------------------------------------------------------------------------
    def restore_from_backup(self):
        """File → Restore from a backup…; typed text is stored first, so the copy of the
        current state kept before a replace holds it too."""
        from toolbox_desktop.ui.backups.restore_dialog import RestoreDialog

        for area in (self.assessment_area, self.plan_area):
            if area is not None:
                area.page.flush_edits()
        if self.reports_page is not None:
            self.reports_page.save_texts()
        dialog = RestoreDialog(self.conn, self.database_path, self)
        dialog.restored_as_new.connect(self._open_restored_copy)
        dialog.replaced.connect(self._continue_after_replace)
        dialog.open()
        self.restore_dialog = dialog
        return dialog

    def _open_restored_copy(self, path: str) -> None:
        from toolbox_desktop.ui.backups.restore_dialog import open_in_new_window

        opened = open_in_new_window(Path(path))
        text = (
            self.tr("The backup was restored into {path} and opened in a new window.")
            if opened
            else self.tr("The backup was restored into {path}. Open that file to see it.")
        )
        self.statusBar().showMessage(text.format(path=path))

    def _watch_for_replace(self) -> None:
        """Another window may replace the file's data from a backup: then this window's Undo
        steps and kept drafts name rows that no longer mean the same, and must go."""
        from toolbox_desktop.storage.backup_restore import replaced_marker

        try:
            self._replaced = replaced_marker(self.conn)
        except sqlite3.Error:
            self._replaced = None
        self._replace_poll = QTimer(self)
        self._replace_poll.setInterval(2000)
        self._replace_poll.timeout.connect(self.check_replaced_elsewhere)
        self._replace_poll.start()

    def check_replaced_elsewhere(self) -> bool:
        from toolbox_desktop.storage.backup_restore import replaced_marker

        try:
            marker = replaced_marker(self.conn)
        except sqlite3.Error:
            return False
        if marker == self._replaced:
            return False
        self._replaced = marker
        self.undo_stack.clear()
        if self.plan_area is not None:
            self.plan_area.page.editor.forget_drafts()
        self.reload_after_import()
        self.statusBar().showMessage(
            self.tr(
                "The data was replaced from a backup in another window. This window shows "
                "it now; its Undo steps were cleared."
            )
        )
        return True

    def _continue_after_replace(self, taken: str, safety: str) -> None:
        """The file now holds the backup's data: show it, and forget undo steps that belong
        to the data as it was (they would change the restored data)."""
        self.undo_stack.clear()
        with contextlib.suppress(sqlite3.Error):
            from toolbox_desktop.storage.backup_restore import replaced_marker

            self._replaced = replaced_marker(self.conn)  # our own replace
        self.reload_after_import()
        self.statusBar().showMessage(
            self.tr(
                "The data of {taken} was restored. The data as it was before is kept as a "
                "backup: {path}"
            ).format(taken=taken, path=safety)
        )

    def open_training_municipality(self) -> Path | None:
        from toolbox_desktop.ui.training import open_training_municipality

        return open_training_municipality(self, self.database_path)

    def _export_plan(self, kind: str) -> None:
        from toolbox_desktop.ui.plan_export_dialog import export_plan

        if self.plan_area is not None:
            self.plan_area.page.flush_edits()  # what is being typed goes into the file too
        export_plan(self, self.conn, self.content, kind)

    def _find(self) -> None:
        self.navigation.setCurrentIndex(self.navigation_model.index(0, 0))
        self.library.focus_search()

    def _content_summary(self) -> str:
        if self.content.is_empty():
            return self.tr("No content loaded")
        pack = self.content.packs[0]
        return self.tr("Content: {title} {version}").format(title=pack.id, version=pack.version)

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
            self.tr("A content pack has {count} problem(s) and was not loaded.").format(count=count)
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

    def unsaved_work(self) -> list[str]:
        """Where typed text could not be stored (and so is only in this window), by place."""
        places = []
        if self.assessment_area is not None:
            if self.assessment_area.page.rating_screen.editor.has_unsaved_text():
                places.append(self.tr("Assessment: a rating's evidence, notes or rater"))
            workshop = self.assessment_area.workshop
            if workshop.agreed_panel.has_pending_note():
                places.append(self.tr("Workshop: the agreed note"))
        if self.plan_area is not None:
            for title in self.plan_area.page.editor.unsaved_titles():
                places.append(self.tr("Action plan: “{title}”").format(title=title))
            if self.plan_area.page.editor.indicators.has_unsaved_input():
                places.append(self.tr("Action plan: an indicator's name, unit or values"))
        if self.reports_page is not None and self.reports_page.unsaved_texts():
            places.append(self.tr("Reports: the annual report texts"))
        return places

    def _may_close_with_unsaved_text(self) -> bool:
        """Text that could not be stored (e.g. a wrong date, or the assessment was finalised
        in another window) is only in memory: ask before closing instead of losing it."""
        places = self.unsaved_work()
        if not places:
            return True
        box = plain_box(self)  # the places name the user's own titles
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Text not saved yet"))
        box.setText(
            self.tr(
                "Some of what you typed could not be stored yet. It is still shown with the "
                'note "not saved yet". Close anyway and lose it?'
            )
            + "\n\n"
            + "\n".join(f"• {place}" for place in places)
        )
        box.setStandardButtons(
            QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Discard
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        return ask_close_anyway(box)

    def _about(self) -> None:
        sources = "".join(
            f"<p><b>{escape(pack.title)}</b> ({escape(pack.version)})<br>{escape(pack.source)}</p>"
            for pack in self.content.packs
        )
        QMessageBox.about(
            self,
            self.tr("About {app}").format(app=APP_NAME),
            f"<h3>{escape(APP_NAME)} {escape(__version__)}</h3><p>"
            + escape(
                self.tr(
                    "Assess, plan and print local integration policy for migrants and "
                    "refugees, offline. Built on the Whole-COMM toolbox."
                )
            )
            + f"</p>{sources}<p>"
            + escape(self.tr("Database: {path}").format(path=str(self.database_path)))
            + "</p>",
        )

    def _restore_state(self) -> None:
        geometry = self.state.bytes(UiState.GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 720)
        self.library.restore_state(self.state)
        self.show_area(self.state.number(UiState.AREA))

    def closeEvent(self, event) -> None:
        for area in (self.assessment_area, self.plan_area):
            if area is not None:
                area.page.flush_edits()  # text still being typed is stored
        if self.assessment_area is not None:
            self.assessment_area.workshop.agreed_panel.flush()
        if self.reports_page is not None:
            self.reports_page.save_texts()
        if not self._may_close_with_unsaved_text():
            event.ignore()
            return
        self.state.set(UiState.GEOMETRY, self.saveGeometry())
        self.state.set(UiState.AREA, self.navigation.currentIndex().row())
        for area in (self.assessment_area, self.plan_area):
            if area is not None:
                area.page.save_state(self.state)
        self.library.save_state(self.state)
        self.state.sync()
        super().closeEvent(event)


def ask_close_anyway(box: QMessageBox) -> bool:
    """True when the user chose to close and lose the text (tests answer instead)."""
    return box.exec() == QMessageBox.StandardButton.Discard


def _is_training(conn: sqlite3.Connection | None) -> bool:
    if conn is None:
        return False
    from toolbox_desktop.storage.training_flag import is_training_municipality

    try:
        return is_training_municipality(conn)
    except sqlite3.Error:
        return False

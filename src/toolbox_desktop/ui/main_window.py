"""The main window: a navigation frame of areas (Library now; Assessment, Action plan and
Reports as later versions add them), menus, and the remembered window state."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from toolbox_desktop import APP_NAME, __version__
from toolbox_desktop.core.content import Content
from toolbox_desktop.storage.content_repository import SyncResult
from toolbox_desktop.ui.library.library_page import LibraryPage
from toolbox_desktop.ui.messages import pack_problem_text
from toolbox_desktop.ui.scoring_help import show_scoring_help
from toolbox_desktop.ui.settings import UiState

AREA_ROLE = Qt.ItemDataRole.UserRole + 10


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
        self.setWindowTitle(f"{APP_NAME} — {self.database_path.name}")

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
        self._factories: dict[int, Callable[[], QWidget]] = {}
        self.library = LibraryPage(content)
        self._add_area(self.tr("Library"), self.library)
        if conn is not None:
            self._add_lazy_area(self.tr("Assessment"), self._build_assessment_area)
        else:
            self._add_future_area(self.tr("Assessment"))
        for title in (self.tr("Action plan"), self.tr("Reports")):
            self._add_future_area(title)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.navigation.selectionModel().currentChanged.connect(self._area_changed)
        self.navigation.setCurrentIndex(self.navigation_model.index(0, 0))

        self._build_menus()
        self.content_label = QLabel(self._content_summary())
        self.statusBar().addPermanentWidget(self.content_label)
        self.statusBar().showMessage(
            self.tr("Database: {path}").format(path=str(self.database_path))
        )
        self._restore_state()

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

        self.assessment_area = AssessmentArea(self.conn, self.content, self.undo_stack, self.state)
        return self.assessment_area

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
        page = current.data(AREA_ROLE)
        if page is None:
            return
        factory = self._factories.pop(page, None)
        if factory is not None:
            placeholder = self.pages.widget(page)
            self.pages.insertWidget(page, factory())
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
        self.pages.setCurrentIndex(page)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
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
        assessment_action.triggered.connect(lambda: self.show_area(1))
        go_menu.addAction(assessment_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        problems_action = QAction(self.tr("Content pack &problems…"), self)
        problems_action.setEnabled(bool(self.failed_packs))
        problems_action.triggered.connect(self.show_pack_problems)
        help_menu.addAction(problems_action)
        scoring_action = QAction(self.tr("How &scores are computed"), self)
        scoring_action.triggered.connect(lambda: show_scoring_help(self))
        help_menu.addAction(scoring_action)
        about_action = QAction(self.tr("&About {app}").format(app=APP_NAME), self)
        about_action.triggered.connect(self._about)
        help_menu.addAction(about_action)

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
        box = QMessageBox(self)
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
        self.state.set(UiState.GEOMETRY, self.saveGeometry())
        self.state.set(UiState.AREA, self.navigation.currentIndex().row())
        if self.assessment_area is not None:
            self.assessment_area.page.flush_edits()  # text still being typed is stored
            self.assessment_area.page.save_state(self.state)
        self.library.save_state(self.state)
        self.state.sync()
        super().closeEvent(event)

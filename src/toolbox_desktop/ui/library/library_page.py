"""The library area: browse and search the Whole-COMM toolbox and the guidance packs beside
it (the leaders' guide), with details beside the lists.

Left: a search box over all content, then tabs (benchmark tree, practices, how to use, the
guidance packs' tree) or, while a search is active, the list of matches. Right: the selected
item in full, matches marked; above a quick win's page, whether it is in the action plan and
"Add to plan" (``quick_win_bar.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QListView,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from toolbox_desktop.core.content import QUICK_WIN, Content, GuideStep, Practice
from toolbox_desktop.core.text_search import query_terms
from toolbox_desktop.ui.common.offline_html import offline_browser
from toolbox_desktop.ui.common.plain_text import PlainLabel
from toolbox_desktop.ui.common.settings import UiState
from toolbox_desktop.ui.library.detail_html import STYLE_SHEET, DetailRenderer
from toolbox_desktop.ui.library.guide_tree import GuideTreeModel
from toolbox_desktop.ui.library.practices_browser import PracticesBrowser
from toolbox_desktop.ui.library.quick_win_bar import PlanAccess, QuickWinBar
from toolbox_desktop.ui.library.tree_model import CODE_ROLE, ContentTreeModel

TREE_TAB, PRACTICES_TAB, GUIDE_TAB, GUIDANCE_TAB = range(4)


class LibraryPage(QWidget):
    """Emits ``item_shown`` with the code of the item in the detail pane."""

    item_shown = Signal(str)

    def __init__(self, content: Content, parent=None) -> None:
        super().__init__(parent)
        self.content = content
        self.renderer = DetailRenderer(content, self)
        self.current_code = ""

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search all content (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search all content"))
        self.result_label = PlainLabel()
        self.result_label.setVisible(False)

        self.tree_model = ContentTreeModel(content, self)
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAccessibleName(self.tr("Dimensions and key benchmarks"))
        self.practices = PracticesBrowser(content)
        self.guide_model = QStandardItemModel(self)
        for step in content.guide:
            item = QStandardItem(f"{step.number}. {step.title}")
            item.setData(step.code, CODE_ROLE)
            item.setEditable(False)
            self.guide_model.appendRow(item)
        self.guide = QListView()
        self.guide.setModel(self.guide_model)
        self.guide.setAccessibleName(self.tr("How to use the toolbox"))
        self.guidance_model = GuideTreeModel(content, self)
        self.guidance = QTreeView()
        self.guidance.setModel(self.guidance_model)
        self.guidance.setHeaderHidden(True)
        self.guidance.setUniformRowHeights(True)
        self.guidance.setAccessibleName(self.tr("Guidance: the leaders' guide and other packs"))
        for index in self.guidance_model.pack_indexes():
            self.guidance.expand(index)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.tree, self.tr("&Benchmarks"))
        self.tabs.addTab(self.practices, self.tr("&Practices"))
        self.tabs.addTab(self.guide, self.tr("How to &use"))
        self.tabs.addTab(self.guidance, self.tr("Guida&nce"))
        self.tabs.setTabEnabled(GUIDANCE_TAB, bool(content.guidance))

        self.results_model = None  # built on the first search, to keep start-up fast
        self.results = QListView()
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setWordWrap(True)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

        self.left = QStackedWidget()
        self.left.addWidget(self.tabs)
        self.left.addWidget(self.results)

        self.detail = offline_browser()
        self.detail.setOpenLinks(False)
        self.detail.setAccessibleName(self.tr("Details"))
        self.detail.document().setDefaultStyleSheet(STYLE_SHEET)
        self.plan_bar = QuickWinBar()
        right_panel = QWidget()
        right_layout = QVBoxLayout(right_panel)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.plan_bar)
        right_layout.addWidget(self.detail, 1)

        left_panel = QWidget()
        left_layout = QVBoxLayout(left_panel)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_edit)
        left_layout.addWidget(self.result_label)
        left_layout.addWidget(self.left, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left_panel)
        self.splitter.addWidget(right_panel)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self.tree.selectionModel().currentChanged.connect(self._view_current_changed)
        self.guide.selectionModel().currentChanged.connect(self._view_current_changed)
        self.guidance.selectionModel().currentChanged.connect(self._view_current_changed)
        self.practices.code_selected.connect(self.show_item)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.search_edit.textChanged.connect(self._search_changed)
        self.detail.anchorClicked.connect(self._link_clicked)
        self.search_edit.installEventFilter(self)
        self.results.installEventFilter(self)
        self.show_item("")

    # -- showing items -------------------------------------------------------------------
    def show_item(self, code: str) -> None:
        """Show ``code`` (or the overview for "") in the detail pane."""
        self.current_code = code
        terms = query_terms(self.search_edit.text()) if self.is_searching() else []
        self.detail.setHtml(self.renderer.render(code, terms))
        item = self.content.guide_item(code) if code else None
        if item is not None and item.kind == QUICK_WIN:
            self.plan_bar.show_quick_win(code, item.title)
        else:
            self.plan_bar.show_quick_win("", "")
        self.item_shown.emit(code)

    def use_plan(self, plan: PlanAccess) -> None:
        """The action plan, for "Add to plan" on a quick win's page (none without a file)."""
        self.plan_bar.plan = plan
        self.show_item(self.current_code)

    def refresh_plan(self, *_args) -> None:
        """The plan changed: what a quick win's page says about it is read again."""
        self.plan_bar.refresh()

    def select_code(self, code: str) -> bool:
        """Select ``code`` where it lives (tree, practices, guide or guidance) and show it."""
        guidance_index = self.guidance_model.index_of(code)
        if guidance_index.isValid():
            self.tabs.setCurrentIndex(GUIDANCE_TAB)
            self._expand_to(self.guidance, guidance_index)
            self._set_current(self.guidance, guidance_index)
            return True
        item = self.content.item(code)
        if item is None:
            return False
        if isinstance(item, Practice):
            self.tabs.setCurrentIndex(PRACTICES_TAB)
            return self.practices.select(code)
        if isinstance(item, GuideStep):
            self.tabs.setCurrentIndex(GUIDE_TAB)
            row = next(
                (
                    r
                    for r in range(self.guide_model.rowCount())
                    if self.guide_model.item(r).data(CODE_ROLE) == code
                ),
                -1,
            )
            self._set_current(self.guide, self.guide_model.index(row, 0))
            return True
        self.tabs.setCurrentIndex(TREE_TAB)
        index = self.tree_model.index_of(code)
        self._expand_to(self.tree, index)
        self._set_current(self.tree, index)
        return True

    @staticmethod
    def _expand_to(view: QTreeView, index) -> None:
        parent = index.parent()
        while parent.isValid():
            view.expand(parent)
            parent = parent.parent()

    def _set_current(self, view, index) -> None:
        view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        view.scrollTo(index)
        self.show_item(index.data(CODE_ROLE) or "")

    def _view_current_changed(self, current, _previous) -> None:
        code = current.data(CODE_ROLE) if current.isValid() else ""
        if code:
            self.show_item(code)

    def _tab_changed(self, tab: int) -> None:
        view = {
            TREE_TAB: self.tree,
            GUIDE_TAB: self.guide,
            PRACTICES_TAB: self.practices.table,
            GUIDANCE_TAB: self.guidance,
        }
        current = view[tab].currentIndex()
        if current.isValid() and current.data(CODE_ROLE):
            self.show_item(current.data(CODE_ROLE))

    def _link_clicked(self, url: QUrl) -> None:
        if url.scheme() == "item":
            code = url.path()
            if self.is_searching():
                self.search_edit.clear()
            self.select_code(code)

    # -- search --------------------------------------------------------------------------
    def is_searching(self) -> bool:
        return bool(self.search_edit.text().strip())

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _ensure_search(self):
        if self.results_model is None:
            from toolbox_desktop.core.text_search import ContentSearch
            from toolbox_desktop.ui.library.html_delegate import HtmlDelegate
            from toolbox_desktop.ui.library.search_model import HTML_ROLE, SearchResultsModel

            self.results.setItemDelegate(HtmlDelegate(HTML_ROLE, self.results))
            self.results_model = SearchResultsModel(ContentSearch(self.content), self)
            self.results.setModel(self.results_model)
            self.results.selectionModel().currentChanged.connect(self._result_changed)
        return self.results_model

    def _search_changed(self, text: str) -> None:
        if not text.strip():
            self._leave_search()
            return
        model = self._ensure_search()
        model.set_query(text)
        count = model.rowCount()
        if count == 0:
            summary = self.tr("No matches. Try fewer or shorter words.")
        else:
            summary = self.tr("%n match(es)", "", count)
        self.result_label.setText(summary)
        self.result_label.setVisible(True)
        self.left.setCurrentWidget(self.results)
        if count:
            self.results.setCurrentIndex(model.index(0, 0))
        else:
            self.show_item(self.current_code)

    def _result_changed(self, current, _previous) -> None:
        if current.isValid():
            self.show_item(current.data(CODE_ROLE))

    def _leave_search(self) -> None:
        """Back to browsing, with the item last looked at selected in its list."""
        self.result_label.setVisible(False)
        self.left.setCurrentWidget(self.tabs)
        if self.current_code:
            self.select_code(self.current_code)
        else:
            self.show_item("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()
        if watched is self.search_edit:
            if key == Qt.Key.Key_Escape and self.search_edit.text():
                self.search_edit.clear()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                target = self.results if self.is_searching() else self.tabs.currentWidget()
                target.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        elif watched is self.results and key == Qt.Key.Key_Escape:
            self.focus_search()
            return True
        return False

    # -- remembered state ----------------------------------------------------------------
    def save_state(self, state: UiState) -> None:
        state.set(UiState.LIBRARY_SPLITTER, self.splitter.saveState())
        # While searching the tabs are hidden: reopen on the tab of the item shown (-1).
        state.set(UiState.LIBRARY_TAB, -1 if self.is_searching() else self.tabs.currentIndex())
        state.set(UiState.LIBRARY_SELECTION, self.current_code)
        dimension, country = self.practices.filters()
        state.set(UiState.PRACTICE_DIMENSION, dimension)
        state.set(UiState.PRACTICE_COUNTRY, country)

    def restore_state(self, state: UiState) -> None:
        splitter = state.bytes(UiState.LIBRARY_SPLITTER)
        if splitter is not None:
            self.splitter.restoreState(splitter)
        self.practices.set_filters(
            state.text(UiState.PRACTICE_DIMENSION), state.text(UiState.PRACTICE_COUNTRY)
        )
        code = state.text(UiState.LIBRARY_SELECTION)
        if code:
            self.select_code(code)  # switches to the item's tab; the tab left open wins below
        tab = state.number(UiState.LIBRARY_TAB, -1)
        if 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)

"""The library area: browse and search the Whole-COMM toolbox and the guidance packs beside
it (the leaders' guide), with details beside the lists.

Left: a search box over all content, then tabs (benchmark tree, practices, how to use, the
guidance packs' tree) or, while a search is active, the list of matches. Right: the selected
item in full, matches marked; above a quick win's page, whether it is in the action plan and
"Add to plan" (``quick_win_bar.py``).

Only the benchmark tree is built with the page, which the first window shows; the other tabs
are built when first shown or needed (``ui/common/lazy_tab.py``), the list of matches on the first
search: the window comes up sooner.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QUrl, Signal
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
from toolbox_desktop.ui.common.lazy_tab import LazyTab
from toolbox_desktop.ui.common.offline_html import offline_browser
from toolbox_desktop.ui.common.plain_text import PlainLabel
from toolbox_desktop.ui.common.settings import UiState
from toolbox_desktop.ui.common.whole_tab_titles import keep_tab_titles_whole
from toolbox_desktop.ui.library import guide_parts
from toolbox_desktop.ui.library.detail_html import STYLE_SHEET, DetailRenderer
from toolbox_desktop.ui.library.quick_win_bar import PlanAccess, QuickWinBar
from toolbox_desktop.ui.library.tree_model import CODE_ROLE, ContentTreeModel

if TYPE_CHECKING:
    from toolbox_desktop.ui.library.guide_tree import GuideTreeModel
    from toolbox_desktop.ui.library.practices_browser import PracticesBrowser

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
        # The other tabs are built when first shown or needed (``ui/common/lazy_tab.py``):
        # most starts show only the tree. Until then the practice filters wait here (restored
        # state).
        self._practice_filters = ("", "")
        self._guidance_model: GuideTreeModel | None = None
        self._practices_tab = LazyTab(self._build_practices)
        self._guide_tab = LazyTab(self._build_guide)
        self._guidance_tab = LazyTab(self._build_guidance)

        self.tabs = QTabWidget()
        keep_tab_titles_whole(self.tabs)
        self.tabs.addTab(self.tree, self.tr("&Benchmarks"))
        self.tabs.addTab(self._practices_tab, self.tr("&Practices"))
        self.tabs.addTab(self._guide_tab, self.tr("How to &use"))
        self.tabs.addTab(self._guidance_tab, self.tr("Guida&nce"))
        self.tabs.setTabEnabled(GUIDANCE_TAB, bool(content.guidance))

        # The list of matches and its model are built on the first search (``_ensure_search``).
        self.results_model = None
        self.results: QListView | None = None

        self.left = QStackedWidget()
        self.left.addWidget(self.tabs)

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
        self.tabs.currentChanged.connect(self._tab_changed)
        self.search_edit.textChanged.connect(self._search_changed)
        self.detail.anchorClicked.connect(self._link_clicked)
        self.search_edit.installEventFilter(self)
        self.show_item("")

    # -- the tabs built on first use -----------------------------------------------------
    @property
    def practices(self) -> PracticesBrowser:
        """The practices browser (``PracticesBrowser``), built now if it was not yet."""
        return self._practices_tab.content()

    @property
    def guide(self) -> QListView:
        """The How to use tab's list, built now if it was not yet."""
        return self._guide_tab.content()

    @property
    def guide_model(self):
        return self.guide.model()

    @property
    def guidance(self) -> QTreeView:
        """The Guidance tab's tree, built now if it was not yet."""
        return self._guidance_tab.content()

    @property
    def guidance_model(self) -> GuideTreeModel:
        """The guidance packs' tree model; finding an item's place needs it, not the view."""
        if self._guidance_model is None:
            from toolbox_desktop.ui.library.guide_tree import GuideTreeModel

            self._guidance_model = GuideTreeModel(self.content, self)
        return self._guidance_model

    def _build_practices(self) -> QWidget:
        from toolbox_desktop.ui.library.practices_browser import PracticesBrowser

        browser = PracticesBrowser(self.content)
        browser.set_filters(*self._practice_filters)
        browser.code_selected.connect(self.show_item)
        return browser

    def _build_guide(self) -> QWidget:
        from PySide6.QtGui import QStandardItem, QStandardItemModel

        model = QStandardItemModel(self)
        for step in self.content.guide:
            item = QStandardItem(f"{step.number}. {step.title}")
            item.setData(step.code, CODE_ROLE)
            item.setEditable(False)
            model.appendRow(item)
        from toolbox_desktop.ui.common.wrapping_list import wrap_long_entries  # a lazy tab's

        guide = QListView()
        guide.setModel(model)
        wrap_long_entries(guide)  # "4. Passen Sie die Empfehlungen an …" whole at 1280 x 720
        guide.setAccessibleName(self.tr("How to use the toolbox"))
        guide.selectionModel().currentChanged.connect(self._view_current_changed)
        return guide

    def _build_guidance(self) -> QWidget:
        from toolbox_desktop.ui.common.tree_wrap import wrap_tree_rows  # a lazy tab's

        guidance = QTreeView()
        guidance.setModel(self.guidance_model)
        guidance.setHeaderHidden(True)
        wrap_tree_rows(guidance)  # the guide's titles are sentences: whole, on more lines
        guidance.setAccessibleName(self.tr("Guidance: the leaders' guide and other packs"))
        for index in self.guidance_model.pack_indexes():
            guidance.expand(index)
        guidance.selectionModel().currentChanged.connect(self._view_current_changed)
        return guidance

    def _tab_view(self, tab: int):
        """The list or table of ``tab`` whose current row is the tab's item."""
        if tab == PRACTICES_TAB:
            return self.practices.table
        if tab == GUIDE_TAB:
            return self.guide
        if tab == GUIDANCE_TAB:
            return self.guidance
        return self.tree

    # -- showing items -------------------------------------------------------------------
    def show_item(self, code: str) -> None:
        """Show ``code`` (or the overview for "") in the detail pane."""
        self.current_code = code
        terms = []
        if self.is_searching():
            from toolbox_desktop.core.text_search import query_terms  # loaded when searching

            terms = query_terms(self.search_edit.text())
        self.detail.setHtml(self.renderer.render(code, terms))
        self._follow_with_plan_bar(code)
        self.item_shown.emit(code)

    def _follow_with_plan_bar(self, code: str) -> None:
        item = self.content.guide_item(code) if code else None
        if item is not None and item.kind == QUICK_WIN:
            self.plan_bar.show_quick_win(code, item.title)
        else:
            self.plan_bar.show_quick_win("", "")

    def use_plan(self, plan: PlanAccess) -> None:
        """The action plan, for "Add to plan" on a quick win's page (none without a file).
        Only the bar changes: the page shown stays as it is (not written a second time)."""
        self.plan_bar.plan = plan
        self._follow_with_plan_bar(self.current_code)

    def refresh_plan(self, *_args) -> None:
        """The plan changed: what a quick win's page says about it is read again."""
        self.plan_bar.refresh()

    def select_code(self, code: str) -> bool:
        """Select ``code`` where it lives (tree, practices, guide or guidance) and show it."""
        in_guidance = guide_parts.split_code(code) or self.content.guide_item(code)
        guidance_index = self.guidance_model.index_of(code) if in_guidance else None
        if guidance_index is not None and guidance_index.isValid():
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
        current = self._tab_view(tab).currentIndex()
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

            self.results = QListView()
            self.results.setAccessibleName(self.tr("Search results"))
            self.results.setWordWrap(True)
            self.results.setResizeMode(QListView.ResizeMode.Adjust)
            self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
            self.results.installEventFilter(self)
            self.left.addWidget(self.results)
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
                if isinstance(target, LazyTab):
                    target = target.content()
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
        built = self._practices_tab.is_built()
        dimension, country = self.practices.filters() if built else self._practice_filters
        state.set(UiState.PRACTICE_DIMENSION, dimension)
        state.set(UiState.PRACTICE_COUNTRY, country)

    def restore_state(self, state: UiState) -> None:
        splitter = state.bytes(UiState.LIBRARY_SPLITTER)
        if splitter is not None:
            self.splitter.restoreState(splitter)
        filters = state.text(UiState.PRACTICE_DIMENSION), state.text(UiState.PRACTICE_COUNTRY)
        self._practice_filters = filters
        if self._practices_tab.is_built():
            self.practices.set_filters(*filters)
        code = state.text(UiState.LIBRARY_SELECTION)
        if code:
            self.select_code(code)  # switches to the item's tab; the tab left open wins below
        tab = state.number(UiState.LIBRARY_TAB, -1)
        if 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)

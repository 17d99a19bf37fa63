"""Language → English, Deutsch, Nederlands: the window switches at once, without a restart.

``choose_language`` remembers the choice and installs it for the whole app
(``ui/common/language.apply_language``); every window then gets a LanguageChange event and
builds itself again in that language: the content read again in it, its areas, menus and own
texts. Why build again rather than retranslate widget by widget: the areas set their texts,
and show their content, in their constructors, in hundreds of places; building them again is
one mechanism that leaves no text of the old language behind and asks nothing of a new widget.

What the user has survives it. What is being typed is stored first (it is stored as typed
anyway); the sessions, which hold the open assessment, the selected benchmark and action and
are what the window's undo steps write through, are handed to the new areas, so Undo still
works; and where the user was is put back: the area, each area's tab, the selection, the
splitters, the report chosen and the library's search.
"""

from __future__ import annotations

import contextlib
import sqlite3

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QMessageBox

from toolbox_desktop.storage.database import is_open
from toolbox_desktop.ui.common.language import apply_language, current_language, remember_language
from toolbox_desktop.ui.window.closing import unsaved_text_box
from toolbox_desktop.ui.window.menus import build_menus
from toolbox_desktop.ui.window.rows import AREA_ROLE, ASSESSMENT_ROW, PLAN_ROW, REPORTS_ROW

REPORT_WAIT_MS = 300  # a report being made finishes in the old language, then the switch


class LanguageSwitching:
    """Part of ``MainWindow``: the Language menu's command and the rebuild that follows."""

    def choose_language(self, language: str) -> bool:
        """Speak ``language`` from now on (and at the next start); False if the user kept the
        language spoken, because text that could not be stored yet would have been lost."""
        if language == current_language():
            self._check_language_action()
            return False
        self._store_typing()
        if self.unsaved_work() and not self._may_switch_with_unsaved_text():
            self._check_language_action()
            return False
        remember_language(self.state, language)
        apply_language(language)  # every window is told (changeEvent) and builds again
        return True

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._rebuild_soon()
        super().changeEvent(event)

    def closeEvent(self, event) -> None:
        """Reached only when the window really closes (``MainWindow.closeEvent`` decides)."""
        self._closed = True
        super().closeEvent(event)

    def _rebuild_soon(self, delay_ms: int = 0) -> None:
        """One rebuild for the several LanguageChange events of one switch, after them."""
        if getattr(self, "_rebuild_pending", False):
            return
        self._rebuild_pending = True
        QTimer.singleShot(delay_ms, self, self.rebuild_in_language)

    def rebuild_in_language(self) -> None:
        """Build the window again in the language installed now (see the module's note)."""
        self._rebuild_pending = False
        if getattr(self, "_closed", False) or not self._file_is_open():
            return
        if self.reports_page is not None and self.reports_page.footer.job is not None:
            self._rebuild_soon(REPORT_WAIT_MS)  # the report is finished first
            return
        self._store_typing()
        place = self._where_the_user_is()
        self.language = current_language()
        if self.read_content is not None:
            # Unreadable now: the content stays in the language it was read in.
            with contextlib.suppress(sqlite3.Error):
                self.content = self.read_content(self.language)
        self._take_down_areas()
        self._build_areas()
        build_menus(self)
        self._show_texts()
        self._put_back(place)

    def _file_is_open(self) -> bool:
        """A window whose file was closed under it (its workspace is gone) is not rebuilt."""
        if self.conn is None:
            return True
        if is_open(self.conn):
            return True
        self._closed = True
        return False

    # -- the steps -------------------------------------------------------------------------
    def _store_typing(self) -> None:
        for area in (self.assessment_area, self.plan_area):
            if area is not None:
                area.page.flush_edits()
        if self.assessment_area is not None:
            self.assessment_area.workshop.agreed_panel.flush()
        if self.reports_page is not None:
            self.reports_page.save_texts()

    def _where_the_user_is(self) -> dict:
        """What ``_put_back`` restores; the areas' own remembered state goes to ``state``."""
        place = {
            "row": self.navigation.currentIndex().row(),
            "built": [row for row in (PLAN_ROW, ASSESSMENT_ROW, REPORTS_ROW) if self._built(row)],
            "tabs": {},
            "search": self.library.search_edit.text(),
        }
        self.library.save_state(self.state)
        if self.assessment_area is not None:
            self.assessment_area.page.save_state(self.state)
            place["tabs"][ASSESSMENT_ROW] = self.assessment_area.tabs.currentIndex()
        if self.plan_area is not None:
            self.plan_area.page.save_state(self.state)
            place["tabs"][PLAN_ROW] = self.plan_area.tabs.currentIndex()
            place["action"] = self.plan_area.session.selected_action()
        if self.reports_page is not None:
            place["report"] = self.reports_page.kind()
        # A change another window made that a hidden area has not read yet: the areas built
        # again must read it too (their own reading again starts fresh).
        place["stale"] = [name for name, refresh in self._refreshers().items() if refresh.stale]
        return place

    def _refreshers(self) -> dict:
        """What reads each area's data again after another window changed the file."""
        found = {}
        if self.assessment_area is not None:
            found["assessment"] = self.assessment_area.page.changed_elsewhere
        plan = self.plan_refresh()
        if plan is not None:
            found["plan"] = plan
        return found

    def _built(self, row: int) -> bool:
        page = self.navigation_model.index(row, 0).data(AREA_ROLE)
        return page is not None and page not in self._factories

    def _take_down_areas(self) -> None:
        """The old areas go; their sessions stay (children of the window until handed over)."""
        kept = {}
        if self.assessment_area is not None:
            kept["assessment"] = self.assessment_area.session
            self._old_problems = self.assessment_area.page.rating_screen.problems
        if self.plan_area is not None or self._early_plan is not None:
            kept["plan"] = self.plan_session()  # with the steps of Undo that hold it
        for session in kept.values():
            session.setParent(self)
        self._kept_sessions = kept
        self.navigation_model.clear()
        while self.pages.count():
            page = self.pages.widget(0)
            self.pages.removeWidget(page)
            page.hide()
            page.deleteLater()

    def _put_back(self, place: dict) -> None:
        for row in place["built"]:
            self._ensure_area(row)
        self._kept_sessions.clear()  # all handed over (an area not built had none)
        old_problems = getattr(self, "_old_problems", None)
        if old_problems is not None and self.assessment_area is not None:
            old_problems.hand_over(self.assessment_area.page.rating_screen.problems)
        self._old_problems = None
        self.library.restore_state(self.state)
        if place["search"]:
            self.library.search_edit.setText(place["search"])
        if place.get("action") is not None:
            self.plan_area.open_action(place["action"])
        for row, tab in place["tabs"].items():
            area = self.assessment_area if row == ASSESSMENT_ROW else self.plan_area
            area.tabs.setCurrentIndex(tab)
        if place.get("report"):
            self.reports_page.choose(place["report"])
        self.show_area(max(place["row"], 0))
        refreshers = self._refreshers()
        for name in place["stale"]:
            if name in refreshers:
                with contextlib.suppress(sqlite3.Error):  # the file busy: read when shown
                    refreshers[name].mark_stale()

    def _check_language_action(self) -> None:
        action = getattr(self, "language_actions", {}).get(current_language())
        if action is not None:
            action.setChecked(True)

    def _may_switch_with_unsaved_text(self) -> bool:
        """Text that could not be stored yet is only in the window being rebuilt: ask."""
        question = QCoreApplication.translate(
            "MainWindow",
            "Some of what you typed could not be stored yet. It is still shown with the "
            'note "not saved yet". Switch the language anyway and lose it?',
        )
        return ask_switch_anyway(unsaved_text_box(self, question, self.unsaved_work()))


def ask_switch_anyway(box: QMessageBox) -> bool:
    """True when the user chose to switch and lose the text (tests answer instead)."""
    return box.exec() == QMessageBox.StandardButton.Discard

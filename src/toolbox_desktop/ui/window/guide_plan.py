"""The library's quick wins and the action plan, joined by the window (areas never import each
other).

``GuidePlan`` is the library's ``PlanAccess``: it reads and adds actions through the plan
area's session, building that area the first time a quick win's page needs it (the plan area
is built lazily, to keep start-up fast), so that an action added from the library is an
ordinary new action of the plan, with its own step in the window's undo history.
``follow(plan_area)`` makes the library hear of every change of the plan: its own, an Undo,
and another window's (the plan's ``changed_elsewhere`` also runs while a quick win's bar is
on screen); and the action editor's "Show in the library" open the quick win an action was
made from. The plan's rules (``core.quick_wins``, ``core.plan``) are imported when a quick
win is first added or looked up, not when the window starts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from toolbox_desktop.ui.window.rows import LIBRARY_ROW, PLAN_ROW

if TYPE_CHECKING:
    from toolbox_desktop.ui.library.library_page import LibraryPage
    from toolbox_desktop.ui.main_window import MainWindow


class GuidePlan:
    def __init__(self, window: MainWindow, library: LibraryPage) -> None:
        self.window = window
        self.library = library
        library.use_plan(self)

    def _session(self):
        self.window._ensure_area(PLAN_ROW)
        return self.window.plan_area.session

    def follow(self, plan_area) -> None:
        """Called when the plan area is built: tell the library of every change of the plan."""
        plan_area.session.actions_changed.connect(self.library.refresh_plan)
        plan_area.changed_elsewhere.watch(self.library.plan_bar)  # it shows plan data
        plan_area.page.editor.guide_item_activated.connect(self.show_in_library)

    def actions_from(self, code: str) -> list[tuple[int, str]]:
        from toolbox_desktop.core.quick_wins import actions_from

        return [(a.id, a.title) for a in actions_from(self._session().actions(), code)]

    def add(self, code: str) -> str:
        from toolbox_desktop.core.quick_wins import action_from_quick_win
        from toolbox_desktop.ui.plan.commands import WRITE_ERRORS, error_text

        item = self.window.content.guide_item(code)
        if item is None:
            return ""
        session = self._session()
        self.window.plan_area.page.editor.flush()  # typing pending there is its own undo step
        try:
            session.create_action(action_from_quick_win(item))
        except WRITE_ERRORS as error:
            return error_text(error)
        return ""

    def add_for_gap(self, code: str, benchmark: str) -> int | None:
        """Add the quick win ``code`` as an action linked to the gap of ``benchmark`` (from
        the next steps of the dashboard or the rating screen); its id, or None when it could
        not be stored (the plan area then says why)."""
        from toolbox_desktop.core.content import Benchmark
        from toolbox_desktop.core.quick_wins import action_from_quick_win
        from toolbox_desktop.ui.plan.commands import WRITE_ERRORS, error_text

        item = self.window.content.guide_item(code)
        if item is None:
            return None
        gap = self.window.content.item(benchmark)
        session = self._session()
        page = self.window.plan_area.page
        page.editor.flush()  # typing pending there is its own undo step
        try:
            action = session.create_action(
                action_from_quick_win(item, gap if isinstance(gap, Benchmark) else None)
            )
        except WRITE_ERRORS as error:
            page.show_notice(error_text(error))
            return None
        return action.id if action is not None else None

    def open(self, action_id: int) -> None:
        self.window.open_action(action_id)

    def show_in_library(self, code: str) -> None:
        """The quick win an action was made from, on its page in the library."""
        self.window.show_area(LIBRARY_ROW)
        if self.library.is_searching():
            self.library.search_edit.clear()
        self.library.select_code(code)

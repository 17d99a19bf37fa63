"""What the plan shows before its first action: what an action plan is for and how to start,
instead of an empty table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from toolbox_desktop.ui.common.empty_state import EmptyState


def plan_empty_state() -> EmptyState:
    """Its ``create_button`` is wired by the page. The texts keep the translation context
    "PlanEmptyState" they always had."""
    state = EmptyState(
        QCoreApplication.translate("PlanEmptyState", "No actions yet"),
        QCoreApplication.translate(
            "PlanEmptyState",
            "The action plan says what your municipality will do to close the gaps the "
            "assessment found: who is responsible, with which partners, by when, with "
            "what money, and how you will know it worked.",
        ),
        QCoreApplication.translate(
            "PlanEmptyState",
            "Tip: in the assessment's dashboard, select a gap and choose “Create action "
            "for this gap…”; the action is then linked to its benchmark.",
        ),
    )
    state.create_button = state.add_button(
        QCoreApplication.translate("PlanEmptyState", "Create the first action"), default=True
    )
    return state

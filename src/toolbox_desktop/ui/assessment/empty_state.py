"""What the assessment area shows before the first assessment: what an assessment is and
the two first steps (profile, then assessment), instead of an empty list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from toolbox_desktop.ui.common.empty_state import EmptyState


def assessment_empty_state(benchmark_count: int) -> EmptyState:
    """Its buttons ``create_button`` and ``profile_button`` are wired by the page. The texts
    keep the translation context "EmptyState" they always had."""
    state = EmptyState(
        QCoreApplication.translate("EmptyState", "No assessment yet"),
        QCoreApplication.translate(
            "EmptyState",
            "An assessment rates where your municipality stands on each of the {count} "
            "Whole-COMM benchmarks, from 0 (not in place) to 4 (fully in place and "
            "evaluated), with the evidence behind each rating. Repeat it later, as a "
            "copy, to see what changed.",
        ).format(count=benchmark_count),
        QCoreApplication.translate(
            "EmptyState",
            "Tip: fill in the municipality profile first. Benchmarks of fields your "
            "municipality is not responsible for (housing, education, health, employment "
            "services) are then marked for you, and small places see the benchmarks "
            "written for them first.",
        ),
    )
    state.profile_button = state.add_button(
        QCoreApplication.translate("EmptyState", "Fill in the profile…")
    )
    state.create_button = state.add_button(
        QCoreApplication.translate("EmptyState", "Create the first assessment"), default=True
    )
    return state

"""The "How scores are computed" help page: the scoring rules of core/scoring.py, in words."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from toolbox_desktop.ui.common.offline_html import offline_browser


class ScoringHelp(QObject):
    """Builds the help text (translatable, one paragraph per rule)."""

    def title(self) -> str:
        return self.tr("How scores are computed")

    def html(self) -> str:
        title = self.title()
        rules = [
            self.tr(
                "Each benchmark is rated on five levels: 0 not in place, 1 planned or ad hoc, "
                "2 partly in place, 3 largely in place, 4 fully in place and evaluated."
            ),
            self.tr(
                'Only benchmarks rated with a level count. "Not applicable" and "outside '
                'our competence" are left out of the calculation, and so are benchmarks not '
                "rated yet; the screens always say how many are rated."
            ),
            self.tr(
                "Score = sum of the levels ÷ (4 × number of counted benchmarks) × 100 %. "
                "This is done for each sub-theme, each dimension and overall. Every benchmark "
                "weighs the same, so a dimension's score is not the average of its sub-themes."
            ),
            self.tr(
                "Target score = sum of the targets ÷ (4 × counted benchmarks) × 100 %. A "
                "benchmark without a target counts with its current level (no change planned)."
            ),
            self.tr(
                "Target reached = sum of the levels, each counted at most up to its target, ÷ "
                "sum of the targets × 100 %, over the benchmarks that have a target above 0. A "
                "benchmark already at or above its target counts as fully reached."
            ),
            self.tr(
                "Gap = target − current level, where the target is higher. The gap list "
                "multiplies each gap by its priority (low 1, medium 2, high 3) and shows the "
                "largest first."
            ),
            self.tr(
                'A group with no counted benchmark has no score and says why: "not rated yet"; '
                '"not applicable" or "outside our competence" when every benchmark in it was '
                'excluded for that reason; "excluded" when for both. Excluded benchmarks are not '
                "counted as rated."
            ),
            self.tr(
                "Example: three benchmarks rated 4, 1 and 2 and one not applicable give "
                "(4 + 1 + 2) ÷ (3 × 4) = 7 ÷ 12 = 58 %."
            ),
        ]
        items = "".join(f"<li>{escape(rule)}</li>" for rule in rules)
        return f"<h2>{escape(title)}</h2><ul>{items}</ul>"


def show_scoring_help(parent: QWidget) -> QDialog:
    dialog = QDialog(parent)
    helper = ScoringHelp(dialog)
    dialog.setWindowTitle(helper.title())
    browser = offline_browser()
    browser.setHtml(helper.html())
    browser.setAccessibleName(helper.title())
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(browser)
    layout.addWidget(buttons)
    dialog.resize(620, 520)
    dialog.open()
    return dialog

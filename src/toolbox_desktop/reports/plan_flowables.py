"""Flowables that keep a plan of thousands of actions quick to print.

``build_pdf`` lays a report with a contents list out at least twice (reportlab's multiBuild:
the first pass finds the page numbers the contents list shows, only the last pass is saved).
Two costs can be saved without changing anything in the result:

- a paragraph breaks into the same lines in every pass (same text, same width), and reportlab
  also wraps it again for keep-together checks and table splits: ``Para`` keeps its lines;
- nothing drawn in the first pass is ever saved: ``PassCounter``, first in the story, marks
  that pass's canvas as a draft, and ``Para``, ``DraftTable`` and the Gantt chart do not
  draw on a draft.

Use ``PassCounter`` only in a story built with a contents list: the first pass of a single
pass build is the saved one.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Table

from toolbox_desktop.reports.paragraph import Paragraph

_DRAFT = "_plan_report_draft"  # attribute on the canvas of one layout pass


class PassCounter(Flowable):
    """Zero-size, first in the story: counts the layout passes, marks the first a draft."""

    def __init__(self) -> None:
        super().__init__()
        self.passes = 0

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self) -> None:
        self.passes += 1
        setattr(self.canv, _DRAFT, self.passes == 1)


def is_draft(canvas) -> bool:
    """True while laying out a pass that will not be saved (see ``PassCounter``)."""
    return getattr(canvas, _DRAFT, False)


class Para(Paragraph):
    """A paragraph that keeps its line breaks for a width and draws nothing on a draft."""

    _wrapped_width: float | None = None
    keep_lines = True

    def wrap(self, available_width, available_height):
        if self._wrapped_width == available_width and hasattr(self, "blPara"):
            return self.width, self.height
        size = super().wrap(available_width, available_height)
        self._wrapped_width = available_width
        return size

    def draw(self) -> None:
        if not is_draft(self.canv):
            super().draw()


class DraftTable(Table):
    """A table that draws nothing on a draft; the parts it splits into are DraftTables too."""

    def draw(self) -> None:
        if not is_draft(self.canv):
            super().draw()


def draft_table(table: Table) -> DraftTable:
    """``table`` (from ``grid_table``, styled) as a DraftTable; reportlab itself changes a
    table's class this way, and the style is kept."""
    table.__class__ = DraftTable
    return table

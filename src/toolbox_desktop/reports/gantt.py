"""The plan's Gantt chart, drawn straight onto the PDF canvas, one landscape page at a time.

A custom flowable rather than a reportlab.graphics Drawing: a plan may hold thousands of
actions, and the chart must split into pages itself, repeating the time axis and the legend on
each. ``split`` cuts the rows where the frame ends; every part shares one ``Axis`` so that the
pages line up when laid side by side. The axis unit (months, quarters or years) is chosen from
the plan's span so that the labels stay readable at any length.
"""

from __future__ import annotations

from datetime import date, timedelta

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP
from toolbox_desktop.core.plan import CLOSED_STATUSES, DONE, DROPPED, STATUSES, Action, add_months
from toolbox_desktop.reports.fonts import BOLD, FAMILY
from toolbox_desktop.reports.plan_axis import FONT_SIZE, Axis, Row, elide
from toolbox_desktop.reports.plan_format import PlanWords
from toolbox_desktop.reports.text import visual

MONTHS = (
    QT_TRANSLATE_NOOP("PlanReport", "Jan"),
    QT_TRANSLATE_NOOP("PlanReport", "Feb"),
    QT_TRANSLATE_NOOP("PlanReport", "Mar"),
    QT_TRANSLATE_NOOP("PlanReport", "Apr"),
    QT_TRANSLATE_NOOP("PlanReport", "May"),
    QT_TRANSLATE_NOOP("PlanReport", "Jun"),
    QT_TRANSLATE_NOOP("PlanReport", "Jul"),
    QT_TRANSLATE_NOOP("PlanReport", "Aug"),
    QT_TRANSLATE_NOOP("PlanReport", "Sep"),
    QT_TRANSLATE_NOOP("PlanReport", "Oct"),
    QT_TRANSLATE_NOOP("PlanReport", "Nov"),
    QT_TRANSLATE_NOOP("PlanReport", "Dec"),
)
QUARTER = QT_TRANSLATE_NOOP("PlanReport", "Q{number}")
CONTINUED = QT_TRANSLATE_NOOP("PlanReport", "{group} (continued)")
TODAY = QT_TRANSLATE_NOOP("PlanReport", "Today ({day})")
OVERDUE = QT_TRANSLATE_NOOP("PlanReport", "Overdue")
MILESTONE = QT_TRANSLATE_NOOP("PlanReport", "Milestone")
MILESTONE_DONE = QT_TRANSLATE_NOOP("PlanReport", "Milestone reached")
ONE_DATE = QT_TRANSLATE_NOOP("PlanReport", "Start or end date only")
PROGRESS = QT_TRANSLATE_NOOP("PlanReport", "Darker part: progress")

ROW, HEADER, LEGEND_LINE, GAP, MIN_ROWS = 12.5, 24.0, 12.0, 6.0, 3
AXIS_SIZE = 6.5
RED = colors.HexColor("#b3261e")
LINE = colors.HexColor("#b8c4d0")
YEAR_LINE = colors.HexColor("#6f8296")
SHADE = colors.HexColor("#f3f6f9")
GROUP_FILL = colors.HexColor("#e6edf4")
TEXT = colors.HexColor("#222222")
# (light fill for the whole bar, strong fill for the part done) by status
BAR_COLOURS = {
    "idea": ("#eceff3", "#98a4b3"),
    "planned": ("#d6e4f5", "#4f86c6"),
    "in-progress": ("#fbe3c2", "#d9801a"),
    "done": ("#4c9a5f", "#4c9a5f"),
    "dropped": ("#eeeeee", "#a8a8a8"),
}
_BAR_FILLS = {  # the same as colours, made once (not once per bar)
    status: (colors.HexColor(light), colors.HexColor(strong))
    for status, (light, strong) in BAR_COLOURS.items()
}


class GanttChart(Flowable):
    """Rows of bars under a time axis; splits into as many pages as the rows need."""

    def __init__(self, rows: list[Row], axis: Axis, words: PlanWords, legends=None) -> None:
        super().__init__()
        self.rows, self.axis, self.words = rows, axis, words
        self.width = self.height = 0.0
        self._legends: dict = {} if legends is None else legends  # by width, for all parts

    # -- layout --------------------------------------------------------------------------
    def _fixed(self, width: float) -> float:
        return HEADER + GAP + LEGEND_LINE * len(self._legend(width))

    def wrap(self, available_width, available_height):
        self.width = available_width
        self.height = self._fixed(available_width) + ROW * len(self.rows)
        return self.width, self.height

    def split(self, available_width, available_height):
        fit = int((available_height - self._fixed(available_width)) // ROW)
        if fit >= len(self.rows):
            return [self]
        if len(self.rows) - fit < MIN_ROWS:
            fit = len(self.rows) - MIN_ROWS  # no last page with a row or two alone
        while fit > 1 and self.rows[fit - 1].action is None:
            fit -= 1  # no group heading alone at the foot of a page
        if fit < MIN_ROWS:
            return []
        rest = self.rows[fit:]
        if rest[0].action is not None:
            label = self.words.tr(CONTINUED).format(group=rest[0].group)
            rest = [Row(label, None, rest[0].group), *rest]
        return [
            GanttChart(self.rows[:fit], self.axis, self.words, self._legends),
            GanttChart(rest, self.axis, self.words, self._legends),
        ]

    def _label_width(self) -> float:
        return min(70 * mm, 0.28 * self.width)

    # -- drawing -------------------------------------------------------------------------
    def draw(self) -> None:
        canvas = self.canv
        left = self._label_width()
        chart = self.width - left
        top = self.height
        rows_top = top - HEADER
        bottom = rows_top - ROW * len(self.rows)
        for index, row in enumerate(self.rows):
            y = rows_top - ROW * (index + 1)
            fill = GROUP_FILL if row.action is None else (SHADE if index % 2 else None)
            if fill is not None:
                canvas.setFillColor(fill)
                canvas.rect(0, y, self.width, ROW, stroke=0, fill=1)
        self._draw_axis(left, chart, top, bottom)
        for index, row in enumerate(self.rows):
            y = rows_top - ROW * (index + 1)
            self._draw_row(row, left, chart, y)
        today = self.words.today
        if self.axis.first <= today < self.axis.end:
            x = left + chart * self.axis.fraction(today)
            canvas.setStrokeColor(RED)
            canvas.setLineWidth(1)
            canvas.setDash(3, 2)
            canvas.line(x, bottom, x, rows_top)
            canvas.setDash()
        canvas.setStrokeColor(LINE)
        canvas.setLineWidth(0.6)
        canvas.rect(0, bottom, self.width, top - bottom, stroke=1, fill=0)
        canvas.line(left, bottom, left, top)
        canvas.line(0, rows_top, self.width, rows_top)
        self._draw_legend(bottom - GAP)

    def _x(self, day: date, left: float, chart: float) -> float:
        return left + chart * min(1.0, max(0.0, self.axis.fraction(day)))

    def _draw_axis(self, left: float, chart: float, top: float, bottom: float) -> None:
        canvas, axis = self.canv, self.axis
        middle = top - HEADER / 2
        units = list(axis.units())
        step = chart / len(units)
        tr = self.words.tr
        canvas.setFont(FAMILY, AXIS_SIZE)
        canvas.setFillColor(TEXT)
        if axis.months == 12:
            widest = stringWidth("0000", FAMILY, AXIS_SIZE) + 4
            every = next((n for n in (1, 2, 5, 10, 20, 50) if n * step >= widest), 100)
            for day in units:
                x = self._x(day, left, chart)
                self._vertical(x, top, bottom, YEAR_LINE if day.year % every == 0 else LINE)
                if day.year % every == 0 and x + widest <= self.width:
                    canvas.drawString(x + 2, middle - 2.5, str(day.year))
            return
        for day in units:
            x = self._x(day, left, chart)
            x_next = self._x(add_months(day, axis.months), left, chart)
            self._vertical(x, middle, bottom, YEAR_LINE if day.month == 1 else LINE)
            if axis.months == 1:
                label = tr(MONTHS[day.month - 1])
            else:
                label = tr(QUARTER).format(number=(day.month - 1) // 3 + 1)
            label = visual(label)
            if stringWidth(label, FAMILY, AXIS_SIZE) + 2 <= x_next - x:
                canvas.drawCentredString((x + x_next) / 2, top - HEADER + 4, label)
        canvas.setStrokeColor(LINE)
        canvas.line(left, middle, self.width, middle)
        for year in range(axis.first.year, axis.end.year + 1):
            start = self._x(max(axis.first, date(year, 1, 1)), left, chart)
            end = self._x(min(axis.end, date(year + 1, 1, 1)), left, chart)
            if end - start <= 0:
                continue
            self._vertical(start, top, middle, YEAR_LINE)
            canvas.setFont(BOLD, AXIS_SIZE)
            canvas.setFillColor(TEXT)
            if stringWidth(str(year), BOLD, AXIS_SIZE) + 4 <= end - start:
                canvas.drawCentredString((start + end) / 2, middle + 4, str(year))

    def _vertical(self, x: float, top: float, bottom: float, colour) -> None:
        self.canv.setStrokeColor(colour)
        self.canv.setLineWidth(0.4)
        self.canv.line(x, bottom, x, top)

    def _draw_row(self, row: Row, left: float, chart: float, y: float) -> None:
        canvas = self.canv
        action = row.action
        if action is None:
            canvas.setFont(BOLD, FONT_SIZE)
            canvas.setFillColor(TEXT)
            canvas.drawString(3, y + 3.8, elide(row.label, self.width - 6, BOLD))
            return
        overdue = self.words.overdue(action)
        canvas.setFont(FAMILY, FONT_SIZE)
        canvas.setFillColor(RED if overdue else TEXT)
        canvas.drawString(8, y + 3.8, elide(row.label, left - 11))
        self._draw_bar(action, left, chart, y, overdue)
        for milestone in action.milestones:
            if milestone.due is None or not self.axis.first <= milestone.due < self.axis.end:
                continue
            x = self._x(milestone.due, left, chart) + chart / self._days() / 2
            late = (
                not milestone.done
                and milestone.due < self.words.today
                and action.status not in CLOSED_STATUSES
            )
            colour = RED if late else (TEXT if milestone.done else colors.white)
            self._diamond(x, y + ROW / 2, colour)

    def _days(self) -> int:
        return (self.axis.end - self.axis.first).days

    def _draw_bar(self, action: Action, left: float, chart: float, y: float, overdue: bool):
        canvas = self.canv
        height = ROW * 0.56
        base = y + (ROW - height) / 2
        light, strong = _BAR_FILLS.get(action.status, _BAR_FILLS["idea"])
        if action.start and action.end:
            first, last = sorted((action.start, action.end))
            x0 = self._x(first, left, chart)
            x1 = max(self._x(last + timedelta(days=1), left, chart), x0 + 2)
            dashed = False
        else:
            day = action.start or action.end
            x0 = self._x(day, left, chart)
            x0, x1 = (x0, min(x0 + 10, self.width)) if action.start else (max(x0 - 10, left), x0)
            dashed = True
        canvas.setFillColor(light)
        canvas.rect(x0, base, x1 - x0, height, stroke=0, fill=1)
        done = 1.0 if action.status == DONE else max(0, min(100, action.progress)) / 100
        if done and action.status != DROPPED:
            canvas.setFillColor(strong)
            canvas.rect(x0, base, (x1 - x0) * done, height, stroke=0, fill=1)
        canvas.setStrokeColor(RED if overdue else strong)
        canvas.setLineWidth(1.4 if overdue else 0.5)
        if dashed:
            canvas.setDash(2, 1.5)
        canvas.rect(x0, base, x1 - x0, height, stroke=1, fill=0)
        canvas.setDash()
        if action.status == DROPPED:  # struck through, as on a paper plan
            canvas.line(x0, base + height / 2, x1, base + height / 2)
        if overdue:
            canvas.setFillColor(RED)
            canvas.setFont(BOLD, FONT_SIZE)
            x = x1 + 2 if x1 + 8 <= self.width else x0 - 6
            canvas.drawString(x, y + 3.8, "!")

    def _diamond(self, x: float, y: float, fill, size: float = 3.4) -> None:
        canvas = self.canv
        path = canvas.beginPath()
        path.moveTo(x, y + size)
        path.lineTo(x + size, y)
        path.lineTo(x, y - size)
        path.lineTo(x - size, y)
        path.close()
        canvas.setFillColor(fill)
        canvas.setStrokeColor(TEXT)
        canvas.setLineWidth(0.5)
        canvas.drawPath(path, stroke=1, fill=1)

    # -- legend --------------------------------------------------------------------------
    def _legend_items(self) -> list[tuple[str, str]]:
        tr = self.words.tr
        items = [(status, self.words.status(status)) for status in STATUSES]
        items += [("progress", tr(PROGRESS))]
        items += [("overdue", tr(OVERDUE)), ("one-date", tr(ONE_DATE))]
        items += [("milestone", tr(MILESTONE)), ("milestone-done", tr(MILESTONE_DONE))]
        if self.axis.first <= self.words.today < self.axis.end:
            items.append(("today", tr(TODAY).format(day=self.words.day(self.words.today))))
        return items

    def _legend(self, width: float) -> list[list[tuple[float, str, str]]]:
        """The legend's items placed on lines: (x, kind, text drawn) per item."""
        if width not in self._legends:
            self._legends[width] = self._place_legend(width)
        return self._legends[width]

    def _place_legend(self, width: float) -> list[list[tuple[float, str, str]]]:
        lines: list[list[tuple[float, str, str]]] = [[]]
        x = 0.0
        for kind, text in self._legend_items():
            label = elide(text, width / 2, FAMILY, AXIS_SIZE)
            swatch = 0 if kind == "progress" else 16
            needed = swatch + stringWidth(label, FAMILY, AXIS_SIZE) + 10
            if x + needed > width and lines[-1]:
                lines.append([])
                x = 0.0
            lines[-1].append((x, kind, label))
            x += needed
        return lines

    def _draw_legend(self, top: float) -> None:
        canvas = self.canv
        for number, line in enumerate(self._legend(self.width)):
            y = top - LEGEND_LINE * (number + 1) + 3
            for x, kind, label in line:
                if kind in BAR_COLOURS:
                    light, strong = BAR_COLOURS[kind]
                    canvas.setFillColor(colors.HexColor(light))
                    canvas.rect(x, y, 12, 6, stroke=0, fill=1)
                    canvas.setFillColor(colors.HexColor(strong))
                    canvas.rect(x, y, 6 if kind != DONE else 12, 6, stroke=0, fill=1)
                    canvas.setStrokeColor(colors.HexColor(strong))
                    canvas.setLineWidth(0.5)
                    canvas.rect(x, y, 12, 6, stroke=1, fill=0)
                    if kind == DROPPED:
                        canvas.line(x, y + 3, x + 12, y + 3)
                elif kind == "progress":
                    pass  # the status swatches show it; the text explains
                elif kind in ("overdue", "one-date"):
                    canvas.setFillColor(colors.HexColor(BAR_COLOURS["planned"][0]))
                    canvas.setStrokeColor(RED if kind == "overdue" else YEAR_LINE)
                    canvas.setLineWidth(1.4 if kind == "overdue" else 0.5)
                    if kind == "one-date":
                        canvas.setDash(2, 1.5)
                    canvas.rect(x, y, 12, 6, stroke=1, fill=1)
                    canvas.setDash()
                elif kind == "today":
                    canvas.setStrokeColor(RED)
                    canvas.setLineWidth(1)
                    canvas.setDash(3, 2)
                    canvas.line(x + 6, y - 2, x + 6, y + 8)
                    canvas.setDash()
                else:
                    self._diamond(x + 6, y + 3, TEXT if kind == "milestone-done" else colors.white)
                canvas.setFont(FAMILY, AXIS_SIZE)
                canvas.setFillColor(TEXT)
                canvas.drawString(x if kind == "progress" else x + 16, y, label)

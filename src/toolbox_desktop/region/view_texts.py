"""The words of the region view and the region report, in one place so that the window and
the PDF say the same: a withheld figure is "fewer than 5 towns" in both, never a number, and
the own town's place reads alike.

No Qt: the window passes ``QCoreApplication.translate`` and its formatting adapters, the
report its ``ReportOptions.translate`` and ``core.formatting`` in the report's language.
"""

from __future__ import annotations

from collections.abc import Callable

from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP
from toolbox_desktop.region.disclosure import COMPLEMENTARY
from toolbox_desktop.region.view_queries import ABOVE, AT, BELOW, OwnPosition, Spread

CTX = "RegionView"
Translate = Callable[[str, str], str]
Number = Callable[[float], str]

WITHHELD = QT_TRANSLATE_NOOP("RegionView", "fewer than {count} towns")
# A group with enough towns, withheld because "all towns" minus it would give a smaller one.
WITHHELD_COMPLEMENTARY = QT_TRANSLATE_NOOP(
    "RegionView", "withheld: would give away a group of fewer than {count} towns"
)
ABOVE_MEDIAN = QT_TRANSLATE_NOOP("RegionView", "above the median")
AT_MEDIAN = QT_TRANSLATE_NOOP("RegionView", "at the median")
BELOW_MEDIAN = QT_TRANSLATE_NOOP("RegionView", "below the median")
NO_OWN_SCORE = QT_TRANSLATE_NOOP("RegionView", "no score in your assessment")
NO_COMPARISON = QT_TRANSLATE_NOOP("RegionView", "not shown: fewer than {count} towns")
PERCENTILE = QT_TRANSLATE_NOOP("RegionView", "higher than about {percent} of the towns")
MEDIAN_OF = QT_TRANSLATE_NOOP("RegionView", "median {median}")
ROW_DETAIL = QT_TRANSLATE_NOOP(
    "RegionView", "{title}: median {median}, middle half {lower} to {upper}, {towns} towns"
)
ROW_WITHHELD = QT_TRANSLATE_NOOP("RegionView", "{title}: {withheld}")
OWN_DETAIL = QT_TRANSLATE_NOOP("RegionView", "your town: {score}")

# Column titles and headings, shared by the tables and the report.
DIMENSION = QT_TRANSLATE_NOOP("RegionView", "Dimension")
BENCHMARK = QT_TRANSLATE_NOOP("RegionView", "Benchmark")
NUMBER = QT_TRANSLATE_NOOP("RegionView", "No.")
TOWNS = QT_TRANSLATE_NOOP("RegionView", "Towns")
LOWER = QT_TRANSLATE_NOOP("RegionView", "Lower quartile")
MEDIAN = QT_TRANSLATE_NOOP("RegionView", "Median")
UPPER = QT_TRANSLATE_NOOP("RegionView", "Upper quartile")
OVERALL = QT_TRANSLATE_NOOP("RegionView", "Overall")
SHARE_LOW = QT_TRANSLATE_NOOP("RegionView", "At level 0 or 1")
# The benchmark table's columns, the same in the window and the report.
BENCHMARK_COLUMNS = (NUMBER, BENCHMARK, TOWNS, LOWER, MEDIAN, UPPER, SHARE_LOW)
LEVELS_NOTE = QT_TRANSLATE_NOOP(
    "RegionView",
    "Levels from 0 to 4, of the towns that rated the benchmark with a level; the last column "
    "is the share of them at level 0 or 1.",
)
MIDDLE_HALF = QT_TRANSLATE_NOOP("RegionView", "Middle half of the towns")
YOUR_TOWN = QT_TRANSLATE_NOOP("RegionView", "Your town")
WHERE = QT_TRANSLATE_NOOP("RegionView", "Where you stand")
RANK = QT_TRANSLATE_NOOP("RegionView", "Compared with the towns")
RULE = QT_TRANSLATE_NOOP(
    "RegionView",
    "No figure is shown from fewer than {count} towns, and none from which such a figure "
    "could be worked out. Your own town's scores come from your own file and are shown only "
    "to you.",
)


class RegionWords:
    """The texts of one view or report: ``translate(context, text)``, ``number`` for counts and
    ``percent`` for scores, each in the reader's language."""

    def __init__(self, translate: Translate, number: Number, percent: Number) -> None:
        self.translate = translate
        self.number = number
        self.percent = percent

    def tr(self, text: str, context: str = CTX) -> str:
        return self.translate(context, text)

    def withheld(self, min_towns: int, reason: str = "") -> str:
        """What a withheld figure reads; ``reason`` as ``Spread.reason`` ("": too few)."""
        text = WITHHELD_COMPLEMENTARY if reason == COMPLEMENTARY else WITHHELD
        return self.tr(text).format(count=self.number(min_towns))

    def rule(self, min_towns: int) -> str:
        return self.tr(RULE).format(count=self.number(min_towns))

    def spread_cells(
        self, spread: Spread, min_towns: int, value: Number | None = None
    ) -> tuple[str, str, str, str]:
        """Towns, lower quartile, median and upper quartile as shown (``value`` writes a
        figure: a percentage unless told otherwise, e.g. a level); a withheld spread says so
        in the towns' cell and leaves the others empty (no number, not even a dash that could
        be read as a value)."""
        if spread.withheld or spread.towns is None:
            return self.withheld(min_towns, spread.reason), "", "", ""
        write = value or self.percent
        return (
            self.number(spread.towns),
            "" if spread.lower is None else write(spread.lower),
            "" if spread.median is None else write(spread.median),
            "" if spread.upper is None else write(spread.upper),
        )

    def level(self, value: float) -> str:
        """A level on the 0-4 scale ("2", "2.5": the region publishes one decimal)."""
        return self.number(value)

    def median_cell(self, median: float | None, min_towns: int) -> str:
        return self.withheld(min_towns) if median is None else self.percent(median)

    def row_detail(self, title: str, spread: Spread, min_towns: int) -> str:
        if spread.withheld or spread.towns is None:
            withheld = self.withheld(min_towns, spread.reason)
            return self.tr(ROW_WITHHELD).format(title=title, withheld=withheld)
        return self.tr(ROW_DETAIL).format(
            title=title,
            median=self.percent(spread.median),
            lower=self._percent(spread.lower),
            upper=self._percent(spread.upper),
            towns=self.number(spread.towns),
        )

    def place(self, position: OwnPosition, min_towns: int) -> str:
        if position.own is None:
            return self.tr(NO_OWN_SCORE)
        if position.median is None:
            return self.tr(NO_COMPARISON).format(count=self.number(min_towns))
        return self.tr({ABOVE: ABOVE_MEDIAN, AT: AT_MEDIAN, BELOW: BELOW_MEDIAN}[position.place])

    def rank(self, position: OwnPosition) -> str:
        """ "higher than about 62 % of the towns", or "" when the rank may not be shown."""
        if position.own is None or position.percentile is None:
            return ""
        return self.tr(PERCENTILE).format(percent=self.percent(position.percentile))

    def _percent(self, value: float | None) -> str:
        return "" if value is None else self.percent(value)

"""How our spreadsheets look and stay safe: one helper for every sheet we write.

- Header row in bold, frozen, with an auto filter over the whole table; column widths from
  the longest value (within limits); long text wrapped.
- Text is cleaned of control characters (XML refuses them, ``core.clean_text`` decides) and
  text that a spreadsheet would run as a formula (= + - @ at the start: CSV and formula
  injection) is stored as text with Excel's "quote prefix", never as a formula.
- Dates are real dates in the locale's short format; amounts are numbers with the action's
  currency in their number format (the symbol from CLDR, before or after the number as the
  locale writes it).
"""

from __future__ import annotations

import re
from datetime import date

from toolbox_desktop.core.clean_text import clean_text
from toolbox_desktop.core.formatting import date_pattern, format_money

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MAX_WIDTH, MIN_WIDTH = 60, 6
WRAP_FROM = 40  # characters: a longer value wraps in its cell
LINE_POINTS = 15  # the height of one line of 11-point Calibri, in points
MOST_LINES = 40  # a row shows at most this many lines (a very long note: read in the cell)
# Characters XML 1.0 refuses besides the controls (noncharacters, lone surrogates).
_NOT_XML = re.compile("[\ufffe\uffff\ud800-\udfff]")


def text(value: str, multiline: bool = False) -> str:
    return _NOT_XML.sub("", clean_text(value, multiline))


def put(sheet, row: int, column: int, value, multiline: bool = False):
    """Write ``value`` into a cell: text cleaned and never a formula."""
    if isinstance(value, str):
        value = text(value, multiline)
    cell = sheet.cell(row=row, column=column, value=value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        cell.data_type = "s"  # stored as text, not as a formula
        cell.quotePrefix = True  # and Excel keeps it text when the cell is edited
    return cell


def excel_date_format(locale: str) -> str:
    """The locale's short date pattern in Excel's letters ("dd.mm.yyyy", "m/d/yyyy")."""
    return date_pattern(locale).replace("M", "m")


def money_format(currency: str, locale: str) -> str:
    """A number format with the currency as the locale writes it (``core.formatting``):
    '#,##0.00" €"' (de), '"€"#,##0.00' (en), '"CHF "#,##0.00'."""
    sample = format_money(100, currency or "EUR", locale)
    symbol = re.sub(r"[\d.,\s\u00a0\u202f]", "", sample).replace('"', "")
    if sample[:1].isdigit():
        return f'#,##0.00" {symbol}"'
    spacing = " " if re.match(r"\D+[\s\u00a0\u202f]", sample) else ""
    return f'"{symbol}{spacing}"#,##0.00'


def header_row(sheet, headers: list[str]) -> None:
    """The first row: bold on a light fill, frozen, with a filter once the rows are in."""
    from openpyxl.styles import Alignment, Font, PatternFill

    bold = Font(name="Calibri", bold=True)  # the body's font (a bare Font has none)
    fill = PatternFill("solid", fgColor="DDE6F0")
    for column, header in enumerate(headers, start=1):
        cell = put(sheet, 1, column, header)
        cell.font = bold
        cell.fill = fill
        cell.alignment = Alignment(vertical="top", wrap_text=True)
    sheet.freeze_panes = "A2"


def finish(sheet, widths: dict[int, int] | None = None) -> None:
    """Filter over the table; widths from the values (``widths`` fixes some); long text
    wrapped."""
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter

    sheet.auto_filter.ref = sheet.dimensions
    # Printed: landscape, the header row on every page (the PDF report is the one to print).
    sheet.page_setup.orientation = "landscape"
    sheet.print_title_rows = "1:1"
    longest: dict[int, int] = {}
    wrap = Alignment(vertical="top", wrap_text=True)
    top = Alignment(vertical="top")
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            value = cell.value
            if value is None:
                continue
            if isinstance(value, date):
                size = 10
            elif isinstance(value, float) and "0.00" in cell.number_format:  # "€15,800.00"
                size = len(f"{value:,.2f}") + 3
            else:
                size = max(len(p) for p in str(value).split("\n"))
            longest[cell.column] = max(longest.get(cell.column, 0), size)
            cell.alignment = wrap if isinstance(value, str) and len(value) > WRAP_FROM else top
    for column in range(1, sheet.max_column + 1):
        header = sheet.cell(row=1, column=column).value or ""
        width = max(longest.get(column, 0), len(str(header)) + 3)
        if widths and column in widths:
            width = widths[column]
        sheet.column_dimensions[get_column_letter(column)].width = max(
            MIN_WIDTH, min(MAX_WIDTH, width + 2)
        )
    _fit_row_heights(sheet)


def wrapped_lines(value: str, width: float) -> int:
    """How many lines ``value`` takes in a wrapped cell ``width`` characters wide (a little
    generous: a line breaks at a word, not at the last character)."""
    usable = max(1.0, width - 2) * 0.95
    return sum(max(1, -(-len(part) // int(usable))) for part in value.split("\n"))


def _fit_row_heights(sheet) -> None:
    """Rows with wrapped text as high as their longest cell. Programs do not agree on
    sizing such rows themselves (LibreOffice opened them one line high, the lines written over
    each other), so the height is written into the file."""
    from openpyxl.utils import get_column_letter

    widths = {
        column: sheet.column_dimensions[get_column_letter(column)].width or MIN_WIDTH
        for column in range(1, sheet.max_column + 1)
    }
    for row in sheet.iter_rows(min_row=1):
        lines = 1
        for cell in row:
            if isinstance(cell.value, str) and cell.alignment.wrap_text:
                lines = max(lines, wrapped_lines(cell.value, widths[cell.column]))
        if lines > 1:
            sheet.row_dimensions[row[0].row].height = LINE_POINTS * min(lines, MOST_LINES)

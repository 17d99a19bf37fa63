"""Read the rows of a spreadsheet file: .xlsx (openpyxl, streamed) or .csv.

What comes out is plain: per sheet, the header row and the data rows with their row numbers
in the file, each cell a str, number, date, bool or None. Fully empty rows are skipped. What
people's files hold is taken care of here, once:

- **Merged cells**: every cell of a merged range has the value of its first cell (a dimension
  merged over three rows belongs to each of them).
- **Formulas**: the value the spreadsheet program last calculated (``data_only=True``); a
  formula never calculated (a file written by a program, not saved by Excel) has none and is
  marked ``NO_CACHED_VALUE``, and one that failed ("#REF!", "#DIV/0!") a ``FormulaError``:
  the row's check reports both, rather than import the error's text.
- **CSV**: comma, semicolon or tab (whichever the header line has most of), UTF-8 with or
  without a byte-order mark, UTF-16 with one, else the Windows code page Excel writes "CSV"
  in on the user's computer (``text_encoding``: a damaged UTF-8 file is refused). The
  apostrophe our CSV export puts before text starting with = + - @ (so that a spreadsheet
  does not run it) is taken off again, as a spreadsheet program shows the text.
- **Not readable**: a password (an encrypted .xlsx is an OLE compound file, as an old .xls
  is), a file that is neither, or no header row: ``SpreadsheetError`` with a message the user
  reads; nothing is imported.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from xml.etree.ElementTree import iterparse

from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from toolbox_desktop.exchange.sheets.text_encoding import EncodingError, decode

CTX = "SpreadsheetImport"
CFB_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE compound file: encrypted .xlsx, .xls
MSG_PROTECTED = QT_TRANSLATE_NOOP(
    "SpreadsheetImport",
    "This file is protected by a password, or is an old Excel file (.xls). Save it without a "
    "password as .xlsx or .csv and try again.",
)
MSG_NOT_A_SPREADSHEET = QT_TRANSLATE_NOOP(
    "SpreadsheetImport",
    "This is not a spreadsheet we can read ({detail}). Save it as .xlsx or .csv and try again.",
)
MSG_CANNOT_READ = QT_TRANSLATE_NOOP("SpreadsheetImport", "The file cannot be read: {detail}")
MSG_NO_ROWS = QT_TRANSLATE_NOOP("SpreadsheetImport", "The file has no rows to import.")


class SpreadsheetError(ValueError):
    """The file cannot be read as a spreadsheet; ``message`` says why, in words to translate."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


class _NoCachedValue:
    def __repr__(self) -> str:
        return "NO_CACHED_VALUE"


NO_CACHED_VALUE = _NoCachedValue()  # a formula the spreadsheet program never calculated
# What a spreadsheet program shows for a formula that failed (its cached "error" value).
FORMULA_ERRORS = frozenset(
    ("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#SPILL!", "#CALC!")
)


class FormulaError(str):
    """The error a formula gave ("#REF!"): no value to import."""


class PercentNumber(float):
    """A number its cell shows as a percentage: 1.0 shown as "100 %", 0.4 as "40 %". The
    number alone would make a progress of 100 % a progress of 1 %."""


class CurrencyNumber(float):
    """A number its cell shows with texts beside it ("CHF 1’200.00", "£1,200", "ca. 1,200
    CHF"): ``currency`` holds those texts, one of which may name a currency (the import
    decides). The number alone would be taken as an amount in the action's currency."""

    currency: tuple[str, ...] = ()

    def __new__(cls, value: float, currency: tuple[str, ...]) -> CurrencyNumber:
        number = super().__new__(cls, value)
        number.currency = currency
        return number


# A number format's currency: "[$CHF-100C]", "[$£-809]" (the sign before the locale).
_BRACKETED = re.compile(r"\[\$([^\]\-]+)(?:-[^\]]*)?\]")


def format_texts(number_format: str) -> tuple[str, ...]:
    """The texts a number format writes beside the number, in its first section (the one for
    positive numbers): a bracketed currency ("[$CHF-100C]"), quoted text ("CHF", "ca."),
    escaped letters ("\\C\\H\\F" is "CHF") and currency signs written as they are ("€").
    Not what only pads ("_€" leaves the room of a euro sign, "*-" fills with dashes), not
    colours, conditions or locales ("[Red]", "[>1000]", "[$-407]")."""
    section = number_format.split(";")[0]
    texts = [found.group(1) for found in _BRACKETED.finditer(section)]
    run, index = "", 0

    def flush() -> None:
        nonlocal run
        if run.strip():
            texts.append(run)
        run = ""

    while index < len(section):
        character = section[index]
        if character == '"':
            end = section.find('"', index + 1)
            end = len(section) if end < 0 else end
            flush()
            texts.append(section[index + 1 : end])
            index = end + 1
        elif character == "\\" and index + 1 < len(section):
            run += section[index + 1]
            index += 2
        elif character in "_*":
            flush()
            index += 2
        elif character == "[":
            flush()
            end = section.find("]", index)
            index = len(section) if end < 0 else end + 1
        else:
            if unicodedata.category(character) == "Sc":
                run += character
            else:
                flush()
            index += 1
    flush()
    return tuple(text.strip() for text in texts if text.strip())


@dataclass(frozen=True)
class Row:
    line: int  # the row's number in the file, as the spreadsheet program shows it
    values: tuple


@dataclass
class Sheet:
    name: str
    headers: tuple[str, ...] = ()
    header_line: int = 0
    rows: list[Row] = field(default_factory=list)


@dataclass
class SpreadsheetFile:
    path: Path
    kind: str  # "xlsx" or "csv"
    sheets: list[Sheet]
    delimiter: str = ""  # a CSV file's separator
    encoding: str = "utf-8"  # a CSV file's: a code page cannot hold every letter

    def sheet(self, name: str | None = None) -> Sheet:
        """The sheet called ``name`` (the first one without a name; ``KeyError`` if none)."""
        if name is None:
            return self.sheets[0]
        for sheet in self.sheets:
            if sheet.name == name:
                return sheet
        raise KeyError(name)


def read_spreadsheet(path: Path, locale: str | None = None) -> SpreadsheetFile:
    """Every sheet of ``path`` with its rows; ``SpreadsheetError`` when it cannot be read.
    ``locale``: the user's, for the code page of a CSV file that is not UTF-8."""
    path = Path(path)
    try:
        with path.open("rb") as file:
            start = file.read(8)
    except OSError as error:
        raise SpreadsheetError(
            Message(CTX, MSG_CANNOT_READ, detail=error.strerror or str(error))
        ) from None
    if start == CFB_SIGNATURE:
        raise SpreadsheetError(Message(CTX, MSG_PROTECTED))
    if start.startswith(b"PK"):
        spreadsheet = _read_xlsx(path)
    elif path.suffix.lower() in (".xlsx", ".xlsm", ".xls", ".ods"):
        raise SpreadsheetError(Message(CTX, MSG_NOT_A_SPREADSHEET, detail=_kind(path)))
    else:
        spreadsheet = _read_csv(path, locale)
    if not any(sheet.rows for sheet in spreadsheet.sheets):
        raise SpreadsheetError(Message(CTX, MSG_NO_ROWS))
    return spreadsheet


# -- xlsx ---------------------------------------------------------------------------------
def _read_xlsx(path: Path) -> SpreadsheetFile:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    refused = (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError)
    opened = []
    try:
        for data_only in (True, False):  # the values, then where the formulas are
            opened.append(load_workbook(path, read_only=True, data_only=data_only))
        values, formulas = opened
        sheets = []
        for name in values.sheetnames:
            sheet = values[name]
            if not hasattr(sheet, "iter_rows"):  # a chart on a sheet of its own
                continue
            rows = _xlsx_rows(sheet, formulas[name], _merged_ranges(values, sheet))
            sheets.append(_sheet(name, rows))
    except refused:
        raise SpreadsheetError(Message(CTX, MSG_NOT_A_SPREADSHEET, detail=_kind(path))) from None
    finally:
        for workbook in opened:
            workbook.close()
    return SpreadsheetFile(path, "xlsx", sheets)


def _xlsx_rows(values_sheet, formula_sheet, merged: list[tuple[int, int, int, int]]):
    """(line, values) of every row, formulas without a value marked, merged cells filled."""
    filled: dict[tuple[int, int], object] = {}
    pending = {(r1, c1): (r1, c1, r2, c2) for r1, c1, r2, c2 in merged}
    formula_rows = formula_sheet.iter_rows(values_only=True)
    for line, row in enumerate(values_sheet.iter_rows(), start=1):
        formula_row = next(formula_rows, ())
        cells = [_as_shown(cell) for cell in row]
        for column, value in enumerate(cells):
            written = formula_row[column] if column < len(formula_row) else None
            if not (isinstance(written, str) and written.startswith("=")):
                continue
            if value is None:
                cells[column] = NO_CACHED_VALUE
            elif isinstance(value, str) and value.strip() in FORMULA_ERRORS:
                cells[column] = FormulaError(value.strip())
        for column, value in enumerate(cells, start=1):
            area = pending.pop((line, column), None)
            if area is not None:
                r1, c1, r2, c2 = area
                for r in range(r1, r2 + 1):
                    for c in range(c1, c2 + 1):
                        filled[(r, c)] = value
        for (r, c), value in list(filled.items()):
            if r == line:
                while len(cells) < c:
                    cells.append(None)
                cells[c - 1] = value
                del filled[(r, c)]
        yield line, tuple(_plain(v) for v in cells)


def _as_shown(cell) -> object:
    """A cell's value; a number shown as a percentage or as an amount in a currency marked
    so (``PercentNumber``, ``CurrencyNumber``)."""
    value = cell.value
    number = isinstance(value, int | float) and not isinstance(value, bool)
    shown = getattr(cell, "number_format", None) or ""
    if number and "%" in shown:
        return PercentNumber(value)
    texts = format_texts(shown) if number else ()
    return CurrencyNumber(value, texts) if texts else value


def _merged_ranges(workbook, sheet) -> list[tuple[int, int, int, int]]:
    """The merged ranges of a sheet read in read-only mode (which does not parse them): read
    from the sheet's XML. (first row, first column, last row, last column)."""
    from openpyxl.utils.cell import range_boundaries

    path = getattr(sheet, "_worksheet_path", None)
    archive = getattr(workbook, "_archive", None)
    if path is None or archive is None:
        return []
    found = []
    with archive.open(path) as xml:
        for _event, element in iterparse(xml):
            if element.tag.endswith("}mergeCell"):
                c1, r1, c2, r2 = range_boundaries(element.get("ref", ""))
                found.append((r1, c1, r2, c2))
            element.clear()
    return found


def _plain(value: object) -> object:
    if isinstance(value, FormulaError):
        return value
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, datetime):
        return value.date() if value.time() == datetime.min.time() else value
    return value


# -- csv ----------------------------------------------------------------------------------
def _read_csv(path: Path, locale: str | None) -> SpreadsheetFile:
    data = path.read_bytes()
    utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if b"\x00" in data[:4096] and not utf16:
        raise SpreadsheetError(Message(CTX, MSG_NOT_A_SPREADSHEET, detail=_kind(path)))
    try:
        text, encoding = decode(data, locale)
    except EncodingError as error:
        raise SpreadsheetError(error.message) from None
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max((";", ",", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        rows = [
            (line, tuple(_plain(_unguarded(v)) for v in row))
            for line, row in enumerate(reader, start=1)
        ]
    except csv.Error as error:
        raise SpreadsheetError(Message(CTX, MSG_NOT_A_SPREADSHEET, detail=str(error))) from None
    return SpreadsheetFile(path, "csv", [_sheet(path.stem, rows)], delimiter, encoding)


# -- shared ---------------------------------------------------------------------------------
def _unguarded(text: str) -> str:
    """Text without the apostrophe ``storage/plan_export.guard_formula`` added."""
    return text[1:] if text[:1] == "'" and text[1:2] in _FORMULA_STARTS else text


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # guard_formula's


def _kind(path: Path) -> str:
    """What the file claims to be, for the message: its extension ("a .ods file")."""
    return path.suffix.lower() or path.name


def _empty(values: tuple) -> bool:
    return all(v is None or v == "" for v in values)


def _sheet(name: str, rows) -> Sheet:
    """The first non-empty row is the header; the empty rows after it are skipped."""
    sheet = Sheet(name)
    for line, values in rows:
        if _empty(values):
            continue
        if not sheet.header_line:
            sheet.headers = tuple("" if v is None else str(v) for v in values)
            sheet.header_line = line
            while sheet.headers and not sheet.headers[-1]:
                sheet.headers = sheet.headers[:-1]
        else:
            sheet.rows.append(Row(line, values))
    return sheet

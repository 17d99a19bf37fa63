"""Regenerate the spreadsheet pictures of the README (QT_QPA_PLATFORM=offscreen).

python docs/screenshots/make_sheet_screenshots.py

- sheet-import.png: File → Import actions from a spreadsheet… at 1280×720, on the fictional
  training town, with a sheet as a German office might send it (German headers, one row whose
  date cannot be read, one whose status is unknown, one whose "4.800" is ambiguous in
  English).
- sheet-plan.png: the training town's plan exported as .xlsx (toolbox-desktop report plan -o
  plan.xlsx), converted to PDF by LibreOffice and cut to its first rows; for the picture only,
  the long columns are hidden and the page is A3. Skipped when LibreOffice is not installed.
- sheet-assessment.png: the training town's newest assessment as .xlsx (toolbox-desktop report
  assessment -o assessment.xlsx), its Benchmarks sheet converted the same way (code and
  evidence columns hidden for the picture).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
HIDDEN = ("Description", "Benchmarks", "Partners", "Partner names", "Phase", "Guide item")
HIDDEN += ("Permanent ID",)
HIDDEN += ("Budget line",)
APP = [sys.executable, "-m", "toolbox_desktop"]


def office_sheet(path: Path) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Maßnahmen 2026"
    header = ["Maßnahme", "Handlungsfeld", "Verantwortlich", "Beginn", "Ende", "Kosten", "Stand"]
    rows = [
        ("Sprachcafé im Rathaus", "Education", "Frau Kaya", "01.03.2026", "31.12.2026"),
        ("Lotsenprojekt Kita", "3", "Herr Brandt", "2026-04-01", "30.06.2027"),
        ("Willkommensmappe", "1", "Frau Vogt", "15/01/2026", "31/03/2026"),
        ("Wohnungsbörse", "5", "Herr Ostermann", "01.05.2026", "31.02.2027"),
        ("Elternabend mehrsprachig", "Education", "Frau Lindner", "", ""),
        ("Deutschkurs mit Kinderbetreuung", "Education", "Frau Kaya", "01.09.2026", "30.06.2027"),
    ]
    money = ["1.250,50", "12000", "800", "", "300", "4.800"]
    status = ["Planned", "In progress", "Done", "Planned", "vielleicht", "Idea"]
    sheet.append(header)
    for row, amount, word in zip(rows, money, status, strict=True):
        sheet.append([*row, amount, word])
    book.save(path)
    return path


def import_dialog(folder: Path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from toolbox_desktop.exchange.sheets.reading import read_spreadsheet
    from toolbox_desktop.storage.plan_repository import PlanRepository
    from toolbox_desktop.storage.workspace import open_workspace
    from toolbox_desktop.ui.common.language import apply_language
    from toolbox_desktop.ui.common.settings import UiState
    from toolbox_desktop.ui.plan.session import PlanSession
    from toolbox_desktop.ui.plan.sheet_import_dialog import SheetImportDialog

    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_language("en")  # the English catalogue: "1 new action", not "1 new action(s)"
    database = folder / "town.sqlite3"
    subprocess.run(
        [*APP, "demo", "--db", str(database)],
        check=True,
        capture_output=True,
    )
    workspace = open_workspace(database, ROOT / "data" / "content")
    session = PlanSession(PlanRepository(workspace.conn), workspace.content, QUndoStack())
    state = UiState(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    spreadsheet = read_spreadsheet(office_sheet(folder / "massnahmen.xlsx"))
    dialog = SheetImportDialog(session, spreadsheet, state)
    dialog.resize(1280, 720)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(HERE / "sheet-import.png"))
    dialog.close()
    workspace.close()


def sheet_picture(
    folder: Path, kind: str, hidden: tuple[str, ...], rows: int, picture: str
) -> None:
    """The first sheet of report ``kind`` as .xlsx, as LibreOffice prints it, cut after
    ``rows`` lines of text."""
    import openpyxl
    import PIL.ImageOps
    import pypdfium2

    if shutil.which("soffice") is None:
        print(f"LibreOffice is not installed: {picture} left as it is")
        return
    database, xlsx = folder / "town.sqlite3", folder / f"{kind}.xlsx"
    subprocess.run(
        [*APP, "--db", str(database), "report", kind, "-o", str(xlsx)],
        check=True,
        capture_output=True,
    )
    book = openpyxl.load_workbook(xlsx)
    sheet = book.worksheets[0]
    for other in book.worksheets[1:]:
        other.sheet_state = "hidden"
    letters = {cell.value: cell.column_letter for cell in sheet[1]}
    for name in hidden:
        sheet.column_dimensions[letters[name]].hidden = True
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A3
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    book.save(xlsx)
    office = ["soffice", "--headless", f"-env:UserInstallation={(folder / 'lo').as_uri()}"]
    subprocess.run(
        [*office, "--convert-to", "pdf", "--outdir", str(folder), str(xlsx)],
        check=True,
        capture_output=True,
    )
    image = pypdfium2.PdfDocument(folder / f"{kind}.pdf")[0].render(scale=2.6).to_pil()
    ink = PIL.ImageOps.invert(image.convert("L")).point(lambda v: 255 if v > 60 else 0)
    left, top, right, bottom = ink.getbbox()
    lines, inside, start = [], False, 0
    for y in range(top, bottom + 2):  # the lines of text, to cut between two of them
        dark = ink.crop((left, y, right, y + 1)).getbbox() is not None
        if dark and not inside:
            inside, start = True, y
        elif not dark and inside:
            inside = False
            lines.append((start, y))
    end = (lines[rows - 1][1] + lines[rows][0]) // 2
    image.crop((left - 16, top - 16, right + 24, end)).save(HERE / picture, optimize=True)


def main() -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        import_dialog(folder)
        sheet_picture(folder, "plan", HIDDEN, 19, "sheet-plan.png")
        hidden = ("Code", "Evidence", "Notes")
        sheet_picture(folder, "assessment", hidden, 16, "sheet-assessment.png")


if __name__ == "__main__":
    main()

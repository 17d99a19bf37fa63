"""Regenerate the README's pictures of the Word reports: the training town's report written as
.docx, converted to PDF by LibreOffice (as a council officer's copy would print), and one
representative page drawn with pypdfium2.

python docs/screenshots/make_word_pages.py   (needs LibreOffice's soffice on the PATH)
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from datetime import date
from pathlib import Path

import pypdfium2

from toolbox_desktop.paths import content_root
from toolbox_desktop.services.reports import ReportChoices, build_report
from toolbox_desktop.services.training_town import create_training_municipality
from toolbox_desktop.storage.workspace import open_workspace

HERE = Path(__file__).resolve().parent
DPI = 70
PAGES = (  # (report, choices, page from 1, picture)
    ("assessment", ReportChoices(compare_with=1), 3, "word-assessment.png"),
    ("plan", ReportChoices(), 3, "word-plan.png"),
    ("annual", ReportChoices(year=2025), 3, "word-annual.png"),
)


def main() -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        raise SystemExit("LibreOffice (soffice) is needed to draw the Word documents")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        workspace = open_workspace(work / "town.sqlite3", content_root())
        create_training_municipality(workspace.conn, today=date(2026, 3, 1))
        for key, choices, page, name in PAGES:
            docx = work / f"{key}.docx"
            build_report(key, workspace, choices, docx, format="docx")
            subprocess.run(
                [
                    soffice,
                    f"-env:UserInstallation={(work / 'profile').as_uri()}",
                    "--headless",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    str(work),
                    str(docx),
                ],
                check=True,
                capture_output=True,
            )
            document = pypdfium2.PdfDocument(str(work / f"{key}.pdf"))
            image = document[page - 1].render(scale=DPI / 72).to_pil()
            image.save(HERE / name, optimize=True)
            document.close()
            print(f"wrote {name}")
        workspace.conn.close()


if __name__ == "__main__":
    main()

"""LibreOffice opens each Word report and converts it to a PDF with its text (skipped where
LibreOffice is not installed, as on CI)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest
from pypdf import PdfReader

from toolbox_desktop.services.reports import ReportChoices, build_report
from toolbox_desktop.services.training_town import create_training_municipality

SOFFICE = shutil.which("soffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")


@pytest.mark.parametrize(
    ("key", "choices", "expected"),
    [
        ("assessment", ReportChoices(compare_with=1), "Annex: how scores are computed"),
        ("plan", ReportChoices(), "Actions at a glance"),
        ("annual", ReportChoices(year=2025), "Budget of the year's actions"),
    ],
)
def test_libreoffice_converts_the_word_report(workspace, tmp_path, key, choices, expected):
    create_training_municipality(workspace.conn, today=date(2026, 3, 1))
    docx = tmp_path / f"{key}.docx"
    build_report(key, workspace, choices, docx, format="docx")
    profile = (tmp_path / "profile").as_uri()  # its own profile: other instances may run
    done = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(docx),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    pdf = tmp_path / f"{key}.pdf"
    assert done.returncode == 0 and pdf.exists(), done.stderr
    reader = PdfReader(pdf)
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    assert expected in text
    assert "Lindenbach" in text

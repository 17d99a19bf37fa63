"""Regenerate the README's report page images (with pdftoppm from poppler-utils when it is
installed, else with pypdfium2, which the app ships for its preview).

python docs/screenshots/make_report_pages.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "benchmarks"))

from report_data import (  # noqa: E402  (the benchmark's realistic fictional town)
    PROFILE,
    TODAY,
    actions_for,
    indicators_for,
    ratings_for,
)
from toolbox_desktop.core.assessment import Assessment  # noqa: E402
from toolbox_desktop.core.pack import load_pack  # noqa: E402
from toolbox_desktop.paths import content_root  # noqa: E402
from toolbox_desktop.reports.annual_report import build_annual_report  # noqa: E402
from toolbox_desktop.reports.assessment_report import build_assessment_report  # noqa: E402
from toolbox_desktop.reports.plan_report import build_plan_report  # noqa: E402
from toolbox_desktop.reports.worksheet import build_worksheet  # noqa: E402
from toolbox_desktop.storage.annual_texts import AnnualTexts  # noqa: E402

DPI = 70


def page_png(pdf: Path, page: int, name: str) -> None:
    """Page ``page`` (from 1) of ``pdf`` as docs/screenshots/``name``."""
    target = HERE / name
    if shutil.which("pdftoppm"):
        command = ["pdftoppm", "-r", str(DPI), "-png", "-singlefile", "-f", str(page)]
        command += ["-l", str(page), str(pdf), str(target.with_suffix(""))]
        subprocess.run(command, check=True)
        return
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    try:
        document[page - 1].render(scale=DPI / 72).to_pil().save(target)
    finally:
        document.close()


def numbered(actions):
    """The actions with ids, as a database would give them (indicators refer to them)."""
    return [replace(action, id=number) for number, action in enumerate(actions, 1)]


def main() -> int:
    content = load_pack(content_root() / "whole-comm").content
    ratings = ratings_for(content)
    current = Assessment(2, "Self-assessment 2026", "2026-03-10", "Integration committee", "final")
    earlier = Assessment(1, "Self-assessment 2025", "2025-03-12", "Integration committee", "final")
    actions = numbered(actions_for(content, 40))
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        build_worksheet(content, out / "worksheet.pdf", PROFILE, facilitator=True)
        page_png(out / "worksheet.pdf", 3, "report-worksheet.png")
        build_assessment_report(
            content,
            PROFILE,
            current,
            ratings,
            out / "assessment.pdf",
            earlier=(earlier, ratings),
            today=TODAY,
        )
        page_png(out / "assessment.pdf", 3, "report-assessment.png")
        texts = AnnualTexts(
            2026,
            "A year of building the welcome desk and the language café.",
            "Volunteers of the Café International ran 40 evenings.",
            "Housing: the landlord round table.",
        )
        build_annual_report(
            content, PROFILE, actions, indicators_for(actions), texts, out / "annual.pdf"
        )
        page_png(out / "annual.pdf", 3, "report-annual.png")
        plan = numbered(actions_for(content))  # 200 actions
        build_plan_report(
            content, PROFILE, plan, indicators_for(plan), out / "plan.pdf", today=TODAY
        )
        gantt = next(number for number in range(1, 60) if _is_landscape(out / "plan.pdf", number))
        page_png(out / "plan.pdf", gantt, "report-plan-gantt.png")
        page_png(out / "plan.pdf", 3, "report-plan-overview.png")
        details = next(
            number
            for number in range(gantt, 60)
            if "Action details" in _page_text(out / "plan.pdf", number)
        )
        page_png(out / "plan.pdf", details, "report-plan-details.png")
    print(f"report pages written to {HERE}")
    return 0


def _page_text(pdf: Path, number: int) -> str:
    from pypdf import PdfReader

    return PdfReader(pdf).pages[number - 1].extract_text()


def _is_landscape(pdf: Path, number: int) -> bool:
    from pypdf import PdfReader

    box = PdfReader(pdf).pages[number - 1].mediabox
    return float(box.width) > float(box.height)


if __name__ == "__main__":
    sys.exit(main())

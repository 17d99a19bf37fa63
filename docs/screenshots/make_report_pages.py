"""Regenerate the README's report page images (needs pdftoppm from poppler-utils).

python docs/screenshots/make_report_pages.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "benchmarks"))

from reports import (  # noqa: E402  (the benchmark's realistic fictional town)
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
from toolbox_desktop.reports.worksheet import build_worksheet  # noqa: E402
from toolbox_desktop.storage.annual_texts import AnnualTexts  # noqa: E402


def page_png(pdf: Path, page: int, name: str) -> None:
    target = HERE / name
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "70",
            "-png",
            "-singlefile",
            "-f",
            str(page),
            "-l",
            str(page),
            str(pdf),
            str(target.with_suffix("")),
        ],
        check=True,
    )


def main() -> int:
    content = load_pack(content_root() / "whole-comm").content
    ratings = ratings_for(content)
    current = Assessment(2, "Self-assessment 2026", "2026-03-10", "Integration committee", "final")
    earlier = Assessment(1, "Self-assessment 2025", "2025-03-12", "Integration committee", "final")
    actions = actions_for(content, 40)
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
        try:
            from toolbox_desktop.reports.plan_report import build_plan_report
        except ImportError:
            pass
        else:
            build_plan_report(
                content,
                PROFILE,
                actions,
                indicators_for(actions),
                out / "plan.pdf",
                today=date(2026, 3, 15),
            )
            gantt = next(
                number for number in range(1, 60) if _is_landscape(out / "plan.pdf", number)
            )
            page_png(out / "plan.pdf", gantt, "report-plan-gantt.png")
    print(f"report pages written to {HERE}")
    return 0


def _is_landscape(pdf: Path, number: int) -> bool:
    from pypdf import PdfReader

    box = PdfReader(pdf).pages[number - 1].mediabox
    return float(box.width) > float(box.height)


if __name__ == "__main__":
    sys.exit(main())

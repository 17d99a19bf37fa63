"""Reports, wired once for both faces.

``registry`` declares every report (its title, options, how its data is read, which document
module lays it out), ``choices`` the options a user picks, ``file_names`` the name a report is
saved under, ``building`` how it is made. The Reports page (``ui/reports/``) and
``toolbox-desktop report`` (``cli/report.py``) both go through here, so they cannot disagree
about what a report contains. Nothing here imports Qt, and reportlab only once a report is
built: the command line imports this package for every command.
"""

from toolbox_desktop.services.reports.building import PreparedReport, build_report, prepare
from toolbox_desktop.services.reports.choices import (
    FIRST_YEAR,
    LAST_YEAR,
    OPTIONS,
    PAGE_SIZE,
    Entry,
    ReportChoices,
    ReportOption,
    report_year,
)
from toolbox_desktop.services.reports.file_names import default_file_name, safe_stem
from toolbox_desktop.services.reports.registry import (
    ANNUAL,
    ASSESSMENT,
    DOCX,
    FACT_SANDWICH,
    FORMAT_NAMES,
    FORMATS,
    LETTERS,
    PDF,
    PLAN,
    PROPOSAL,
    REGION,
    REPORTS,
    RIGHTS,
    UNUSED_OPTIONS,
    WORKSHEET,
    XLSX,
    FormatNotOfferedError,
    NoAssessmentYetError,
    ReportDataError,
    ReportKind,
    YearOutOfRangeError,
    report_kind,
)

__all__ = [
    "ANNUAL",
    "ASSESSMENT",
    "DOCX",
    "FACT_SANDWICH",
    "FIRST_YEAR",
    "FORMATS",
    "FORMAT_NAMES",
    "LAST_YEAR",
    "LETTERS",
    "OPTIONS",
    "PAGE_SIZE",
    "PDF",
    "PLAN",
    "PROPOSAL",
    "REGION",
    "REPORTS",
    "RIGHTS",
    "UNUSED_OPTIONS",
    "WORKSHEET",
    "XLSX",
    "Entry",
    "FormatNotOfferedError",
    "NoAssessmentYetError",
    "PreparedReport",
    "ReportChoices",
    "ReportDataError",
    "ReportKind",
    "ReportOption",
    "YearOutOfRangeError",
    "build_report",
    "default_file_name",
    "prepare",
    "report_kind",
    "report_year",
    "safe_stem",
]

"""The columns of the spreadsheets: one list for the writer and the reader of the plan.

Each column has a key (the ``Action`` field it holds, or ``id``: the action's uid, the stable
key an import matches on, headed "Permanent ID" in the spreadsheet and the CSV export alike)
and an English header marked for translation in the context
"Spreadsheet". The reader recognises a column by its key, its English header, its header in
the user's language, the CSV export's header (context "PlanExport") and the German and Dutch
words below, so that a sheet made in the office next door maps without any work.
"""

from __future__ import annotations

import re

from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP

CTX = "Spreadsheet"

ID = "id"
# The uid's header. Only it (in any of our languages) and "uid" name the ID column: a plain
# "ID" or "Nr." is a numbering of rows (the CSV export's first column is the database's row
# number, which ``report proposal --actions`` takes), and matching on it would update the
# wrong actions.
PERMANENT_ID = QT_TRANSLATE_NOOP("Spreadsheet", "Permanent ID")
PLAN_COLUMNS: tuple[tuple[str, str], ...] = (
    ("title", QT_TRANSLATE_NOOP("Spreadsheet", "Action")),
    ("description", QT_TRANSLATE_NOOP("Spreadsheet", "Description")),
    ("dimension", QT_TRANSLATE_NOOP("Spreadsheet", "Dimension")),
    ("benchmarks", QT_TRANSLATE_NOOP("Spreadsheet", "Benchmarks")),
    ("responsible_role", QT_TRANSLATE_NOOP("Spreadsheet", "Responsible role")),
    ("responsible_person", QT_TRANSLATE_NOOP("Spreadsheet", "Responsible person")),
    ("partners", QT_TRANSLATE_NOOP("Spreadsheet", "Partners")),
    ("partner_names", QT_TRANSLATE_NOOP("Spreadsheet", "Partner names")),
    ("start", QT_TRANSLATE_NOOP("Spreadsheet", "Start")),
    ("end", QT_TRANSLATE_NOOP("Spreadsheet", "End")),
    ("phase", QT_TRANSLATE_NOOP("Spreadsheet", "Phase")),
    ("status", QT_TRANSLATE_NOOP("Spreadsheet", "Status")),
    ("priority", QT_TRANSLATE_NOOP("Spreadsheet", "Priority")),
    ("progress", QT_TRANSLATE_NOOP("Spreadsheet", "Progress %")),
    ("budget_cents", QT_TRANSLATE_NOOP("Spreadsheet", "Budget")),
    ("spent_cents", QT_TRANSLATE_NOOP("Spreadsheet", "Spent")),
    ("currency", QT_TRANSLATE_NOOP("Spreadsheet", "Currency")),
    ("budget_line", QT_TRANSLATE_NOOP("Spreadsheet", "Budget line")),
    ("funding_source", QT_TRANSLATE_NOOP("Spreadsheet", "Funding source")),
    ("guide_item", QT_TRANSLATE_NOOP("Spreadsheet", "Guide item")),
    (ID, PERMANENT_ID),  # last: for the import, not for reading
)
# Read, never written as a column of the plan's sheet (which has a Milestones sheet): the
# CSV export's one column of milestones, one per line ("2026-03-01 Opening (done)").
IMPORT_ONLY_COLUMNS = (("milestones", QT_TRANSLATE_NOOP("Spreadsheet", "Milestones")),)
PLAN_HEADERS = dict((*PLAN_COLUMNS, *IMPORT_ONLY_COLUMNS))
# What a column can be mapped to (the ID last, as in the sheet).
IMPORT_FIELDS = (
    *(key for key, _header in PLAN_COLUMNS if key != ID),
    *(key for key, _header in IMPORT_ONLY_COLUMNS),
    ID,
)

MILESTONE_COLUMNS = (
    (ID, PLAN_HEADERS[ID]),
    ("action", QT_TRANSLATE_NOOP("Spreadsheet", "Action")),
    ("milestone", QT_TRANSLATE_NOOP("Spreadsheet", "Milestone")),
    ("due", QT_TRANSLATE_NOOP("Spreadsheet", "Due")),
    ("done", QT_TRANSLATE_NOOP("Spreadsheet", "Done")),
)
INDICATOR_COLUMNS = (
    (ID, PLAN_HEADERS[ID]),
    ("action", QT_TRANSLATE_NOOP("Spreadsheet", "Action")),
    ("indicator", QT_TRANSLATE_NOOP("Spreadsheet", "Indicator")),
    ("unit", QT_TRANSLATE_NOOP("Spreadsheet", "Unit")),
    ("baseline", QT_TRANSLATE_NOOP("Spreadsheet", "Baseline")),
    ("target", QT_TRANSLATE_NOOP("Spreadsheet", "Target")),
    ("measured_on", QT_TRANSLATE_NOOP("Spreadsheet", "Measured on")),
    ("value", QT_TRANSLATE_NOOP("Spreadsheet", "Value")),
    ("note", QT_TRANSLATE_NOOP("Spreadsheet", "Note")),
)
SHEET_ACTIONS = QT_TRANSLATE_NOOP("Spreadsheet", "Actions")
SHEET_MILESTONES = QT_TRANSLATE_NOOP("Spreadsheet", "Milestones")
SHEET_INDICATORS = QT_TRANSLATE_NOOP("Spreadsheet", "Indicators")
SHEET_BENCHMARKS = QT_TRANSLATE_NOOP("Spreadsheet", "Benchmarks")
SHEET_SCORES = QT_TRANSLATE_NOOP("Spreadsheet", "Scores")

ASSESSMENT_COLUMNS = (
    ("dimension", QT_TRANSLATE_NOOP("Spreadsheet", "Dimension")),
    ("subtheme", QT_TRANSLATE_NOOP("Spreadsheet", "Sub-theme")),
    ("number", QT_TRANSLATE_NOOP("Spreadsheet", "No.")),
    ("code", QT_TRANSLATE_NOOP("Spreadsheet", "Code")),
    ("benchmark", QT_TRANSLATE_NOOP("Spreadsheet", "Benchmark")),
    ("level", QT_TRANSLATE_NOOP("Spreadsheet", "Level")),
    ("level_name", QT_TRANSLATE_NOOP("Spreadsheet", "Level (in words)")),
    ("target", QT_TRANSLATE_NOOP("Spreadsheet", "Target")),
    ("priority", QT_TRANSLATE_NOOP("Spreadsheet", "Priority")),
    ("exclusion", QT_TRANSLATE_NOOP("Spreadsheet", "Excluded")),
    ("evidence", QT_TRANSLATE_NOOP("Spreadsheet", "Evidence")),
    ("notes", QT_TRANSLATE_NOOP("Spreadsheet", "Notes")),
)
SCORE_COLUMNS = (
    ("group", QT_TRANSLATE_NOOP("Spreadsheet", "Dimension")),
    ("current", QT_TRANSLATE_NOOP("Spreadsheet", "Current %")),
    ("target", QT_TRANSLATE_NOOP("Spreadsheet", "Target %")),
    ("counted", QT_TRANSLATE_NOOP("Spreadsheet", "Rated")),
    ("excluded", QT_TRANSLATE_NOOP("Spreadsheet", "Excluded")),
    ("total", QT_TRANSLATE_NOOP("Spreadsheet", "Benchmarks")),
)
OVERALL = QT_TRANSLATE_NOOP("Spreadsheet", "Overall")

# Headers as German and Dutch offices write them (not shown, only recognised).
OTHER_HEADERS: dict[str, tuple[str, ...]] = {
    ID: ("uid", "dauerhafte id", "vaste id"),  # never "ID" or "Nr.": they number rows
    "title": ("titel", "maßnahme", "massnahme", "actie", "maatregel", "title", "name"),
    "description": ("beschreibung", "omschrijving", "beschrijving"),
    "dimension": ("dimension", "dimensie", "handlungsfeld"),
    "benchmarks": ("benchmark", "kriterien", "maßstäbe", "criteria"),
    "responsible_role": ("verantwortliche rolle", "zuständigkeit", "verantwoordelijke rol"),
    "responsible_person": (
        "verantwortlich",
        "verantwortliche person",
        "verantwoordelijke",
        "verantwoordelijke persoon",
    ),
    "partners": ("partner", "partnerarten"),
    "partner_names": ("partnernamen", "namen partners", "namen van partners"),
    "start": ("beginn", "anfang", "begin", "startdatum", "von"),
    "end": ("ende", "einde", "enddatum", "einddatum", "bis", "frist", "deadline"),
    "phase": ("zeitraum", "fase", "termijn"),
    "status": ("stand",),
    "priority": ("priorität", "prioriteit"),
    "progress": ("fortschritt", "voortgang", "progress"),
    "budget_cents": ("budget", "kosten", "begroting", "betrag", "bedrag"),
    "spent_cents": ("ausgegeben", "ausgaben", "uitgegeven", "uitgaven"),
    "currency": ("währung", "valuta"),
    "budget_line": ("haushaltsstelle", "kostenstelle", "begrotingspost", "kostenplaats"),
    "funding_source": ("finanzierung", "finanzierungsquelle", "financiering", "financieringsbron"),
    "guide_item": ("leitfaden", "handreiking"),
}


def normalised(header: object) -> str:
    """A header as compared: lower case, without punctuation and extra spaces."""
    text = re.sub(r"[^\w]+", " ", str(header or "").casefold())
    return " ".join(text.split())

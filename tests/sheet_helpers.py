"""A plan with every field filled, and the spreadsheet round trip's steps, for the tests of
``exchange/sheets``."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from toolbox_desktop.core.plan import (
    DONE,
    IN_PROGRESS,
    LONG,
    MEDIUM,
    Action,
    Indicator,
    Measurement,
    Milestone,
)
from toolbox_desktop.exchange.sheets.importing import default_sheet, preview
from toolbox_desktop.exchange.sheets.mapping import auto_mapping
from toolbox_desktop.exchange.sheets.reading import read_spreadsheet
from toolbox_desktop.reports.document import ReportOptions
from toolbox_desktop.services.reports.choices import ReportChoices
from toolbox_desktop.services.reports.registry import XLSX, report_kind
from toolbox_desktop.storage.plan_repository import PlanRepository

FULL = Action(
    title="Sprachcafé «Roßlau» – Kadıköy, Пётр مریم",
    description="Line 1\nLine 2; with, separators\n=SUM(A1:A3)",
    benchmarks=("gov.strategic-planning.1", "gov.strategic-planning.2"),
    dimension="gov",
    responsible_role="=Integration officer",
    responsible_person="+Ayşe Yılmaz",
    partners=("ngos", "volunteers"),
    partner_names="-Caritas, @Diakonie",
    start=date(2026, 1, 15),
    end=date(2027, 6, 30),
    phase=MEDIUM,
    status=IN_PROGRESS,
    priority=3,
    progress=45,
    budget_cents=12_500_55,
    spent_cents=3_001_07,
    currency="EUR",
    budget_line="1.2.3 Integration",
    funding_source="amif",
    milestones=(
        Milestone("Rat, Beschluss", date(2026, 2, 1), done=True),
        Milestone("=Opening", date(2026, 9, 1)),
        Milestone("Undated"),
    ),
    guide_item="quick-win-1",
)
OTHER = Action(
    title="Welcome desk",
    dimension="edu",
    status=DONE,
    phase=LONG,
    priority=1,
    budget_cents=99,
    currency="CHF",
    end=date(2026, 12, 31),
)


def seed_plan(conn) -> list[Action]:
    repository = PlanRepository(conn)
    stored = [repository.save_action(FULL), repository.save_action(OTHER)]
    stored.append(repository.save_action(Action(title="Just a title")))
    repository.save_indicator(
        Indicator(
            name="Visitors",
            unit="people",
            baseline=10.0,
            target=100.5,
            action_id=stored[0].id,
            measurements=(
                Measurement(date(2026, 3, 1), 25.0, "first count"),
                Measurement(date(2026, 6, 1), 40.5, "=second"),
            ),
        )
    )
    return stored


def export_plan(workspace, path: Path, translate=None, language="en") -> Path:
    kind = report_kind("plan")
    data = kind.read(workspace.conn, ReportChoices())
    options = ReportOptions(language=language)
    if translate is not None:
        options = replace(options, translate=translate)
    kind.writer(XLSX)(workspace.content, data, path, options)
    return path


def untranslated(context: str, text: str, *_rest) -> str:
    return text


def preview_file(workspace, path: Path, locale: str = "en"):
    spreadsheet = read_spreadsheet(path, locale)
    sheet = default_sheet(spreadsheet, untranslated)
    mapping = auto_mapping(sheet.headers, untranslated)
    return preview(
        workspace.conn, workspace.content, spreadsheet, sheet, mapping, untranslated, locale
    )


def without_ids(actions: list[Action]) -> list[Action]:
    return [replace(a, id=None) for a in actions]

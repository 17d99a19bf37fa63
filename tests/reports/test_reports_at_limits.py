"""Every report builds with every text and list at its limit (``core.limits``), and with the
longer texts stored before there were limits: each paragraph holds at most a page-sized piece
of text, so that laying it out costs time in proportion to its length, and no table cell
grows taller than a page (which stops reportlab). benchmarks/limits.py measures the times."""

from __future__ import annotations

from dataclasses import replace

from pypdf import PdfReader
from reportlab.platypus import Paragraph

import limit_data
from toolbox_desktop.core import limits
from toolbox_desktop.reports.annual_report import build_annual_report
from toolbox_desktop.reports.assessment_report import build_assessment_report
from toolbox_desktop.reports.document import make_styles
from toolbox_desktop.reports.factsandwich_worksheet import build_factsandwich_worksheet
from toolbox_desktop.reports.long_text import CHUNK, MAX_LINES
from toolbox_desktop.reports.plan_actions import details, numbered
from toolbox_desktop.reports.plan_format import PlanWords
from toolbox_desktop.reports.plan_report import build_plan_report
from toolbox_desktop.reports.rights_handout import build_rights_handout
from toolbox_desktop.reports.worksheet import build_worksheet
from toolbox_desktop.storage.annual_texts import AnnualTexts
from toolbox_desktop.storage.fact_sandwich_repository import FactSandwich

TODAY = limit_data.TODAY


def english(context: str, text: str) -> str:
    del context
    return text


def plan(content, count: int = 3):
    codes = [b.code for b in content.benchmarks]
    actions = [limit_data.action(codes, n, kind=n) for n in range(1, count + 1)]
    return actions, [limit_data.indicator(a.id, a.id) for a in actions]


def pages(path) -> int:
    return len(PdfReader(path).pages)


def assert_bounded(story: list) -> None:
    """No paragraph holds more than a piece of text: reportlab breaks a paragraph again each
    time it splits it over a page, so one paragraph of a whole text costs its square."""
    texts = [flowable.text for flowable in story if isinstance(flowable, Paragraph)]
    assert texts
    assert max(len(text) for text in texts) <= 2 * CHUNK
    assert max(text.count("<br/>") for text in texts) < 2 * MAX_LINES


def test_the_plan_details_are_pieces_of_bounded_size(content):
    actions, indicators = plan(content, count=1)
    words = PlanWords(content, english, "en", TODAY)
    by_action = {i.action_id: [i] for i in indicators}
    groups = [("Short term", actions)]
    assert_bounded(details(groups, words, make_styles(), numbered(groups), by_action))


def test_texts_stored_before_the_limits_are_cut_into_pieces_too(content):
    """A plan with 100,000-character partner names took over ten minutes to print."""
    [action], _indicators = plan(content, count=1)
    action = replace(action, partner_names="Caritas, " * 11_111, budget_line="x" * 100_000)
    words = PlanWords(content, english, "en", TODAY)
    groups = [("Short term", [action])]
    assert_bounded(details(groups, words, make_styles(), numbered(groups), {}))


def test_the_plan_report_with_every_field_at_its_limit(content, tmp_path):
    actions, indicators = plan(content)
    path = tmp_path / "plan.pdf"
    build_plan_report(content, limit_data.profile(), actions, indicators, path, today=TODAY)
    assert pages(path) > 3 * limits.TEXT // 5000  # the descriptions are printed in full


def test_the_assessment_report_with_every_field_at_its_limit(content, tmp_path):
    codes = [b.code for b in content.benchmarks[:3]]
    ratings = {code: limit_data.rating(code, n) for n, code in enumerate(codes)}
    earlier = (limit_data.assessment(2, kind=1), ratings)
    path = tmp_path / "assessment.pdf"
    build_assessment_report(
        content,
        limit_data.profile(),
        limit_data.assessment(),
        ratings,
        path,
        earlier=earlier,
        today=TODAY,
    )
    assert pages(path) > 3 * 2 * limits.TEXT // 5000


def test_the_annual_report_with_every_field_at_its_limit(content, tmp_path):
    """Titles of many short lines (stored before one-line fields lost their line breaks)
    once made a table row taller than a page."""
    actions, indicators = plan(content)
    actions = [replace(a, title=limit_data.filled(limits.LINE, 3, lines=True)) for a in actions]
    texts = AnnualTexts(TODAY.year, **limit_data.texts(limits.ANNUAL_TEXTS))
    path = tmp_path / "annual.pdf"
    build_annual_report(content, limit_data.profile(), actions, indicators, texts, path)
    assert pages(path) > 3 * limits.TEXT // 5000


def test_the_worksheet_with_every_field_at_its_limit(content, tmp_path):
    path = tmp_path / "worksheet.pdf"
    build_worksheet(content, path, limit_data.profile(3), facilitator=True, today=TODAY)
    assert pages(path) > 1


def test_the_fact_sandwich_worksheet_with_every_field_at_its_limit(content, tmp_path):
    """A fact sandwich's four parts sit beside their names in a table: each row must stay
    shorter than a page, with any sort of text at its limit and many of them."""
    sandwiches = [
        FactSandwich(n, **limit_data.texts(limits.FACT_SANDWICH, kind=n)) for n in range(1, 6)
    ]
    path = tmp_path / "factsandwich.pdf"
    build_factsandwich_worksheet(content, limit_data.profile(3), sandwiches, path)
    assert pages(path) > 5


def test_the_rights_handout_with_a_long_town_name(content, tmp_path):
    path = tmp_path / "rights.pdf"
    build_rights_handout(content, limit_data.profile(3), path)
    assert pages(path) >= 1

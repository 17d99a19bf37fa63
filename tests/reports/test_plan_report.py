"""The action plan report: lists, details, Gantt chart and budget, for any plan and any text."""

import tempfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from report_helpers import nfkc, pdf_text

from toolbox_desktop.cli import EXIT_OK, main
from toolbox_desktop.core.assessment import Profile
from toolbox_desktop.core.plan import (
    DONE,
    DROPPED,
    IN_PROGRESS,
    LONG,
    MEDIUM,
    PHASES,
    PLANNED,
    SHORT,
    STATUSES,
    Action,
    Indicator,
    Measurement,
    Milestone,
)
from toolbox_desktop.reports.document import ReportOptions
from toolbox_desktop.reports.plan_axis import Axis, elide
from toolbox_desktop.reports.plan_format import PlanWords
from toolbox_desktop.reports.plan_report import build_plan_report
from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.storage.plan_repository import PlanRepository

TODAY = date(2025, 6, 15)
NASTY = '<img src="/etc/passwd"> & </para> <b>bold?</b> 🙂 abc مریم def'


def build(content, path, actions, indicators=(), **kwargs) -> str:
    kwargs.setdefault("today", TODAY)
    profile = kwargs.pop("profile", Profile(name="Musterstadt"))
    build_plan_report(content, profile, list(actions), list(indicators), path, **kwargs)
    return pdf_text(path)


def many(count: int, **changes) -> list[Action]:
    """``count`` dated actions over three years, made directly (no database) to stay fast."""
    return [
        Action(
            id=number,
            title=f"Action number {number}",
            responsible_role="Integration officer",
            start=date(2025, 1, 1) + timedelta(days=number % 700),
            end=date(2025, 3, 1) + timedelta(days=number % 900),
            status=STATUSES[number % len(STATUSES)],
            phase=PHASES[number % len(PHASES)],
            budget_cents=number * 100,
            **changes,
        )
        for number in range(1, count + 1)
    ]


def landscape(path: Path) -> list[int]:
    """Numbers (from 0) of the landscape pages."""
    pages = PdfReader(path).pages
    return [n for n, page in enumerate(pages) if page.mediabox.width > page.mediabox.height]


@pytest.fixture
def plan(content):
    benchmark = content.benchmarks[0]
    actions = [
        Action(
            id=1,
            title="Welcome desk at the town hall",
            description="Open three mornings a week.",
            benchmarks=(benchmark.code, "gov.gone.9"),
            dimension="gov",
            responsible_role="Integration officer",
            responsible_person="Anna Müller",
            partners=("ngos",),
            partner_names="Caritas",
            start=date(2025, 1, 1),
            end=date(2025, 5, 31),
            phase=SHORT,
            status=IN_PROGRESS,
            progress=40,
            budget_cents=12_500_50,
            spent_cents=3_000_25,
            budget_line="4711-02",
            funding_source="amif",
            milestones=(
                Milestone("Opening day", date(2025, 2, 1), done=True),
                Milestone("First review", date(2025, 4, 1)),
            ),
        ),
        Action(
            id=2,
            title="Интеграционный центр «Пётрово»",
            dimension="edu",
            responsible_person="Мария Петрова",
            start=date(2025, 9, 1),
            end=date(2026, 8, 31),
            phase=MEDIUM,
            status=PLANNED,
            budget_cents=7_499_55,
            funding_source="amif",
        ),
        Action(
            id=3,
            title="Kadıköy İşbirliği masası",
            dimension="edu",
            responsible_person="Ayşe Yılmaz",
            start=date(2026, 1, 1),
            end=date(2028, 12, 31),
            phase=LONG,
            status=PLANNED,
            budget_cents=1_000_00,
            spent_cents=10,
            currency="CHF",
        ),
        Action(id=4, title="مرکز مشاوره برای تازه‌واردان", status=DONE, budget_cents=99_99),
        Action(id=5, title="Dropped idea", status=DROPPED, end=date(2025, 3, 1), budget_cents=5_00),
    ]
    indicators = [
        Indicator(
            id=1,
            name="Visitors per month",
            unit="people",
            baseline=10,
            target=120,
            action_id=1,
            measurements=(Measurement(date(2025, 3, 1), 44.5, "spring count"),),
        ),
        Indicator(id=2, name="Benchmark-level indicator", benchmark=benchmark.code),
    ]
    return actions, indicators


def test_lists_titles_owners_dates_and_everything_about_an_action(content, plan, tmp_path):
    path = tmp_path / "plan.pdf"
    text = build(content, path, *plan)
    for title in ("Welcome desk at the town hall", "Dropped idea"):
        assert title in text
    assert "Action plan" in text and "Printed on 6/15/2025" in text
    overview = " ".join(text[text.rindex("Actions at a glance") : text.rindex("Timeline")].split())
    assert "1 Welcome desk at the town hall" in overview  # numbered as in the details
    assert (
        "Integration officer Anna Müller 1/1/2025 – 5/31/2025 In progress 40 % Overdue" in overview
    )
    assert "1. Governance · Priority: Medium" in overview
    assert "NGOs; Caritas" in text
    assert "Overdue" in text  # action 1 ended on 31 May and is still in progress
    assert "AMIF (EU Asylum, Migration and Integration Fund)" in text and "4711-02" in text
    assert content.benchmarks[0].title in text
    assert f"1.1.1 {content.benchmarks[0].title}"[:40] in text  # numbered as on screen
    assert content.benchmarks[0].code not in text  # the code is for files, not for people
    assert "gov.gone.9 (no longer in the toolbox)" in text
    assert "2/1/2025: Opening day (done)" in text
    assert "4/1/2025: First review (overdue)" in text
    assert "Visitors per month (people)" in text
    assert "baseline 10 · target 120 · latest 44.5 (3/1/2025)" in text
    assert "31 % of the way" in text and "spring count" in text  # (44.5 - 10) / (120 - 10)
    assert "Benchmark-level indicator" not in text
    assert "Contents" in text and "Page 1 of" in text
    reader = PdfReader(path)
    assert "Musterstadt" in reader.pages[1].extract_text()  # the header of every page


def test_money_is_exact_and_currencies_are_never_added(content, plan, tmp_path):
    text = build(content, tmp_path / "plan.pdf", *plan)
    assert "€12,500.50" in text and "spent €3,000.25" in text
    # EUR: 12,500.50 + 7,499.55 + 99.99 (done) = 20,100.04; the dropped 5.00 is not counted
    assert "Planned: €20,100.04 · Spent: €3,000.25 · Remaining: €17,099.79" in text
    # both AMIF actions: 12,500.50 + 7,499.55
    assert "€20,000.05" in text
    assert "Budget in CHF" in text
    spaced = text.replace("\xa0", " ")  # CLDR puts a no-break space after "CHF"
    assert "Planned: CHF 1,000.00 · Spent: CHF 0.10 · Remaining: CHF 999.90" in spaced
    assert "21,100.04" not in text and "21,105.04" not in text  # EUR and CHF never summed


def test_cyrillic_and_turkish_exactly_arabic_and_farsi_after_normalisation(content, plan, tmp_path):
    text = build(content, tmp_path / "plan.pdf", *plan)
    assert "Интеграционный центр «Пётрово»" in text and "Мария Петрова" in text
    assert "Kadıköy İşbirliği masası" in text and "Ayşe Yılmaz" in text
    for word in ("مرکز", "مشاوره"):
        assert nfkc(word) in nfkc(text) or nfkc(word)[::-1] in nfkc(text)


def test_group_by_dimension_follows_the_toolbox_order(content, plan, tmp_path):
    text = build(content, tmp_path / "plan.pdf", *plan, group_by="dimension")
    governance, education = content.dimension("gov"), content.dimension("edu")
    overview = text[text.rindex("Actions at a glance") : text.rindex("Timeline")]
    first = overview.index(f"{governance.number}. {governance.title}")
    assert first < overview.index(f"{education.number}. {education.title}")
    assert first < overview.index("No dimension")
    with pytest.raises(ValueError, match="group_by"):
        build(content, tmp_path / "x.pdf", *plan, group_by="colour")


def test_phases_in_order_then_actions_without_an_end_date(content, plan, tmp_path):
    text = build(content, tmp_path / "plan.pdf", *plan)
    overview = text[text.rindex("Actions at a glance") : text.rindex("Timeline")]
    positions = [
        overview.index(name)
        for name in (
            "Short term (0-12 months)",
            "Medium term (1-3 years)",
            "Long term (over 3 years)",
            "Without an end date",
        )
    ]
    assert positions == sorted(positions)


def test_gantt_chart_is_on_landscape_pages_then_portrait_again(content, plan, tmp_path):
    path = tmp_path / "plan.pdf"
    build(content, path, *plan)
    pages = PdfReader(path).pages
    wide = landscape(path)
    assert len(wide) == 1
    chart = pages[wide[0]].extract_text()
    assert "Timeline" in chart and "Milestone reached" in chart and "Today (6/15/2025)" in chart
    assert "Welcome desk at the town hall" in chart  # the bar's label
    assert "Budget" in pages[wide[-1] + 1].extract_text()  # portrait again after the chart
    assert pages[wide[-1] + 1].mediabox.height > pages[wide[-1] + 1].mediabox.width


def test_an_action_without_dates_is_listed_and_noted_but_not_drawn(content, plan, tmp_path):
    path = tmp_path / "plan.pdf"
    text = build(content, path, *plan)
    farsi = nfkc("مشاوره")
    assert farsi in nfkc(text) or farsi[::-1] in nfkc(text)
    chart = PdfReader(path).pages[landscape(path)[0]].extract_text()
    assert "Not in the chart because they have no dates (1):" in chart
    undated = nfkc(chart[chart.index("no dates (1):") :])
    assert farsi in undated or farsi[::-1] in undated  # only in the note, after the chart


def test_gantt_pages_grow_with_the_number_of_actions(content, tmp_path):
    counts = []
    for number in (10, 60, 200):
        path = tmp_path / f"plan{number}.pdf"
        build(content, path, many(number))
        counts.append(len(landscape(path)))
    assert counts[0] == 1 and counts[0] < counts[1] < counts[2]
    assert counts[2] >= 200 // 40  # rows per landscape page are limited: the chart continues
    text = pdf_text(tmp_path / "plan200.pdf")
    assert "Action number 200" in text and "(continued)" in text


def test_no_actions_yet(content, tmp_path):
    path = tmp_path / "empty.pdf"
    text = build(content, path, [])
    assert "No actions yet" in text and "Action plan" in text and "Musterstadt" in text
    assert not landscape(path)


def test_a_plan_without_any_dates_has_no_chart_but_builds(content, tmp_path):
    actions = [Action(id=1, title="Someday"), Action(id=2, title="Maybe later")]
    path = tmp_path / "undated.pdf"
    text = build(content, path, actions, profile=None)
    assert "there is no timeline to draw" in text
    assert "Not in the chart because they have no dates (2):" in text


def test_markup_in_every_field_is_printed_not_interpreted(content, tmp_path):
    action = Action(
        id=1,
        title=NASTY,
        description=NASTY + "\nsecond line",
        responsible_role=NASTY,
        responsible_person=NASTY,
        partner_names=NASTY,
        budget_line=NASTY,
        budget_cents=100,
        currency="<EUR>",
        funding_source="not-a-known-source",
        dimension="<dim>",
        start=date(2025, 1, 1),
        end=date(2025, 12, 31),
        milestones=(Milestone(NASTY, date(2025, 6, 1)),),
    )
    indicator = Indicator(
        id=1,
        name=NASTY,
        unit="<u>",
        action_id=1,
        measurements=(Measurement(date(2025, 2, 1), 3, NASTY),),
    )
    text = build(content, tmp_path / "nasty.pdf", [action], [indicator])
    assert '<img src="/etc/passwd"> & </para> <b>bold?</b>' in text
    assert "<EUR>1.00" in text and "<dim> (no longer in the toolbox)" in text


def test_a_100000_character_description_runs_over_many_pages(content, tmp_path):
    description = "Lorem ipsum dolor sit amet. " * 3500 + "THE-END " + "x" * 5000
    action = Action(id=1, title="Long one", description=description, end=date(2025, 9, 1))
    assert len(description) > 100_000
    path = tmp_path / "long.pdf"
    text = build(content, path, [action])
    assert "THE-END" in text
    assert len(PdfReader(path).pages) > len(description) // 8000  # in full, not cut


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(texts=st.lists(st.text(), min_size=12, max_size=12))
def test_any_text_in_any_field_builds(content, texts):
    action = Action(
        id=7,
        title=texts[0],
        description=texts[1],
        responsible_role=texts[2],
        responsible_person=texts[3],
        partner_names=texts[4],
        budget_line=texts[5],
        currency=texts[6],
        start=date(2025, 1, 1),
        end=date(2026, 1, 1),
        budget_cents=1,
        milestones=(Milestone(texts[7], date(2025, 6, 1)), Milestone(texts[8])),
    )
    undated = Action(id=8, title=texts[9])
    indicator = Indicator(
        id=1,
        name=texts[10],
        unit=texts[11],
        action_id=7,
        measurements=(Measurement(date(2025, 3, 1), 1.5, texts[11]),),
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "any.pdf"
        build_plan_report(
            content, Profile(name=texts[0]), [action, undated], [indicator], path, today=TODAY
        )
        assert len(PdfReader(path).pages) >= 5


def test_many_actions_build(content, tmp_path):
    """Hundreds of actions (10,000: ``python benchmarks/limits.py 10000``, not a test)."""
    count = 400
    actions = many(count)
    path = tmp_path / "huge.pdf"
    build_plan_report(content, None, actions, [], path, today=TODAY)
    pages = PdfReader(path).pages
    wide = landscape(path)
    assert len(wide) >= count // 40 and wide == list(range(wide[0], wide[-1] + 1))
    assert "Timeline" in pages[wide[0]].extract_text()
    planned = sum(a.budget_cents for a in actions if a.status != DROPPED)
    budget = pages[wide[-1] + 1].extract_text()
    assert f"Planned: €{planned // 100:,}.{planned % 100:02d}" in budget
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1].extract_text()


def test_letter_paper_and_a_translation(content, plan, tmp_path):
    german = {
        ("PlanReport", "Action plan"): "Aktionsplan",
        ("PlanReport", "Timeline"): "Zeitplan",
        ("Plan", "Planned"): "Geplant",
    }
    options = ReportOptions(
        page_size="Letter",
        translate=lambda context, text: german.get((context, text), text),
        language="de",
    )
    path = tmp_path / "letter.pdf"
    text = build(content, path, *plan, options=options)
    assert "Aktionsplan" in text and "Zeitplan" in text and "Geplant" in text
    assert "12.500,50 €" in text  # German separators, CLDR currency format
    box = PdfReader(path).pages[landscape(path)[0]].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (792, 612)


def test_money_and_numbers_are_formatted_from_cents_exactly(content):
    words = PlanWords(content, lambda context, text: text, "en", TODAY)
    assert words.money(1_250_050, "EUR") == "€12,500.50"
    assert words.money(5, "EUR") == "€0.05"
    assert words.money(-1999, "EUR") == "-€19.99"
    assert words.money(10**13 + 1, "EUR") == "€100,000,000,000.01"
    assert words.money(None, "EUR") == ""
    assert words.number(1234567.0) == "1,234,567" and words.number(0.125) == "0.125"
    assert PlanWords(content, lambda c, t: t, "fr", TODAY).amount(123456) == "1\u202f234,56"


def test_axis_unit_follows_the_span_of_the_plan():
    assert Axis.covering([date(2025, 1, 10), date(2025, 9, 1)]).months == 1
    assert Axis.covering([date(2025, 1, 10), date(2027, 12, 1)]).months == 3
    axis = Axis.covering([date(1990, 1, 1), date(2100, 12, 31)])
    assert axis.months == 12 and axis.first == date(1990, 1, 1) and axis.end == date(2101, 1, 1)
    one_day = Axis.covering([date(2025, 5, 5)])
    assert one_day.first == date(2025, 5, 1) and one_day.end == date(2025, 8, 1)


def test_labels_are_cut_to_fit():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from toolbox_desktop.reports.fonts import FAMILY, register_fonts

    register_fonts()
    assert elide("Short", 100) == "Short"
    long = elide("A very long title " * 20, 100)
    assert long.endswith("…") and stringWidth(long, FAMILY, 7.5) <= 100
    assert elide("line\nbreak\x00", 200) == "line break"


def test_cli_writes_the_plan_report(workspace, tmp_path, capsys):
    AssessmentRepository(workspace.conn).save_profile(Profile(name="Пётрово"))
    PlanRepository(workspace.conn).save_action(
        Action(title="Language café", dimension="edu", end=date(2026, 9, 30), budget_cents=4200_00)
    )
    out = tmp_path / "plan.pdf"
    code = main(
        ["report", "plan", "--db", str(workspace.path), "-o", str(out), "--group-by", "dimension"]
    )
    assert code == EXIT_OK
    assert "written to" in capsys.readouterr().out
    text = pdf_text(out)
    assert "Пётрово" in text and "Language café" in text and "€4,200.00" in text


def test_details_only_for_actions_that_have_more_than_their_line(content, plan, tmp_path):
    text = build(content, tmp_path / "plan.pdf", *plan)
    overview = " ".join(text[text.rindex("Actions at a glance") : text.rindex("Timeline")].split())
    details = " ".join(text[text.rindex("Action details") :].split())
    # numbered in print order: by phase, then by date
    for number, title in enumerate(
        ["Welcome desk at the town hall", "Dropped idea", "Интеграционный центр «Пётрово»"], 1
    ):
        assert f"{number} {title}" in overview
    assert "1. Welcome desk at the town hall Open three mornings a week." in details
    assert "3. Интеграционный центр «Пётрово» Funding source: AMIF" in details
    for plain in ("Dropped idea", "Kadıköy İşbirliği masası"):  # all of it is in the overview
        assert plain in overview and plain not in details


def test_a_plan_without_details_ends_with_the_budget(content, tmp_path):
    text = build(content, tmp_path / "plain.pdf", many(12))
    assert "Action details" not in text and "Actions at a glance" in text
    assert text.rstrip().endswith("Page 5 of 5") or "Budget" in text.split("Page")[-2]


def realistic(content, count: int) -> list[Action]:
    """Actions as a town writes them: a benchmark, a milestone, a funding source, a note."""
    benchmarks = content.benchmarks
    return [
        Action(
            id=n,
            title=f"Action {n}: {benchmarks[n % len(benchmarks)].title}",
            description="Agreed with the partners in the spring meeting.",
            benchmarks=(benchmarks[n % len(benchmarks)].code,),
            dimension=benchmarks[n % len(benchmarks)].dimension,
            responsible_role="Integration officer",
            responsible_person="Ayşe Yılmaz",
            start=date(2025, 1, 1) + timedelta(days=n * 3),
            end=date(2025, 6, 1) + timedelta(days=n * 5),
            status=STATUSES[n % len(STATUSES)],
            budget_cents=n * 10_000,
            spent_cents=n * 2_000,
            funding_source="amif",
            milestones=(Milestone("Review", date(2025, 3, 1) + timedelta(days=n)),),
        )
        for n in range(1, count + 1)
    ]


def test_two_hundred_actions_take_a_few_dozen_pages_not_seventy(content, tmp_path):
    path = tmp_path / "realistic.pdf"
    actions = realistic(content, 200)
    text = build(content, path, actions)
    assert len(PdfReader(path).pages) <= 40  # was 73 with a block of every field per action
    overview = " ".join(text[text.rindex("Actions at a glance") : text.rindex("Timeline")].split())
    details = " ".join(text[text.rindex("Action details") :].split())
    for number, action in enumerate(actions, 1):  # dated in creation order: numbered so too
        assert f"{number} {action.title}" in overview
        assert f"{number}. {action.title}" in details
    assert details.count("Funding source: AMIF") == 200

"""The annual report: the year's actions, indicators, money and the user's own texts."""

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st
from report_helpers import nfkc, pdf_text

from toolbox_desktop.core.assessment import Profile
from toolbox_desktop.core.plan import (
    DONE,
    DROPPED,
    IN_PROGRESS,
    PLANNED,
    Action,
    Indicator,
    Measurement,
    year_in_review,
)
from toolbox_desktop.reports.annual_report import build_annual_report
from toolbox_desktop.storage.annual_texts import AnnualTextRepository, AnnualTexts

YEAR = 2026


def actions() -> list[Action]:
    return [
        Action(
            id=1,
            title="Welcome desk «Пётрово»",
            dimension="gov",
            status=DONE,
            start=date(2025, 9, 1),
            end=date(2026, 2, 28),
            budget_cents=2_400_000,
            spent_cents=2_350_000,
            responsible_person="Ayşe Yılmaz",
        ),
        Action(
            id=2,
            title="Language café",
            dimension="edu",
            status=IN_PROGRESS,
            progress=40,
            start=date(2026, 3, 1),
            end=date(2027, 6, 30),
            budget_cents=500_000,
            spent_cents=100_000,
        ),
        Action(
            id=3,
            title="Bus line",
            dimension="hou",
            status=DROPPED,
            start=date(2026, 1, 1),
            end=date(2026, 12, 31),
            budget_cents=9_999_900,
        ),
        Action(id=4, title="Done last year", dimension="gov", status=DONE, end=date(2025, 12, 1)),
        Action(
            id=5,
            title="Planned for 2028",
            dimension="emp",
            status=PLANNED,
            start=date(2028, 1, 1),
            end=date(2028, 6, 1),
        ),
    ]


def test_year_in_review_sorts_actions_by_what_happened():
    review = year_in_review(actions(), YEAR)
    assert [a.id for a in review.completed] == [1]
    assert [a.id for a in review.in_progress] == [2]
    assert [a.id for a in review.dropped] == [3]


def test_texts_are_stored_per_year(workspace):
    repository = AnnualTextRepository(workspace.conn)
    assert repository.texts(YEAR) == AnnualTexts(YEAR)
    texts = AnnualTexts(YEAR, "Ein gutes Jahr", "Volunteers: مریم و ناصر", "Housing")
    repository.save(texts)
    repository.save(AnnualTexts(YEAR - 1, "Earlier"))
    assert repository.texts(YEAR) == texts


def test_annual_report_content(content, tmp_path):
    path = tmp_path / "annual.pdf"
    texts = AnnualTexts(
        YEAR,
        summary="Ein gutes Jahr für Kadıköy-Пётрово.",
        stories="Volunteers: مریم و ناصر",
        next_focus="",
    )
    indicator = Indicator(
        name="Participants per month",
        unit="people",
        baseline=5,
        target=25,
        measurements=(Measurement(date(2025, 6, 1), 7), Measurement(date(2026, 6, 1), 15)),
    )
    build_annual_report(
        content, Profile(name="Kadıköy-Пётрово"), actions(), [indicator], texts, path
    )
    text = " ".join(pdf_text(path).split())  # table cells wrap lines
    assert "Annual integration report 2026" in text
    assert "Ein gutes Jahr für Kadıköy-Пётрово." in text
    assert "1 completed, 1 in progress or planned, 1 dropped." in text
    assert "Welcome desk «Пётрово»" in text and "Done last year" not in text
    assert "Planned for 2028" not in text
    assert "In progress (40 %)" in text
    assert "15 people (6/1/2026)" in text and "50 %" in text  # (15 - 5) / (25 - 5)
    # planned 24,000.00 + 5,000.00 (the dropped bus line left out), spent 23,500 + 1,000
    assert "29,000.00" in text
    # next year's focus is empty: left out, and no word about the app
    assert "Next year's focus" not in text and "Not written" not in text
    assert "Reports area" not in text
    shaped = nfkc(text)
    assert "مریم" in shaped or "مریم"[::-1] in shaped


def test_a_year_without_anything(content, tmp_path):
    path = tmp_path / "empty.pdf"
    build_annual_report(content, Profile(), [], [], AnnualTexts(2030), path)
    text = pdf_text(path)
    assert "No actions." in text and "No indicator was measured in 2030." in text


@settings(max_examples=20, deadline=None)
@given(st.text(), st.text())
def test_any_text_in_every_field(tmp_path_factory, title, story):
    from toolbox_desktop.core.pack import load_pack
    from toolbox_desktop.paths import content_root

    content = load_pack(content_root() / "whole-comm").content
    path = tmp_path_factory.mktemp("annual") / "any.pdf"
    action = Action(
        id=1,
        title=title or "x",
        responsible_person=story,
        status=DONE,
        end=date(YEAR, 5, 1),
        dimension="gov",
    )
    indicator = Indicator(
        name=title,
        unit=story,
        baseline=0,
        target=1,
        measurements=(Measurement(date(YEAR, 1, 1), 1, story),),
    )
    build_annual_report(
        content,
        Profile(name=story),
        [action],
        [indicator],
        AnnualTexts(YEAR, title, story, title + story),
        path,
    )
    assert path.stat().st_size > 1000

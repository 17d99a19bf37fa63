"""Presentation mode: stepping with the keys a presenter uses, the two kinds of slides, the
group's votes as counts without names, and no crash on empty or unusual input."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent

from toolbox_desktop.core.assessment import NOT_APPLICABLE, Assessment, Rating
from toolbox_desktop.core.consensus import Participant, ParticipantRating, Votes
from toolbox_desktop.core.content import Content
from toolbox_desktop.ui.assessment.texts import benchmark_numbers
from toolbox_desktop.ui.workshop.presentation import PresentationWindow

NAMES = ("Alice Zimmermann", "Bogdan Petrov", "Chiara Rossi", "Dmitrij Orlov")


@pytest.fixture(autouse=True)
def english_numbers():
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def content(workspace) -> Content:
    return workspace.content


@pytest.fixture
def assessment() -> Assessment:
    return Assessment(1, "Spring workshop", "2026-03-12")


@pytest.fixture
def make(qtbot, content, assessment):
    def build(**options) -> PresentationWindow:
        options.setdefault("ratings", {})
        window = PresentationWindow(
            options.pop("content", content),
            options.pop("assessment", assessment),
            options.pop("ratings"),
            **options,
        )
        qtbot.addWidget(window)
        window.resize(1280, 720)
        return window

    return build


def people(count: int = 4, named: bool = True) -> list[Participant]:
    return [
        Participant(id=n, number=n, name=NAMES[n - 1] if named else "") for n in range(1, count + 1)
    ]


def answers(code: str, *levels: int | str | None) -> Votes:
    """Votes from levels; "na" is not applicable, None not rated."""
    result = []
    for level in levels:
        if level is None:
            result.append(None)
        elif level == "na":
            result.append(ParticipantRating(code, exclusion=NOT_APPLICABLE))
        else:
            result.append(ParticipantRating(code, level=level))
    return Votes(code, tuple(result))


def codes_of(content: Content, dimension: str) -> list[str]:
    return [b.code for b in content.benchmarks if b.dimension == dimension]


# -- stepping ---------------------------------------------------------------------------------

NEXT = [Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space, Qt.Key.Key_PageDown]
NEXT += [Qt.Key.Key_Return, Qt.Key.Key_Enter]
PREVIOUS = [Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Backspace, Qt.Key.Key_PageUp]


@pytest.mark.parametrize("key", NEXT)
def test_each_forward_key_steps_to_the_next_benchmark(make, qtbot, content, key):
    window = make()
    assert window.current_index() == 0
    qtbot.keyClick(window, key)
    assert window.current_index() == 1
    assert window.current_code() == content.benchmarks[1].code


@pytest.mark.parametrize("key", PREVIOUS)
def test_each_back_key_steps_to_the_previous_benchmark(make, qtbot, key):
    window = make()
    window.go_to(5)
    qtbot.keyClick(window, key)
    assert window.current_index() == 4


def test_home_and_end_and_no_wrap_around(make, qtbot, content):
    window = make()
    assert window.slide_count() == len(content.benchmarks)
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert window.current_index() == 0, "no wrap from the first to the last slide"
    qtbot.keyClick(window, Qt.Key.Key_End)
    assert window.current_index() == window.slide_count() - 1
    qtbot.keyClick(window, Qt.Key.Key_Right)
    window.next_slide()
    assert window.current_index() == window.slide_count() - 1, "no wrap at the end"
    qtbot.keyClick(window, Qt.Key.Key_Home)
    assert window.current_index() == 0


def test_mouse_click_and_wheel_step(make, qtbot):
    window = make()
    window.show()
    qtbot.mouseClick(window, Qt.MouseButton.LeftButton)
    assert window.current_index() == 1
    qtbot.mouseClick(window, Qt.MouseButton.RightButton)
    assert window.current_index() == 0

    def wheel(delta: int) -> None:
        event = QWheelEvent(
            QPointF(10, 10),
            QPointF(10, 10),
            QPoint(0, 0),
            QPoint(0, delta),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        window.wheelEvent(event)

    wheel(-120)
    assert window.current_index() == 1
    wheel(-60)
    assert window.current_index() == 1, "half a notch (a touchpad) does not step yet"
    wheel(-60)
    assert window.current_index() == 2
    wheel(120)
    assert window.current_index() == 1


def test_counter_in_the_slide_text(make, content):
    window = make()
    window.go_to(11)
    assert f"12 / {len(content.benchmarks)}" in window.slide_text().splitlines()


def test_order_is_respected_and_unknown_codes_dropped(make, content):
    first, second, third = (b.code for b in content.benchmarks[:3])
    window = make(order=[third, "no.such.code", first, second, first])
    assert window.slide_count() == 3
    seen = []
    for _step in range(4):
        seen.append(window.current_code())
        window.next_slide()
    assert seen == [third, first, second, second]
    assert "1 / 3" not in window.slide_text()
    assert "3 / 3" in window.slide_text()


def test_start_at_a_benchmark_or_a_dimension(make, content):
    window = make()
    code = content.benchmarks[20].code
    assert window.start_at(code)
    assert (window.mode(), window.current_index(), window.current_code()) == (
        "benchmark",
        20,
        code,
    )
    assert window.start_at("hea")
    assert (window.mode(), window.current_code()) == ("dimension", "hea")
    assert not window.start_at("no.such.code")
    assert window.current_code() == "hea"


# -- benchmark and dimension slides ------------------------------------------------------------


def test_d_toggles_and_keeps_the_dimension(make, qtbot, content):
    window = make()
    education = codes_of(content, "edu")
    window.start_at(education[2])
    qtbot.keyClick(window, Qt.Key.Key_D)
    assert window.mode() == "dimension"
    assert window.current_code() == "edu"
    assert window.slide_count() == len(content.dimensions)

    qtbot.keyClick(window, Qt.Key.Key_D)
    assert window.mode() == "benchmark"
    assert window.current_code() == education[2], "back where the presenter was"

    window.toggle_mode()
    qtbot.keyClick(window, Qt.Key.Key_Right)  # on to the next dimension's results
    assert window.current_code() == "hea"
    qtbot.keyClick(window, Qt.Key.Key_D)
    assert window.current_code() == codes_of(content, "hea")[0]


def test_benchmark_slide_shows_title_text_and_agreed_rating(make, content):
    benchmark = content.benchmarks[0]
    window = make(ratings={benchmark.code: Rating(benchmark.code, level=2)})
    lines = window.slide_text().splitlines()
    assert "1. Governance" in lines
    assert f"1.1.1 {benchmark.title}" in lines
    assert benchmark.text in lines
    assert "Agreed rating: 2 Partly in place" in lines
    assert window.accessibleDescription() == window.slide_text()


def test_unrated_and_excluded_benchmarks(make, content):
    first, second = content.benchmarks[0].code, content.benchmarks[1].code
    window = make(ratings={second: Rating(second, exclusion=NOT_APPLICABLE)})
    assert "Agreed rating: Not rated yet" in window.slide_text()
    window.next_slide()
    assert "Agreed rating: Not applicable" in window.slide_text()
    assert first != second


def test_chart_counts_match_the_votes(make, content):
    code = content.benchmarks[0].code
    votes = [answers(code, 1, 2, 2, 4, "na", None, 2)]
    window = make(votes=votes, participants=people(4) + people(3, named=False))
    lines = window.slide_text().splitlines()
    assert "0 Not in place: 0" in lines
    assert "1 Planned or ad hoc: 1" in lines
    assert "2 Partly in place: 3" in lines
    assert "3 Largely in place: 0" in lines
    assert "4 Fully in place and evaluated: 1" in lines
    assert "N/A (not applicable or outside our competence): 1" in lines
    assert "Rated by 6 of 7 participants" in lines
    assert votes[0].counts() == {0: 0, 1: 1, 2: 3, 3: 0, 4: 1}


def test_median_and_spread_written_out(make, content):
    first, second = content.benchmarks[0].code, content.benchmarks[1].code
    votes = [answers(first, 1, 2, 3, 4), answers(second, 3, 3, 3, None)]
    window = make(votes=votes, participants=people())
    assert "Median 2.5 · spread 3 (from 1 to 4)" in window.slide_text().splitlines()
    window.next_slide()
    assert "Median 3 · spread 0 (everyone agrees)" in window.slide_text().splitlines()


def test_no_names_on_any_slide_of_a_named_workshop(make, content):
    codes = [b.code for b in content.benchmarks]
    votes = [answers(code, 0, 2, 4, "na") for code in codes]
    window = make(votes=votes, participants=people(4))
    for mode in ("benchmark", "dimension"):
        if window.mode() != mode:
            window.toggle_mode()
        window.go_to(0)
        for _slide in range(window.slide_count()):
            text = window.slide_text() + window.accessibleDescription()
            for name in NAMES:
                assert name not in text
                assert name.split()[0] not in text
            window.next_slide()


def test_dimension_slide_scores_and_largest_gaps(make, content):
    governance = codes_of(content, "gov")
    ratings = {
        governance[0]: Rating(governance[0], level=1, target=4, priority=3),  # weighted 9
        governance[1]: Rating(governance[1], level=2, target=3, priority=1),  # weighted 1
        governance[2]: Rating(governance[2], level=0, target=2, priority=2),  # weighted 4
        governance[3]: Rating(governance[3], level=3, target=4, priority=2),  # weighted 2
        governance[4]: Rating(governance[4], exclusion=NOT_APPLICABLE),
    }
    window = make(ratings=ratings)
    window.start_at("gov")
    lines = window.slide_text().splitlines()
    assert "Results by dimension" in lines
    assert "1. Governance" in lines
    assert "Score: 38 %" in lines  # (1 + 2 + 0 + 3) / 16
    assert "Target: 81 %" in lines  # (4 + 3 + 2 + 4) / 16
    total = len(governance)
    # Rated with a level: 4; the exclusion is named as such, not counted as rated as well.
    assert f"4 of {total} benchmarks rated · {total - 5} not rated yet · 1 not applicable" in lines
    assert "Largest gaps to the target" in lines
    gaps = [line for line in lines if " — " in line]
    assert len(gaps) == 3
    numbers = benchmark_numbers(content)
    assert [line.split()[0] for line in gaps] == [
        numbers[governance[0]],
        numbers[governance[2]],
        numbers[governance[3]],
    ], "largest weighted gap first"
    assert gaps[0].endswith(" — 1 → 4 (Fully in place and evaluated)")
    assert gaps[1].endswith(" — 0 → 2 (Partly in place)")


def test_dimension_slide_of_a_workshop_lists_disagreements(make, content):
    housing = codes_of(content, "hou")
    votes = [
        answers(housing[0], 2, 2, 2, 2),
        answers(housing[1], 0, 4, 2, 2),
        answers(housing[2], 1, 2, 2, 2),
        answers(housing[3], 2, 2, "na", 2),
    ]
    window = make(votes=votes, participants=people())
    window.start_at("hou")
    lines = window.slide_text().splitlines()
    assert "Largest disagreements" in lines
    items = [line for line in lines if " — " in line]
    numbers = benchmark_numbers(content)
    assert [line.split()[0] for line in items] == [numbers[code] for code in housing[1:4]]
    assert items[0].endswith("spread 4 · median 2")
    assert items[2].endswith("spread 0 · median 2 · 1 said N/A")


# -- closing, full screen ------------------------------------------------------------------


def test_escape_emits_closed(make, qtbot):
    window = make()
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.closed, timeout=1000):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_f_and_f11_toggle_full_screen(make, qtbot):
    window = make()
    window.show()
    qtbot.keyClick(window, Qt.Key.Key_F)
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert not window.windowState() & Qt.WindowState.WindowFullScreen
    window.show_presentation()
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    with qtbot.waitSignal(window.closed, timeout=1000):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.windowState() & Qt.WindowState.WindowFullScreen


# -- never crash --------------------------------------------------------------------------------

SIZES = [(1920, 1080), (1280, 720), (1024, 768), (400, 300)]


def paint_every_slide(window: PresentationWindow) -> None:
    for width, height in SIZES:
        window.resize(width, height)
        for _mode in range(2):
            window.go_to(0)
            for _slide in range(max(window.slide_count(), 1)):
                assert not window.grab().isNull()
                window.next_slide()
            window.toggle_mode()


def test_empty_order_and_empty_content(make, qtbot, content):
    window = make(order=[])
    assert (window.slide_count(), window.current_index(), window.current_code()) == (0, -1, None)
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_End, Qt.Key.Key_Home):
        qtbot.keyClick(window, key)
    assert "There are no benchmarks to show" in window.slide_text()
    assert not window.grab().isNull()
    qtbot.keyClick(window, Qt.Key.Key_D)
    assert window.mode() == "dimension"
    assert window.slide_count() == len(content.dimensions)
    qtbot.keyClick(window, Qt.Key.Key_D)
    assert window.current_code() is None

    empty = make(content=Content(), votes=[], participants=[])
    assert empty.slide_count() == 0
    empty.toggle_mode()
    assert empty.slide_count() == 0
    assert "There are no dimensions to show." in empty.slide_text()
    paint_every_slide(empty)


def test_no_ratings_and_nobody_voted(make, content):
    votes = [answers(b.code, None, None, None) for b in content.benchmarks]
    window = make(votes=votes, participants=people(3))
    assert "Nobody in the group has rated this benchmark yet" in window.slide_text()
    assert "Rated by 0 of 3 participants" in window.slide_text()
    window.toggle_mode()
    lines = window.slide_text().splitlines()
    assert "Score: Not rated yet" in lines
    assert "Nobody in the group has rated a benchmark here yet" in lines
    paint_every_slide(window)


def test_votes_missing_for_a_benchmark_and_only_exclusions(make, content):
    code = content.benchmarks[1].code
    window = make(votes=[answers(code, "na", "na")], participants=people(2))
    assert "Rated by 0 of 2 participants" in window.slide_text()
    window.next_slide()
    assert "Nobody gave a level: all who answered said N/A" in window.slide_text()
    paint_every_slide(window)


def test_unicode_title_and_municipality(make, content):
    title = "Самооценка 2026 — التقييم الذاتي"
    town = "Лиденбах / الرباط"
    window = make(
        assessment=Assessment(2, title, "2026-05-01"),
        municipality=town,
        votes=[answers(b.code, 1, 3) for b in content.benchmarks[:5]],
        participants=people(2),
    )
    assert title in window.slide_text()
    assert town in window.slide_text()
    assert title in window.windowTitle()
    paint_every_slide(window)


def test_title_size_follows_the_window_height(make):
    """Large type: the painted title grows with the window (checked on the rendered image)."""
    window = make()

    def title_rows(height: int) -> int:
        window.resize(height * 16 // 9, height)
        image = window.grab().toImage()
        rows = 0
        for y in range(int(height * 0.1), int(height * 0.3)):
            if any(image.pixelColor(x, y).lightness() > 200 for x in range(60, 400, 3)):
                rows += 1
        return rows

    assert title_rows(1080) > title_rows(540) * 1.5

"""CSV and iCalendar exports open correctly elsewhere: parsed back with real parsers."""

import csv
import io
from datetime import UTC, date, datetime

import icalendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toolbox_desktop.core.clean_text import clean_text
from toolbox_desktop.core.plan import DROPPED, IN_PROGRESS, Action, Milestone
from toolbox_desktop.storage.plan_export import (
    CSV_COLUMNS,
    database_id,
    ical_fold,
    plan_csv,
    plan_ical,
    write_csv,
    write_ical,
)

NASTY = 'Sprachcafé "Roßlau"; Kadıköy, Пётр مریم · ناصر\t50% & <b> \\ end'
# A title is one line: its line breaks and tab become spaces, other control characters go.
NASTY_SHOWN = NASTY.replace("\t", " ")
TODAY = date(2026, 3, 15)


def actions() -> list[Action]:
    return [
        Action(
            id=1,
            title=NASTY,
            description="Line 1\r\nLine 2; with, separators\x1b[2J\x00",
            benchmarks=("gov.resources.3",),
            dimension="gov",
            responsible_person="Ayşe Yılmaz",
            partners=("ngos", "volunteers"),
            start=date(2026, 1, 1),
            end=date(2026, 3, 1),
            status=IN_PROGRESS,
            budget_cents=12_500_50,
            spent_cents=99,
            funding_source="amif",
            milestones=(Milestone("Rat, Beschluss", date(2026, 2, 1), done=True),),
        ),
        Action(id=2, title='=HYPERLINK("http://x")', dimension="edu", end=date(2027, 6, 30)),
        Action(id=3, title="Dropped idea", status=DROPPED, end=date(2026, 5, 1)),
        Action(id=4, title="Undated"),
    ]


def read_csv(path, delimiter):
    text = path.read_bytes().decode("utf-8")
    assert text.startswith("\ufeff"), "Excel needs the byte-order mark to read UTF-8"
    return list(csv.reader(io.StringIO(text[1:]), delimiter=delimiter))


@pytest.mark.parametrize(
    ("delimiter", "budget", "spent"), [(",", "12500.50", "0.99"), (";", "12500,50", "0,99")]
)
def test_csv_round_trip(tmp_path, workspace, delimiter, budget, spent):
    path = tmp_path / "plan.csv"
    write_csv(path, plan_csv(actions(), workspace.content, delimiter, TODAY))
    rows = read_csv(path, delimiter)
    header, *data = rows
    assert header == [title for _key, title in CSV_COLUMNS]
    assert len(data) == 4
    first = dict(zip([key for key, _ in CSV_COLUMNS], data[0], strict=True))
    assert first["title"] == NASTY_SHOWN  # quotes, separators and scripts survive
    assert first["description"] == "Line 1\nLine 2; with, separators[2J"  # ESC, NUL gone
    assert first["dimension"] == "1. Governance"
    assert first["partners"] == "NGOs, Volunteers"
    assert first["overdue"] == "yes"
    assert (first["budget"], first["spent"]) == (budget, spent)
    assert first["milestones"] == "2026-02-01 Rat, Beschluss (done)"
    second = dict(zip([key for key, _ in CSV_COLUMNS], data[1], strict=True))
    assert second["title"] == '\'=HYPERLINK("http://x")'  # not run as a formula


def test_csv_refuses_other_separators(workspace):
    with pytest.raises(ValueError):
        plan_csv([], workspace.content, "\t")


def test_ical_parses_with_a_real_parser(tmp_path, workspace):
    path = tmp_path / "plan.ics"
    calendar_id = database_id(workspace.conn)
    now = datetime(2026, 3, 15, 9, 30, tzinfo=UTC)
    write_ical(path, plan_ical(actions(), calendar_id, now))
    raw = path.read_bytes()
    assert b"\r\n" in raw and all(len(line) <= 75 for line in raw.split(b"\r\n"))
    calendar = icalendar.Calendar.from_ical(raw)
    events = [c for c in calendar.walk("VEVENT")]
    summaries = {str(e["SUMMARY"]): e for e in events}
    assert set(summaries) == {
        f"Deadline: {NASTY_SHOWN}",
        f"Milestone: Rat, Beschluss ({NASTY_SHOWN})",
        'Deadline: =HYPERLINK("http://x")',
    }
    deadline = summaries[f"Deadline: {NASTY_SHOWN}"]
    assert deadline["DTSTART"].dt == date(2026, 3, 1)
    assert deadline["DTEND"].dt == date(2026, 3, 2)
    assert "Ayşe Yılmaz" in str(deadline["DESCRIPTION"])
    assert "Line 2; with, separators" in str(deadline["DESCRIPTION"])
    assert str(deadline["UID"]) == f"action-1-end@{calendar_id}"


def test_ical_uids_are_stable_across_exports(workspace):
    calendar_id = database_id(workspace.conn)
    assert database_id(workspace.conn) == calendar_id
    first = plan_ical(actions(), calendar_id, datetime(2026, 1, 1, tzinfo=UTC))
    second = plan_ical(actions(), calendar_id, datetime(2026, 2, 1, tzinfo=UTC))
    uids = [
        [str(e["UID"]) for e in icalendar.Calendar.from_ical(text).walk("VEVENT")]
        for text in (first, second)
    ]
    assert uids[0] == uids[1] and len(set(uids[0])) == 3


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=300))
def test_any_title_survives_ical(title):
    text = plan_ical([Action(id=7, title=title, end=date(2026, 5, 5))], "test")
    [event] = icalendar.Calendar.from_ical(text).walk("VEVENT")
    assert str(event["SUMMARY"]) == "Deadline: " + clean_text(title)


def test_folding_never_splits_a_character():
    line = "SUMMARY:" + "ناصر" * 40
    folded = ical_fold(line)
    for part in folded.split("\r\n"):
        assert len(part.encode("utf-8")) <= 75
    assert folded.replace("\r\n ", "") == line


def test_failed_export_leaves_no_half_file(tmp_path):
    target = tmp_path / "missing-folder" / "plan.csv"
    with pytest.raises(OSError):
        write_csv(target, "x")
    assert not target.exists()


def test_control_characters_never_reach_a_csv_or_calendar(workspace):
    """Already in the database (another program wrote them): ESC, BEL, NUL, C1 controls are
    removed; the description keeps its line breaks and tabs, one-line texts get spaces."""
    action = Action(
        id=9,
        title="Welcome\x1b]0;pwned\x07 desk\r\nnow\x9b31m",
        description="First\tline\x00\r\nsecond\x1b[2J line",
        responsible_person="Jana\x1b[8m",
        end=date(2026, 5, 5),
        milestones=(Milestone("Open\x0bnow\x00", date(2026, 4, 1)),),
    )
    row = dict(
        zip(
            [key for key, _ in CSV_COLUMNS],
            list(csv.reader(io.StringIO(plan_csv([action], workspace.content, ",", TODAY))))[1],
            strict=True,
        )
    )
    assert row["title"] == "Welcome]0;pwned desk now31m"
    assert row["description"] == "First\tline\nsecond[2J line"
    assert row["responsible_person"] == "Jana[8m"
    assert row["milestones"] == "2026-04-01 Open now"
    text = plan_ical([action], "db\x1b[0m\r\nX-EVIL:1")
    assert not any((ord(c) < 32 and c not in "\t\r\n") or 0x7F <= ord(c) <= 0x9F for c in text)
    events = icalendar.Calendar.from_ical(text).walk("VEVENT")
    summaries = sorted(str(e["SUMMARY"]) for e in events)
    assert summaries == [
        "Deadline: Welcome]0;pwned desk now31m",
        "Milestone: Open now (Welcome]0;pwned desk now31m)",
    ]
    assert "First\tline\nsecond[2J line" in str(events[0]["DESCRIPTION"])
    assert all("X-EVIL" not in line.split(":")[0] for line in text.splitlines())

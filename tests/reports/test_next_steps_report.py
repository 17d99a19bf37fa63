"""The self-assessment report's "Next steps for the gaps": after the gap list, each gap's
suggestions with the line on why, or why nothing fits; in the report's language; any text
printed as text; left out on request."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from report_helpers import pdf_text

from guide_content import content_with_guide
from toolbox_desktop.cli import EXIT_OK, main
from toolbox_desktop.core.assessment import Assessment, Profile, Rating
from toolbox_desktop.reports.assessment_report import build_assessment_report
from toolbox_desktop.reports.document import ReportOptions

TOWN = Profile(name="Zwolle-on-Sea")
SPRING = Assessment(3, "Spring 2026", "2026-03-01")
PLANNING, NETWORKS = "gov.strategic-planning.1", "gov.coordination.3"
RATINGS = {
    PLANNING: Rating(PLANNING, level=1, target=4, priority=3),
    NETWORKS: Rating(NETWORKS, level=1, target=3, priority=2),
    "edu.parents.1": Rating("edu.parents.1", level=4, target=4),  # at its target
}
MEETINGS = "Hold regular public meetings with the host population"
MEETINGS_WHY = (
    "Reporting progress to residents every few months makes those responsible answer for the plan."
)


def build(content, path, **kwargs) -> str:
    build_assessment_report(content, TOWN, SPRING, RATINGS, path, today=date(2026, 3, 2), **kwargs)
    return " ".join(pdf_text(path).split())


def test_the_section_follows_the_gap_list_with_titles_and_reasons(tmp_path):
    content = content_with_guide()
    text = build(content, tmp_path / "report.pdf")
    section = text[text.rindex("Next steps for the gaps") : text.rindex("Annex")]
    assert text.rindex("Gap list") < text.rindex("Next steps for the gaps")
    planning = section.index(content.item(PLANNING).title)
    networks = section.index(content.item(NETWORKS).title)
    assert planning < networks  # the gap list's order: largest weighted gap first
    assert MEETINGS in section and MEETINGS_WHY in section
    assert "(Quick win)" in section
    assert "City example · Social cohesion and civic engagement" in section
    assert "Nothing in the packs fits: The packs hold no item on joining city networks" in section
    assert "Current level 1 Planned or ad hoc, target 4 Fully in place and evaluated" in section
    # Then each dimension with a gap: Governance only.
    assert "For each dimension with gaps" in section
    dimensions = section[section.index("For each dimension with gaps") :]
    assert "1. Governance" in dimensions and "3. Education" not in dimensions
    assert content.item("gov.practice.poli").name in dimensions
    contents = text[text.index("Contents") : text.index("Contents") + 400]
    assert "Gap list" in contents and "Next steps for the gaps" in contents


def test_left_out_on_request(tmp_path):
    text = build(content_with_guide(), tmp_path / "without.pdf", next_steps=False)
    assert "Next steps for the gaps" not in text and MEETINGS not in text
    assert "Gap list" in text


def test_in_the_reports_language(tmp_path):
    dutch = content_with_guide("nl")
    options = ReportOptions(translate=lambda context, text: "§" + text, language="nl")
    text = build(dutch, tmp_path / "nl.pdf", options=options)
    assert "§Next steps for the gaps" in text
    assert dutch.guide_item("qw.public-meetings").title in text
    assert MEETINGS not in text


def test_content_text_is_printed_as_text(tmp_path):
    content = content_with_guide()
    nasty = "<b>x</b> & <img src='/etc/passwd'> </para> سلام"
    [guide] = content.guidance
    items = [
        replace(item, title=nasty) if item.code == "qw.public-meetings" else item
        for item in guide.items
    ]
    suggestions = [
        replace(s, why=nasty + " why") if s.item == "qw.public-meetings" else s
        for s in guide.suggestions
    ]
    hostile = replace(content, guidance=[replace(guide, items=items, suggestions=suggestions)])
    text = build(hostile, tmp_path / "nasty.pdf")
    # As a title and in the line on why, under its benchmark and under its dimension:
    # printed, never taken for markup (and in reading order beside the Persian word: until
    # lines were put in order as a whole, two of the four came out garbled).
    assert text.count("<b>x</b> & <img src='/etc/passwd'> </para>") == 4


def test_the_command_line_prints_it_and_leaves_it_out_with_its_flag(tmp_path, capsys):
    database = str(tmp_path / "town.sqlite3")
    assert main(["demo", "--db", database]) == EXIT_OK
    with_steps, without = tmp_path / "with.pdf", tmp_path / "without.pdf"
    assert main(["report", "assessment", "--db", database, "-o", str(with_steps)]) == EXIT_OK
    assert "Next steps for the gaps" in pdf_text(with_steps)
    argv = ["report", "assessment", "--db", database, "-o", str(without), "--no-next-steps"]
    assert main(argv) == EXIT_OK
    assert "Next steps for the gaps" not in pdf_text(without)

"""User and package text is never taken for markup anywhere on screen: every area, tab,
editor, dialog and question of a window on a municipality whose every text is hostile HTML
shows that text exactly as typed, no label guesses rich text for it, and no file that text
points at is ever opened."""

from __future__ import annotations

from hostile_town import file_name, typed_texts
from visits import Visitor, visit_everything

# Fields the visits must have met somewhere, so that the test cannot pass by seeing nothing.
EXPECTED_FIELDS = {
    "municipality-name",
    "assessments-title",
    "assessments-participants",
    "ratings-evidence",
    "ratings-notes",
    "ratings-rated-by",
    "ratings-links",
    "actions-title",
    "actions-description",
    "actions-responsible-role",
    "actions-responsible-person",
    "actions-partner-names",
    "actions-budget-line",
    "milestones-title",
    "indicators-name",
    "indicators-unit",
    "measurements-note",
    "annual-report-texts-summary",
    "workshop-participants-name",
    "peer-assessments-title",
    "peer-assessments-municipality",
    "benchmarks-title",
    "benchmarks-text",
    "dimensions-title",
    "practices-name",
    "guide-title",
    "package-file",
    "refused-file",
    "report-file",
}


def test_every_place_shows_hostile_text_as_typed_and_opens_no_file_it_names(
    hostile_window, qtbot, monkeypatch, trap, hostile_packages, other_laptop, tmp_path
):
    """Every place of the window is visited once (the walk takes long; both checks read what
    it saw). Every image, background and style sheet in the hostile text is a named pipe: a
    window that opened one would hang; here the watcher notices the opening and lets it go
    on."""
    visitor = Visitor(hostile_window, qtbot, monkeypatch, typed_texts(trap.path))
    report = tmp_path / file_name("report.file")
    visit_everything(visitor, hostile_packages, other_laptop.conn, report)
    visited = visitor.reading

    assert visited.problems == []
    assert visited.not_as_typed() == []
    assert EXPECTED_FIELDS - visited.markers_seen() == set()
    assert visited.markers_seen()
    assert not trap.opened()

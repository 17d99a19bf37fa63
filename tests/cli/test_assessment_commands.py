"""`assessment list` and `assessment show`: the ratings and the scores, as scripts read them."""

import json

import pytest

from toolbox_desktop.cli import EXIT_ERROR, EXIT_OK, main
from toolbox_desktop.core.assessment import NOT_APPLICABLE, Rating
from toolbox_desktop.storage.assessment_repository import AssessmentRepository


@pytest.fixture
def rated(workspace):
    """Two assessments; the second rates four Governance benchmarks by hand."""
    repository = AssessmentRepository(workspace.conn)
    first = repository.create("Baseline 2025", "2025-03-01", "Mayor")
    second = repository.create("Review 2026 — Roßlau", "2026-03-01", "Ayşe, Пётр")
    for rating in (
        Rating("gov.strategic-planning.1", level=3, target=4, priority=3, evidence="Plan, مریم"),
        Rating("gov.strategic-planning.2", level=1, target=3, priority=1),
        Rating("gov.coordination.1", level=2),
        Rating("gov.coordination.2", exclusion=NOT_APPLICABLE),
    ):
        repository.save_rating(second.id, rating)
    return workspace.path, first.id, second.id


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_list_text_and_json(capsys, rated):
    path, first, second = rated
    code, out, _ = run(capsys, "assessment", "list", "--db", str(path))
    assert code == EXIT_OK
    lines = out.strip().splitlines()
    assert lines[0].split()[0] == str(second)  # newest first
    assert "Review 2026 — Roßlau" in lines[0]
    assert "3 of 68 rated, 1 excluded" in lines[0]  # the N/A one is not counted as rated
    assert "50 %" in lines[0]  # (3 + 1 + 2) / (3 x 4)
    code, out, _ = run(capsys, "--db", str(path), "assessment", "list", "--format", "json")
    data = json.loads(out)
    assert [row["id"] for row in data] == [second, first]
    assert data[1]["scores"]["overall"]["percent"] is None


def test_show_json_has_ratings_scores_and_gaps(capsys, rated):
    path, _first, second = rated
    code, out, _ = run(
        capsys, "assessment", "show", str(second), "--db", str(path), "--format", "json"
    )
    assert code == EXIT_OK
    data = json.loads(out)
    assert data["assessment"]["participants"] == "Ayşe, Пётр"
    gov = data["scores"]["dimensions"]["gov"]
    assert gov["percent"] == 50.0
    assert (gov["counted"], gov["excluded"], gov["unrated"]) == (3, 1, 8)
    # targets: (4 + 3 + 2) / 12 = 75 %; reached: (3 + 1) / (4 + 3) = 57.1 %
    assert gov["target_percent"] == 75.0
    assert gov["target_reached"] == 57.1
    assert data["scores"]["dimensions"]["hea"]["percent"] is None
    assert [r["benchmark"] for r in data["ratings"]][:2] == [
        "gov.strategic-planning.1",
        "gov.strategic-planning.2",
    ]
    assert data["ratings"][0]["evidence"] == "Plan, مریم"
    # gaps: 1 x 3 = 3 (strategic-planning.1), 2 x 1 = 2 (strategic-planning.2)
    assert [(g["benchmark"], g["weighted"]) for g in data["gaps"]] == [
        ("gov.strategic-planning.1", 3),
        ("gov.strategic-planning.2", 2),
    ]


def test_show_text(capsys, rated):
    path, _first, second = rated
    code, out, _ = run(capsys, "assessment", "show", str(second), "--db", str(path))
    assert code == EXIT_OK
    assert "1. Governance: 50 % (3 of 12 rated, 1 excluded)" in out
    assert "gov.coordination.2" in out and "Not applicable" in out
    assert "4. Health: — (0 of 10 rated)" in out


def test_unknown_assessment(capsys, rated):
    path, *_ = rated
    code, _out, err = run(capsys, "assessment", "show", "999", "--db", str(path))
    assert code == EXIT_ERROR
    assert "no assessment with id 999" in err


def test_show_rounds_half_a_percent_up_as_the_dashboard_and_the_pdf(capsys, workspace):
    """Ratings 4 and 1 score 62.5 %: "63 %" (Python's round() printed 62 %)."""
    repository = AssessmentRepository(workspace.conn)
    made = repository.create("Half", "2026-03-01")
    repository.save_rating(made.id, Rating("gov.strategic-planning.1", level=4))
    repository.save_rating(made.id, Rating("gov.strategic-planning.2", level=1))
    code, out, _ = run(capsys, "assessment", "show", str(made.id), "--db", str(workspace.path))
    assert code == EXIT_OK
    assert "Overall: 63 %" in out and "62 %" not in out

"""A guidance pack beside the benchmark pack never changes a score, a denominator or what the
library lists as the toolbox's items; only one benchmark pack is ever in use."""

import shutil

from pack_helpers import (
    GUIDANCE_MANIFEST,
    SHIPPED_VERSION,
    add_guidance_pack,
    replace_in,
    set_version,
)
from toolbox_desktop.core.assessment import NOT_APPLICABLE, Rating
from toolbox_desktop.core.scoring import compute_scores, gap_list
from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.storage.content_repository import load_content, sync_packs
from toolbox_desktop.storage.workspace import open_workspace


def rate(workspace) -> int:
    repository = AssessmentRepository(workspace.conn)
    assessment = repository.create("Baseline", "2026-03-01")
    for rating in (
        Rating("gov.strategic-planning.1", level=2, target=4, priority=3),
        Rating("gov.coordination.1", level=1, target=2),
        Rating("hou.collaboration.1", exclusion=NOT_APPLICABLE),
        Rating("edu.parents.1", level=4),
    ):
        repository.save_rating(assessment.id, rating)
    return assessment.id


def test_a_guidance_pack_changes_no_score_and_no_denominator(workspace, pack_copy):
    assessment_id = rate(workspace)
    ratings = AssessmentRepository(workspace.conn).ratings(assessment_id)
    before = load_content(workspace.conn)
    scores_before = compute_scores(before, ratings)
    add_guidance_pack(pack_copy.parent)
    results = sync_packs(workspace.conn, pack_copy.parent)
    assert [(r.pack_id, r.status) for r in results] == [
        ("quick-wins", "loaded"),
        ("whole-comm", "unchanged"),
    ]
    after = load_content(workspace.conn)
    scores = compute_scores(after, ratings)
    assert scores == scores_before
    assert scores.overall.total == 68 and scores.overall.counted == 3
    assert scores.dimensions["gov"].total == scores_before.dimensions["gov"].total
    assert gap_list(after, ratings) == gap_list(before, ratings)
    # The toolbox's own items are as before; the guidance pack's stand apart.
    for group in ("dimensions", "subthemes", "benchmarks", "challenges", "practices", "guide"):
        assert getattr(after, group) == getattr(before, group), group
    assert after.item("guide.1") == before.item("guide.1")  # its own guide.1 does not clash
    [guidance] = after.guidance
    assert guidance.pack.id == "quick-wins" and guidance.pack.role == "guidance"
    assert [g.title for g in guidance.guide] == ["Start with a quick win"]
    assert [p.id for p in after.packs] == ["whole-comm", "quick-wins"]
    assert after.benchmark_pack.id == "whole-comm"


def test_a_guidance_pack_is_not_in_the_command_lines_scores(
    capsys, tmp_path, pack_copy, monkeypatch
):
    """What a user sees: `assessment show` gives the same scores with a guidance pack."""
    import json

    from toolbox_desktop import paths
    from toolbox_desktop.cli import main

    monkeypatch.setattr(paths, "content_root", lambda: pack_copy.parent)
    db = tmp_path / "town.sqlite3"
    workspace = open_workspace(db, pack_copy.parent)
    assessment_id = rate(workspace)
    workspace.close()

    def shown() -> dict:
        assert (
            main(["assessment", "show", str(assessment_id), "--format", "json", "--db", str(db)])
            == 0
        )
        return json.loads(capsys.readouterr().out)

    before = shown()
    add_guidance_pack(pack_copy.parent)
    after = shown()
    assert after["scores"] == before["scores"]
    assert after["scores"]["overall"]["total"] == 68
    assert after["gaps"] == before["gaps"]
    assert after["assessment"]["benchmark_pack"] == "whole-comm"


def test_two_benchmark_packs_are_refused_and_the_last_good_content_stays(workspace, pack_copy):
    twin = pack_copy.parent / "whole-comm-copy"
    shutil.copytree(pack_copy, twin)
    replace_in(twin / "manifest.txt", "id: whole-comm", "id: whole-comm-copy")
    results = sync_packs(workspace.conn, pack_copy.parent)
    assert [(r.folder.name, r.status) for r in results] == [
        ("whole-comm", "failed"),
        ("whole-comm-copy", "failed"),
    ]
    message = results[0].problems[0].message
    assert "'whole-comm' and 'whole-comm-copy' both say 'role: benchmark'" in message
    content = load_content(workspace.conn)
    assert [p.id for p in content.packs] == ["whole-comm"]
    assert len(content.benchmarks) == 68


def test_a_benchmark_pack_with_a_new_id_replaces_the_old_one(workspace, pack_copy):
    replace_in(pack_copy / "manifest.txt", "id: whole-comm", "id: whole-comm-2")
    set_version(pack_copy, "2.0.0")
    [result] = sync_packs(workspace.conn, pack_copy.parent)
    assert result.status == "loaded"
    content = load_content(workspace.conn)
    assert [(p.id, p.version) for p in content.packs] == [("whole-comm-2", "2.0.0")]
    assert len(content.benchmarks) == 68
    created = AssessmentRepository(workspace.conn).create("Later", "2027-03-01")
    assert (created.benchmark_pack, created.benchmark_pack_version) == ("whole-comm-2", "2.0.0")


def test_every_new_assessment_records_its_benchmark_pack(workspace, pack_copy):
    repository = AssessmentRepository(workspace.conn)
    made = repository.create("Spring", "2026-03-01")
    assert (made.benchmark_pack, made.benchmark_pack_version) == ("whole-comm", SHIPPED_VERSION)
    named = repository.create("Imported", "2025-03-01", benchmark_pack=("whole-comm", "0.9.0"))
    assert (named.benchmark_pack, named.benchmark_pack_version) == ("whole-comm", "0.9.0")
    # Written by SQL that knows nothing of packs (a package import does that): recorded too.
    workspace.conn.execute(
        "INSERT INTO assessments (title, assessed_on, created_at, updated_at) "
        "VALUES ('Plain', '2026-01-01', 'now', 'now')"
    )
    [plain] = [a for a in repository.assessments() if a.title == "Plain"]
    assert (plain.benchmark_pack, plain.benchmark_pack_version) == ("whole-comm", SHIPPED_VERSION)
    # A later version of the pack does not rewrite what earlier assessments were made with.
    set_version(pack_copy, "99.0.0")
    sync_packs(workspace.conn, pack_copy.parent)
    assert repository.assessment(made.id).benchmark_pack_version == SHIPPED_VERSION
    later = repository.create("Autumn", "2026-10-01")
    assert later.benchmark_pack_version == "99.0.0"


def same_id(other: str) -> str:
    return (
        f"the pack in '{other}' has the same id 'whole-comm': every pack needs an id of its "
        "own, and packs that share one are not loaded"
    )


def test_a_second_pack_with_the_benchmark_packs_id_is_refused_and_scores_stay(workspace, pack_copy):
    """A copied folder whose id was not changed would replace the benchmark pack's rows:
    both folders are refused, each naming the other, and nothing is written."""
    assessment_id = rate(workspace)
    ratings = AssessmentRepository(workspace.conn).ratings(assessment_id)
    scores_before = compute_scores(load_content(workspace.conn), ratings)
    assert scores_before.overall.total == 68
    manifest = GUIDANCE_MANIFEST.replace("id: quick-wins", "id: whole-comm")
    add_guidance_pack(pack_copy.parent, manifest=manifest).rename(
        pack_copy.parent / "zz-quick-wins"
    )
    for _start in range(2):  # and the same at the next start
        results = sync_packs(workspace.conn, pack_copy.parent)
        assert [(r.folder.name, r.pack_id, r.status) for r in results] == [
            ("whole-comm", "whole-comm", "failed"),
            ("zz-quick-wins", "whole-comm", "failed"),
        ]
        assert [[p.message for p in r.problems] for r in results] == [
            [same_id("zz-quick-wins")],
            [same_id("whole-comm")],
        ]
        content = load_content(workspace.conn)
        assert [(p.id, p.role) for p in content.packs] == [("whole-comm", "benchmark")]
        assert compute_scores(content, ratings) == scores_before


def test_each_pack_sharing_an_id_names_every_other(workspace, pack_copy):
    for name in ("whole-comm-old", "whole-comm-test"):
        shutil.copytree(pack_copy, pack_copy.parent / name)
    results = sync_packs(workspace.conn, pack_copy.parent)
    assert all(r.status == "failed" for r in results)
    messages = [p.message for p in results[1].problems]
    assert same_id("whole-comm") in messages and same_id("whole-comm-test") in messages
    # Three folders saying role: benchmark are also said to be too many benchmark packs.
    assert any("both say 'role: benchmark'" in m for m in messages)
    assert len(load_content(workspace.conn).benchmarks) == 68


def test_content_check_names_the_pack_with_the_same_id_beside_it(capsys, pack_copy):
    from toolbox_desktop.cli import main

    manifest = GUIDANCE_MANIFEST.replace("id: quick-wins", "id: whole-comm")
    copy = add_guidance_pack(pack_copy.parent, manifest=manifest)
    assert main(["content", "check", str(copy)]) != 0
    assert same_id("whole-comm") in capsys.readouterr().out
    assert main(["content", "check", str(pack_copy)]) != 0
    assert same_id("quick-wins") in capsys.readouterr().out


def test_a_loaded_pack_is_never_replaced_by_one_of_another_role(workspace, pack_copy):
    """The benchmark pack was given a new id (whole-comm-2) but does not load yet, and a
    guidance pack took the old id: it must not replace the benchmark pack that every score
    counts. The benchmark pack stays, and the problem says why."""
    assessment_id = rate(workspace)
    ratings = AssessmentRepository(workspace.conn).ratings(assessment_id)
    scores_before = compute_scores(load_content(workspace.conn), ratings)
    root = pack_copy.parent
    renamed = pack_copy.rename(root / "whole-comm-2")
    replace_in(renamed / "manifest.txt", "id: whole-comm", "id: whole-comm-2")
    replace_in(renamed / "benchmarks.txt", "subtheme: gov.coordination", "subtheme: gov.nowhere")
    manifest = GUIDANCE_MANIFEST.replace("id: quick-wins", "id: whole-comm").replace(
        "benchmark_pack: whole-comm", "benchmark_pack: whole-comm-2"
    )
    add_guidance_pack(root, manifest=manifest)
    results = {r.folder.name: r for r in sync_packs(workspace.conn, root)}
    assert {name: r.status for name, r in results.items()} == {
        "quick-wins": "failed",
        "whole-comm-2": "failed",
    }
    assert [p.message for p in results["quick-wins"].problems] == [
        "the loaded pack with id 'whole-comm' is a benchmark pack and cannot be replaced by a "
        "guidance pack: give this pack an id of its own"
    ]
    content = load_content(workspace.conn)
    assert [(p.id, p.role) for p in content.packs] == [("whole-comm", "benchmark")]
    assert compute_scores(content, ratings) == scores_before
    # Once the benchmark pack loads under its new id, the old id is free for the guidance.
    replace_in(renamed / "benchmarks.txt", "subtheme: gov.nowhere", "subtheme: gov.coordination")
    results = sync_packs(workspace.conn, root)
    assert [(r.pack_id, r.status) for r in results] == [
        ("whole-comm", "loaded"),
        ("whole-comm-2", "loaded"),
    ]
    content = load_content(workspace.conn)
    assert [(p.id, p.role) for p in content.packs] == [
        ("whole-comm-2", "benchmark"),
        ("whole-comm", "guidance"),
    ]
    assert compute_scores(content, ratings) == scores_before

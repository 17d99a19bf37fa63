"""Content packs in the database: loaded once per change, never at the cost of user data."""

from pathlib import Path

from pack_helpers import SHIPPED_VERSION
from toolbox_desktop.storage.content_repository import load_content, sync_packs
from toolbox_desktop.storage.database import open_database


def bump_version(pack: Path, version: str) -> None:
    manifest = pack / "manifest.txt"
    lines = [
        f"version: {version}" if line.startswith("version:") else line
        for line in manifest.read_text(encoding="utf-8").splitlines()
    ]
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")


def edit(pack: Path, filename: str, old: str, new: str) -> None:
    path = pack / filename
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_first_sync_loads_the_whole_pack(db_path, pack_copy):
    db = open_database(db_path)
    results = sync_packs(db.conn, pack_copy.parent)
    assert [(r.pack_id, r.status) for r in results] == [("whole-comm", "loaded")]
    content = load_content(db.conn)
    assert len(content.dimensions) == 5
    assert len(content.benchmarks) == 68
    assert len(content.challenges) == 33
    assert len(content.practices) == 10
    assert len(content.guide) == 7
    assert content.benchmarks[0].code == "gov.strategic-planning.1"
    assert any("Roßlau" in p.place for p in content.practices)
    db.close()


def test_content_read_back_equals_the_pack(db_path, pack_copy):
    from toolbox_desktop.core.pack import load_pack

    db = open_database(db_path)
    sync_packs(db.conn, pack_copy.parent)
    from_db = load_content(db.conn)
    from_files = load_pack(pack_copy).content
    for group in ("dimensions", "subthemes", "benchmarks", "challenges", "practices", "guide"):
        assert getattr(from_db, group) == getattr(from_files, group), group
    db.close()


def test_unchanged_pack_is_not_reloaded(db_path, pack_copy):
    db = open_database(db_path)
    sync_packs(db.conn, pack_copy.parent)
    loaded_at = db["content_packs"].get("whole-comm")["loaded_at"]
    db["content_packs"].update("whole-comm", {"loaded_at": "marker"})
    assert [r.status for r in sync_packs(db.conn, pack_copy.parent)] == ["unchanged"]
    assert db["content_packs"].get("whole-comm")["loaded_at"] == "marker"
    assert loaded_at != "marker"
    db.close()


def test_new_version_reloads_content_and_leaves_user_tables_alone(db_path, pack_copy):
    db = open_database(db_path)
    sync_packs(db.conn, pack_copy.parent)
    from toolbox_desktop.core.assessment import Profile, Rating
    from toolbox_desktop.storage.assessment_repository import AssessmentRepository

    repository = AssessmentRepository(db.conn)
    repository.save_profile(Profile(name="Dessau-Roßlau", country="Germany", population=75000))
    assessment = repository.create("Baseline 2026", "2026-03-01", "Ayşe, Пётр, مریم")
    repository.save_rating(
        assessment.id, Rating("gov.strategic-planning.1", level=3, evidence="Plan 2024, Roßlau")
    )
    repository.save_rating(assessment.id, Rating("hou.collaboration.1", level=1, target=3))
    before = (repository.profile(), repository.assessments(), repository.ratings(assessment.id))
    edit(pack_copy, "benchmarks.txt", "title: A clear vision", "title: A shared vision")
    bump_version(pack_copy, "1.1.0")
    results = sync_packs(db.conn, pack_copy.parent)
    assert [(r.status, r.version) for r in results] == [("loaded", "1.1.0")]
    content = load_content(db.conn)
    assert content.item("gov.strategic-planning.1").title.startswith("A shared vision")
    assert len(content.benchmarks) == 68
    assert (
        repository.profile(),
        repository.assessments(),
        repository.ratings(assessment.id),
    ) == before
    db.close()


def test_broken_pack_keeps_the_last_good_content(db_path, pack_copy):
    db = open_database(db_path)
    sync_packs(db.conn, pack_copy.parent)
    edit(pack_copy, "benchmarks.txt", "subtheme: gov.coordination", "subtheme: gov.nowhere")
    edit(pack_copy, "benchmarks.txt", "title: A clear vision", "title: Changed")
    bump_version(pack_copy, "2.0.0")
    [result] = sync_packs(db.conn, pack_copy.parent)
    assert result.status == "failed"
    assert any(
        p.file == "benchmarks.txt" and p.field == "subtheme" and p.line > 0 for p in result.problems
    )
    content = load_content(db.conn)
    assert content.item("gov.strategic-planning.1").title.startswith("A clear vision")
    assert db["content_packs"].get("whole-comm")["version"] == SHIPPED_VERSION
    db.close()


def test_broken_pack_on_first_run_leaves_content_empty(db_path, pack_copy):
    (pack_copy / "dimensions.txt").write_text("code gov\n", encoding="utf-8")
    db = open_database(db_path)
    [result] = sync_packs(db.conn, pack_copy.parent)
    assert result.status == "failed"
    assert load_content(db.conn).is_empty()
    db.close()


def test_edit_without_version_bump_is_noticed(db_path, pack_copy):
    db = open_database(db_path)
    sync_packs(db.conn, pack_copy.parent)
    edit(pack_copy, "guide.txt", "title: ", "title: Now: ")
    assert [r.status for r in sync_packs(db.conn, pack_copy.parent)] == ["loaded"]
    assert load_content(db.conn).guide[0].title.startswith("Now: ")
    db.close()


def test_no_pack_at_all_is_reported(db_path, tmp_path):
    empty_root = tmp_path / "no-content"
    empty_root.mkdir()
    db = open_database(db_path)
    [result] = sync_packs(db.conn, empty_root)
    assert result.status == "failed"
    assert "no content pack" in result.problems[0].message
    assert str(empty_root) in result.problems[0].message
    db.close()

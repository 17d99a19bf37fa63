"""Every language of every pack is in the database; content is read in one language, each pack
falling back to its base language when it has no such translation."""

import shutil

import pytest

from pack_helpers import add_guidance_pack, add_translation, replace_in
from toolbox_desktop.storage.content_repository import load_content, pick_language, sync_packs
from toolbox_desktop.storage.workspace import open_workspace


@pytest.fixture(autouse=True)
def _base_language_only(pack_copy):
    """These tests make their own translations: start from the base language alone."""
    for folder in pack_copy.iterdir():
        if folder.is_dir():
            shutil.rmtree(folder)


def german_whole_comm(pack_copy):
    german = add_translation(pack_copy, "de", title="Whole-COMM-Werkzeugkasten")
    replace_in(german / "benchmarks.txt", "title: A clear vision", "title: Eine klare Vision")
    replace_in(
        german / "guide.txt", "title: Familiarize yourself", "title: Machen Sie sich vertraut"
    )
    return german


def test_content_in_a_language_and_the_fallback_per_pack(workspace, pack_copy):
    german_whole_comm(pack_copy)
    guidance = add_guidance_pack(pack_copy.parent)
    dutch = add_translation(guidance, "nl", title="Snelle winsten")
    replace_in(dutch / "guide.txt", "title: Start with a quick win", "title: Begin klein")
    results = sync_packs(workspace.conn, pack_copy.parent)
    assert {r.pack_id: r.status for r in results} == {
        "quick-wins": "loaded",
        "whole-comm": "loaded",
    }

    english = load_content(workspace.conn)
    deutsch = load_content(workspace.conn, "de")
    nederlands = load_content(workspace.conn, "nl")

    assert english.benchmarks[0].title.startswith("A clear vision")
    assert deutsch.benchmarks[0].title.startswith("Eine klare Vision")
    assert deutsch.guide[0].title.startswith("Machen Sie sich vertraut")
    assert [b.code for b in deutsch.benchmarks] == [b.code for b in english.benchmarks]
    assert deutsch.benchmark_pack.title == "Whole-COMM-Werkzeugkasten"
    assert (deutsch.benchmark_pack.language, deutsch.benchmark_pack.languages) == (
        "de",
        ("en", "de"),
    )
    # The guidance pack has no German: English; the benchmark pack has no Dutch: English.
    assert deutsch.guidance[0].guide[0].title == "Start with a quick win"
    assert deutsch.guidance[0].pack.language == "en"
    assert nederlands.guidance[0].guide[0].title == "Begin klein"
    assert nederlands.guidance[0].pack.title == "Snelle winsten"
    assert nederlands.benchmarks == english.benchmarks
    assert nederlands.benchmark_pack.language == "en"
    # A language nobody has: every pack in its base language.
    assert load_content(workspace.conn, "fr").benchmarks == english.benchmarks


def test_a_translation_edit_is_noticed_and_reloaded(workspace, pack_copy):
    german = german_whole_comm(pack_copy)
    assert [r.status for r in sync_packs(workspace.conn, pack_copy.parent)] == ["loaded"]
    replace_in(german / "benchmarks.txt", "title: Eine klare Vision", "title: Ein klares Ziel")
    assert [r.status for r in sync_packs(workspace.conn, pack_copy.parent)] == ["loaded"]
    assert load_content(workspace.conn, "de").benchmarks[0].title.startswith("Ein klares Ziel")


def test_a_broken_translation_keeps_the_last_good_content(workspace, pack_copy):
    german = german_whole_comm(pack_copy)
    replace_in(german / "guide.txt", "code: guide.7", "code: guide.8")
    [result] = sync_packs(workspace.conn, pack_copy.parent)
    assert result.status == "failed"
    assert {(p.file, p.field) for p in result.problems} == {("de/guide.txt", "code")}
    assert load_content(workspace.conn, "de").benchmarks[0].title.startswith("A clear vision")


def test_open_workspace_reads_the_language_asked_for(db_path, pack_copy):
    german_whole_comm(pack_copy)
    workspace = open_workspace(db_path, pack_copy.parent, language="de")
    try:
        assert workspace.content.benchmarks[0].title.startswith("Eine klare Vision")
    finally:
        workspace.close()


def test_pick_language():
    assert pick_language("de", ("en", "de")) == "de"
    assert pick_language("de-AT", ("en", "de")) == "de"
    assert pick_language("fr", ("nl", "de")) == "nl"


@pytest.mark.parametrize(
    ("wanted", "chosen"),
    [
        ("de_DE", "de"),
        ("nl_NL", "nl"),
        ("de_AT", "de"),
        ("NL_be", "nl"),
        ("de_DE.UTF-8", "de"),
        ("pt_BR", "pt-br"),
        ("pt_PT", "pt"),
        ("zh_Hant_TW", "zh-hant"),
        ("fr_FR", "en"),
        ("", "en"),
    ],
)
def test_pick_language_takes_locale_names_as_qt_and_the_system_give_them(wanted, chosen):
    assert pick_language(wanted, ("en", "de", "nl", "pt", "pt-br", "zh-hant")) == chosen


def test_a_qt_locale_name_reads_the_pack_in_its_language(workspace, pack_copy):
    german_whole_comm(pack_copy)
    sync_packs(workspace.conn, pack_copy.parent)
    for name in ("de_DE", "de_AT", "de_CH"):
        content = load_content(workspace.conn, name)
        assert content.benchmarks[0].title.startswith("Eine klare Vision"), name
        assert content.benchmark_pack.language == "de"

"""The other municipalities' assessments a laptop keeps travel in the "everything" package,
so that moving a town to a new laptop keeps its comparisons (they were left behind). A package
holding them is format version 3; every other package stays version 2, so that an app of the
previous version still reads it."""

from __future__ import annotations

import json
import zipfile

import pytest
from exchange_helpers import B1, B2, make_package

from toolbox_desktop.core.assessment import NOT_APPLICABLE, Rating
from toolbox_desktop.core.i18n import untranslated
from toolbox_desktop.core.peers import PeerAssessment
from toolbox_desktop.exchange.change_lines import ChangeLines
from toolbox_desktop.exchange.changes import ADD, PEER_ASSESSMENT, UNCHANGED
from toolbox_desktop.exchange.errors import PackageError
from toolbox_desktop.exchange.package_import import apply_import, preview_import
from toolbox_desktop.exchange.package_writer import export_municipality, export_plan
from toolbox_desktop.storage.peer_repository import PeerRepository


def keep_a_peer(conn) -> None:
    PeerRepository(conn).put(
        PeerAssessment(
            0,
            "c" * 32,
            "Köthen (Anhalt)",
            "Germany",
            "small-town",
            26_000,
            "Selbstbewertung 2026",
            "2026-02-01",
            "",
        ),
        [Rating(B1, level=3, target=4), Rating(B2, exclusion=NOT_APPLICABLE)],
        replacing=[],
    )


def manifest_of(path) -> dict:
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read("manifest.json"))


def peers_of(conn) -> list[tuple]:
    repository = PeerRepository(conn)
    return [
        (
            p.uid,
            p.municipality,
            p.kind,
            p.population,
            p.title,
            p.assessed_on,
            sorted(
                (code, r.level, r.exclusion, r.target)
                for code, r in repository.ratings(p.id).items()
            ),
        )
        for p in repository.peers()
    ]


def test_everything_brings_the_other_municipalities_to_the_new_laptop(town, laptop, tmp_path):
    keep_a_peer(town.conn)
    path = export_municipality(town.conn, tmp_path / "everything.toolbox")
    assert manifest_of(path)["format_version"] == 3
    assert "peer_assessments.json" in manifest_of(path)["files"]

    preview = preview_import(laptop.conn, path)
    [peer] = [c for c in preview.changes if c.item == PEER_ASSESSMENT]
    assert (peer.action, peer.label) == (ADD, "Köthen (Anhalt): Selbstbewertung 2026")
    assert ChangeLines(untranslated).line(peer) == (
        "Add · Another municipality's assessment “Köthen (Anhalt): Selbstbewertung 2026” — "
        "2 ratings added or changed — kept apart, for comparison"
    ), "the name and title early in the line: what tells two such lines apart"
    apply_import(laptop.conn, preview)
    assert peers_of(laptop.conn) == peers_of(town.conn) != []

    again = preview_import(laptop.conn, path)
    assert [c.action for c in again.changes if c.item == PEER_ASSESSMENT] == [UNCHANGED]


def test_packages_without_other_municipalities_stay_version_2(town, tmp_path):
    assert (
        manifest_of(export_municipality(town.conn, tmp_path / "all.toolbox"))["format_version"] == 2
    )
    assert manifest_of(export_plan(town.conn, tmp_path / "plan.toolbox"))["format_version"] == 2
    keep_a_peer(town.conn)
    anonymised = export_municipality(town.conn, tmp_path / "anon.toolbox", anonymised=True)
    assert "peer_assessments.json" not in manifest_of(anonymised)["files"]  # never passed on
    assert manifest_of(anonymised)["format_version"] == 2


def test_a_version_2_package_with_other_municipalities_is_refused(laptop, tmp_path):
    path = tmp_path / "odd.toolbox"
    profile = {"name": "Dessau-Roßlau"}
    path.write_bytes(
        make_package(
            {"municipality.json": profile, "peer_assessments.json": []},
            format_version=2,
            kind="municipality",
        )
    )
    with pytest.raises(PackageError) as refused:
        preview_import(laptop.conn, path)
    assert "peer_assessments.json" in str(refused.value.message)  # as a version 2 app says


def test_an_older_package_keeps_a_newer_version_of_another_towns_assessment(
    town, laptop, tmp_path, monkeypatch
):
    """The laptop took Köthen's newer results after the Everything package was made: an
    import of that package keeps them (unless the user replaces later changes)."""
    from moved_clock import Clock
    from toolbox_desktop.exchange.changes import KEPT, UPDATE

    clock = Clock(monkeypatch)
    keep_a_peer(town.conn)
    path = export_municipality(town.conn, tmp_path / "everything.toolbox")
    clock.later(days=3)
    keep_a_peer(laptop.conn)  # as Köthen's anonymised package brought it ...
    [peer] = PeerRepository(laptop.conn).peers()
    PeerRepository(laptop.conn).put(peer, [Rating(B1, level=4, target=4)], replacing=[B1, B2])

    change = next(c for c in preview_import(laptop.conn, path).changes if c.item == PEER_ASSESSMENT)
    assert (change.action, change.kept_later) == (KEPT, True)
    newer = peers_of(laptop.conn)
    apply_import(laptop.conn, preview_import(laptop.conn, path))
    assert peers_of(laptop.conn) == newer

    replaced = preview_import(laptop.conn, path, replace_later=True)
    assert [c.action for c in replaced.changes if c.item == PEER_ASSESSMENT] == [UPDATE]

"""Packages from the window: export the assessment shown, look at the preview on the other
laptop, import it all or nothing, import twice without duplicates, refuse a bad file with a
reason, collect a participant's ratings into a workshop, and present on the projector."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from toolbox_desktop.core.assessment import Rating
from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.storage.workshop_repository import NAMED, WorkshopRepository
from toolbox_desktop.ui.common import text_limits
from toolbox_desktop.ui.exchange import export_dialog, import_dialog
from toolbox_desktop.ui.main_window import MainWindow


@pytest.fixture
def main_window(qtbot, workspace, ui_state):
    """This laptop, with its database open for writing (the shared fixture has none)."""
    window = MainWindow(workspace.content, ui_state, workspace.path, conn=workspace.conn)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()


@pytest.fixture
def second_window(qtbot, tmp_path, ui_state, pack_copy):
    """The other laptop: its own database file."""
    from toolbox_desktop.storage.workspace import open_workspace

    workspace = open_workspace(tmp_path / "other.sqlite3", pack_copy.parent)
    window = MainWindow(workspace.content, ui_state, workspace.path, conn=workspace.conn)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
    workspace.close()


def save_to(monkeypatch, path):
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )


def export_choosing(monkeypatch, kind, anonymised=False):
    def fake_exec(dialog):
        dialog.buttons[kind].setChecked(True)
        dialog.anonymised_check.setChecked(anonymised)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(export_dialog.ExportDialog, "exec", fake_exec)


def answer_import(monkeypatch, press_import=True):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: shown.append([a[2]])))

    def fake_exec(dialog):
        shown.append([*dialog.lines(), dialog.summary.text()])
        if press_import and not dialog.import_button.isHidden():
            dialog.import_all()
        return 0

    monkeypatch.setattr(import_dialog.ImportDialog, "exec", fake_exec)
    return shown


def dump(conn) -> list[str]:
    return list(conn.iterdump())


def test_an_assessment_travels_to_another_laptop_once(
    main_window, second_window, workspace, monkeypatch, tmp_path
):
    repository = AssessmentRepository(workspace.conn)
    item = repository.create("Selbstbewertung 2026 – Kadıköy", "2026-05-04")
    code = workspace.content.benchmarks[0].code
    repository.save_rating(item.id, Rating(code, level=3, evidence="Протокол совета"))
    main_window.show_area(1)
    main_window.assessment_area.session.reload()
    main_window.assessment_area.session.select_assessment(item.id)
    package = tmp_path / "usb" / "assessment.toolbox"
    package.parent.mkdir()
    export_choosing(monkeypatch, "assessment")
    save_to(monkeypatch, package)
    assert main_window.export_package() == package
    assert package.exists()

    shown = answer_import(monkeypatch)
    dialog = second_window.import_packages([package])
    assert any("Add · Assessment “Selbstbewertung 2026 – Kadıköy”" in line for line in shown[0])
    assert "Nothing has been written yet" in shown[0][-1]
    assert len(dialog.imported) == 1
    other = AssessmentRepository(second_window.conn)
    [copied] = other.assessments()
    assert copied.title == "Selbstbewertung 2026 – Kadıköy"
    assert other.ratings(copied.id)[code].evidence == "Протокол совета"
    # The window shows it at once.
    assert second_window.assessment_area.session.current_assessment().id == copied.id

    before = dump(second_window.conn)
    second_window.import_packages([package])
    assert "Nothing to change" in shown[1][-1]
    assert dump(second_window.conn) == before


def test_a_file_that_is_not_a_package_is_refused_with_the_reason(
    second_window, monkeypatch, tmp_path
):
    bad = tmp_path / "holiday-photo.toolbox"
    bad.write_bytes(b"\xff\xd8\xff\xe0 not a zip at all")
    before = dump(second_window.conn)
    shown = answer_import(monkeypatch)
    dialog = second_window.import_packages([bad])
    lines = shown[0]
    assert any(line.startswith("Refused:") for line in lines)
    assert dialog.import_button.isHidden()
    assert dump(second_window.conn) == before


def test_an_anonymised_package_becomes_a_peer_and_leaves_own_data_alone(
    main_window, second_window, workspace, monkeypatch, tmp_path
):
    repository = AssessmentRepository(workspace.conn)
    item = repository.create("Neighbour's review", "2026-02-01")
    code = workspace.content.benchmarks[0].code
    repository.save_rating(item.id, Rating(code, level=2, notes="Frau Schmidt said so"))
    main_window.show_area(1)
    main_window.assessment_area.session.reload()
    main_window.assessment_area.session.select_assessment(item.id)
    package = tmp_path / "anonymous.toolbox"
    export_choosing(monkeypatch, "assessment", anonymised=True)
    save_to(monkeypatch, package)
    main_window.export_package()
    assert b"Frau Schmidt" not in package.read_bytes()
    shown = answer_import(monkeypatch)
    second_window.import_packages([package])
    assert any("kept apart" in line for line in shown[0])
    assert AssessmentRepository(second_window.conn).assessments() == []
    peers = second_window.assessment_area.peers.peers()
    assert len(peers) == 1


def test_a_participants_ratings_are_collected_into_the_workshop(
    main_window, second_window, workspace, monkeypatch, tmp_path
):
    # The facilitator's laptop runs the workshop; a participant has the same assessment.
    repository = AssessmentRepository(workspace.conn)
    item = repository.create("Workshop at the VHS", "2026-11-20")
    WorkshopRepository(workspace.conn).start(item.id, NAMED)
    main_window.show_area(1)
    main_window.assessment_area.session.reload()
    main_window.assessment_area.session.select_assessment(item.id)
    package = tmp_path / "workshop.toolbox"
    export_choosing(monkeypatch, "assessment")
    save_to(monkeypatch, package)
    main_window.export_package()
    answer_import(monkeypatch)
    second_window.import_packages([package])
    laptop = AssessmentRepository(second_window.conn)
    [copy] = laptop.assessments()
    code = workspace.content.benchmarks[0].code
    laptop.save_rating(copy.id, Rating(code, level=4))
    second_window.assessment_area.session.reload()
    second_window.assessment_area.session.select_assessment(copy.id)
    mine = tmp_path / "ratings-ayse.toolbox"
    monkeypatch.setattr(text_limits, "ask_line", lambda *a, **k: ("Ayşe", True))
    save_to(monkeypatch, mine)
    assert second_window.export_my_ratings() == mine

    shown = answer_import(monkeypatch)
    dialog = main_window.collect_participant_files([mine, mine])  # the same file twice
    assert len(dialog.imported) == 1
    assert len(dialog.checked) == 1
    view = main_window.assessment_area.workshop
    assert view.participant_list.count() == 1
    assert "Ayşe" in view.participant_list.item(0).text()
    assert "file" in view.participant_list.item(0).text()
    row = view.model.row_of(code)
    assert view.model.index(row, 2).data() == "4"
    # Collecting the same file again is refused, nothing written; so is a package that is
    # not a participant file.
    before = dump(workspace.conn)
    main_window.collect_participant_files([mine])
    assert any("Refused" in line or "already" in line for line in shown[-1])
    main_window.collect_participant_files([package])
    assert any("not a participant file" in line for line in shown[-1])
    assert dump(workspace.conn) == before


def test_present_opens_the_projector_view_in_the_workshops_order(main_window, workspace, qtbot):
    repository = AssessmentRepository(workspace.conn)
    item = repository.create("Workshop", "2026-11-20")
    workshop = WorkshopRepository(workspace.conn)
    workshop.start(item.id, NAMED)
    codes = [b.code for b in workspace.content.benchmarks]
    for name, level in (("Ana", 0), ("Ben", 4)):
        participant = workshop.add_participant(item.id, name)
        workshop.save_rating(participant.id, codes[5], level)
    main_window.show_area(1)
    area = main_window.assessment_area
    area.session.reload()
    area.session.select_assessment(item.id)
    area.workshop.reload()
    area.workshop.select_code(codes[5])
    main_window.present()
    window = main_window.presentation
    qtbot.addWidget(window)
    assert window.current_code() == codes[5]
    assert area.workshop.order()[0] == codes[5]  # the widest spread comes first
    text = window.slide_text()
    assert "Ana" not in text and "Ben" not in text
    window.close()


def test_participants_get_a_blank_assessment_and_send_back_only_their_own_ratings(
    main_window, second_window, workspace, monkeypatch, tmp_path
):
    repository = AssessmentRepository(workspace.conn)
    item = repository.create("Workshop at the VHS", "2026-11-20")
    codes = [b.code for b in workspace.content.benchmarks]
    repository.save_rating(item.id, Rating(codes[0], level=1, notes="Facilitator's own note"))
    WorkshopRepository(workspace.conn).start(item.id, NAMED)
    main_window.show_area(1)
    main_window.assessment_area.session.reload()
    main_window.assessment_area.session.select_assessment(item.id)
    blank = tmp_path / "for-participants.toolbox"
    export_choosing(monkeypatch, "blank")
    save_to(monkeypatch, blank)
    main_window.export_package()
    assert b"Facilitator" not in blank.read_bytes()

    answer_import(monkeypatch)
    second_window.import_packages([blank])
    laptop = AssessmentRepository(second_window.conn)
    [copy] = laptop.assessments()
    assert laptop.ratings(copy.id) == {}
    laptop.save_rating(copy.id, Rating(codes[3], level=4))
    second_window.assessment_area.session.reload()
    second_window.assessment_area.session.select_assessment(copy.id)
    mine = tmp_path / "mine.toolbox"
    monkeypatch.setattr(text_limits, "ask_line", lambda *a, **k: ("Ana", True))
    save_to(monkeypatch, mine)
    second_window.export_my_ratings()

    main_window.collect_participant_files([mine])
    ratings = WorkshopRepository(workspace.conn).ratings(item.id)
    [only] = ratings.values()
    assert set(only) == {codes[3]}
    assert AssessmentRepository(workspace.conn).ratings(item.id)[codes[0]].level == 1


def test_f5_presents_any_assessment_and_explains_when_there_is_none(main_window, workspace, qtbot):
    main_window.present_action.trigger()
    assert "nothing to present" in main_window.statusBar().currentMessage()
    repository = AssessmentRepository(workspace.conn)
    item = repository.create("Council review", "2026-06-01")
    code = workspace.content.benchmarks[0].code
    repository.save_rating(item.id, Rating(code, level=3))
    main_window.assessment_area.session.reload()
    main_window.assessment_area.session.select_assessment(item.id)
    assert main_window.present_action.shortcut().toString() == "F5"
    main_window.present_action.trigger()
    window = main_window.presentation
    qtbot.addWidget(window)
    assert window.slide_count() == len(workspace.content.benchmarks)
    window.go_to(0)
    assert "Largely in place" in window.slide_text()
    window.close()


def test_a_municipality_package_brings_the_town_s_own_texts_and_the_preview_names_them(
    main_window, second_window, workspace, monkeypatch, tmp_path
):
    from toolbox_desktop.storage.advocacy_addressees import (
        OTHER,
        Addressee,
        AdvocacyAddresseeRepository,
    )
    from toolbox_desktop.storage.fact_sandwich_repository import (
        FactSandwich,
        FactSandwichRepository,
    )

    FactSandwichRepository(workspace.conn).save(
        FactSandwich(topic="Arbeit <b>für</b> alle", fact="Jeder 5. Job – „neu“")
    )
    AdvocacyAddresseeRepository(workspace.conn).save(
        Addressee("hou", "state", "Ministerium für Bau", "Turmschanzenstraße 30\n39114 Magdeburg")
    )
    # Only the level chosen, no name or address yet: named by the dimension it is for.
    AdvocacyAddresseeRepository(workspace.conn).save(Addressee("gov", "district"))
    AdvocacyAddresseeRepository(workspace.conn).save(Addressee(OTHER, "national-ministry"))
    package = tmp_path / "town.toolbox"
    export_choosing(monkeypatch, "municipality")
    save_to(monkeypatch, package)
    assert main_window.export_package() == package

    shown = answer_import(monkeypatch)
    second_window.import_packages([package])
    lines = shown[0]
    assert "Add · Fact sandwich “Arbeit <b>für</b> alle”" in lines
    assert "Add · Advocacy letter addressee “Ministerium für Bau”" in lines
    assert "Add · Advocacy letter addressee for “1. Governance”" in lines
    assert "Add · Advocacy letter addressee for “Other dimensions”" in lines
    assert [s.topic for s in FactSandwichRepository(second_window.conn).sandwiches()] == [
        "Arbeit <b>für</b> alle"
    ]
    assert AdvocacyAddresseeRepository(second_window.conn).addressee("hou").address == (
        "Turmschanzenstraße 30\n39114 Magdeburg"
    )
    before = dump(second_window.conn)
    second_window.import_packages([package])
    assert "Nothing to change" in shown[1][-1]
    assert dump(second_window.conn) == before

"""The import preview in the window: what was changed here after the package was made is
listed as kept, with when, and "Replace later changes" lists it again as replaced before
anything is written."""

from __future__ import annotations

from datetime import timedelta

from moved_clock import START, Clock
from toolbox_desktop.core.formatting import format_date_time
from toolbox_desktop.core.plan import Action
from toolbox_desktop.exchange.package_writer import export_municipality
from toolbox_desktop.storage.plan_repository import PlanRepository
from toolbox_desktop.ui.exchange.import_dialog import ImportDialog, check_packages


def test_the_preview_keeps_a_later_change_and_offers_to_replace_it(
    qtbot, workspace, tmp_path, monkeypatch
):
    clock = Clock(monkeypatch)
    plan = PlanRepository(workspace.conn)
    action = plan.save_action(Action(title="Welcome desk"))
    package = tmp_path / "monday.toolbox"
    export_municipality(workspace.conn, package)
    clock.later(hours=2)
    plan.save_action(plan.action(action.id).with_changes(title="Welcome desk <b>Roßlau</b>"))

    dialog = ImportDialog(workspace.conn, check_packages(workspace.conn, [package]))
    qtbot.addWidget(dialog)
    dialog.show()
    kept = [line for line in dialog.lines() if line.startswith("Kept as it is here")]
    made = format_date_time(START.astimezone(), "en_US")
    assert kept == [
        f"Kept as it is here · Action “Welcome desk” — title: changed on this computer on "
        f"{format_date_time((START + timedelta(hours=2)).astimezone(), 'en_US')}, after the "
        f"package was made on {made}, so kept as it is here"
    ]
    assert "is kept for 1 item changed here after the package was made" in dialog.summary.text()
    assert dialog.replace_later.isVisible() and not dialog.replace_later.isChecked()
    assert dialog.import_button.isHidden()  # nothing else to import

    dialog.replace_later.click()  # as the user does; nothing is written yet
    assert plan.action(action.id).title == "Welcome desk <b>Roßlau</b>"
    updated = [line for line in dialog.lines() if line.startswith("Update")]
    assert len(updated) == 1 and "replaced by the package's older version" in updated[0]
    assert dialog.replace_later.isVisible() and not dialog.import_button.isHidden()

    dialog.import_button.click()
    assert plan.action(action.id).title == "Welcome desk"

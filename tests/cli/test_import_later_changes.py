"""`toolbox-desktop import` keeps what was changed here after the package was made, says so
in the --lang's words and dates, and takes the package's version with
--replace-later-changes."""

from __future__ import annotations

from moved_clock import Clock
from toolbox_desktop.cli import EXIT_OK, main
from toolbox_desktop.core.plan import Action
from toolbox_desktop.exchange.package_writer import export_municipality
from toolbox_desktop.storage.plan_repository import PlanRepository


def test_the_command_line_keeps_a_later_change_unless_told_to_replace_it(
    capsys, tmp_path, workspace, monkeypatch
):
    clock = Clock(monkeypatch)
    plan = PlanRepository(workspace.conn)
    action = plan.save_action(Action(title="Sprachcafé"))
    package = tmp_path / "montag.toolbox"
    export_municipality(workspace.conn, package)
    clock.later(hours=2)
    plan.save_action(plan.action(action.id).with_changes(title="Sprachcafé (montags)"))
    database = str(workspace.path)

    assert main(["import", str(package), "--db", database, "--lang", "de"]) == EXIT_OK
    out = capsys.readouterr().out
    # The window's line, in German: what is kept, which field, and when.
    assert "  Hier beibehalten · Maßnahme „Sprachcafé“ — Titel: auf diesem Computer am " in out
    assert "03.12.2026" in out  # the package's day, in German
    assert "--replace-later-changes" in out
    assert "after the package was made" not in out
    assert plan.action(action.id).title == "Sprachcafé (montags)"

    assert main(["import", str(package), "--db", database, "--replace-later-changes"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "replaced by the package's older version" in out
    assert plan.action(action.id).title == "Sprachcafé"

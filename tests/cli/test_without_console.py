"""A build without a console (the macOS app, the Windows Start-menu program) has no standard
output: Python sets ``sys.stdout`` and ``sys.stderr`` to None. A command run from it must
still do its work and succeed, printing nowhere."""

from __future__ import annotations

import sys

from toolbox_desktop.cli import EXIT_OK, main


def test_a_report_is_written_and_the_command_succeeds_without_a_console(
    monkeypatch, db_path, tmp_path
):
    assert main(["demo", "--db", str(db_path)]) == EXIT_OK
    out = tmp_path / "worksheet.pdf"
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    code = main(["report", "worksheet", "--db", str(db_path), "-o", str(out)])
    monkeypatch.undo()
    assert code == EXIT_OK
    assert out.read_bytes().startswith(b"%PDF")


def test_a_refused_command_still_says_so_by_its_exit_code_without_a_console(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    code = main(["report", "worksheet", "--db", str(tmp_path / "no" / "such.sqlite3"), "-o", "x"])
    monkeypatch.undo()
    assert code != EXIT_OK

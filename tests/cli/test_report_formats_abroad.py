"""`report --lang en` on a computer of another country writes dates and amounts as that
country does, as the window does (``core.format_locale``): a Swede's plan reads 2026-12-07 and
12 500,50, an Italian's 07/12/2026, and only an American (or "C") computer's 12/7/2026."""

from __future__ import annotations

import re
from datetime import date

import pytest
from pypdf import PdfReader

from toolbox_desktop.cli import EXIT_OK, main
from toolbox_desktop.core.plan import Action
from toolbox_desktop.storage.plan_repository import PlanRepository


@pytest.mark.parametrize(
    ("environment", "day", "amount"),
    [
        ("sv_SE.UTF-8", "2026-12-07", r"12\s500,50"),
        ("it_IT.UTF-8", "07/12/2026", r"12\.500,50"),
        ("C.UTF-8", "12/7/2026", r"12,500\.50"),
    ],
)
def test_an_english_plan_writes_dates_and_amounts_as_the_computer_s_country(
    workspace, tmp_path, capsys, monkeypatch, environment, day, amount
):
    for variable in ("LC_ALL", "LC_NUMERIC", "LC_TIME", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", environment)
    PlanRepository(workspace.conn).save_action(
        Action(
            title="Welcome desk",
            start=date(2026, 3, 1),
            end=date(2026, 12, 7),
            budget_cents=1_250_050,
        )
    )
    out = tmp_path / "plan.pdf"
    arguments = ["report", "plan", "--db", str(workspace.path), "-o", str(out), "--lang", "en"]
    assert main(arguments) == EXIT_OK, capsys.readouterr().err
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(out).pages).split())
    assert "Welcome desk" in text  # the words stay English
    assert day in text
    assert re.search(amount, text), text
    if day != "12/7/2026":
        assert "12/7/2026" not in text


def test_on_windows_without_lang_the_user_s_regional_format_counts(monkeypatch):
    """Windows sets no LANG: its "Regional format" (Swedish) counts, as in the window."""
    import ctypes
    import sys
    from types import SimpleNamespace

    from toolbox_desktop.cli import translation

    def regional_format(buffer, size):
        buffer.value = "sv-SE"
        return len(buffer.value) + 1

    for variable in ("LC_ALL", "LC_NUMERIC", "LC_TIME", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setattr(sys, "platform", "win32")
    kernel32 = SimpleNamespace(GetUserDefaultLocaleName=regional_format)
    monkeypatch.setattr(ctypes, "windll", SimpleNamespace(kernel32=kernel32), raising=False)
    monkeypatch.setattr(translation, "_language", "en")  # no --lang
    assert translation.formats_locale() == "en_SE"

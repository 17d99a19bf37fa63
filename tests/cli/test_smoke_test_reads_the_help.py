"""``packaging/smoke_test.py`` makes every report of a build, finding the report kinds in
``report --help``: it must find them all in the help the command line prints now."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import SimpleNamespace

import pytest

from toolbox_desktop.cli import main
from toolbox_desktop.cli.report import REPORTS

SMOKE_TEST = Path(__file__).resolve().parents[2] / "packaging" / "smoke_test.py"


def _smoke_test_module():
    spec = importlib.util.spec_from_file_location("smoke_test", SMOKE_TEST)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_smoke_test_finds_every_report_kind_in_the_help(capsys):
    with pytest.raises(SystemExit):
        main(["report", "--help"])
    help_text = capsys.readouterr().out
    runner = SimpleNamespace(run=lambda *_args: SimpleNamespace(stdout=help_text))
    assert _smoke_test_module().report_kinds(runner) == sorted(REPORTS)

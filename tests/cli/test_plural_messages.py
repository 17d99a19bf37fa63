"""The command line counts in words that fit the count ("1 problem", "5 problems"): in English
without Qt (a rule over the English source), and with ``--lang de`` from the German catalogue."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from toolbox_desktop.cli import EXIT_PROBLEMS, main


def broken(pack, problems: int):
    """The pack's base language with ``problems`` problems (its translations removed)."""
    for translation in ("de", "nl"):
        shutil.rmtree(pack / translation)
    (pack / "guide.txt").unlink()  # one problem
    if problems == 5:  # two more for each wrong dimension
        path = pack / "challenges.txt"
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("dimension: gov", "dimension: gvo", 2), encoding="utf-8")
    return pack


def check(capsys, pack, *options) -> str:
    code = main(["content", "check", str(pack), *options])
    _out, err = capsys.readouterr()
    assert code == EXIT_PROBLEMS
    return err.strip()


@pytest.mark.parametrize(
    ("problems", "english", "german"),
    [
        (1, "1 problem found in", "1 Problem in"),
        (5, "5 problems found in", "5 Probleme in"),
    ],
)
def test_content_check_counts_its_problems(capsys, pack_copy, problems, english, german):
    pack = broken(pack_copy, problems)
    assert check(capsys, pack) == f"{english} {pack}"
    assert check(capsys, pack, "--lang", "de") == f"{german} {pack} gefunden"
    no_catalogue = check(capsys, pack, "--lang", "xx").splitlines()
    assert no_catalogue[-1] == f"{english} {pack}"


def test_english_plural_forms_need_no_qt(pack_copy):
    pack = broken(pack_copy, 1)
    script = (
        "import sys\n"
        "from toolbox_desktop.cli import main\n"
        f"code = main(['content', 'check', {str(pack)!r}])\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was loaded'\n"
        "sys.exit(code)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert result.returncode == EXIT_PROBLEMS, result.stderr
    assert result.stderr.strip() == f"1 problem found in {pack}"

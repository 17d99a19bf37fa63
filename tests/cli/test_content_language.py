"""`--lang CODE` reads the content in that language too: the benchmarks a command lists and a
report prints are the pack's translation (a pack without it: its base language). Without
`--lang` the command line stays English, whatever the computer's language."""

from __future__ import annotations

from pypdf import PdfReader

from toolbox_desktop.cli import main


def test_content_list_in_dutch_and_english_by_default(capsys, database_file):
    database = str(database_file)
    assert main(["content", "list", "--db", database, "--lang", "nl"]) == 0
    dutch = capsys.readouterr().out
    assert "1. Bestuur [gov]" in dutch
    assert main(["content", "list", "--db", database]) == 0
    assert "1. Governance [gov]" in capsys.readouterr().out


def test_the_action_plan_printed_in_dutch(capsys, tmp_path):
    database = str(tmp_path / "oefengemeente.sqlite3")
    assert main(["demo", "--db", database, "--language", "nl"]) == 0
    target = tmp_path / "actieplan.pdf"
    assert main(["report", "plan", "--db", database, "-o", str(target), "--lang", "nl"]) == 0
    text = " ".join(page.extract_text() for page in PdfReader(str(target)).pages)
    assert "Driejarig integratieplan vastgesteld door de gemeenteraad" in text
    assert "Bestuur" in text
    assert "Governance" not in text


def test_demo_in_a_language_writes_the_town_in_it(capsys, tmp_path):
    """`--lang nl` alone is enough: the town's texts follow the command's language."""
    database = str(tmp_path / "oefengemeente.sqlite3")
    assert main(["demo", "--db", database, "--lang", "nl"]) == 0
    target = tmp_path / "actieplan.pdf"
    assert main(["report", "plan", "--db", database, "-o", str(target), "--lang", "nl"]) == 0
    text = " ".join(page.extract_text() for page in PdfReader(str(target)).pages)
    assert "Driejarig integratieplan vastgesteld door de gemeenteraad" in text
    assert "fictional training town" not in text

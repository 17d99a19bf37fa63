"""A count reads "1 action", "2 actions" (German "1 Maßnahme", "2 Maßnahmen"), never
"action(s)": in the window, from the catalogues as the app loads them, and in every catalogue.

The English catalogue holds exactly the plural messages, with the forms ``core.i18n``'s rule
gives (the rule the command line uses without Qt); every plural message has its forms in every
shipped catalogue; no string of the source has a bracketed plural ending unless it is a plural
message, and no German text has one at all."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from test_translations import extracted  # noqa: F401  (the lupdate fixture)

from toolbox_desktop.core.i18n import english_forms
from toolbox_desktop.ui.assessment.links_editor import LinksEditor

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "src" / "toolbox_desktop"
TRANSLATIONS = ROOT / "resources" / "translations"
CATALOGUES = sorted(TRANSLATIONS.glob("toolbox_*.ts"))
# "action(s)", "match(es)"; in translations also "Maßnahme(n)", "Datei(en)", "Problem(e)",
# "actie(s)", "bestand(en)"
ENGLISH_ENDING = re.compile(r"\w\((s|es)\)")
ANY_ENDING = re.compile(r"\w\((s|es|n|en|e|er|nen)\)")


def language(catalogue: Path) -> str:
    return catalogue.stem.removeprefix("toolbox_")


def messages(ts: Path):
    """(context, source, numerus, translation) of every message still in the source."""
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            numerus = message.get("numerus") == "yes"
            yield context.findtext("name"), message.findtext("source"), numerus, translation


def plural_sources(ts: Path) -> set[tuple[str, str]]:
    return {(context, source) for context, source, numerus, _ in messages(ts) if numerus}


def forms(translation: ET.Element) -> list[str]:
    return [form.text or "" for form in translation.findall("numerusform")]


def string_literals(tree: ast.AST):
    """Every string in the code, docstrings left out (they may explain the "(s)" rule)."""
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                docstrings.add(id(body[0].value))
    for node in ast.walk(tree):
        is_text = isinstance(node, ast.Constant) and isinstance(node.value, str)
        if is_text and id(node) not in docstrings:
            yield node


# -- the source and the catalogues ------------------------------------------------------------


def test_a_plural_ending_is_written_only_in_plural_messages(extracted):  # noqa: F811
    plural = {source for _context, source in plural_sources(extracted)}
    found = []
    for path in sorted(SOURCE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in string_literals(tree):
            if ENGLISH_ENDING.search(node.value) and node.value not in plural:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.value[:70]!r}")
    assert found == [], "give the count as n (self.tr(text, '', n), see resources/translations)"


def test_the_plural_messages_are_found_by_lupdate(extracted):  # noqa: F811
    plural = plural_sources(extracted)
    assert ("FilterBar", "%n action(s)") in plural
    assert ("PlanCommands", "Delete %n action(s)") in plural
    assert ("CommandLine", "%n problem(s) found in {folder}") in plural
    assert ("Package", "missing manifest field(s): {keys}") in plural


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=language)
def test_every_plural_message_has_proper_forms(catalogue, extracted):  # noqa: F811
    held = {(c, s): t for c, s, numerus, t in messages(catalogue) if numerus}
    wrong = []
    for context, source in sorted(plural_sources(extracted)):
        translation = held.get((context, source))
        texts = forms(translation) if translation is not None else []
        if (
            translation is None
            or translation.get("type") is not None
            or len(texts) != 2  # English, German and Dutch: one, and any other count
            or not all(text.strip() for text in texts)
            or any(ANY_ENDING.search(text) for text in texts)
            or any(("%n" in text) != ("%n" in source) for text in texts)
        ):
            wrong.append(f"{context}: {source!r} -> {texts}")
    assert wrong == [], f"{catalogue.name}: write both forms, without brackets"


def test_no_german_text_has_a_bracketed_plural_ending():
    found = []
    for context, source, _numerus, translation in messages(TRANSLATIONS / "toolbox_de.ts"):
        for text in forms(translation) or [translation.text or ""]:
            if ANY_ENDING.search(text):
                found.append(f"{context}: {source!r} -> {text!r}")
    assert found == []


def test_the_english_catalogue_is_the_plural_messages_with_the_rule_s_forms(extracted):  # noqa: F811
    catalogue = list(messages(TRANSLATIONS / "toolbox_en.ts"))
    assert {(c, s) for c, s, _n, _t in catalogue} == plural_sources(extracted), (
        "run resources/translations/english_plurals.py"
    )
    for context, source, numerus, translation in catalogue:
        assert numerus, f"{context}: {source!r} is not a plural message"
        assert tuple(forms(translation)) == english_forms(source), (
            "run resources/translations/english_plurals.py"
        )


def test_every_other_message_reads_as_its_source_in_english(qapp):
    english = QTranslator()
    assert english.load(str(TRANSLATIONS / "toolbox_en.qm"))
    assert english.translate("MainWindow", "&File") == ""  # not held: Qt shows the source
    assert english.translate("FilterBar", "%n action(s)", None, 1) == "%n action"
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


# -- what the window says ----------------------------------------------------------------------


@pytest.fixture
def german(qapp):
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "toolbox_de.qm"))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def imported_message(window, count: int) -> str:
    window.show_imported(count)
    return window.statusBar().currentMessage()


def test_the_status_bar_counts_imported_items(main_window):
    assert imported_message(main_window, 1) == "Imported: 1 item added or changed."
    assert imported_message(main_window, 68) == "Imported: 68 items added or changed."


def test_the_status_bar_counts_imported_items_in_german(german, main_window):
    assert imported_message(main_window, 1) == "Importiert: 1 Eintrag hinzugefügt oder geändert."
    assert imported_message(main_window, 2) == "Importiert: 2 Einträge hinzugefügt oder geändert."


def missing_note(qtbot, tmp_path: Path, count: int) -> str:
    links = LinksEditor()
    qtbot.addWidget(links)
    links.set_paths(tuple(str(tmp_path / f"gone-{number}.pdf") for number in range(count)))
    return links.missing_note.text()


def test_the_links_editor_counts_missing_files(qtbot, tmp_path):
    assert missing_note(qtbot, tmp_path, 1).startswith("1 linked file cannot be found: moved")
    assert missing_note(qtbot, tmp_path, 2).startswith("2 linked files cannot be found: moved")


def test_the_links_editor_counts_missing_files_in_german(german, qtbot, tmp_path):
    assert missing_note(qtbot, tmp_path, 1).startswith("1 verknüpfte Datei wurde nicht gefunden")
    assert missing_note(qtbot, tmp_path, 3).startswith("3 verknüpfte Dateien wurden nicht")

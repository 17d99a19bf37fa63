"""Every shipped translation catalogue (resources/translations/toolbox_*.ts): each message of
the app translated in every language, translations that keep the source's placeholders,
rich-text tags and accelerators (a lost ``{name}`` shows a raw brace or raises, a lost tag
breaks the layout, two ``&`` make a wrong shortcut), and the compiled .qm files current.

``toolbox_en.ts`` is a plural-only catalogue: English needs a translation only for the messages
with ``%n`` (the proper "1 action" / "2 actions" forms), so only those are checked in it."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from test_translations import extracted, tool  # noqa: F401  (the lupdate fixture)

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
CATALOGUES = sorted(TRANSLATIONS.glob("toolbox_*.ts"))
PLURAL_ONLY = {"en"}  # catalogues that hold only the plural forms of the source language


def language(catalogue: Path) -> str:
    return catalogue.stem.removeprefix("toolbox_")


FULL = [c for c in CATALOGUES if language(c) not in PLURAL_ONLY]
PLURALS = [c for c in CATALOGUES if language(c) in PLURAL_ONLY]

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%n|%L?[1-9]")
TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)\b[^>]*?(/?)>")
ENTITY = re.compile(r"&(?:[A-Za-z]+|#[0-9]+|#x[0-9A-Fa-f]+);")


def accelerators(text: str) -> int:
    """The number of ``&`` that mark a shortcut letter (not ``&&``, not an HTML entity)."""
    return ENTITY.sub("", text.replace("&&", "")).count("&")


def markup(text: str) -> tuple:
    """What a translation must keep from its source: placeholders, tags, literal ``&&``."""
    return (
        Counter(PLACEHOLDER.findall(text)),
        Counter(TAG.findall(text)),
        text.count("&&"),
    )


def entries(catalogue: Path):
    """(context, source, numerus, translation element) of every message lupdate still finds
    in the source (vanished and obsolete ones are left out)."""
    for context in ET.parse(catalogue).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            yield name, message.findtext("source"), message.get("numerus") == "yes", translation


def texts(translation: ET.Element) -> list[str]:
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def finished(catalogue: Path) -> dict[tuple[str, str], list[str]]:
    return {
        (context, source): texts(translation)
        for context, source, _numerus, translation in entries(catalogue)
        if translation.get("type") is None and all(t.strip() for t in texts(translation))
    }


def source_messages(ts: Path) -> dict[tuple[str, str], bool]:
    """Every message of the app's source, and whether it is a plural (``%n``) message."""
    return {(context, source): numerus for context, source, numerus, _ in entries(ts)}


def test_german_and_dutch_are_shipped():
    assert {"de", "nl"} <= {language(c) for c in FULL}


@pytest.mark.parametrize("catalogue", FULL, ids=language)
def test_every_message_of_the_app_is_translated(catalogue, extracted):  # noqa: F811
    translated = finished(catalogue)
    missing = [f"{c}: {s}" for c, s in source_messages(extracted) if (c, s) not in translated]
    assert missing == [], (
        f"{catalogue.name}: run pyside6-lupdate and translate (resources/translations/README.md)"
    )
    unfinished = [f"{c}: {s}" for c, s, _, t in entries(catalogue) if t.get("type")]
    assert unfinished == []


@pytest.mark.parametrize("catalogue", PLURALS, ids=language)
def test_every_plural_message_has_its_forms(catalogue, extracted):  # noqa: F811
    translated = finished(catalogue)
    missing = [
        f"{c}: {s}"
        for (c, s), numerus in source_messages(extracted).items()
        if numerus and (c, s) not in translated
    ]
    assert missing == [], f"{catalogue.name}: write the plural forms of these messages"


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=language)
def test_translations_keep_placeholders_tags_and_accelerators(catalogue):
    wrong = []
    for (context, source), forms in finished(catalogue).items():
        for text in forms:
            if markup(text) != markup(source):
                wrong.append(f"{context}: {source!r} -> {text!r}")
            if accelerators(text) > 1 or (accelerators(source) > 0) != (accelerators(text) > 0):
                wrong.append(f"{context}: accelerator of {source!r} -> {text!r}")
    assert wrong == []


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=language)
def test_no_menu_entry_ends_a_sentence_with_four_dots(catalogue):
    """ "File → Import package…." reads as a typo: the sentence is turned so that the
    entry's own "…" does not meet the full stop."""
    found = [
        f"{context}: {text!r}"
        for (context, source), forms in finished(catalogue).items()
        for text in (source, *forms)
        if "…." in text
    ]
    assert found == []


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=language)
def test_the_compiled_catalogue_is_up_to_date(catalogue, tmp_path):
    compiled = catalogue.with_suffix(".qm")
    assert compiled.exists(), f"run pyside6-lrelease {catalogue.name} (see README)"
    fresh = tmp_path / compiled.name
    subprocess.run(
        [tool("pyside6-lrelease"), str(catalogue), "-qm", str(fresh)],
        check=True,
        capture_output=True,
    )
    assert fresh.read_bytes() == compiled.read_bytes(), "run pyside6-lrelease (see README)"


def test_the_check_finds_lost_markup():
    assert markup("Saved {path}") != markup("Gespeichert")
    assert markup("<b>{n}</b> of %n") != markup("<i>{n}</i> von %n")
    assert markup("Dates && &milestones") != markup("Datums & mijlpalen")
    assert accelerators("&Datei && &Mehr") == 2
    assert accelerators("Tom &amp; Jerry") == 0


@pytest.fixture
def dutch(qapp):
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "toolbox_nl.qm"))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_the_window_speaks_dutch(dutch, main_window):
    from toolbox_desktop.ui.main_window import MainWindow

    window = MainWindow(main_window.content, main_window.state, main_window.database_path)
    menus = [action.text().replace("&", "") for action in window.menuBar().actions()]
    assert "Bestand" in menus and "Bewerken" in menus
    window.close()


def test_reports_in_dutch_from_the_command_line(tmp_path, database_file):
    from pypdf import PdfReader

    from toolbox_desktop.cli import main

    target = tmp_path / "werkblad.pdf"
    database = str(database_file)
    code = main(["report", "worksheet", "--db", database, "-o", str(target), "--lang", "nl"])
    assert code == 0
    text = PdfReader(str(target)).pages[0].extract_text()
    assert "Werkblad zelfevaluatie" in text and "De vijf niveaus" in text


TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}


def literal_messages_in_f_strings(source: str) -> list[tuple[int, str]]:
    """(line, message) of each ``tr("...")`` or ``translate(ctx, "...")`` written inside an
    f-string: lupdate does not look there, so the message is never in a catalogue and stays
    English in every language ("Add to plan" under every quick win in German)."""
    import ast

    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.JoinedStr):
            continue
        for call in ast.walk(node):
            if not isinstance(call, ast.Call):
                continue
            function = call.func
            name = function.attr if isinstance(function, ast.Attribute) else ""
            name = name or getattr(function, "id", "")
            position = 0 if name in ("tr", "QT_TR_NOOP") else 1  # after the context
            if name not in TRANSLATING or len(call.args) <= position:
                continue
            message = call.args[position]
            if isinstance(message, ast.Constant) and isinstance(message.value, str):
                found.append((call.lineno, message.value))
    return found


def test_no_message_is_hidden_from_lupdate_in_an_f_string():
    root = Path(__file__).resolve().parents[2]
    hidden = [
        f"{path.relative_to(root)}:{line}: {message}"
        for path in sorted((root / "src").rglob("*.py"))
        for line, message in literal_messages_in_f_strings(path.read_text(encoding="utf-8"))
    ]
    assert hidden == []


def test_the_f_string_check_finds_a_hidden_message():
    source = (
        "x = f\"<b>{self.tr('Add to plan')}</b>\"\n"
        "y = f\"{tr(MSG)} {translate('Plan', NAME)}\"\n"
        "z = f\"{QCoreApplication.translate('Plan', 'Done')}\"\n"
    )
    assert literal_messages_in_f_strings(source) == [(1, "Add to plan"), (3, "Done")]

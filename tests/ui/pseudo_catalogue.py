"""A pseudo-translation, made at test time and never shipped: every message of the app's
catalogues about 40 % longer, in accented letters, so that a layout too tight for a longer
language (German, Dutch, and whatever follows) shows up in English-speaking tests.

"Save" becomes "[Šåvé~~]": each word keeps its letters (accented, so that a text the catalogue
never reached stands out as plain ASCII) and grows by 40 % with "~"; the brackets show where a
text is cut. ``{placeholders}``, ``%n``/``%1``, HTML tags and entities, ``&&``, the ``&`` of an
accelerator (with its letter) and a file dialog's ``(*.pdf)`` stay as they are, so the app
formats and shows the text as it would a real translation. Plural messages get their forms
from the English catalogue ("1 action", "%n actions"), each made longer.
"""

from __future__ import annotations

import math
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QTranslator

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
GROWTH = 0.4
PAD = "~"

# What a translation must keep as it is (the same as tests/ui/test_catalogues.py checks).
KEPT = re.compile(
    r"\{[A-Za-z_][A-Za-z0-9_]*\}"  # {placeholder}
    r"|%n|%L?[1-9]"  # Qt's arguments
    r"|<[^<>]*>"  # HTML tags
    r"|\(\*\.[^()]*\)"  # a file dialog's pattern: (*.pdf)
    r"|&(?:[A-Za-z]+|#[0-9]+|#x[0-9A-Fa-f]+);"  # HTML entities
    r"|&&"  # a literal ampersand
    r"|&."  # an accelerator and its letter
)
WORD = re.compile(r"[^\W\d_]+")
ACCENTED = str.maketrans(
    "aceinosuyzACEINOSUYZ",
    "åçéîñöšûýžÅÇÉÎÑÖŠÛÝŽ",
)

ACCENTED_BACK = dict(zip("åçéîñöšûýžÅÇÉÎÑÖŠÛÝŽ", "aceinosuyzACEINOSUYZ", strict=True))


def _longer_word(match: re.Match) -> str:
    word = match.group()
    return word.translate(ACCENTED) + PAD * math.ceil(len(word) * GROWTH)


def _longer_plain(text: str) -> str:
    return WORD.sub(_longer_word, text)


def _grown(text: str) -> str:
    """Every word of the plain stretches longer; the kept pieces untouched."""
    pieces, position = [], 0
    for match in KEPT.finditer(text):
        pieces.append(_longer_plain(text[position : match.start()]))
        pieces.append(match.group())
        position = match.end()
    pieces.append(_longer_plain(text[position:]))
    return "".join(pieces)


def pseudo(text: str) -> str:
    """``text`` about 40 % longer, accented, in brackets (inside any leading or trailing tags,
    so that rich text stays rich); a text of white space only stays as it is."""
    if not text.strip():
        return text
    leading = re.match(r"(\s*(?:<[^<>]*>\s*)*)", text).group()
    trailing = re.search(r"((?:\s*<[^<>]*>)*\s*)$", text[len(leading) :]).group()
    middle = text[len(leading) : len(text) - len(trailing)]
    return f"{leading}[{_grown(middle)}]{trailing}"


def unpseudo(text: str) -> str:
    """The English a pseudo text was made from (near enough to name a place in a test)."""
    plain = text.translate(str.maketrans(ACCENTED_BACK)).replace(PAD, "")
    return (
        plain.removeprefix("[")
        .removesuffix("]")
        .replace("&&", "\0")
        .replace("&", "")
        .replace("\0", "&")
    )


def _messages() -> dict[tuple[str, str], bool]:
    """(context, source) -> numerus, of every message of every shipped catalogue."""
    found: dict[tuple[str, str], bool] = {}
    for catalogue in sorted(TRANSLATIONS.glob("toolbox_*.ts")):
        for context in ET.parse(catalogue).getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                key = (name, message.findtext("source"))
                found[key] = found.get(key, False) or message.get("numerus") == "yes"
    return found


def _english_plurals() -> dict[tuple[str, str], list[str]]:
    forms = {}
    for context in ET.parse(TRANSLATIONS / "toolbox_en.ts").getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            texts = [form.text or "" for form in message.iter("numerusform")]
            if texts and all(texts):
                forms[(name, message.findtext("source"))] = texts
    return forms


def write_pseudo_ts(path: Path) -> Path:
    """A .ts holding every message of the app, each made longer (see the module's note)."""
    plurals = _english_plurals()
    root = ET.Element("TS", version="2.1", language="en_US")
    contexts: dict[str, ET.Element] = {}
    for (context, source), numerus in sorted(_messages().items()):
        if context not in contexts:
            contexts[context] = ET.SubElement(root, "context")
            ET.SubElement(contexts[context], "name").text = context
        message = ET.SubElement(contexts[context], "message")
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        if numerus:
            message.set("numerus", "yes")
            for form in plurals.get((context, source), [source, source]):
                ET.SubElement(translation, "numerusform").text = pseudo(form)
        else:
            translation.text = pseudo(source)
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
    return path


def compile_pseudo(folder: Path, lrelease: str) -> Path:
    """The pseudo catalogue written and compiled with ``lrelease`` into ``folder``."""
    ts = write_pseudo_ts(folder / "toolbox_pseudo.ts")
    qm = folder / "toolbox_pseudo.qm"
    subprocess.run([lrelease, str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


def load_pseudo(qm: Path, parent=None) -> QTranslator:
    translator = QTranslator(parent)
    if not translator.load(str(qm)):
        raise RuntimeError(f"cannot load {qm}")
    return translator

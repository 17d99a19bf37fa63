"""Every user-visible string can be translated: lupdate finds the UI's and the core's strings,
and a compiled translation changes what the user reads."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from toolbox_desktop.core import pack
from toolbox_desktop.core.pack import PackProblem
from toolbox_desktop.ui.common.messages import pack_problem_text

SRC = Path(__file__).resolve().parents[2] / "src" / "toolbox_desktop"


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(found).exists():
        pytest.skip(f"{name} is not installed")
    return found


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> Path:
    ts = tmp_path_factory.mktemp("ts") / "toolbox_de.ts"
    sources = [str(p) for p in SRC.rglob("*.py")]
    subprocess.run(
        [tool("pyside6-lupdate"), *sources, "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    return ts


def messages(ts: Path) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        found[name] = {m.findtext("source") for m in context.iter("message")}
    return found


def test_lupdate_finds_ui_and_core_strings(extracted):
    found = messages(extracted)
    assert "Search all content (Ctrl+F)" in found["LibraryPage"]
    assert "All countries" in found["PracticesBrowser"]
    assert pack.MSG_MISSING_FIELD in found["PackProblem"]
    assert pack.MSG_DUPLICATE_CODE in found["PackProblem"]
    assert any("newer version" in text for text in found["DatabaseError"])
    assert {"Why it matters", "Source:", "What made it work"} <= found["DetailRenderer"]
    assert "Cannot open the database" in found["App"]
    assert "" not in found, "strings without a translation context cannot be translated"


def test_a_translation_changes_core_messages_on_screen(qapp, extracted, tmp_path):
    tree = ET.parse(extracted)
    for message in tree.getroot().iter("message"):
        if message.findtext("source") == pack.MSG_MISSING_FIELD:
            translation = message.find("translation")
            translation.text = "Pflichtfeld '{field}' fehlt"
            translation.attrib.pop("type", None)
    tree.write(extracted, encoding="utf-8", xml_declaration=True)
    qm = tmp_path / "toolbox_de.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), str(extracted), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        problem = PackProblem(
            "benchmarks.txt", 12, "title", pack.MSG_MISSING_FIELD, {"field": "title"}
        )
        assert pack_problem_text(problem) == "benchmarks.txt:12: title: Pflichtfeld 'title' fehlt"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert "required field 'title' is missing" in pack_problem_text(problem)

"""Write the English catalogue, toolbox_en.ts and toolbox_en.qm: the plural messages only.

The app is written in English, so English needs no translation, except for the plural forms:
a source says "%n action(s)", and the window should say "1 action", "2 actions". This catalogue
holds exactly the plural messages (lupdate's -pluralonly), each with the two forms the source
gives by the rule in ``toolbox_desktop.core.i18n.english_forms``; every other message is not in
it, so Qt shows its source. The command line prints the same forms by the same rule, without
Qt. Run from the repository root whenever a plural message is added or changed:

    .venv/bin/python resources/translations/english_plurals.py

tests/ui/test_plurals.py fails while the catalogue is not current.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from toolbox_desktop.core.i18n import english_forms

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CATALOGUE = HERE / "toolbox_en.ts"
COMPILED = HERE / "toolbox_en.qm"


def tool(name: str) -> str:
    return shutil.which(name) or str(Path(sys.executable).parent / name)


def lupdate() -> None:
    sources = sorted(str(path) for path in (ROOT / "src").rglob("*.py"))
    command = [tool("pyside6-lupdate"), *sources, "-pluralonly", "-no-obsolete"]
    command += ["-source-language", "en", "-target-language", "en", "-ts", str(CATALOGUE)]
    subprocess.run(command, check=True, capture_output=True)


def fill(catalogue: Path) -> None:
    """Give every plural message its English forms (and drop anything else)."""
    tree = ET.parse(catalogue)
    for context in tree.getroot().iter("context"):
        for message in list(context.iter("message")):
            if message.get("numerus") != "yes":
                context.remove(message)
                continue
            translation = message.find("translation")
            translation.attrib.clear()
            translation.text = None
            for child in list(translation):
                translation.remove(child)
            for form in english_forms(message.findtext("source")):
                ET.SubElement(translation, "numerusform").text = form
    tree.write(catalogue, encoding="utf-8", xml_declaration=True)


def main() -> None:
    lupdate()
    fill(CATALOGUE)
    lupdate()  # once more, for lupdate's own layout of the file
    command = [tool("pyside6-lrelease"), str(CATALOGUE), "-qm", str(COMPILED)]
    subprocess.run(command, check=True, capture_output=True)


if __name__ == "__main__":
    main()

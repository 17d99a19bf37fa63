"""No widget in the window may guess whether user text is HTML: labels are ``PlainLabel``s,
message boxes come from ``ui.message_boxes``, HTML views are ``ui.offline_html``'s, and no
label is switched to rich text. The window walk (``test_user_text_is_plain``) sees what is
shown; this sees what is hidden until some state shows it."""

from __future__ import annotations

import re
from pathlib import Path

import toolbox_desktop.ui

UI = Path(toolbox_desktop.ui.__file__).parent
SHARED = {"plain_text.py", "message_boxes.py", "offline_html.py"}
FORBIDDEN = {
    r"(?<![\w.])QLabel\(": "a QLabel guesses: use plain_text.PlainLabel",
    r"class \w+\(QLabel\)": "a QLabel guesses: derive from plain_text.PlainLabel",
    r"(?<![\w.])QMessageBox\(": "use message_boxes.plain_box",
    r"QMessageBox\.(warning|question|information|critical)\(": "use message_boxes",
    r"(?<![\w.])(QTextBrowser|QTextDocument|QTextEdit)\(": "use offline_html",
    r"TextFormat\.(RichText|AutoText|MarkdownText)": "user text is plain text",
}


def test_no_widget_in_the_ui_guesses_the_format_of_its_text():
    found = []
    for path in sorted(UI.rglob("*.py")):
        if path.name in SHARED:
            continue
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            for pattern, advice in FORBIDDEN.items():
                if re.search(pattern, line):
                    found.append(f"{path.relative_to(UI)}:{number}: {advice}: {line.strip()}")
    assert found == []

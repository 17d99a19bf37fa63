"""A refused database file is explained in the user's language, with the part that says what
is wrong (the {detail}) translated too."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from toolbox_desktop.storage.database import DatabaseOpenError, open_database
from toolbox_desktop.ui.common.messages import database_error_text

COMPILED = Path(__file__).resolve().parents[2] / "resources" / "translations" / "toolbox_de.qm"


@pytest.fixture
def german(qapp):
    translator = QTranslator()
    assert translator.load(str(COMPILED))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_a_cut_file_is_explained_in_german(german, db_path):
    open_database(db_path).close()
    db_path.write_bytes(db_path.read_bytes()[: 3 * 4096])
    with pytest.raises(DatabaseOpenError) as caught:
        open_database(db_path)
    text = database_error_text(caught.value)
    assert "ist beschädigt oder unvollständig (3 von " in text
    assert "Seiten sind vorhanden). Die Datei wurde nicht verändert." in text

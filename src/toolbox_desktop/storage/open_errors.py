"""Why a database file cannot be opened: ``DatabaseOpenError`` and the messages the user reads.

Kept apart from the checks (``file_check``) and from opening itself (``database``), which both
raise them. Each message says what is wrong, that the file was not changed, and what to do.
A ``{detail}`` may be a ``Message`` of its own (context ``DatabaseError``), translated with
the message around it.
"""

from __future__ import annotations

from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP, Message

CTX = "DatabaseError"
MSG_IS_FOLDER = QT_TRANSLATE_NOOP(
    "DatabaseError",
    "'{path}' is a folder, not a database file. Choose a file name inside it instead.",
)
MSG_NO_FOLDER = QT_TRANSLATE_NOOP(
    "DatabaseError",
    "The folder '{folder}' does not exist. Create it first or choose another place.",
)
MSG_NOT_SQLITE = QT_TRANSLATE_NOOP(
    "DatabaseError",
    "'{path}' is not a Local Integration Toolbox database (it is not an SQLite file). "
    "The file was not changed. Choose the right file, or a new file name to start afresh.",
)
MSG_DAMAGED = QT_TRANSLATE_NOOP(
    "DatabaseError",
    "'{path}' is damaged or incomplete ({detail}). The file was not changed. "
    "Open your most recent backup copy, or ask for help recovering it.",
)
MSG_FOREIGN = QT_TRANSLATE_NOOP(
    "DatabaseError",
    "'{path}' is an SQLite database of another program, not of Local Integration Toolbox. "
    "The file was not changed. Choose a new file name to start a new database.",
)
MSG_NEWER = QT_TRANSLATE_NOOP(
    "DatabaseError",
    "'{path}' was saved by a newer version of Local Integration Toolbox (this is version "
    "{version}). The file was not changed. Install the newer version to open it.",
)
MSG_READ_ONLY = QT_TRANSLATE_NOOP(
    "DatabaseError",
    "'{path}' cannot be changed: {reason}. The file was not changed. Copy it to a folder "
    "where you can save files (for example your Documents) and open the copy.",
)
MSG_CANNOT_CREATE = QT_TRANSLATE_NOOP(
    "DatabaseError",
    "'{path}' cannot be created: its folder does not allow saving files. Nothing was changed. "
    "Choose a folder where you can save files (for example your Documents).",
)
# {reason} of MSG_READ_ONLY
REASON_FILE_READ_ONLY = QT_TRANSLATE_NOOP("DatabaseError", "the file is read-only")
REASON_FOLDER_READ_ONLY = QT_TRANSLATE_NOOP(
    "DatabaseError", "its folder does not allow saving files"
)
MSG_CANNOT_OPEN = QT_TRANSLATE_NOOP(
    "DatabaseError", "'{path}' could not be opened: {detail}. The file was not changed."
)
MSG_UNREADABLE_VALUE = QT_TRANSLATE_NOOP(
    "DatabaseError",
    "'{path}' holds a value that is not readable text (table '{table}', column '{column}', "
    "row {row}), probably written by another program. The file was not changed. Open your "
    "most recent backup copy, or ask someone who knows SQLite to correct that value; the app "
    "opens the file again once it is text.",
)
MSG_MISREAD_VALUE = QT_TRANSLATE_NOOP(
    "DatabaseError",
    "'{path}' holds “{value}” in table '{table}', column '{column}', row {row}, where the app "
    "keeps {form}: probably written by another program. The file was not changed. Open your "
    "most recent backup copy, or ask someone who knows SQLite to correct that value; the app "
    "opens the file again once it is corrected.",
)
# {form} of MSG_MISREAD_VALUE
FORM_DATE = QT_TRANSLATE_NOOP("DatabaseError", "a date written YYYY-MM-DD, such as 2026-12-31")
FORM_LIST = QT_TRANSLATE_NOOP("DatabaseError", 'a list written in JSON, such as ["ngos"]')
FORM_WHOLE_NUMBER = QT_TRANSLATE_NOOP("DatabaseError", "a whole number")
FORM_NUMBER = QT_TRANSLATE_NOOP("DatabaseError", "a number")
# {detail} of MSG_DAMAGED
DETAIL_CUT_SHORT = QT_TRANSLATE_NOOP("DatabaseError", "the file is cut short")
DETAIL_PAGES_MISSING = QT_TRANSLATE_NOOP("DatabaseError", "{have} of {pages} pages are there")


def detail(template: str, **params: object) -> Message:
    """A translatable ``{detail}`` of a message above."""
    return Message(CTX, template, **params)


class DatabaseOpenError(Exception):
    """The database file cannot be used; ``template`` and ``params`` make the user message."""

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params))

    @property
    def message(self) -> str:
        return str(self)

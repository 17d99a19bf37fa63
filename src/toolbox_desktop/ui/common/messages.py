"""Turn core messages (English templates marked with QT_TRANSLATE_NOOP) into translated text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from toolbox_desktop.core.i18n import Message, translated_with
from toolbox_desktop.core.pack import CTX as PACK_CONTEXT
from toolbox_desktop.core.pack import PackProblem
from toolbox_desktop.storage.database import CTX as DATABASE_CONTEXT
from toolbox_desktop.storage.database import DatabaseOpenError
from toolbox_desktop.storage.disk_full import is_disk_full


def message_text(message: Message) -> str:
    """A core ``Message`` (and the messages inside it) in the user's language, its moments
    in the user's date format."""
    return translated_with(message, QCoreApplication.translate, QLocale().name())


def translate_template(context: str, template: str, params: dict) -> str:
    return QCoreApplication.translate(context, template).format(**params)


def database_error_text(error: DatabaseOpenError) -> str:
    """The message in the user's language, with its ``{detail}`` when that is translatable."""
    return message_text(Message(DATABASE_CONTEXT, error.template, **error.params))


def pack_problem_text(problem: PackProblem) -> str:
    """One line a content author can act on: file, line, field and what is wrong."""
    message = translate_template(PACK_CONTEXT, problem.template, problem.params)
    return f"{problem.location()}: {message}"


def disk_full_text(error: BaseException) -> str | None:
    """What a change that failed for want of disk space says (None: it failed otherwise):
    the cause and what to do, not SQLite's words and advice about other windows."""
    if not is_disk_full(error):
        return None
    return QCoreApplication.translate(
        "StoringFailed",
        "The change could not be stored: the disk is full. Free some space on it (delete or "
        "move files you no longer need), then try again. Your earlier data is unchanged.",
    )

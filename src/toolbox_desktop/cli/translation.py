"""The language of the command line's own messages (``--lang CODE`` on every command).

Messages are English templates marked with ``QT_TRANSLATE_NOOP("CommandLine", ...)`` so that
``lupdate`` extracts them into the app's catalogue; ``tr`` looks them up in the language chosen
with ``--lang`` (the app's .qm files, read by ``app.translation_for``) and fills them in.
Qt (through ``app``) is imported only when a language other than English is chosen.
Output that scripts read (``--format json``, the packs' codes, ``content list``) stays
English; what people read (``assessment list`` and ``show`` as text, the exports' headers,
``error:``) is in the chosen language.
Numbers and dates are written in ``formats_locale()``: the ``--lang`` language as written on
this computer (LC_ALL, LANG: English on a Swedish computer as "en_SE"), as in the window.
A message with a count is marked as a plural message (``core.i18n``) and shown with
``tr(MSG, n=count)``: the catalogue's form for that count, or in English the form the source
gives for it ("1 problem", "2 problems"), without Qt.
"""

from __future__ import annotations

import argparse
import sys

from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP, Message, translated_with, untranslated

CTX = "CommandLine"

MSG_CANNOT_WRITE = QT_TRANSLATE_NOOP(
    "CommandLine", "cannot write {path}: {detail}. Choose a folder where you can save files."
)
MSG_NO_ASSESSMENT_WITH_ID = QT_TRANSLATE_NOOP(
    "CommandLine",
    "there is no assessment with id {id}; 'toolbox-desktop assessment list' shows them",
)
MSG_NO_DATABASE = QT_TRANSLATE_NOOP(
    "CommandLine",
    "There is no database at {database}. Check the name and the folder; nothing was created. "
    "A new file is made by the app itself (toolbox-desktop --db FILE) or by an import.",
)
MSG_EMPTY_DATABASE = QT_TRANSLATE_NOOP(
    "CommandLine",
    "{database} is empty (0 bytes): it holds no data, and was left as it is. Check the name, "
    "or restore a backup of it (toolbox-desktop backup list --db FILE).",
)
MSG_PACK_NOT_LOADED = QT_TRANSLATE_NOOP(
    "CommandLine",
    "content pack {folder} has %n problem(s) and was not loaded; "
    "run 'toolbox-desktop content check {folder}'",
    None,
    2,
)

_no_translation = untranslated
_translate = _no_translation
_language = "en"


MSG_ERROR = QT_TRANSLATE_NOOP("CommandLine", "error: {message}")
MSG_WARNING = QT_TRANSLATE_NOOP("CommandLine", "warning: {message}")


def print_error(message: str) -> None:
    """``error: <message>`` on standard error, the prefix in the run's language too."""
    print(tr(MSG_ERROR, message=message), file=sys.stderr)


def print_warning(message: str) -> None:
    print(tr(MSG_WARNING, message=message), file=sys.stderr)


def lang_option() -> argparse.ArgumentParser:
    """The ``--lang CODE`` option every command accepts (a parent parser)."""
    option = argparse.ArgumentParser(add_help=False)
    option.add_argument(
        "--lang",
        metavar="CODE",
        default=argparse.SUPPRESS,
        help="language of the messages and reports, e.g. de (translations in "
        "resources/translations; default: en)",
    )
    return option


def current_translate():
    """The translate(context, text, disambiguation=None, n=-1) function of the language
    chosen for this run."""
    return _translate


def translator_for(language: str, what: str = "the output"):
    """A translate(context, text, disambiguation=None, n=-1) function for ``language``, from
    the app's .qm files. English needs no catalogue, so no Qt: its plural forms come from the
    source by the rule the English catalogue of the window is written with (``core.i18n``)."""
    if language in ("", "en"):
        return _no_translation
    from toolbox_desktop.app import translation_for  # Qt, loaded only for another language

    translate = translation_for(language)
    if translate is None:
        print(
            f"warning: there is no translation for '{language}'; {what} is in English",
            file=sys.stderr,
        )
        return _no_translation
    return translate


def use_language(language: str, what: str = "the output"):
    """Translate the messages of this run into ``language``; returns the translate function."""
    global _translate, _language
    _translate = translator_for(language, what) if language not in ("", "en") else _no_translation
    _language = language or "en"
    return _translate


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """This run's translate function (``QCoreApplication.translate``'s arguments), for code
    that renders messages of several contexts (``exchange.change_lines``)."""
    return _translate(context, text, disambiguation, n)


def formats_locale() -> str:
    """The locale this run writes numbers, amounts and dates in: the ``--lang`` language as
    written on this computer (``core.format_locale``, as the window decides it): English on a
    Swedish computer "en_SE" (2026-12-07), German on an Austrian one "de_AT"."""
    from toolbox_desktop.core.format_locale import formats_locale as decide
    from toolbox_desktop.system_locale import system_locale

    return decide(_language, system_locale())


def tr(template: str, *, n: int | None = None, **params: object) -> str:
    """A ``CommandLine`` message in the chosen language, filled with ``params``; a plural
    message takes its count as ``n`` (its ``%n``)."""
    text = _translate(CTX, template) if n is None else _translate(CTX, template, None, n)
    return text.format(**params)


def translated(message: Message) -> str:
    """A core, storage or package ``Message`` (e.g. ``PackageError.message``) in the chosen
    language, its parts too, its moments in this run's date format."""
    return translated_with(message, _translate, formats_locale())


def database_error_text(error) -> str:
    """A ``DatabaseOpenError``'s message in the chosen language, its ``{detail}`` too when
    that is a message ("the disk is full…", "the file is cut short")."""
    return translated(Message("DatabaseError", error.template, **error.params))

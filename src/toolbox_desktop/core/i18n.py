"""Mark translatable message templates without importing Qt, plural forms included.

Core code must stay free of Qt, yet its messages reach users through the GUI. Templates are
marked with ``QT_TRANSLATE_NOOP`` (a name Qt's ``lupdate`` extracts); the core formats them in
English, and the UI looks the same template up with ``QCoreApplication.translate``.

A message with a count has plural forms. Its English source names the count ``%n`` and
writes the plural ending in brackets: ``"%n problem(s) found in {folder}"``. Qt picks the form
for the count from the catalogue (``translate(context, text, None, n)``); the English forms
come from the source by one rule (``english_forms``): the bracketed ending is dropped for one
and kept for any other count, so "1 problem", "2 problems", "0 problems". That rule is what a
command prints without Qt and what ``resources/translations/english_plurals.py`` writes into the
English catalogue for the window, so both faces read the same English.
"""

from __future__ import annotations

import re
from datetime import datetime

# A plural ending in brackets right after a word: "problem(s)", "match(es)".
_ENDING = re.compile(r"(?<=[A-Za-z])\(([a-z]+)\)")


def QT_TRANSLATE_NOOP(
    context: str, text: str, disambiguation: str | None = None, n: int = -1
) -> str:
    """Return ``text`` unchanged; the call itself is what ``lupdate`` looks for.

    A message with plural forms is marked with a number literal as fourth argument, e.g.
    ``QT_TRANSLATE_NOOP("CommandLine", "%n problem(s) found", None, 2)``: lupdate's Python
    parser takes a call as plural only when a number literal stands there (a name such as
    ``n`` it reads as the old encoding argument). The number is not used; the count is given
    when the message is shown (``Message(..., n=count)``, ``cli.translation.tr(..., n=count)``).
    """
    del context, disambiguation, n
    return text


def english_forms(text: str) -> tuple[str, str]:
    """The singular and the plural of an English plural source, ``%n`` kept:
    ``"%n match(es)"`` gives ``("%n match", "%n matches")``."""
    return _ENDING.sub("", text), _ENDING.sub(r"\1", text)


def english(text: str, n: int) -> str:
    """``text`` (a source written as ``"%n problem(s)"``) in English for the count ``n``."""
    singular, plural = english_forms(text)
    return (singular if n == 1 else plural).replace("%n", str(n))


def untranslated(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The translate function of English without any catalogue (the command line without
    Qt): the source itself, in its English form for ``n`` when a count is given. It takes
    the arguments of ``QCoreApplication.translate``."""
    del context, disambiguation
    return english(text, n) if n >= 0 else text


class Message:
    """A user-facing message: a translation context, an English template, its values and,
    for a message with plural forms, the count ``n`` that chooses the form (its ``%n``)."""

    __slots__ = ("context", "n", "params", "template")

    def __init__(
        self, context: str, template: str, *, n: int | None = None, **params: object
    ) -> None:
        self.context = context
        self.template = template
        self.n = n
        self.params = params

    def format(self, template: str | None = None) -> str:
        """Fill the (possibly translated) template with the values; without one, English."""
        if not template:
            template = untranslated(self.context, self.template, None, self.count)
        return template.format(**self.params)

    @property
    def count(self) -> int:
        """``n`` as translate functions take it: -1 when the message has no plural forms."""
        return -1 if self.n is None else self.n

    def __str__(self) -> str:
        return self.format()

    def __repr__(self) -> str:
        return f"Message({self.format()!r})"


def translated_with(message: Message, translate, locale: str | None = None) -> str:
    """``message`` in the user's language, its parts too: ``translate(context, template)``
    is ``QCoreApplication.translate`` in the window (no Qt here); a message with a count is
    looked up as ``translate(context, template, None, n)``. A moment (an aware ``datetime``)
    among its values is written in ``locale``'s format, in this computer's time zone."""
    params = {name: _value_text(value, translate, locale) for name, value in message.params.items()}
    if message.n is None:
        text = translate(message.context, message.template)
    else:
        text = translate(message.context, message.template, None, message.n)
    return text.format(**params)


def _value_text(value: object, translate, locale: str | None) -> object:
    if isinstance(value, Message):
        return translated_with(value, translate, locale)
    if isinstance(value, datetime):
        from toolbox_desktop.core.formatting import format_date_time

        return format_date_time(value.astimezone(), locale)
    return value

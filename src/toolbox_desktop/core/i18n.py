"""Mark translatable message templates without importing Qt.

Core code must stay free of Qt, yet its messages reach users through the GUI. Templates are
marked with ``QT_TRANSLATE_NOOP`` (a name Qt's ``lupdate`` extracts); the core formats them in
English, and the UI looks the same template up with ``QCoreApplication.translate``.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return ``text`` unchanged; the call itself is what ``lupdate`` looks for."""
    del context
    return text


class Message:
    """A user-facing message: a translation context, an English template and its values."""

    __slots__ = ("context", "params", "template")

    def __init__(self, context: str, template: str, **params: object) -> None:
        self.context = context
        self.template = template
        self.params = params

    def format(self, template: str | None = None) -> str:
        """Fill the (possibly translated) template with the values."""
        return (template or self.template).format(**self.params)

    def __str__(self) -> str:
        return self.format()

    def __repr__(self) -> str:
        return f"Message({self.format()!r})"


def translated_with(message: Message, translate) -> str:
    """``message`` in the user's language, its parts too: ``translate(context, template)``
    is ``QCoreApplication.translate`` in the window (no Qt here)."""
    params = {
        name: translated_with(value, translate) if isinstance(value, Message) else value
        for name, value in message.params.items()
    }
    return translate(message.context, message.template).format(**params)

"""What a package import will do, in the window's language: ``exchange.change_lines`` with
Qt's translations and the user's date format."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale

from toolbox_desktop.exchange.change_lines import ChangeLines
from toolbox_desktop.exchange.changes import Change
from toolbox_desktop.ui.common.messages import message_text

translated = message_text  # the package messages, their parts (what, where) included


def lines(dimension_name: Callable[[str], str] | None = None) -> ChangeLines:
    return ChangeLines(QCoreApplication.translate, QLocale().name(), dimension_name)


def item_name(item: str) -> str:
    return lines().item_name(item)


def change_action_name(change: Change) -> str:
    return lines().change_action_name(change)


def change_line(change: Change, dimension_name: Callable[[str], str] | None = None) -> str:
    """E.g. "Update · Action “Welcome desk” — changes: status, progress"."""
    return lines(dimension_name).line(change)

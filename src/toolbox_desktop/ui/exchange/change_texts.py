"""What a package import will do, in the user's words, one line per item."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from toolbox_desktop.core.i18n import Message
from toolbox_desktop.exchange.changes import (
    ACTION,
    ADD,
    ANNUAL_TEXTS,
    ASSESSMENT,
    INDICATOR,
    KEPT,
    PARTICIPANT,
    PEER_ASSESSMENT,
    PROFILE,
    UNCHANGED,
    UPDATE,
    Change,
)


def translated(message: Message) -> str:
    return message.format(QCoreApplication.translate(message.context, message.template))


def item_name(item: str) -> str:
    names = {
        PROFILE: QCoreApplication.translate("PackageChanges", "Municipality profile"),
        ASSESSMENT: QCoreApplication.translate("PackageChanges", "Assessment"),
        ACTION: QCoreApplication.translate("PackageChanges", "Action"),
        INDICATOR: QCoreApplication.translate("PackageChanges", "Indicator"),
        ANNUAL_TEXTS: QCoreApplication.translate("PackageChanges", "Annual report texts"),
        PEER_ASSESSMENT: QCoreApplication.translate(
            "PackageChanges", "Another municipality's assessment (kept apart, for comparison)"
        ),
        PARTICIPANT: QCoreApplication.translate("PackageChanges", "Workshop participant"),
    }
    return names.get(item, item)


def action_name(action: str) -> str:
    names = {
        ADD: QCoreApplication.translate("PackageChanges", "Add"),
        UPDATE: QCoreApplication.translate("PackageChanges", "Update"),
        UNCHANGED: QCoreApplication.translate("PackageChanges", "Already here"),
        KEPT: QCoreApplication.translate("PackageChanges", "Kept as it is (final)"),
    }
    return names.get(action, action)


def change_line(change: Change) -> str:
    """E.g. "Update · Action “Welcome desk” — changes: status, progress"."""
    line = QCoreApplication.translate("PackageChanges", "{action} · {item} “{label}”").format(
        action=action_name(change.action), item=item_name(change.item), label=change.label
    )
    if change.action == UPDATE and change.fields:
        line += " — " + QCoreApplication.translate("PackageChanges", "changes: {fields}").format(
            fields=", ".join(change.fields)
        )
    count = len(change.details)
    if count:
        line += " — " + QCoreApplication.translate(
            "PackageChanges", "%n rating(s) added or changed", "", count
        )
    if change.note is not None:
        line += " — " + translated(change.note)
    return line

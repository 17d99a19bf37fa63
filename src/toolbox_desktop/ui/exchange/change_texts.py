"""What a package import will do, in the user's words, one line per item."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject

from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP
from toolbox_desktop.exchange.changes import (
    ACTION,
    ADD,
    ADDRESSEE,
    ANNUAL_TEXTS,
    ASSESSMENT,
    FACT_SANDWICH,
    INDICATOR,
    KEPT,
    PARTICIPANT,
    PEER_ASSESSMENT,
    PROFILE,
    UNCHANGED,
    UPDATE,
    Change,
)
from toolbox_desktop.ui.common.messages import message_text


class PackageChanges(QObject):
    """The translation context of these lines, for a plural message: lupdate reads
    ``PackageChanges.tr(text, "", count)`` as one (``QCoreApplication.translate`` with a count
    it reads as singular)."""


# The fields a package can change, as the user knows them.
FIELD_NAMES = {
    "title": QT_TRANSLATE_NOOP("PackageFields", "title"),
    "assessed_on": QT_TRANSLATE_NOOP("PackageFields", "date"),
    "participants": QT_TRANSLATE_NOOP("PackageFields", "who took part"),
    "status": QT_TRANSLATE_NOOP("PackageFields", "status"),
    "workshop": QT_TRANSLATE_NOOP("PackageFields", "workshop"),
    "ratings": QT_TRANSLATE_NOOP("PackageFields", "ratings"),
    "workshop_participants": QT_TRANSLATE_NOOP("PackageFields", "workshop participants"),
    "restored": QT_TRANSLATE_NOOP("PackageFields", "brought back after deletion"),
    "description": QT_TRANSLATE_NOOP("PackageFields", "description"),
    "dimension": QT_TRANSLATE_NOOP("PackageFields", "dimension"),
    "responsible_role": QT_TRANSLATE_NOOP("PackageFields", "responsible role"),
    "responsible_person": QT_TRANSLATE_NOOP("PackageFields", "responsible person"),
    "partners": QT_TRANSLATE_NOOP("PackageFields", "partners"),
    "partner_names": QT_TRANSLATE_NOOP("PackageFields", "partner names"),
    "start": QT_TRANSLATE_NOOP("PackageFields", "start"),
    "end": QT_TRANSLATE_NOOP("PackageFields", "end"),
    "phase": QT_TRANSLATE_NOOP("PackageFields", "phase"),
    "priority": QT_TRANSLATE_NOOP("PackageFields", "priority"),
    "progress": QT_TRANSLATE_NOOP("PackageFields", "progress"),
    "budget_cents": QT_TRANSLATE_NOOP("PackageFields", "budget"),
    "spent_cents": QT_TRANSLATE_NOOP("PackageFields", "spent"),
    "currency": QT_TRANSLATE_NOOP("PackageFields", "currency"),
    "budget_line": QT_TRANSLATE_NOOP("PackageFields", "budget line"),
    "funding_source": QT_TRANSLATE_NOOP("PackageFields", "funding source"),
    "benchmarks": QT_TRANSLATE_NOOP("PackageFields", "benchmarks"),
    "milestones": QT_TRANSLATE_NOOP("PackageFields", "milestones"),
    "name": QT_TRANSLATE_NOOP("PackageFields", "name"),
    "unit": QT_TRANSLATE_NOOP("PackageFields", "unit"),
    "baseline": QT_TRANSLATE_NOOP("PackageFields", "baseline"),
    "target": QT_TRANSLATE_NOOP("PackageFields", "target"),
    "benchmark": QT_TRANSLATE_NOOP("PackageFields", "benchmark"),
    "action": QT_TRANSLATE_NOOP("PackageFields", "action"),
    "measurements": QT_TRANSLATE_NOOP("PackageFields", "measurements"),
    "country": QT_TRANSLATE_NOOP("PackageFields", "country"),
    "region": QT_TRANSLATE_NOOP("PackageFields", "region"),
    "population": QT_TRANSLATE_NOOP("PackageFields", "population"),
    "kind": QT_TRANSLATE_NOOP("PackageFields", "kind of place"),
    "newcomers": QT_TRANSLATE_NOOP("PackageFields", "newcomers"),
    "staff_time": QT_TRANSLATE_NOOP("PackageFields", "staff time"),
    "competences": QT_TRANSLATE_NOOP("PackageFields", "competences"),
    "summary": QT_TRANSLATE_NOOP("PackageFields", "summary"),
    "stories": QT_TRANSLATE_NOOP("PackageFields", "stories"),
    "next_focus": QT_TRANSLATE_NOOP("PackageFields", "next year's focus"),
    "town_id": QT_TRANSLATE_NOOP("PackageFields", "town id (for regional comparisons)"),
    "topic": QT_TRANSLATE_NOOP("PackageFields", "topic"),
    "fact": QT_TRANSLATE_NOOP("PackageFields", "fact"),
    "myth": QT_TRANSLATE_NOOP("PackageFields", "warning about the myth"),
    "why_wrong": QT_TRANSLATE_NOOP("PackageFields", "why the myth is wrong"),
    "fact_again": QT_TRANSLATE_NOOP("PackageFields", "the fact again"),
    "level": QT_TRANSLATE_NOOP("PackageFields", "level holding the competence"),
    "address": QT_TRANSLATE_NOOP("PackageFields", "address"),
    "sender_name": QT_TRANSLATE_NOOP("PackageFields", "signed by"),
    "sender_role": QT_TRANSLATE_NOOP("PackageFields", "role of the signatory"),
}


def field_name(key: str) -> str:
    template = FIELD_NAMES.get(key)
    return QCoreApplication.translate("PackageFields", template) if template else key


translated = message_text  # the package messages, their parts (what, where) included


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
        FACT_SANDWICH: QCoreApplication.translate("PackageChanges", "Fact sandwich"),
        ADDRESSEE: QCoreApplication.translate("PackageChanges", "Advocacy letter addressee"),
    }
    return names.get(item, item)


def change_action_name(change: Change) -> str:
    """What the import does to ``change``'s item, as the preview's line starts."""
    if change.action == KEPT and change.kept_later:
        return QCoreApplication.translate("PackageChanges", "Kept as it is here")
    return action_name(change.action)


def action_name(action: str) -> str:
    names = {
        ADD: QCoreApplication.translate("PackageChanges", "Add"),
        UPDATE: QCoreApplication.translate("PackageChanges", "Update"),
        UNCHANGED: QCoreApplication.translate("PackageChanges", "Already here"),
        KEPT: QCoreApplication.translate("PackageChanges", "Kept as it is (final)"),
    }
    return names.get(action, action)


def change_line(change: Change, dimension_name: Callable[[str], str] | None = None) -> str:
    """E.g. "Update · Action “Welcome desk” — changes: status, progress". ``dimension_name``
    names a dimension by its code, for an addressee known only by its dimension."""
    label = change.label
    if change.item == PARTICIPANT and not label:
        label = QCoreApplication.translate("PackageChanges", "anonymous")
    if change.item == ADDRESSEE and not label:
        line = QCoreApplication.translate("PackageChanges", "{action} · {item} for “{dimension}”")
        line = line.format(
            action=change_action_name(change),
            item=item_name(change.item),
            dimension=dimension_name(change.key) if dimension_name else change.key,
        )
    else:
        line = QCoreApplication.translate("PackageChanges", "{action} · {item} “{label}”").format(
            action=change_action_name(change), item=item_name(change.item), label=label
        )
    if change.action == UPDATE and change.fields:
        line += " — " + QCoreApplication.translate("PackageChanges", "changes: {fields}").format(
            fields=", ".join(field_name(key) for key in change.fields)
        )
    count = len(change.details)
    if count:
        line += " — " + PackageChanges.tr("%n rating(s) added or changed", "", count)
    if change.note is not None:
        line += " — " + _changed_here(change) + translated(change.note)
    return line


def _changed_here(change: Change) -> str:
    """What was changed here after the package was made, before the note that says so:
    "title, 2 ratings: "; "" when the note is about the whole item."""
    parts = [field_name(key) for key in change.kept_fields]
    if change.kept_ratings:
        parts.append(PackageChanges.tr("%n rating(s)", "", len(change.kept_ratings)))
    return ", ".join(parts) + ": " if parts else ""

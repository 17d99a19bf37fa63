"""What a package import will do, in the user's words, one line per item: the same lines in
the window's preview and on the command line (each passes its own translate function).

Why one module: the window and ``toolbox-desktop import`` describe the same changes; written
twice, the command line's lines stayed English after the window's were translated.
"""

from __future__ import annotations

from collections.abc import Callable

from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP, Message, translated_with
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

# translate(context, text) or translate(context, text, None, n): QCoreApplication.translate
# in the window, ``cli.translation``'s in a command.
Translate = Callable[..., str]
CTX = "PackageChanges"

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


ITEM_NAMES = {
    PROFILE: QT_TRANSLATE_NOOP("PackageChanges", "Municipality profile"),
    ASSESSMENT: QT_TRANSLATE_NOOP("PackageChanges", "Assessment"),
    ACTION: QT_TRANSLATE_NOOP("PackageChanges", "Action"),
    INDICATOR: QT_TRANSLATE_NOOP("PackageChanges", "Indicator"),
    ANNUAL_TEXTS: QT_TRANSLATE_NOOP("PackageChanges", "Annual report texts"),
    PEER_ASSESSMENT: QT_TRANSLATE_NOOP("PackageChanges", "Another municipality's assessment"),
    PARTICIPANT: QT_TRANSLATE_NOOP("PackageChanges", "Workshop participant"),
    FACT_SANDWICH: QT_TRANSLATE_NOOP("PackageChanges", "Fact sandwich"),
    ADDRESSEE: QT_TRANSLATE_NOOP("PackageChanges", "Advocacy letter addressee"),
}
ACTION_NAMES = {
    ADD: QT_TRANSLATE_NOOP("PackageChanges", "Add"),
    UPDATE: QT_TRANSLATE_NOOP("PackageChanges", "Update"),
    UNCHANGED: QT_TRANSLATE_NOOP("PackageChanges", "Already here"),
    KEPT: QT_TRANSLATE_NOOP("PackageChanges", "Kept as it is (final)"),
}
KEPT_HERE = QT_TRANSLATE_NOOP("PackageChanges", "Kept as it is here")
# After another municipality's name (not before it: two of its assessments then read alike
# in a dialog's width, the name and title that tell them apart cut off).
KEPT_APART = QT_TRANSLATE_NOOP("PackageChanges", "kept apart, for comparison")
ANONYMOUS = QT_TRANSLATE_NOOP("PackageChanges", "anonymous")
LINE = QT_TRANSLATE_NOOP("PackageChanges", "{action} · {item} “{label}”")
LINE_FOR_DIMENSION = QT_TRANSLATE_NOOP("PackageChanges", "{action} · {item} for “{dimension}”")
CHANGES = QT_TRANSLATE_NOOP("PackageChanges", "changes: {fields}")
RATINGS_CHANGED = QT_TRANSLATE_NOOP("PackageChanges", "%n rating(s) added or changed", None, 2)
RATINGS = QT_TRANSLATE_NOOP("PackageChanges", "%n rating(s)", None, 2)


class ChangeLines:
    """The lines of one preview, in the language ``translate`` speaks; moments in notes in
    ``locale``'s format; ``dimension_name`` names a dimension by its code (an addressee known
    only by its dimension)."""

    def __init__(
        self,
        translate: Translate,
        locale: str | None = None,
        dimension_name: Callable[[str], str] | None = None,
    ) -> None:
        self.translate = translate
        self.locale = locale
        self.dimension_name = dimension_name

    def note(self, message: Message) -> str:
        return translated_with(message, self.translate, self.locale)

    def field_name(self, key: str) -> str:
        template = FIELD_NAMES.get(key)
        return self.translate("PackageFields", template) if template else key

    def item_name(self, item: str) -> str:
        template = ITEM_NAMES.get(item)
        return self.translate(CTX, template) if template else item

    def action_name(self, action: str) -> str:
        template = ACTION_NAMES.get(action)
        return self.translate(CTX, template) if template else action

    def change_action_name(self, change: Change) -> str:
        """What the import does to ``change``'s item, as its line starts."""
        if change.action == KEPT and change.kept_later:
            return self.translate(CTX, KEPT_HERE)
        return self.action_name(change.action)

    def line(self, change: Change) -> str:
        """E.g. "Update · Action “Welcome desk” — changes: status, progress"."""
        label = change.label
        if change.item == PARTICIPANT and not label:
            label = self.translate(CTX, ANONYMOUS)
        action, item = self.change_action_name(change), self.item_name(change.item)
        if change.item == ADDRESSEE and not label:
            name = self.dimension_name(change.key) if self.dimension_name else change.key
            line = self.translate(CTX, LINE_FOR_DIMENSION).format(
                action=action, item=item, dimension=name
            )
        else:
            line = self.translate(CTX, LINE).format(action=action, item=item, label=label)
        if change.action == UPDATE and change.fields:
            fields = ", ".join(self.field_name(key) for key in change.fields)
            line += " — " + self.translate(CTX, CHANGES).format(fields=fields)
        if change.details:
            line += " — " + self._count(RATINGS_CHANGED, len(change.details))
        if change.item == PEER_ASSESSMENT and change.action in (ADD, UPDATE):
            line += " — " + self.translate(CTX, KEPT_APART)
        if change.note is not None:
            line += " — " + self._changed_here(change) + self.note(change.note)
        return line

    def _count(self, template: str, n: int) -> str:
        return self.translate(CTX, template, None, n).replace("%n", str(n))

    def _changed_here(self, change: Change) -> str:
        """What was changed here after the package was made, before the note that says so:
        "title, 2 ratings: "; "" when the note is about the whole item."""
        parts = [self.field_name(key) for key in change.kept_fields]
        if change.kept_ratings:
            parts.append(self._count(RATINGS, len(change.kept_ratings)))
        return ", ".join(parts) + ": " if parts else ""

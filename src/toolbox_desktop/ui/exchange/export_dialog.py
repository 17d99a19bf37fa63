"""File → Export package…: the assessment shown, the action plan or the whole municipality in
one file for another laptop (a USB stick), or anonymised for other municipalities.

The workshop's "Export my ratings…" (a participant file for the facilitator) is here too.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from toolbox_desktop.core import limits
from toolbox_desktop.core.assessment import Assessment
from toolbox_desktop.exchange.errors import PackageError
from toolbox_desktop.exchange.package_writer import (
    export_assessment,
    export_municipality,
    export_participant,
    export_plan,
)
from toolbox_desktop.paths import documents_folder
from toolbox_desktop.ui.common import text_limits
from toolbox_desktop.ui.common.message_boxes import warn
from toolbox_desktop.ui.common.plain_text import PlainLabel
from toolbox_desktop.ui.exchange.change_texts import translated

ASSESSMENT, PLAN, MUNICIPALITY, BLANK = "assessment", "plan", "municipality", "blank"
SUFFIX = ".toolbox"


def safe_file_stem(text: str) -> str:
    """A file name from a title: letters of any script kept, the rest made dashes."""
    stem = re.sub(r"[^\w]+", "-", text, flags=re.UNICODE).strip("-")
    return stem[:60] or "package"


class ExportDialog(QDialog):
    def __init__(self, assessment: Assessment | None, parent=None) -> None:
        super().__init__(parent)
        self.assessment = assessment
        self.setWindowTitle(self.tr("Export package"))
        intro = PlainLabel(
            self.tr(
                "Save one file to carry to another laptop (for example on a USB stick) and "
                "import it there (File → Import package…). Importing it twice adds nothing "
                "twice."
            )
        )
        intro.setWordWrap(True)
        self.group = QButtonGroup(self)
        title = assessment.title if assessment else ""
        self.buttons = {
            ASSESSMENT: QRadioButton(
                self.tr("The assessment “{title}”").format(title=title)
                if assessment
                else self.tr("The assessment shown (there is none yet)")
            ),
            BLANK: QRadioButton(
                self.tr("The assessment, blank, for workshop participants to rate on their laptops")
            ),
            PLAN: QRadioButton(self.tr("The action plan (with the annual report texts)")),
            MUNICIPALITY: QRadioButton(
                self.tr("Everything: profile, all assessments, the plan and the texts")
            ),
        }
        self.buttons[ASSESSMENT].setEnabled(assessment is not None)
        self.buttons[BLANK].setEnabled(assessment is not None)
        for index, button in enumerate(self.buttons.values()):
            self.group.addButton(button, index)
        self.buttons[ASSESSMENT if assessment else MUNICIPALITY].setChecked(True)
        self.anonymised_check = QCheckBox(
            self.tr("&Anonymised, to share with other municipalities")
        )
        self.anonymised_check.setToolTip(
            self.tr(
                "Leaves out the names of people, notes, evidence and links; keeps the "
                "municipality's kind, size and country and the ratings, so others can compare."
            )
        )
        self.anonymised_hint = PlainLabel(
            self.tr(
                "Anonymised: without names of people, notes and evidence. Assessments only "
                "(no action plan)."
            )
        )
        self.anonymised_hint.setWordWrap(True)
        self.anonymised_hint.setStyleSheet("color: palette(placeholder-text);")
        self.group.idToggled.connect(self._kind_changed)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for button in self.buttons.values():
            layout.addWidget(button)
        layout.addWidget(self.anonymised_check)
        layout.addWidget(self.anonymised_hint)
        layout.addWidget(box)
        self._kind_changed()

    def kind(self) -> str:
        return tuple(self.buttons)[max(self.group.checkedId(), 0)]

    def anonymised(self) -> bool:
        return self.anonymised_check.isEnabled() and self.anonymised_check.isChecked()

    def _kind_changed(self, *_args) -> None:
        self.anonymised_check.setEnabled(self.kind() in (ASSESSMENT, MUNICIPALITY))

    def suggested_name(self, municipality: str) -> str:
        title = self.assessment.title if self.assessment else self.tr("assessment")
        parts = {
            ASSESSMENT: title,
            BLANK: self.tr("{title}-for-participants").format(title=title),
            PLAN: self.tr("action-plan"),
            MUNICIPALITY: municipality or self.tr("municipality"),
        }
        stem = safe_file_stem(parts[self.kind()])
        if self.anonymised():
            stem += "-" + self.tr("anonymised")
        return stem + SUFFIX


def ask_target(parent: QWidget, suggested: str) -> Path | None:
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Packages", "Save the package"),
        str(documents_folder() / suggested),
        QCoreApplication.translate("Packages", "Toolbox packages (*.toolbox)"),
    )
    if not chosen:
        return None
    target = Path(chosen)
    return target if target.suffix else target.with_name(target.name + SUFFIX)


def export_package(
    parent: QWidget, conn: sqlite3.Connection, assessment: Assessment | None, municipality: str
) -> Path | None:
    """Ask what to export and where; write the package. Returns its path (None: cancelled
    or failed, and the user was told why)."""
    dialog = ExportDialog(assessment, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    target = ask_target(parent, dialog.suggested_name(municipality))
    if target is None:
        return None
    kind, anonymised = dialog.kind(), dialog.anonymised()

    def write() -> Path:
        if kind == ASSESSMENT:
            return export_assessment(conn, assessment.id, target, anonymised=anonymised)
        if kind == BLANK:
            return export_assessment(conn, assessment.id, target, for_participants=True)
        if kind == PLAN:
            return export_plan(conn, target)
        return export_municipality(conn, target, anonymised=anonymised)

    return _written(parent, write, target)


def export_my_ratings(
    parent: QWidget, conn: sqlite3.Connection, assessment: Assessment | None
) -> Path | None:
    """On a participant's laptop: this assessment's ratings as a participant file."""
    if assessment is None:
        return None
    name, accepted = text_limits.ask_line(
        parent,
        QCoreApplication.translate("Packages", "Export my ratings"),
        QCoreApplication.translate(
            "Packages",
            "Your name, as the facilitator should see it (leave empty to stay anonymous):",
        ),
        limits.WORKSHOP_PARTICIPANT["name"],
    )
    if not accepted:
        return None
    suggested = safe_file_stem(
        QCoreApplication.translate("Packages", "ratings-{name}").format(name=name or "anonymous")
    )
    target = ask_target(parent, suggested + SUFFIX)
    if target is None:
        return None
    return _written(parent, lambda: export_participant(conn, assessment.id, name, target), target)


def _written(parent: QWidget, write, target: Path) -> Path | None:
    try:
        return write()
    except PackageError as error:
        reason = translated(error.message)
    except (OSError, sqlite3.Error) as error:
        reason = getattr(error, "strerror", None) or str(error)
    except LookupError:  # deleted in another window while the file dialog was open
        reason = QCoreApplication.translate(
            "Packages", "the assessment was deleted meanwhile (perhaps in another window)"
        )
    warn(
        parent,
        QCoreApplication.translate("Packages", "The package was not saved"),
        QCoreApplication.translate(
            "Packages",
            "The package could not be saved to {path}: {reason}. Choose a folder where you can "
            "save files (a USB stick may be full or write-protected).",
        ).format(path=str(target), reason=reason),
    )
    return None

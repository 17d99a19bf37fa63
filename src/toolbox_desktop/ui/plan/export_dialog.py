"""Export the action plan from the GUI: choose a file (and, for CSV, the separator), write it.

The separator defaults to what the user's spreadsheet expects: semicolon where the decimal mark
is a comma (most of continental Europe), comma elsewhere.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from toolbox_desktop.core.content import Content
from toolbox_desktop.paths import documents_folder
from toolbox_desktop.storage.plan_export import (
    database_id,
    plan_csv,
    plan_ical,
    write_csv,
    write_ical,
)
from toolbox_desktop.storage.plan_import import action_uids
from toolbox_desktop.storage.plan_repository import PlanRepository
from toolbox_desktop.ui.common.message_boxes import inform, warn


class PlanExportDialog(QObject):
    """The translation context of the export's messages: ``PlanExportDialog.tr`` is a call
    lupdate reads as a plural message (``QCoreApplication.translate`` with a count it reads as
    singular)."""


def default_separator(locale: QLocale | None = None) -> str:
    return ";" if (locale or QLocale()).decimalPoint() == "," else ","


def choose_separator(parent: QWidget) -> str | None:
    comma = QCoreApplication.translate("PlanExportDialog", "Comma ( , ) with decimal points")
    semicolon = QCoreApplication.translate(
        "PlanExportDialog", "Semicolon ( ; ) with decimal commas — Excel in most of Europe"
    )
    items = [comma, semicolon]
    current = 1 if default_separator() == ";" else 0
    choice, accepted = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("PlanExportDialog", "CSV separator"),
        QCoreApplication.translate("PlanExportDialog", "Separate the columns with:"),
        items,
        current,
        False,
    )
    if not accepted:
        return None
    return ";" if choice == semicolon else ","


def export_plan(parent: QWidget, conn: sqlite3.Connection, content: Content, kind: str) -> bool:
    """Ask where to save, then write the plan as ``kind`` ("csv" or "ics"); True when done."""
    if kind == "csv":
        title = QCoreApplication.translate("PlanExportDialog", "Export the action plan as CSV")
        pattern = QCoreApplication.translate("PlanExportDialog", "CSV files (*.csv)")
        suggested = "action-plan.csv"
    else:
        title = QCoreApplication.translate(
            "PlanExportDialog", "Export deadlines and milestones as a calendar"
        )
        pattern = QCoreApplication.translate("PlanExportDialog", "Calendar files (*.ics)")
        suggested = "action-plan.ics"
    name, _filter = QFileDialog.getSaveFileName(
        parent, title, str(documents_folder() / suggested), pattern
    )
    if not name:
        return False
    path = Path(name)
    if not path.suffix:
        path = path.with_suffix(f".{kind}")
    try:
        actions = PlanRepository(conn).actions()
        if kind == "csv":
            separator = choose_separator(parent)
            if separator is None:
                return False
            uids = action_uids(conn)
            translate = QCoreApplication.translate
            text = plan_csv(actions, content, separator, translate=translate, uids=uids)
            write_csv(path, text)
        else:
            write_ical(
                path,
                plan_ical(actions, database_id(conn), translate=QCoreApplication.translate),
            )
    except (OSError, sqlite3.Error) as error:
        warn(
            parent,
            title,
            QCoreApplication.translate(
                "PlanExportDialog",
                "The plan could not be written to {path}: {reason}. Choose another folder, "
                "for example your Documents.",
            ).format(path=str(path), reason=getattr(error, "strerror", None) or str(error)),
        )
        return False
    count = len(actions)
    inform(
        parent,
        title,
        PlanExportDialog.tr("%n action(s) written to {path}.", "", count).format(path=str(path)),
    )
    return True

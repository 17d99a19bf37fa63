"""Import actions from a spreadsheet: choose the sheet, map its columns, see what it would do,
then import (File → Import actions from a spreadsheet…).

One dialog, top to bottom: the sheet; a table with a row per column of the sheet (its
header, the field it is imported as, its first values and what the first value is read as);
the summary ("2 new, 1 updated, 3 unchanged, 1 row left out") and the list of rows left out
with their reasons. Nothing is written until Import; then everything in one transaction and
one undo step (``import_command.py``). The columns are mapped from their headers
(``exchange/sheets/mapping.py``); a mapping the user changes is remembered for that set of
headers (``UiState``), so next month's file from the same office maps the same way.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from toolbox_desktop.core.assessment import PRIORITY_NAMES
from toolbox_desktop.core.plan import FUNDING_SOURCES, PARTNER_KINDS, PHASE_NAMES, STATUS_NAMES
from toolbox_desktop.exchange.sheets.columns import CTX, ID, IMPORT_FIELDS, PLAN_HEADERS
from toolbox_desktop.exchange.sheets.importing import amounts_locale, default_sheet, preview
from toolbox_desktop.exchange.sheets.mapping import Mapping, auto_mapping, header_key
from toolbox_desktop.exchange.sheets.plan_import import ImportPlan, missing_title
from toolbox_desktop.exchange.sheets.reading import (
    SpreadsheetError,
    SpreadsheetFile,
    read_spreadsheet,
)
from toolbox_desktop.exchange.sheets.values import CellError, CellReader
from toolbox_desktop.paths import documents_folder
from toolbox_desktop.ui.common.message_boxes import warn
from toolbox_desktop.ui.common.messages import message_text
from toolbox_desktop.ui.common.plain_text import PlainLabel, window_title
from toolbox_desktop.ui.common.settings import UiState
from toolbox_desktop.ui.plan.commands import WRITE_ERRORS, error_text
from toolbox_desktop.ui.plan.import_command import import_into_plan
from toolbox_desktop.ui.plan.money import format_money
from toolbox_desktop.ui.plan.session import PlanSession

MAPPING_KEY = "plan/sheet_import/{key}"
HEADER_COLUMN, FIELD_COLUMN, SAMPLE_COLUMN, READ_COLUMN = range(4)
SAMPLE_ROWS = 3


class SheetImportDialog(QDialog):
    def __init__(
        self,
        session: PlanSession,
        spreadsheet: SpreadsheetFile,
        state: UiState | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.spreadsheet = spreadsheet
        self.state = state
        self.plan = ImportPlan()
        self.imported: tuple[list, list] | None = None
        self.setWindowTitle(
            window_title(self.tr("Import actions from {file}").format(file=spreadsheet.path.name))
        )
        self.sheet_box = QComboBox()
        for sheet in spreadsheet.sheets:
            self.sheet_box.addItem(sheet.name)
        self.sheet_box.setEnabled(len(spreadsheet.sheets) > 1)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Column in the file"),
                self.tr("Imported as"),
                self.tr("First values"),
                self.tr("Read as"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.summary = PlainLabel()
        self.summary.setWordWrap(True)
        self.left_out = QListWidget()
        self.left_out.setAccessibleName(self.tr("Rows left out"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Sheet:"), self.sheet_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(PlainLabel(self.tr("Which field each column is imported as:")))
        layout.addWidget(self.table, 3)
        layout.addWidget(self.summary)
        layout.addWidget(PlainLabel(self.tr("Rows left out, with the reason:")))
        layout.addWidget(self.left_out, 1)
        layout.addWidget(self.buttons)
        self.resize(1100, 640)

        first = default_sheet(spreadsheet, QCoreApplication.translate)
        self.sheet_box.setCurrentIndex(spreadsheet.sheets.index(first))
        self.sheet_box.currentIndexChanged.connect(self._sheet_changed)
        self._sheet_changed()

    # -- the sheet and its mapping --------------------------------------------------------
    @property
    def sheet(self):
        return self.spreadsheet.sheets[self.sheet_box.currentIndex()]

    def mapping(self) -> Mapping:
        mapping: Mapping = {}
        for row in range(self.table.rowCount()):
            field = self.table.cellWidget(row, FIELD_COLUMN).currentData()
            if field:
                mapping[row] = field
        return mapping

    def set_field(self, column: int, field: str) -> None:
        """Import the sheet's ``column`` as ``field`` ("" for not at all), as the user's
        choice in its box does."""
        box = self.table.cellWidget(column, FIELD_COLUMN)
        box.setCurrentIndex(max(0, box.findData(field)))

    def _sheet_changed(self, *_args) -> None:
        sheet = self.sheet
        mapping = self._remembered(sheet.headers) or auto_mapping(
            sheet.headers, QCoreApplication.translate
        )
        self.table.setRowCount(len(sheet.headers))
        for column, header in enumerate(sheet.headers):
            self.table.setItem(column, HEADER_COLUMN, _item(header))
            box = QComboBox()
            box.addItem(self.tr("(not imported)"), "")
            for field in IMPORT_FIELDS:
                box.addItem(QCoreApplication.translate(CTX, PLAN_HEADERS[field]), field)
            box.setCurrentIndex(max(0, box.findData(mapping.get(column, ""))))
            box.setAccessibleName(self.tr("Import “{column}” as").format(column=header))
            box.currentIndexChanged.connect(lambda _i, c=column: self._field_chosen(c))
            self.table.setCellWidget(column, FIELD_COLUMN, box)
            samples = [
                _shown_raw(row.values[column])
                for row in sheet.rows[:SAMPLE_ROWS]
                if column < len(row.values)
            ]
            self.table.setItem(column, SAMPLE_COLUMN, _item(" | ".join(samples)))
        self.table.resizeColumnsToContents()
        for column, most in ((HEADER_COLUMN, 220), (FIELD_COLUMN, 220), (SAMPLE_COLUMN, 360)):
            self.table.setColumnWidth(column, min(most, self.table.columnWidth(column)))
        self._update()

    def _field_chosen(self, column: int) -> None:
        field = self.table.cellWidget(column, FIELD_COLUMN).currentData()
        for row in range(self.table.rowCount()):  # a field takes one column
            other = self.table.cellWidget(row, FIELD_COLUMN)
            if row != column and field and other.currentData() == field:
                other.blockSignals(True)
                other.setCurrentIndex(0)
                other.blockSignals(False)
        self._remember()
        self._update()

    def _remembered(self, headers) -> Mapping | None:
        if self.state is None:
            return None
        text = self.state.text(MAPPING_KEY.format(key=header_key(headers)))
        try:
            stored = json.loads(text) if text else None
        except ValueError:
            return None
        if not isinstance(stored, dict):
            return None
        return {int(c): f for c, f in stored.items() if c.isdigit() and f in IMPORT_FIELDS} or None

    def _remember(self) -> None:
        if self.state is not None:
            key = MAPPING_KEY.format(key=header_key(self.sheet.headers))
            self.state.set(key, json.dumps({str(c): f for c, f in self.mapping().items()}))

    # -- what it would do ---------------------------------------------------------------------
    def _update(self) -> None:
        mapping = self.mapping()
        locale = amounts_locale(self.spreadsheet, QLocale().name())
        reader = CellReader(self.session.content, QCoreApplication.translate, locale)
        first = self.sheet.rows[0] if self.sheet.rows else None
        for column in range(self.table.rowCount()):
            field = mapping.get(column)
            shown = ""
            if field and first is not None:
                value = first.values[column] if column < len(first.values) else None
                try:
                    read = reader.read(field, value)
                    dimension = (
                        self.session.content.dimension(read) if field == "dimension" else None
                    )
                    shown = (
                        f"{dimension.number}. {dimension.title}"
                        if dimension
                        else _shown_value(field, read)
                    )
                except CellError as error:
                    shown = "⚠ " + str(error)
            self.table.setItem(column, READ_COLUMN, _item(shown))
        refusal = missing_title(mapping)
        if refusal is not None:
            self.plan = ImportPlan()
            self.summary.setText(message_text(refusal))
        else:
            self.plan = self._preview(mapping)
            self.summary.setText(summary_text(self.plan))
        self.left_out.clear()
        for left in self.plan.left_out:
            self.left_out.addItem(
                self.tr("Row {line}: {reasons}").format(
                    line=left.line, reasons="; ".join(left.reasons)
                )
            )
        for side in self.plan.side_left_out:  # its text names the sheet and the rows
            self.left_out.addItem(side.reason)
        self.import_button.setEnabled(self.plan.writes_anything)

    def _preview(self, mapping: Mapping) -> ImportPlan:
        return preview(
            self.session.repository.conn,
            self.session.content,
            self.spreadsheet,
            self.sheet,
            mapping,
            QCoreApplication.translate,
            QLocale().name(),
        )

    # -- importing --------------------------------------------------------------------------
    def accept(self) -> None:
        """Read the plan again (another window may have changed it) and import what the user
        saw; if it now does something else (an action deleted there would be added again,
        say), show that instead and wait for Import again."""
        shown = _outcome(self.plan)
        self.plan = self._preview(self.mapping())
        if not self.plan.writes_anything or _outcome(self.plan) != shown:
            self._update()
            if self.plan.writes_anything:
                self.summary.setText(
                    self.tr(
                        "The plan was changed in another window meanwhile. This is what the "
                        "import would do now: {summary}. Choose Import again to import it."
                    ).format(summary=summary_text(self.plan))
                )
            return
        try:
            self.imported = import_into_plan(self.session, self.plan)
        except WRITE_ERRORS as error:
            warn(self, self.tr("Nothing was imported"), error_text(error))
            self._update()
            return
        super().accept()


class SheetImportTexts(QObject):
    """The translation context of the summary's plural messages."""


def summary_text(plan: ImportPlan) -> str:
    parts = [
        SheetImportTexts.tr("%n new action(s)", "", len(plan.new)),
        SheetImportTexts.tr("%n updated", "", len(plan.changed)),
        SheetImportTexts.tr("%n unchanged", "", len(plan.unchanged)),
        SheetImportTexts.tr("%n row(s) left out", "", plan.rows_left_out),
    ]
    if plan.indicator_count:  # from our export's Indicators sheet
        count = plan.indicator_count
        parts.append(SheetImportTexts.tr("%n indicator(s) added or updated", "", count))
    return ", ".join(parts)


def _outcome(plan: ImportPlan) -> tuple:
    """Which rows add, change or are left out: what the user confirms with Import."""
    return (
        [(n.line, n.uid) for n in plan.new],
        [(c.line, c.fields) for c in plan.changed],
        [(left.line, left.reasons) for left in plan.left_out],
        [side.reason for side in plan.side_left_out],
        plan.indicator_count,
    )


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    item.setToolTip(text)
    return item


def _shown_raw(value) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return " ".join(str(value).split())[:60]


def _shown_value(field: str, value) -> str:
    """A value as read, the way the plan shows it."""
    from toolbox_desktop.ui.common.formatting import format_date

    if value is None or value == "" or value == ():
        return "—"
    if field in ("budget_cents", "spent_cents"):
        return format_money(value)
    if isinstance(value, date):
        return format_date(value.isoformat())
    names = _NAMES.get(field)
    if isinstance(value, tuple):
        return ", ".join(
            QCoreApplication.translate("Plan", names[v]) if names and v in names else v
            for v in value
        )
    if names and value in names:
        return QCoreApplication.translate(_NAME_CONTEXT.get(field, "Plan"), names[value])
    if field == ID:
        return str(value)
    return " ".join(str(value).split())[:80]


_NAMES = {
    "status": STATUS_NAMES,
    "phase": PHASE_NAMES,
    "partners": PARTNER_KINDS,
    "funding_source": FUNDING_SOURCES,
    "priority": PRIORITY_NAMES,
}
_NAME_CONTEXT = {"priority": "RatingScale"}


def import_from_spreadsheet(
    parent: QWidget, session: PlanSession, state: UiState | None, path: Path | None = None
) -> tuple[list, list] | None:
    """Ask for the file (unless ``path``), read it, show the dialog; (added, changed) once
    imported, None when nothing was."""
    if path is None:
        name, _filter = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("SheetImportDialog", "Import actions from a spreadsheet"),
            str(documents_folder()),
            QCoreApplication.translate("SheetImportDialog", "Spreadsheets (*.xlsx *.csv)"),
        )
        if not name:
            return None
        path = Path(name)
    try:
        spreadsheet = read_spreadsheet(path, QLocale().name())
    except SpreadsheetError as error:
        warn(
            parent,
            QCoreApplication.translate("SheetImportDialog", "Nothing was imported"),
            message_text(error.message),
        )
        return None
    dialog = SheetImportDialog(session, spreadsheet, state, parent)
    dialog.exec()
    return dialog.imported

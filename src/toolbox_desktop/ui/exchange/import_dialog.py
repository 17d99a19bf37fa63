"""File → Import package… and the workshop's "Collect participant files…".

Each package is read and checked first, and the dialog lists what importing it would add or
change; nothing is written until the user presses Import. Each package is then imported in
one transaction (all of it or nothing). A refused package is listed with the reason and left
out; the others can still be imported. What was changed here after a package was made is
kept (listed as such, with when); "Replace my later changes" takes the package's older version
of it instead, listed again before anything is written.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from toolbox_desktop.exchange.changes import ADD, KEPT, UNCHANGED, UPDATE
from toolbox_desktop.exchange.errors import MSG_CHANGED_SINCE_PREVIEW, PackageError
from toolbox_desktop.exchange.package_import import ImportPreview, apply_import, preview_import
from toolbox_desktop.paths import documents_folder
from toolbox_desktop.ui.common.message_boxes import warn
from toolbox_desktop.ui.common.plain_text import PlainLabel, as_typed
from toolbox_desktop.ui.common.wrapped_rows import WrappedRows
from toolbox_desktop.ui.exchange.change_texts import (
    change_action_name,
    change_line,
    item_name,
    translated,
)

PACKAGE_FILTER_TEMPLATE = "{packages} (*.toolbox);;{all} (*)"
FOLD_AFTER = 6  # more changes of one kind than this are folded under a count


@dataclass
class Checked:
    path: Path
    preview: ImportPreview | None = None
    problem: str = ""


def check_packages(
    conn: sqlite3.Connection, paths: list[Path], only_kind: str | None = None
) -> list[Checked]:
    """Read and check every file; reads the database only. With ``only_kind`` (the workshop
    collects participant files), a package of another kind is refused."""
    checked = []
    for path in dict.fromkeys(Path(p).resolve() for p in paths):  # each file once
        try:
            preview = preview_import(conn, path)
            if only_kind is not None and preview.manifest.kind != only_kind:
                checked.append(Checked(path, problem=not_a_participant_file()))
                continue
            checked.append(Checked(path, preview))
        except PackageError as error:
            checked.append(Checked(path, problem=translated(error.message)))
        except sqlite3.Error as error:
            checked.append(Checked(path, problem=str(error)))
    return checked


def not_a_participant_file() -> str:
    return QCoreApplication.translate(
        "Packages",
        "This is not a participant file (a participant makes one with Export my ratings). "
        "To import an assessment or a plan, choose File → Import package… instead.",
    )


class ImportDialog(QDialog):
    """Shows the previews; ``imported`` holds the changes written once Import was pressed."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        checked: list[Checked],
        parent=None,
        dimension_name: Callable[[str], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.conn = conn
        self.dimension_name = dimension_name  # a dimension's name by its code, for the lines
        self.checked = checked
        self.imported: list = []
        self.problems: list[str] = []
        self.setWindowTitle(self.tr("Import package"))
        self.summary = PlainLabel()
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("What the import will change"))
        WrappedRows(self.tree)  # a long line on more lines, never cut off on the right
        self.replace_later = QCheckBox(self.tr("&Replace my later changes"))
        self.replace_later.setToolTip(
            self.tr(
                "Take the package's older version also of what was changed on this computer "
                "after the package was made. The values it replaces stay in the history."
            )
        )
        self.replace_later.toggled.connect(self._compare_again)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self._cancel_text = self.cancel_button.text()
        self.buttons.accepted.connect(self.import_all)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.replace_later)
        layout.addWidget(self.buttons)
        self.resize(960, 560)  # kept on a smaller screen by ScreenFit
        self._fill()

    def importable(self) -> list[ImportPreview]:
        return [c.preview for c in self.checked if c.preview is not None and c.preview.has_changes]

    def lines(self) -> list[str]:
        """Every line shown, top to bottom, folded ones included (for tests and readers)."""
        result = []

        def walk(item: QTreeWidgetItem) -> None:
            result.append(item.text(0))
            for index in range(item.childCount()):
                walk(item.child(index))

        for index in range(self.tree.topLevelItemCount()):
            walk(self.tree.topLevelItem(index))
        return result

    def _tooltips(self) -> None:
        def walk(item: QTreeWidgetItem) -> None:
            item.setToolTip(0, as_typed(item.text(0)))
            for index in range(item.childCount()):
                walk(item.child(index))

        for index in range(self.tree.topLevelItemCount()):
            walk(self.tree.topLevelItem(index))

    def _compare_again(self, replace_later: bool) -> None:
        """The previews again, taking or keeping what was changed here later; a package
        refused now (its file changed meanwhile) says why."""
        for checked in self.checked:
            if checked.preview is None:
                continue
            try:
                checked.preview = preview_import(
                    self.conn, checked.path, replace_later=replace_later
                )
            except PackageError as error:
                checked.preview, checked.problem = None, translated(error.message)
        self._fill()

    def _fill(self) -> None:
        self.tree.clear()
        # Refused files first: they are what the user must act on.
        ordered = sorted(self.checked, key=lambda c: c.preview is not None)
        for checked in ordered:
            top = QTreeWidgetItem([checked.path.name])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
            if checked.preview is None:
                child = QTreeWidgetItem(
                    [self.tr("Refused: {reason}").format(reason=checked.problem)]
                )
                child.setForeground(0, Qt.GlobalColor.darkRed)
                top.addChild(child)
                continue
            preview = checked.preview
            for note in preview.notes:
                top.addChild(QTreeWidgetItem([translated(note)]))
            for action in (ADD, UPDATE, KEPT):
                self._add_group(top, [c for c in preview.changes if c.action == action])
            unchanged = preview.count(UNCHANGED)
            if unchanged:
                top.addChild(
                    QTreeWidgetItem([self.tr("%n item(s) already here, unchanged", "", unchanged)])
                )
        count = len(self.importable())
        refused = sum(1 for c in self.checked if c.preview is None)
        later = sum(c.preview.kept_later for c in self.checked if c.preview is not None)
        if count:
            text = self.tr(
                "Nothing has been written yet. Press Import to add and change what is listed "
                "below; each package is imported completely or not at all."
            )
            if refused:
                text += " " + self.tr("Files marked “Refused” are left out.")
        elif refused:
            text = self.tr("Nothing can be imported: see the reason below.")
        elif later:
            text = self.tr(
                "Nothing to import: everything that differs was changed on this computer after "
                "the package was made."
            )
        else:
            text = self.tr("Nothing to change: everything in this package is already here.")
        if later:
            text += " " + self.tr(
                "This computer's version is kept for %n item(s) changed here after the package "
                "was made. To take the package's older version instead, choose “Replace my "
                "later changes”.",
                "",
                later,
            )
        for checked in ordered:  # the reasons in full, wrapped, where they are read first
            if checked.preview is None:
                text += "\n\n" + f"{checked.path.name}: {checked.problem}"
        self.replace_later.setVisible(bool(later) or self.replace_later.isChecked())
        self.summary.setText(text)
        self._tooltips()
        self.import_button.setVisible(count > 0)
        self.cancel_button.setText(self._cancel_text if count else self.tr("Close"))

    def _add_group(self, top: QTreeWidgetItem, changes: list) -> None:
        """A few changes one per line; many of one kind folded under a line that counts
        them (e.g. 41 actions to add), so that the whole package stays readable."""
        by_item: dict[str, list] = {}
        for change in changes:
            by_item.setdefault(change.item, []).append(change)
        for item, group in by_item.items():
            if len(group) <= FOLD_AFTER:
                for change in group:
                    top.addChild(QTreeWidgetItem([change_line(change, self.dimension_name)]))
                continue
            count = len(group)
            folder = QTreeWidgetItem(
                [
                    self.tr("{action}: {count} × {item}").format(
                        action=change_action_name(group[0]), count=count, item=item_name(item)
                    )
                ]
            )
            top.addChild(folder)
            for change in group:
                folder.addChild(QTreeWidgetItem([change_line(change, self.dimension_name)]))

    def import_all(self) -> None:
        for preview in self.importable():
            try:
                self.imported += list(self._apply(preview))
            except PackageError as error:
                self.problems.append(f"{preview.path.name}: {translated(error.message)}")
        if self.problems:
            warn(
                self,
                self.tr("Import package"),
                self.tr("Some packages were not imported:") + "\n\n" + "\n".join(self.problems),
            )
        self.accept()

    def _apply(self, preview: ImportPreview):
        """Import one package. When an earlier package of the same batch changed what this
        one was compared with (e.g. two participant files), compare again and import what
        is still new; a package that is now refused says why."""
        try:
            return apply_import(self.conn, preview)
        except PackageError as error:
            if error.message.template != MSG_CHANGED_SINCE_PREVIEW or len(self.checked) < 2:
                raise
        fresh = preview_import(self.conn, preview.path, replace_later=preview.replace_later)
        return apply_import(self.conn, fresh) if fresh.has_changes else ()


def choose_packages(parent: QWidget, many: bool) -> list[Path]:
    title = (
        QCoreApplication.translate("Packages", "Choose packages")
        if many
        else QCoreApplication.translate("Packages", "Choose a package")
    )
    filters = PACKAGE_FILTER_TEMPLATE.format(
        packages=QCoreApplication.translate("Packages", "Toolbox packages"),
        all=QCoreApplication.translate("Packages", "All files"),
    )
    if many:
        names, _filter = QFileDialog.getOpenFileNames(
            parent, title, str(documents_folder()), filters
        )
        return [Path(name) for name in names]
    name, _filter = QFileDialog.getOpenFileName(parent, title, str(documents_folder()), filters)
    return [Path(name)] if name else []


def import_packages(
    parent: QWidget,
    conn: sqlite3.Connection,
    paths: list[Path] | None = None,
    many: bool = False,
    only_kind: str | None = None,
    dimension_name: Callable[[str], str] | None = None,
) -> ImportDialog | None:
    """Ask for the files (unless given), show the preview and import on request. Returns the
    dialog (its ``imported`` lists what was written), or None when no file was chosen."""
    paths = paths if paths is not None else choose_packages(parent, many)
    if not paths:
        return None
    dialog = ImportDialog(conn, check_packages(conn, paths, only_kind), parent, dimension_name)
    dialog.exec()
    return dialog

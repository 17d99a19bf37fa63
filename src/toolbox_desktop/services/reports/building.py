"""Making a report: read its data through the registry, then lay it out as a PDF (or as one of
the report's other formats, the same data written by another writer).

The two steps are apart because the window reads on its GUI thread and lays out on a worker
thread (with progress and Cancel, see ``ui/reports/build_job.py``); ``prepare`` is the first
step, a ``PreparedReport`` the second. ``build_report`` does both at once for the command line
and writes the file atomically: a build cut short (an error, Ctrl+C) never leaves a broken PDF
or replaces the one that was there.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from toolbox_desktop.services.reports.choices import ReportChoices
from toolbox_desktop.services.reports.registry import PDF, Data, ReportKind, report_kind

if TYPE_CHECKING:
    from toolbox_desktop.core.content import Content
    from toolbox_desktop.reports.document import ReportOptions
    from toolbox_desktop.storage.workspace import Workspace

Translate = Callable[[str, str], str]


@dataclass(frozen=True)
class PreparedReport:
    """A report's data, read; calling it with a path lays the PDF (or ``format``) out there
    without touching the database (safe on a worker thread)."""

    kind: ReportKind
    content: Content
    data: Data
    options: ReportOptions

    def __call__(self, path: Path, format: str = PDF) -> None:
        self.kind.writer(format)(self.content, self.data, Path(path), self.options)


def prepare(
    key: str,
    conn: sqlite3.Connection,
    content: Content,
    choices: ReportChoices,
    translate: Translate | None = None,
    language: str = "en",
) -> PreparedReport:
    """Read what report ``key`` needs with ``choices``. Raises ``LookupError`` when what it
    is about is missing (``registry.ReportDataError``, ``AssessmentNotFoundError``) and
    ``sqlite3.Error`` when the database cannot be read."""
    from toolbox_desktop.reports.document import ReportOptions, no_translation

    kind = report_kind(key)
    options = ReportOptions(
        page_size=choices.page_size, translate=translate or no_translation, language=language
    )
    return PreparedReport(kind, content, kind.read(conn, choices), options)


def build_report(
    key: str,
    workspace: Workspace,
    choices: ReportChoices,
    path: Path,
    translate: Translate | None = None,
    language: str = "en",
    format: str = PDF,
) -> None:
    """Write report ``key`` of ``workspace`` to ``path`` as ``format``, whole or not at all
    (``FormatNotOfferedError`` before anything is read when the report is not made so)."""
    from toolbox_desktop.storage.atomic_file import replacing

    report_kind(key).writer(format)
    report = prepare(key, workspace.conn, workspace.content, choices, translate, language)
    with replacing(path) as partial:
        report(partial, format)

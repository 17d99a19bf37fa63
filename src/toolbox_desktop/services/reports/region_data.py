"""The region report's entry in the registry: what it reads and how it is written.

It reads two files: the region file the user names (``choices.region``, opened read-only:
``region.queries.open_region``) and the user's own file, whose newest assessment places the
own town among the region's towns (a town's own figures only to itself: they never come from
the region file). The figures are ``region.view_queries``'s, the same the region view shows.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from toolbox_desktop.services.reports.choices import ReportChoices
from toolbox_desktop.services.reports.council_data import ExplainedDataError
from toolbox_desktop.services.reports.registry import Data

if TYPE_CHECKING:
    from toolbox_desktop.core.content import Content
    from toolbox_desktop.reports.document import ReportOptions

CTX = "RegionReport"
MSG_NO_REGION = QT_TRANSLATE_NOOP(
    "RegionReport",
    "the region report needs a region file: name it with --region FILE (made with "
    "toolbox-desktop region merge)",
)
MSG_NOT_THERE = QT_TRANSLATE_NOOP("RegionReport", "there is no file {path}")
MSG_NOT_REGION = QT_TRANSLATE_NOOP(
    "RegionReport",
    "{path} is not a region file (made with toolbox-desktop region merge); nothing was read",
)
MSG_NEWER = QT_TRANSLATE_NOOP(
    "RegionReport",
    "{path} was made by a newer version of the app (region file version {found}); update the "
    "app to read it",
)
MSG_UNREADABLE = QT_TRANSLATE_NOOP("RegionReport", "{path} cannot be read: {detail}")


class RegionReportError(ExplainedDataError):
    """No region file named, or the one named cannot be read as one; ``message`` says which
    (a ``Message``, translated by whoever shows it: the command line and the build panel
    show an ``ExplainedDataError``'s message in the user's language)."""


def region_file_problem(path: Path | str | None) -> Message | None:
    """Why ``path`` cannot be read as a region file (None: it can); opens it read-only and
    closes it again, changing nothing."""
    from toolbox_desktop.region.queries import (
        NEWER_SCHEMA,
        RegionFileError,
        open_region,
    )

    if not path:
        return Message(CTX, MSG_NO_REGION)
    path = Path(path)
    try:
        open_region(path).close()
    except FileNotFoundError:
        return Message(CTX, MSG_NOT_THERE, path=str(path))
    except RegionFileError as error:
        if error.reason == NEWER_SCHEMA:
            return Message(CTX, MSG_NEWER, path=str(path), found=error.found)
        return Message(CTX, MSG_NOT_REGION, path=str(path))
    except (sqlite3.Error, OSError) as error:
        return Message(CTX, MSG_UNREADABLE, path=str(path), detail=str(error))
    return None


def own_newest(conn: sqlite3.Connection, content: Content) -> tuple[dict, str, str] | None:
    """The user's own newest assessment as scores per scope (as the region computes them),
    its title and its date (ISO); None when the file has no assessment."""
    from toolbox_desktop.region.scores import own_percentages
    from toolbox_desktop.storage.assessment_repository import AssessmentRepository

    repository = AssessmentRepository(conn)
    newest = repository.assessments()
    if not newest:
        return None
    assessment = newest[0]
    scores = own_percentages(content, repository.ratings(assessment.id))
    return scores, assessment.title, assessment.assessed_on


def read_region(conn: sqlite3.Connection, choices: ReportChoices) -> Data:
    """The region's figures of ``choices.year`` (None: the newest), all towns, with the own
    town placed; ``RegionReportError`` when the region file is missing or is none."""
    from toolbox_desktop.region.view_queries import region_figures
    from toolbox_desktop.storage.assessment_repository import AssessmentRepository
    from toolbox_desktop.storage.content_repository import load_content

    problem = region_file_problem(choices.region)
    if problem is not None:
        raise RegionReportError(problem)
    own = own_newest(conn, load_content(conn))  # scores need the benchmarks, not their words
    scores, title, day = own if own else (None, "", "")
    figures = region_figures(choices.region, choices.year, None, scores, title, day)
    return {
        "profile": AssessmentRepository(conn).profile(),
        "figures": figures,
        "region_name": Path(choices.region).name,
    }


def write_region(content: Content, data: Data, path: Path, options: ReportOptions) -> None:
    from toolbox_desktop.region.report_pdf import build_region_report

    build_region_report(
        content, data["profile"], data["figures"], data["region_name"], path, options
    )

"""Numbers, sizes and dates that several screens show are written the one way
``core.formatting`` writes them, in en, de and nl: a median as every decimal number, an
indicator's value as the plan writes numbers, a backup's date as the dashboard writes dates."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from toolbox_desktop.core import formatting
from toolbox_desktop.core.consensus import Participant, ParticipantRating
from toolbox_desktop.storage.backups import Backup
from toolbox_desktop.ui.backups.backup_model import size_text, taken_text
from toolbox_desktop.ui.common.formatting import format_date, format_number
from toolbox_desktop.ui.plan.indicator_chart import format_value
from toolbox_desktop.ui.workshop.presentation_slides import number_text

LOCALES = {
    "en_US": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
    "de_DE": QLocale(QLocale.Language.German, QLocale.Country.Germany),
    "nl_NL": QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands),
}


@pytest.fixture(params=sorted(LOCALES))
def locale(request):
    previous = QLocale()
    QLocale.setDefault(LOCALES[request.param])
    yield request.param
    QLocale.setDefault(previous)


def test_a_median_on_the_wall_is_a_number_like_any_other(locale):
    assert number_text(2.5) == format_number(2.5) == formatting.format_number(2.5, locale)
    assert number_text(2.5) == {"en_US": "2.5", "de_DE": "2,5", "nl_NL": "2,5"}[locale]
    assert number_text(3) == "3"


def test_an_indicator_value_is_written_as_the_plan_writes_numbers(locale):
    assert format_value(12500.25) == formatting.format_number(12500.25, locale)
    assert (
        format_value(12500.25)
        == {
            "en_US": "12,500.25",
            "de_DE": "12.500,25",
            "nl_NL": "12.500,25",
        }[locale]
    )
    assert format_value(40.0) == "40"
    assert format_value(None) == ""


def test_a_backup_shows_its_date_as_the_dashboard_and_its_size_in_the_locale(locale):
    taken = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)
    backup = Backup(Path("x.sqlite3"), taken, False)
    local = taken.astimezone()
    shown = taken_text(backup)
    assert shown.startswith(format_date(local.date().isoformat()) + " ")
    assert shown == formatting.format_date_time(local, locale)
    assert (
        size_text(12 * 1024 * 1024 + 512 * 1024)
        == {"en_US": "12.5 MB", "de_DE": "12,5 MB", "nl_NL": "12,5 MB"}[locale]
    )
    if local.date() == date(2026, 3, 14):
        assert shown.startswith(
            {"en_US": "3/14/2026", "de_DE": "14.03.2026", "nl_NL": "14-03-2026"}[locale]
        )


def test_the_consensus_table_writes_the_median_in_the_locale(locale, workspace):
    from toolbox_desktop.ui.workshop.consensus_model import ConsensusModel

    code = workspace.content.benchmarks[0].code
    model = ConsensusModel(workspace.content)
    model.set_disagreement_first(False)
    ratings = {1: {code: ParticipantRating(code, 2)}, 2: {code: ParticipantRating(code, 3)}}
    model.set_data([Participant(1, 1), Participant(2, 2)], ratings, {})
    row = model.row_of(code)
    cell = model.data(model.index(row, model.median_column))
    assert cell == {"en_US": "2.5", "de_DE": "2,5", "nl_NL": "2,5"}[locale]

"""The profile's population and newcomers are typed as people write numbers in their language
and shown back as they were read; "12.500" in English (12.5 or 12500?) is questioned and the
dialog stays open (issue 15)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog

from toolbox_desktop.core.assessment import Profile
from toolbox_desktop.ui.assessment.profile_dialog import ProfileDialog

LOCALES = {
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
    "de": QLocale(QLocale.Language.German, QLocale.Country.Germany),
    "nl": QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands),
}


@pytest.fixture
def in_locale(qtbot):
    previous = QLocale()

    def make(language: str, profile: Profile | None = None) -> ProfileDialog:
        QLocale.setDefault(LOCALES[language])
        dialog = ProfileDialog(profile or Profile())
        qtbot.addWidget(dialog)
        return dialog

    yield make
    QLocale.setDefault(previous)


def typed(field, text: str) -> None:
    field.setText(text)
    field.editingFinished.emit()


@pytest.mark.parametrize(
    ("language", "text", "number", "shown"),
    [
        ("de", "12.500", 12500, "12.500"),
        ("nl", "12.500", 12500, "12.500"),
        ("en", "12,500", 12500, "12,500"),
        ("en", "12500", 12500, "12,500"),
        ("de", "9 140", 9140, "9.140"),
    ],
)
def test_a_population_is_read_in_the_locale_and_shown_back(
    in_locale, language, text, number, shown
):
    dialog = in_locale(language)
    typed(dialog.population, text)
    assert dialog.population.text() == shown
    assert not dialog.number_problem.isVisibleTo(dialog)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.profile().population == number


def test_a_stored_population_is_shown_the_locale_s_way(in_locale):
    assert in_locale("de", Profile(population=12500)).population.text() == "12.500"
    assert in_locale("en", Profile(newcomers=1400)).newcomers.text() == "1,400"


@pytest.mark.parametrize(
    ("language", "text", "message"),
    [
        (
            "en",
            "12.500",
            "“12.500” could mean 12,500 or 12.5. Write it unambiguously: 12500 or 12.5.",
        ),
        ("de", "12,5", "“12,5” is not a whole number. Type it like 12.500."),
    ],
)
def test_a_number_that_cannot_be_read_keeps_the_dialog_open(
    in_locale, qtbot, language, text, message
):
    dialog = in_locale(language)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.newcomers.setText(text)
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.number_problem.text() == message
    assert dialog.number_problem.isVisibleTo(dialog)
    assert dialog.newcomers.text() == text, "what was typed stays, to be corrected"


def test_saving_the_profile_is_acknowledged(page, monkeypatch):
    def fill_in(dialog):
        dialog.name.setText("Lindenbach")
        return True

    monkeypatch.setattr(page, "open_dialog", fill_in)
    page.edit_profile()
    assert page.session.profile().name == "Lindenbach"
    assert page.notice.isVisibleTo(page)
    assert "The municipality profile is saved." in page.notice.text()


def test_a_long_text_shows_its_start_in_a_narrow_field(in_locale):
    """The staff time "eine Integrationsbeauftragte halbtags, dazu die Sozialarbeiterin des
    Kreises an zwei Tagen" showed only its end at 1280 x 720."""
    text = "eine Integrationsbeauftragte halbtags, dazu die Sozialarbeiterin an zwei Tagen"
    dialog = in_locale("de", Profile(name="Roßlau", staff_time=text))
    dialog.show()
    dialog.staff_time.setFixedWidth(160)
    assert dialog.staff_time.cursorPosition() == 0
    assert dialog.staff_time.text() == text
    dialog.close()


def test_the_training_towns_profile_shows_whole_in_german(in_locale, qtbot):
    """The German training town's staff time ("eine Integrationsbeauftragte in Vollzeit,
    eine Assistenz mit halber Stelle") was cut at "…in Vollzeit, eine" in a 520-pixel
    dialog; it opens wide enough for such a profile."""
    import json
    from pathlib import Path

    town = json.loads(
        (Path(__file__).resolve().parents[3] / "data" / "training-town" / "de.json").read_text(
            encoding="utf-8"
        )
    )["profile"]
    dialog = in_locale("de", Profile(name=town["name"], staff_time=town["staff_time"]))
    dialog.show()
    qtbot.waitExposed(dialog)
    for field in (dialog.name, dialog.staff_time):
        room = field.width() - 12  # the frame and the text's margins
        assert field.fontMetrics().horizontalAdvance(field.text()) <= room, field.text()

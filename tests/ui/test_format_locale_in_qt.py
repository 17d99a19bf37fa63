"""Every English locale ``core.format_locale`` may choose is known to Qt as to Babel, with the
same date order and signs: the window writes through Babel but takes signs (and the page
size) from Qt, so what people see and what they type must agree."""

from __future__ import annotations

import re
import sys
from datetime import date

import pytest
from babel import Locale, dates, numbers
from PySide6.QtCore import QLocale

from toolbox_desktop.core.format_locale import ENGLISH_FOR_EUROPE, _english_locales
from toolbox_desktop.core.formatting import format_date


def test_qt_and_babel_agree_on_every_english_locale_that_can_be_chosen():
    chosen = {name for name in _english_locales() if re.fullmatch(r"en_([A-Z]{2}|\d{3})", name)}
    assert {"en_SE", "en_IT", "en_NL", "en_DE", "en_CH", "en_IE", ENGLISH_FOR_EUROPE} <= chosen
    for name in sorted(chosen):
        babel, qt = Locale.parse(name), QLocale(name)
        assert qt.name() == name
        year = re.compile(r"y+")
        short = dates.get_date_format("short", locale=babel).pattern
        qt_short = qt.dateFormat(QLocale.FormatType.ShortFormat)
        assert year.sub("y", short) == year.sub("y", qt_short), name
        assert numbers.get_decimal_symbol(babel) == qt.decimalPoint(), name
        assert numbers.get_group_symbol(babel) == qt.groupSeparator(), name
        assert numbers.get_minus_sign_symbol(babel) == qt.negativeSign(), name


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="Linux names locales apart")
def test_english_menus_with_swedish_formats_on_linux_write_as_in_sweden(monkeypatch):
    """Linux with English menus and "Formats: Sweden" (LANG=en_US, LC_NUMERIC=sv_SE): Qt names
    its system locale "en_US", but numbers, dates and the page are Sweden's, as on the command
    line in the same session."""
    from toolbox_desktop.cli import translation
    from toolbox_desktop.ui.common import language
    from toolbox_desktop.ui.reports.option_widgets import default_page_size

    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.setenv("LC_NUMERIC", "sv_SE.UTF-8")
    monkeypatch.setenv("LC_TIME", "sv_SE.UTF-8")
    monkeypatch.setattr(language, "system_locale_name", lambda: "en_US")
    monkeypatch.setattr(translation, "_language", "en")  # no --lang
    chosen = language.locale_for("en")
    assert chosen.name() == "en_SE" == translation.formats_locale()
    assert format_date(date(2026, 12, 7), chosen.name()) == "2026-12-07"
    assert default_page_size(chosen) == "A4"
    assert language.locale_for("de").name() == "de_DE"

"""Read one cell as the value of an action's field, or say why it cannot be.

Cells come as the file holds them: text, numbers, dates, booleans. Text is read by the app's
one set of rules (``core.formatting``): amounts with either decimal sign, thousands
separators and currency symbols (``parse_money``; "12,500" refused as ambiguous where the
comma is the decimal sign, as in a form), dates in any European order (day first:
31.12.2026, 31/12/2026, 31-12-2026) or ISO; where the month may come first (a
comma-separated file, a user whose dates are month first) a slashed date that reads both ways
is refused. Words of the plan's lists (status, phase, partners, funding) are taken as their
key, their English name or their name in the user's language, in any case. Each reader
raises ``CellError`` with a message in the user's language.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from functools import cache

from toolbox_desktop.core.assessment import PRIORITY_NAMES
from toolbox_desktop.core.clean_text import clean_text
from toolbox_desktop.core.content import Content
from toolbox_desktop.core.formatting import (
    FormatTextError,
    currency_named,
    date_pattern,
    format_number,
    parse_date,
    parse_money,
    parse_number,
)
from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP
from toolbox_desktop.core.plan import (
    EARLIEST_YEAR,
    FUNDING_SOURCES,
    LATEST_YEAR,
    PARTNER_KINDS,
    PHASE_NAMES,
    STATUS_NAMES,
    Milestone,
)
from toolbox_desktop.exchange.sheets.columns import normalised
from toolbox_desktop.exchange.sheets.reading import (
    NO_CACHED_VALUE,
    CurrencyNumber,
    FormulaError,
    PercentNumber,
)

CTX = "SpreadsheetImport"
MSG_NO_CACHED_VALUE = QT_TRANSLATE_NOOP(
    "SpreadsheetImport",
    "a formula without a calculated value: open the file in your spreadsheet program, save "
    "it and import it again",
)
MSG_NOT_DONE_OR_OPEN = QT_TRANSLATE_NOOP(
    "SpreadsheetImport",
    "“{value}” does not say whether the milestone is done: write yes or leave it empty",
)
MSG_NOT_A_QUICK_WIN = QT_TRANSLATE_NOOP(
    "SpreadsheetImport",
    "“{value}” is not a quick win of the leaders' guide (such as qw.internships): leave the "
    "cell as it was exported, or empty",
)
MSG_FORMULA_ERROR = QT_TRANSLATE_NOOP(
    "SpreadsheetImport",
    "the formula in this cell gives an error ({error}); correct it in the spreadsheet",
)
MSG_UNKNOWN_WORD = QT_TRANSLATE_NOOP("SpreadsheetImport", "“{value}” is not one of: {known}")
MSG_UNKNOWN_BENCHMARK = QT_TRANSLATE_NOOP(
    "SpreadsheetImport", "“{value}” is not a benchmark code or number"
)
MSG_UNKNOWN_DIMENSION = QT_TRANSLATE_NOOP(
    "SpreadsheetImport", "“{value}” is not a dimension of the toolbox"
)
MSG_NOT_A_CURRENCY = QT_TRANSLATE_NOOP(
    "SpreadsheetImport", "“{value}” is not a currency code such as EUR"
)
MSG_NOT_A_WHOLE_NUMBER = QT_TRANSLATE_NOOP(
    "SpreadsheetImport", "“{value}” is not a whole number from {low} to {high}"
)
MSG_DAY_OR_MONTH = QT_TRANSLATE_NOOP(
    "SpreadsheetImport",
    "“{value}” could have the day or the month first. Write it as {month_first} or {day_first}.",
)
MSG_OTHER_CURRENCY_FORMAT = QT_TRANSLATE_NOOP(
    "SpreadsheetImport",
    "{value} is shown in {shown}, but this action's amounts are in {currency}: give the cell "
    "the action's currency, or name the currency in the Currency column",
)
MSG_MILESTONE_WITHOUT_TITLE = QT_TRANSLATE_NOOP(
    "SpreadsheetImport", "the milestone “{line}” has no title"
)
MSG_TOO_MANY_DECIMALS = QT_TRANSLATE_NOOP(
    "SpreadsheetImport", "{value} has more than two decimals: amounts are kept in cents"
)
YES_WORDS = {
    *("yes", "y", "x", "true", "1", "done", "finished", "completed"),
    *("ja", "wahr", "erledigt", "fertig", "abgeschlossen"),
    *("waar", "klaar", "afgerond", "gereed", "voltooid", "gedaan"),
}
NO_WORDS = {
    *("no", "n", "false", "0", "not done", "open"),
    *("nein", "falsch", "offen", "nicht erledigt"),
    *("nee", "onwaar", "niet klaar", "niet afgerond"),
}
# A guide item's code as the packs write them ("qw.internships"), at most 120 characters.
ITEM_CODE = re.compile(r"(?=.{1,120}$)[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*")
YES_SIGNS = {"✓", "✔", "☑", "✅"}
# A milestone's date: ISO, or day and month with a four-digit year ("31.12.2026"), so that a
# title starting with a benchmark's number ("1.2.3 Strategy") is no date.
_LOOKS_LIKE_A_DATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{4}")
_DONE_MARK = re.compile(r"(.*)\(([^()]*)\)\s*")
NO_SIGNS = {"-", "–", "—", "✗", "✘", "☐", "❌"}
MONEY_FIELDS = ("budget_cents", "spent_cents")
SYMBOLS = {"€": "EUR", "£": "GBP", "$": "USD", "fr": "CHF", "zł": "PLN", "kč": "CZK"}
EXCEL_EPOCH = date(1899, 12, 30)  # day 0 of Excel's date numbers (1900 system)
# Excel's day numbers of the years a plan accepts (core.plan.check_action's).
DATE_NUMBERS = (
    (date(EARLIEST_YEAR, 1, 1) - EXCEL_EPOCH).days,
    (date(LATEST_YEAR + 1, 1, 1) - EXCEL_EPOCH).days,
)

Translate = Callable[[str, str], str]


class CellError(ValueError):
    """The cell's value cannot be used; ``str(error)`` is in the user's language."""


class Words:
    """The words for a list's keys (status, phase, ...): the key, English, the user's
    language, and every other language the app ships (a sheet exported in German is read in
    an app that speaks Dutch); a refusal names the user's words."""

    def __init__(self, names: dict, context: str, translate: Translate) -> None:
        from toolbox_desktop.catalogues import every_language

        self.known = [translate(context, name) for name in names.values()]
        self.by_word: dict[str, object] = {}
        languages = [translate, *every_language()]
        for key, name in names.items():
            words = [str(key), name, *(language(context, name) for language in languages)]
            for word in words:
                self.by_word.setdefault(normalised(word), key)

    def read(self, value: object, translate: Translate):
        key = self.by_word.get(normalised(value))
        if key is None:
            raise CellError(
                translate(CTX, MSG_UNKNOWN_WORD).format(
                    value=_shown(value), known=", ".join(self.known)
                )
            )
        return key


class CellReader:
    """The readers of one import: the content's codes and the user's language and locale."""

    def __init__(self, content: Content, translate: Translate, locale: str) -> None:
        self.content = content
        self.translate = translate
        self.locale = locale
        self.statuses = Words(STATUS_NAMES, "Plan", translate)
        self.phases = Words(PHASE_NAMES, "Plan", translate)
        self.partners = Words(PARTNER_KINDS, "Plan", translate)
        self.funding = Words(FUNDING_SOURCES, "Plan", translate)
        self.priorities = Words(PRIORITY_NAMES, "RatingScale", translate)
        numbers = content.benchmark_numbers
        self.benchmarks = {code.casefold(): code for code in numbers}
        self.benchmarks.update({number: code for code, number in numbers.items()})
        self.dimensions: dict[str, str] = {}
        for dimension in content.dimensions:
            for word in (
                dimension.code,
                str(dimension.number),
                dimension.title,
                f"{dimension.number}. {dimension.title}",
            ):
                self.dimensions.setdefault(normalised(word), dimension.code)

    def read(self, field: str, value: object, currency: str | None = None):
        """The value of ``field`` in ``value`` (a cell); raises ``CellError``. An amount
        (``MONEY_FIELDS``) is in ``currency``: a cell naming another is refused."""
        self._refuse_formula_trouble(value)
        empty = value is None or (isinstance(value, str) and not value.strip())
        if field in MONEY_FIELDS:
            return self._cents(None if empty else value, currency)
        reader = getattr(self, f"_{field}", None)
        if reader is None:
            return "" if empty else clean_text(_text(value), field == "description")
        return reader(None if empty else value)

    def _refuse_formula_trouble(self, value) -> None:
        """A formula never calculated, or one that failed, has no value to import."""
        if value is NO_CACHED_VALUE:
            raise CellError(self.translate(CTX, MSG_NO_CACHED_VALUE))
        if isinstance(value, FormulaError):
            raise CellError(self.translate(CTX, MSG_FORMULA_ERROR).format(error=value))

    # -- one reader per field that is not plain text ------------------------------------------
    def _id(self, value):
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        text = "" if value is None else clean_text(str(value)).strip()
        # Our Permanent IDs are lower-case hexadecimal: one upper-cased by a spreadsheet (or a
        # colleague) is the same action, not a new one beside it.
        return text.lower() if re.fullmatch(r"[0-9a-fA-F]{32}", text) else text

    def _guide_item(self, value):
        """The quick win an action was made from: a code as exported (perhaps of a quick win
        no longer in the packs), or empty. Other text ("see note") would be stored as a link
        to nothing and refused by every later package export."""
        if value is None:
            return ""
        code = _text(value).strip()
        if self.content.guide_item(code) is not None or ITEM_CODE.fullmatch(code):
            return code
        raise CellError(self.translate(CTX, MSG_NOT_A_QUICK_WIN).format(value=_shown(value)))

    def _dimension(self, value):
        if value is None:
            return ""
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        code = self.dimensions.get(normalised(value))
        numbered = re.match(r"\s*(\d+)\.\s", _text(value))
        if code is None and numbered:  # "1. Governance" from an export in another language
            code = self.dimensions.get(numbered.group(1))
        if code is None:
            raise CellError(self.translate(CTX, MSG_UNKNOWN_DIMENSION).format(value=_shown(value)))
        return code

    def _benchmarks(self, value):
        if value is None:
            return ()
        codes = []
        for part in re.split(r"[\s,;]+", _text(value)):
            if not part:
                continue
            code = self.benchmarks.get(part.casefold()) or self.benchmarks.get(part)
            if code is None:
                raise CellError(
                    self.translate(CTX, MSG_UNKNOWN_BENCHMARK).format(value=_shown(part))
                )
            codes.append(code)
        return tuple(dict.fromkeys(codes))

    def _partners(self, value):
        if value is None:
            return ()
        kinds = []
        for part in re.split(r"[;\n]+", _text(value)):
            if not part.strip():
                continue
            try:
                kinds.append(self.partners.read(part, self.translate))
            except CellError:  # "NGOs, Schools": a comma between names
                kinds += [
                    self.partners.read(p, self.translate) for p in part.split(",") if p.strip()
                ]
        return tuple(dict.fromkeys(kinds))

    def _milestones(self, value) -> tuple[Milestone, ...]:
        """A column of milestones, one per line, as the CSV export writes them: the due date
        first (ISO, or as the user writes dates), the title, a done mark in brackets last
        ("2026-03-01 Opening (done)", "31.12.2026 Review", "Kick-off (erledigt)"). Brackets
        that are no done mark belong to the title."""
        if value is None:
            return ()
        found = []
        for line in _text(value).splitlines():
            line = clean_text(line).strip()
            if not line:
                continue
            due, title = None, line
            first, _space, rest = line.partition(" ")
            if rest and _LOOKS_LIKE_A_DATE.fullmatch(first):
                due, title = self._date(first), rest.strip()
            done = False
            marked = _DONE_MARK.fullmatch(title)
            if marked and self._is_done_mark(marked.group(2)):
                done, title = True, marked.group(1).strip()
            if not title:
                raise CellError(self.translate(CTX, MSG_MILESTONE_WITHOUT_TITLE).format(line=line))
            found.append(Milestone(title, due, done))
        return tuple(found)

    def _is_done_mark(self, word: str) -> bool:
        """The CSV export's "done" in any of the app's languages, or a tick: never a word a
        title may end in ("Step (1)", "Vote (ja)")."""
        return word.strip() in YES_SIGNS or normalised(word) in _done_marks()

    def _start(self, value):
        return self._date(value)

    def _end(self, value):
        return self._date(value)

    def _date(self, value):
        if value is None:
            return None
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        # A date number Excel did not format as a date; only in the years a plan accepts, so
        # that a year typed as a number (2026, Excel's 18 July 1905) is refused as not a date.
        number = isinstance(value, int | float) and not isinstance(value, bool)
        if number and DATE_NUMBERS[0] <= value < DATE_NUMBERS[1]:
            return EXCEL_EPOCH + timedelta(days=int(value))
        self._refuse_day_or_month(_text(value).strip())
        try:  # day first, as all of Europe writes it; ISO as well
            return parse_date(_text(value), "de", self.translate)
        except FormatTextError as error:
            raise CellError(str(error)) from None

    def _refuse_day_or_month(self, text: str) -> None:
        """03/04/2026 where the month may come first (a comma-separated file, as American and
        British programs both write; a user whose dates are month first): refused, not
        guessed, when it reads as two dates. Dots and dashes are day first everywhere."""
        slashed = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})", text)
        if slashed is None or not date_pattern(self.locale).lstrip("'").startswith("M"):
            return
        first, second, year = (int(part) for part in slashed.groups())
        year += 2000 if year < 100 else 0  # as parse_date reads "26"
        if first != second and first <= 12 and second <= 12:
            raise CellError(
                self.translate(CTX, MSG_DAY_OR_MONTH).format(
                    value=_shown(text),
                    month_first=date(year, first, second).isoformat(),
                    day_first=date(year, second, first).isoformat(),
                )
            )

    def _phase(self, value):
        return None if value is None else self.phases.read(value, self.translate)

    def _status(self, value):
        return None if value is None else self.statuses.read(value, self.translate)

    def _funding_source(self, value):
        return "" if value is None else self.funding.read(value, self.translate)

    def _priority(self, value):
        if value is None:
            return None
        try:
            return self._whole(value, 1, 3)
        except CellError:
            return self.priorities.read(value, self.translate)

    def _progress(self, value):
        if value is None:
            return None
        if isinstance(value, PercentNumber):  # shown as "100 %": 1.0
            value = round(float(value) * 100, 9)
        elif isinstance(value, float) and 0 < value < 1:  # per cent, its format not read
            value = value * 100
        if isinstance(value, str):
            value = value.replace("%", "").strip()
        return self._whole(value, 0, 100)

    def _whole(self, value, low: int, high: int) -> int:
        error = CellError(
            self.translate(CTX, MSG_NOT_A_WHOLE_NUMBER).format(
                value=_shown(value), low=low, high=high
            )
        )
        try:
            number = (
                Decimal(str(value))
                if isinstance(value, int | float)
                else parse_number(_text(value), self.locale, self.translate)
            )
        except (FormatTextError, InvalidOperation):
            raise error from None
        if number is None or number != number.to_integral_value() or not low <= number <= high:
            raise error
        return int(number)

    def _cents(self, value, currency: str | None):
        if value is None:
            return None
        # "CHF 1’200.00" in its cell is 1,200 francs, not 1,200 of the action's euros.
        other = self._other_currency(value, currency)
        if other:
            raise CellError(
                self.translate(CTX, MSG_OTHER_CURRENCY_FORMAT).format(
                    value=format_number(float(value), self.locale),
                    shown=_shown(other),
                    currency=currency.upper(),
                )
            )
        if isinstance(value, int | float) and not isinstance(value, bool):
            cents = Decimal(repr(value)) * 100
            whole = cents.to_integral_value()
            # A formula's binary noise ("=0.1+0.2" is 0.30000000000000004) is the cents the
            # spreadsheet shows; a real third decimal (12.505) is refused.
            if abs(cents - whole) > Decimal("1e-6"):
                raise CellError(self.translate(CTX, MSG_TOO_MANY_DECIMALS).format(value=value))
            return int(whole)
        try:
            return parse_money(_text(value), self.locale, self.translate, currency)
        except FormatTextError as error:
            raise CellError(str(error)) from None

    def _other_currency(self, value, currency: str | None) -> str:
        """The text of ``value``'s number format that names another currency than
        ``currency``, if it names none that is ``currency``; "" otherwise."""
        if not (isinstance(value, CurrencyNumber) and currency):
            return ""
        verdicts = {
            text: _symbol_of(text, currency) or currency_named(text, currency, self.locale)
            for text in value.currency
        }
        if any(verdicts.values()):
            return ""
        return next((text for text, named in verdicts.items() if named is False), "")

    def _currency(self, value):
        if value is None:
            return None
        text = _text(value).strip()
        code = SYMBOLS.get(text.casefold(), text.upper())
        if not re.fullmatch(r"[A-Z]{3}", code):
            raise CellError(self.translate(CTX, MSG_NOT_A_CURRENCY).format(value=_shown(value)))
        return code

    def number(self, value) -> float | None:
        """An indicator's baseline, target or measured value: a number, or text in the
        file's locale ("12,5" with semicolons); None for an empty cell."""
        self._refuse_formula_trouble(value)
        if isinstance(value, PercentNumber):  # "40 %" in its cell: 40, as the unit says
            return round(float(value) * 100, 9)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        if value is None or not _text(value).strip():
            return None
        try:
            return float(parse_number(_text(value), self.locale, self.translate))
        except FormatTextError as error:
            raise CellError(str(error)) from None

    def done(self, value) -> bool:
        """A milestone's "done" cell: a tick, yes, true, x, 1, done (in en/de/nl) or empty,
        no, open... Any other word raises ``CellError``: read as "not done", "Afgerond" had
        turned a done milestone into an open one."""
        self._refuse_formula_trouble(value)
        if value is None or isinstance(value, bool):
            return bool(value)
        written = _text(value).strip()
        if not written:
            return False
        if written in YES_SIGNS or normalised(written) in YES_WORDS:
            return True
        if written in NO_SIGNS or normalised(written) in NO_WORDS:
            return False
        raise CellError(self.translate(CTX, MSG_NOT_DONE_OR_OPEN).format(value=_shown(value)))


@cache
def _symbols(currency: str) -> frozenset[str]:
    """``currency``'s symbol in every language the app ships ("C$" in Dutch, "CA$" in
    English): our own export in one language, read in another."""
    from babel.numbers import get_currency_symbol

    from toolbox_desktop.languages import shipped_languages

    return frozenset(get_currency_symbol(currency, code) for code in ("en", *shipped_languages()))


def _symbol_of(text: str, currency: str) -> bool | None:
    """True when ``text`` is ``currency``'s symbol in a shipped language; None otherwise
    (``currency_named``'s verdict then stands)."""
    return True if text in _symbols(currency.upper()) else None


@cache
def _done_marks() -> frozenset[str]:
    """The word the CSV export marks a done milestone with, in every language the app ships."""
    from toolbox_desktop.catalogues import every_language

    marks = {"done", *(language("PlanExport", "done") for language in every_language())}
    return frozenset(normalised(mark) for mark in marks)


def _text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _shown(value: object, most: int = 60) -> str:
    text = " ".join(_text(value).split())
    return text if len(text) <= most else text[: most - 1] + "…"

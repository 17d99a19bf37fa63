"""Small checkers for JSON values from a package: each takes a value and returns it in the
form the database stores, or raises ``InvalidValueError`` saying what is wrong and where.

JSON from another laptop can hold anything: ``true`` where a number belongs (Python counts
it as 1), 10**400, text with lone surrogates that SQLite cannot store, dates like "20260301"
that ``date.fromisoformat`` would accept, a title of 30 MB. Every value is checked here
before any is written, so that an import never fails half-way on a database constraint.
How long a text and how long a list may be is given by ``package_schema`` from
``core.limits``, the numbers the editors enforce.

What is wrong is a translatable ``Message`` (templates in ``errors``), shown inside the
package error's message.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from toolbox_desktop.core.clean_text import clean_text
from toolbox_desktop.core.i18n import Message
from toolbox_desktop.exchange import errors as e

Check = Callable[[Any], Any]
REQUIRED = object()
_UID = re.compile(r"^[0-9a-f]{32}$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class InvalidValueError(ValueError):
    """A value a package may not hold: ``detail`` says what is wrong (an ``errors.DETAIL_*``
    template with ``params``, or a ``Message`` made elsewhere), ``path`` where (filled in on
    the way up)."""

    def __init__(self, detail: str | Message, **params: object) -> None:
        self.detail = detail if isinstance(detail, Message) else e.part(detail, **params)
        super().__init__(str(self.detail))
        self.path: list[str | int] = []

    def where(self) -> str | Message:
        parts = [f"[{p}]" if isinstance(p, int) else f".{p}" for p in self.path]
        return "".join(parts).lstrip(".") or e.part(e.WHERE_TOP)


def located(error: InvalidValueError, *path: str | int) -> InvalidValueError:
    """``error`` placed at ``path`` (for checks of a whole record or list)."""
    error.path = list(path)
    return error


class OverLimitError(InvalidValueError):
    """A text or a list longer than the app can store (``core.limits``)."""


class UnknownCodeError(InvalidValueError):
    """A benchmark code the database's content does not have."""

    def __init__(self, code: str) -> None:
        super().__init__(e.DETAIL_UNKNOWN_BENCHMARK, code=e.shown(code))
        self.code = code


class DuplicateError(InvalidValueError):
    """The same key twice in a list whose items must differ; ``what`` is an
    ``errors.WHAT_*`` template."""

    def __init__(self, what: str, value: object) -> None:
        self.what = e.part(what)
        super().__init__(e.DETAIL_TWICE, what=self.what, value=e.shown(str(value)))
        self.value = value


def text(most: int, filled: bool = False, multiline: bool = False) -> Check:
    """Text of at most ``most`` characters (``filled``: not only blanks), without control
    characters (``core.clean_text``: removed, never refused; ``multiline`` keeps line breaks
    and tabs). Cleaned before ``filled`` is checked: a title of control characters is empty."""

    def check(value: Any) -> str:
        if not isinstance(value, str):
            raise InvalidValueError(e.DETAIL_TEXT)
        if len(value) > most:  # before anything else looks at all of it
            raise OverLimitError(e.DETAIL_TOO_LONG, length=len(value), most=most)
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as error:
            raise InvalidValueError(e.DETAIL_NOT_UNICODE) from error
        value = clean_text(value, multiline)
        if filled and not value.strip():
            raise InvalidValueError(e.DETAIL_EMPTY)
        return value

    return check


def integer(low: int, high: int) -> Check:
    def check(value: Any) -> int:
        if type(value) is not int or not low <= value <= high:
            raise InvalidValueError(e.DETAIL_WHOLE_NUMBER, low=low, high=high)
        return value

    return check


def number(value: Any) -> float:
    """A finite number (stored as REAL)."""
    if type(value) not in (int, float):
        raise InvalidValueError(e.DETAIL_NUMBER)
    try:
        result = float(value)
    except OverflowError as error:
        raise InvalidValueError(e.DETAIL_NUMBER_TOO_LARGE) from error
    if not math.isfinite(result) or abs(result) > 1e15:
        raise InvalidValueError(e.DETAIL_NUMBER_TOO_LARGE)
    return result


def boolean(value: Any) -> bool:
    if type(value) is not bool:
        raise InvalidValueError(e.DETAIL_BOOLEAN)
    return value


def choice(options: Iterable[str]) -> Check:
    allowed = tuple(options)

    def check(value: Any) -> str:
        if not isinstance(value, str) or value not in allowed:
            options = ", ".join(repr(o) for o in allowed if o) or "''"
            raise InvalidValueError(e.DETAIL_ONE_OF, options=options)
        return value

    return check


def matching(pattern: str, expected: str) -> Check:
    """Text matching ``pattern``; ``expected`` is the ``errors.DETAIL_*`` template saying what
    was expected."""
    compiled = re.compile(pattern)

    def check(value: Any) -> str:
        if not isinstance(value, str) or not compiled.fullmatch(value):
            raise InvalidValueError(expected)
        return value

    return check


def uid(value: Any) -> str:
    if not isinstance(value, str) or not _UID.match(value):
        raise InvalidValueError(e.DETAIL_UID)
    return value


def day(first_year: int, last_year: int) -> Check:
    """An ISO date (YYYY-MM-DD) in a plausible range, kept as that text."""

    def check(value: Any) -> str:
        if not isinstance(value, str) or not _DAY.match(value):
            raise InvalidValueError(e.DETAIL_DAY)
        try:
            parsed = date.fromisoformat(value)
        except ValueError as error:
            raise InvalidValueError(e.DETAIL_DAY) from error
        if not first_year <= parsed.year <= last_year:
            raise InvalidValueError(e.DETAIL_YEAR, low=first_year, high=last_year)
        return value

    return check


def optional(check: Check) -> Check:
    def check_optional(value: Any) -> Any:
        return None if value is None else check(value)

    return check_optional


def code(known: frozenset[str]) -> Check:
    def check(value: Any) -> str:
        if not isinstance(value, str):
            raise InvalidValueError(e.DETAIL_CODE)
        if value not in known:
            raise UnknownCodeError(value)
        return value

    return check


def list_of(
    check: Check,
    unique: Callable[[Any], Any] | None = None,
    what: str = "",
    most: int | None = None,
) -> Check:
    """A list whose items pass ``check``; with ``unique``, no two items may share a key
    (``what``: the ``errors.WHAT_*`` template naming such an item); with ``most``, at most
    that many items (counted before any is looked at)."""

    def check_list(value: Any) -> list:
        if not isinstance(value, list):
            raise InvalidValueError(e.DETAIL_LIST)
        if most is not None and len(value) > most:
            raise OverLimitError(e.DETAIL_TOO_MANY, count=len(value), most=most)
        result, seen = [], set()
        for index, item in enumerate(value):
            try:
                checked = check(item)
                if unique is not None:
                    key = unique(checked)
                    if key in seen:
                        raise DuplicateError(what, key)
                    seen.add(key)
            except InvalidValueError as error:
                error.path.insert(0, index)
                raise
            result.append(checked)
        return result

    return check_list


def record(spec: dict[str, tuple[Check, Any]], then: Check | None = None) -> Check:
    """An object with exactly the fields of ``spec`` (name -> (check, default or REQUIRED)).

    Unknown fields are refused rather than ignored: a new field means a new format version,
    and an older app then says "update the app" instead of silently dropping data."""

    def check_record(value: Any) -> dict:
        if not isinstance(value, dict):
            raise InvalidValueError(e.DETAIL_OBJECT)
        unknown = sorted(set(value) - set(spec))
        if unknown:
            raise InvalidValueError(e.DETAIL_UNKNOWN_FIELD, field=e.shown(str(unknown[0]), 40))
        result = {}
        for name, (check, default) in spec.items():
            if name not in value:
                if default is REQUIRED:
                    raise InvalidValueError(e.DETAIL_MISSING_FIELD, field=name)
                result[name] = list(default) if isinstance(default, list) else default
                continue
            try:
                result[name] = check(value[name])
            except InvalidValueError as error:
                error.path.insert(0, name)
                raise
        return then(result) if then is not None else result

    return check_record

"""Small checkers for JSON values from a package: each takes a value and returns it in the
form the database stores, or raises ``InvalidValueError`` saying what is wrong and where.

JSON from another laptop can hold anything: ``true`` where a number belongs (Python counts
it as 1), 10**400, text with lone surrogates that SQLite cannot store, dates like "20260301"
that ``date.fromisoformat`` would accept. Every value is checked here before any is written,
so that an import never fails half-way on a database constraint.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

Check = Callable[[Any], Any]
REQUIRED = object()
_UID = re.compile(r"^[0-9a-f]{32}$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class InvalidValueError(ValueError):
    """A value a package may not hold; ``path`` says where (filled in on the way up)."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail
        self.path: list[str | int] = []

    def where(self) -> str:
        parts = [f"[{p}]" if isinstance(p, int) else f".{p}" for p in self.path]
        return "".join(parts).lstrip(".") or "the top"


def located(error: InvalidValueError, *path: str | int) -> InvalidValueError:
    """``error`` placed at ``path`` (for checks of a whole record or list)."""
    error.path = list(path)
    return error


class UnknownCodeError(InvalidValueError):
    """A benchmark code the database's content does not have."""

    def __init__(self, code: str) -> None:
        super().__init__(f"unknown benchmark {code!r}")
        self.code = code


class DuplicateError(InvalidValueError):
    """The same key twice in a list whose items must differ."""

    def __init__(self, what: str, value: object) -> None:
        super().__init__(f"{what} {value!r} twice")
        self.what = what
        self.value = value


def text(value: Any) -> str:
    if not isinstance(value, str):
        raise InvalidValueError("expected text")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        raise InvalidValueError("the text is not valid Unicode") from error
    return value


def filled_text(value: Any) -> str:
    if not text(value).strip():
        raise InvalidValueError("must not be empty")
    return value


def integer(low: int, high: int) -> Check:
    def check(value: Any) -> int:
        if type(value) is not int or not low <= value <= high:
            raise InvalidValueError(f"expected a whole number from {low} to {high}")
        return value

    return check


def number(value: Any) -> float:
    """A finite number (stored as REAL)."""
    if type(value) not in (int, float):
        raise InvalidValueError("expected a number")
    try:
        result = float(value)
    except OverflowError as error:
        raise InvalidValueError("the number is too large") from error
    if not math.isfinite(result) or abs(result) > 1e15:
        raise InvalidValueError("the number is too large")
    return result


def boolean(value: Any) -> bool:
    if type(value) is not bool:
        raise InvalidValueError("expected true or false")
    return value


def choice(options: Iterable[str]) -> Check:
    allowed = tuple(options)

    def check(value: Any) -> str:
        if not isinstance(value, str) or value not in allowed:
            shown = ", ".join(repr(o) for o in allowed if o) or "''"
            raise InvalidValueError(f"expected one of {shown}")
        return value

    return check


def matching(pattern: str, description: str) -> Check:
    compiled = re.compile(pattern)

    def check(value: Any) -> str:
        if not isinstance(value, str) or not compiled.fullmatch(value):
            raise InvalidValueError(f"expected {description}")
        return value

    return check


def uid(value: Any) -> str:
    if not isinstance(value, str) or not _UID.match(value):
        raise InvalidValueError("expected an identifier of 32 hexadecimal digits")
    return value


def day(first_year: int, last_year: int) -> Check:
    """An ISO date (YYYY-MM-DD) in a plausible range, kept as that text."""

    def check(value: Any) -> str:
        if not isinstance(value, str) or not _DAY.match(value):
            raise InvalidValueError("expected a date written YYYY-MM-DD")
        try:
            parsed = date.fromisoformat(value)
        except ValueError as error:
            raise InvalidValueError("expected a date written YYYY-MM-DD") from error
        if not first_year <= parsed.year <= last_year:
            raise InvalidValueError(f"expected a year from {first_year} to {last_year}")
        return value

    return check


def optional(check: Check) -> Check:
    def check_optional(value: Any) -> Any:
        return None if value is None else check(value)

    return check_optional


def code(known: frozenset[str]) -> Check:
    def check(value: Any) -> str:
        if not isinstance(value, str):
            raise InvalidValueError("expected a benchmark code")
        if value not in known:
            raise UnknownCodeError(value)
        return value

    return check


def list_of(check: Check, unique: Callable[[Any], Any] | None = None, what: str = "") -> Check:
    """A list whose items pass ``check``; with ``unique``, no two items may share a key."""

    def check_list(value: Any) -> list:
        if not isinstance(value, list):
            raise InvalidValueError("expected a list")
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
            raise InvalidValueError("expected an object")
        unknown = sorted(set(value) - set(spec))
        if unknown:
            raise InvalidValueError(f"unknown field {str(unknown[0])[:40]!r}")
        result = {}
        for name, (check, default) in spec.items():
            if name not in value:
                if default is REQUIRED:
                    raise InvalidValueError(f"the field {name!r} is missing")
                result[name] = list(default) if isinstance(default, list) else default
                continue
            try:
                result[name] = check(value[name])
            except InvalidValueError as error:
                error.path.insert(0, name)
                raise
        return then(result) if then is not None else result

    return check_record

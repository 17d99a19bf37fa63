"""When a row's content dates from: the moment of an edit here, or, for what an import wrote,
the moment the package was made.

Why: an import compares a package with this computer's rows by the time the package was made
(``exchange.package_import``): a row changed here after it keeps the later change instead of
taking the package's older version. If an import stamped its rows with the time of the import,
the next package from the other laptop, made before that import but after the first package,
would look older than rows it is newer than. So the repositories stamp ``updated_at`` with
``version_stamp()``, which is the time now unless an import says otherwise
(``versions_as_of``). Other stamps (``created_at``, ``deleted_at``, the histories'
``changed_at``) stay the time they were written.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime, timedelta

_AS_OF: ContextVar[str | None] = ContextVar("version_stamp_as_of", default=None)


def stamp(moment: datetime) -> str:
    """``moment`` as every ``updated_at`` is written: UTC, to the second, ISO 8601."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def version_stamp() -> str:
    """The ``updated_at`` of a row written now."""
    return _AS_OF.get() or stamp(datetime.now(UTC))


def parse_stamp(text: str | None) -> datetime | None:
    """A stored or packaged time as an aware datetime (UTC when it names no zone); None when
    there is none or it cannot be read (a file edited by another program)."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        moment.astimezone(UTC)  # a time whose UTC falls outside years 1-9999 is none
        (moment - timedelta(days=2)).astimezone()  # nor one no local time can show
        (moment + timedelta(days=2)).astimezone()
    except (TypeError, ValueError, OverflowError):
        return None
    return moment


@contextmanager
def versions_as_of(moment: datetime) -> Iterator[None]:
    """Rows written inside are stamped ``moment`` (never later than now: a package from a
    laptop whose clock runs ahead must not make its rows look newer than edits made here
    after the import)."""
    token = _AS_OF.set(stamp(min(moment, datetime.now(UTC))))
    try:
        yield
    finally:
        _AS_OF.reset(token)

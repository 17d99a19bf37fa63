"""Read a package file without trusting it: the zip's structure, its file names and sizes,
the manifest and the checksums, then every data file parsed as JSON.

A package arrives on a USB stick from someone else's laptop. It may be damaged, made by a
newer app, or built to harm: a zip bomb, names such as ``../x`` or ``/etc/x``, thousands of
entries. Nothing is ever extracted to disk; only known names are read, each through a reader
that stops at the size limit however large the zip's header says the file is. What comes
back is plain JSON values; ``package_schema`` checks what they mean.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import struct
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from toolbox_desktop.core.clean_text import clean_text
from toolbox_desktop.exchange import errors as e
from toolbox_desktop.exchange.errors import shown
from toolbox_desktop.exchange.format import (
    DATA_FILES,
    FORMAT,
    FORMAT_VERSION,
    KIND_FILES,
    KINDS,
    KNOWN_FILES,
    LIMITS,
    MANIFEST,
    MB,
    Limits,
    allowed_files,
)
from toolbox_desktop.storage.version_stamp import parse_stamp

_END_OF_DIRECTORY = b"PK\x05\x06"
_ZIP64_LOCATOR = b"PK\x06\x07"
_ZIP64_LOCATOR_SIZE = 20
_ZIP64_END = b"PK\x06\x06"
_ZIP64_END_SIZE = 56
_END_RECORD_SIZE = 22
_MAX_COMMENT = 65535
_CHUNK = 64 * 1024
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_MANIFEST_KEYS = {
    "format",
    "format_version",
    "kind",
    "anonymised",
    "created_at",
    "app_version",
    "content_pack",
    "files",
}


@dataclass(frozen=True)
class Manifest:
    format_version: int
    kind: str
    anonymised: bool
    created_at: str
    app_version: str
    content_pack: tuple[str, str] | None  # (id, version) of the content the ratings refer to
    files: dict[str, str]  # data file name -> sha256 hex


@dataclass(frozen=True)
class RawPackage:
    """A package whose structure, manifest and checksums are sound; data not yet checked."""

    name: str  # the file name, for messages
    manifest: Manifest
    data: dict[str, Any]  # data file name -> parsed JSON


def read_package(path: Path | str, limits: Limits = LIMITS) -> RawPackage:
    """Read and check the package at ``path``; raise ``PackageError`` if it is not sound."""
    path = Path(path)
    shown_path = shown(str(path), 200)
    try:
        if not path.is_file():
            raise e.PackageError(e.MSG_NOT_A_FILE, path=shown_path)
        if path.stat().st_size > limits.package_bytes:
            raise e.PackageError(
                e.MSG_FILE_TOO_LARGE, path=shown_path, limit=limits.package_bytes // MB
            )
        with path.open("rb") as handle:  # capped: the size may change on a removable disk
            data = handle.read(limits.package_bytes + 1)
    except OSError as error:
        raise e.PackageError(
            e.MSG_CANNOT_READ, path=shown_path, detail=error.strerror or str(error)
        ) from error
    if len(data) > limits.package_bytes:
        raise e.PackageError(
            e.MSG_FILE_TOO_LARGE, path=shown_path, limit=limits.package_bytes // MB
        )
    return read_package_bytes(data, shown_path, limits)


def read_package_bytes(data: bytes, name: str, limits: Limits = LIMITS) -> RawPackage:
    """Check a package held in memory (``name`` is used in messages)."""
    if len(data) > limits.package_bytes:
        raise e.PackageError(e.MSG_FILE_TOO_LARGE, path=name, limit=limits.package_bytes // MB)
    _check_directory(data, name, limits)
    archive = _open_zip(data, name)
    infos = _check_members(archive, name, limits)
    budget = _Budget(name, limits)
    if MANIFEST not in infos:
        raise e.PackageError(e.MSG_NO_MANIFEST, path=name)
    manifest = _manifest(_parse(MANIFEST, _read(archive, infos[MANIFEST], name, budget)), name)
    present = set(infos) - {MANIFEST}
    if present != set(manifest.files):
        missing = ", ".join(sorted(set(manifest.files) - present))
        extra = ", ".join(sorted(present - set(manifest.files)))
        if missing and extra:
            detail = e.part(e.DETAIL_MISSING_AND_UNLISTED, missing=missing, extra=extra)
        elif missing:
            detail = e.part(e.DETAIL_MISSING_FILES, missing=missing)
        else:
            detail = e.part(e.DETAIL_UNLISTED_FILES, extra=extra)
        raise e.PackageError(e.MSG_FILES_DO_NOT_MATCH, path=name, detail=detail)
    _check_kind_files(manifest, name)
    contents: dict[str, Any] = {}
    for member in DATA_FILES:
        if member not in present:
            continue
        raw = _read(archive, infos[member], name, budget)
        if hashlib.sha256(raw).hexdigest() != manifest.files[member]:
            raise e.PackageError(e.MSG_CHECKSUM, name=member)
        contents[member] = _parse(member, raw)
    return RawPackage(name, manifest, contents)


def _check_directory(data: bytes, name: str, limits: Limits) -> None:
    """Refuse a zip whose table of contents is too long *before* ``zipfile`` reads it all
    into memory. Finds the end record the same way ``zipfile`` does, and like it takes the
    counts and size from a Zip64 end record when there is one.

    Zip64 is accepted: the app never writes it, but other zip programs (and Python's own
    ``zipfile``) may, and it changes nothing about what a package holds; the same limits
    apply to what its records say."""
    if not data.startswith(b"PK"):
        raise e.PackageError(e.MSG_NOT_A_ZIP, path=name)
    position = data.rfind(_END_OF_DIRECTORY, max(0, len(data) - _END_RECORD_SIZE - _MAX_COMMENT))
    if position < 0 or len(data) - position < _END_RECORD_SIZE:
        raise e.PackageError(e.MSG_NOT_A_ZIP, path=name)
    on_disk, total, directory_size = struct.unpack("<HHI", data[position + 8 : position + 16])
    zip64 = _zip64_end(data, position)
    if zip64 is not None:
        on_disk, total, directory_size = zip64
    if max(on_disk, total) > limits.members or directory_size > limits.directory_bytes:
        raise e.PackageError(e.MSG_TOO_MANY_MEMBERS, path=name, limit=limits.members)


def _zip64_end(data: bytes, position: int) -> tuple[int, int, int] | None:
    """Entries on this disk, entries in all and the directory's size from the Zip64 end
    record, where ``zipfile`` looks for it (just before its locator, just before the end
    record at ``position``); ``None`` when there is none, as for ``zipfile``."""
    locator = position - _ZIP64_LOCATOR_SIZE
    record = locator - _ZIP64_END_SIZE
    if record < 0 or not data.startswith(_ZIP64_LOCATOR, locator):
        return None
    if not data.startswith(_ZIP64_END, record):
        return None
    on_disk, total, directory_size = struct.unpack("<QQQ", data[record + 24 : record + 48])
    return on_disk, total, directory_size


def _open_zip(data: bytes, name: str) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except Exception as error:  # zipfile raises many kinds on garbage; all mean "damaged"
        raise e.PackageError(e.MSG_DAMAGED, path=name, detail=_reason(error)) from error


def _check_members(archive: zipfile.ZipFile, name: str, limits: Limits) -> dict:
    infos = archive.infolist()
    if len(infos) > limits.members:
        raise e.PackageError(e.MSG_TOO_MANY_MEMBERS, path=name, limit=limits.members)
    by_name: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        member = info.filename
        if (
            member.startswith(("/", "\\"))
            or ".." in member
            or "\\" in member
            or re.match(r"^[A-Za-z]:", member)
        ):
            raise e.PackageError(e.MSG_UNSAFE_MEMBER, path=name, name=shown(member))
        if member not in KNOWN_FILES:
            raise e.PackageError(e.MSG_UNKNOWN_MEMBER, path=name, name=shown(member))
        if member in by_name:
            raise e.PackageError(e.MSG_DUPLICATE_MEMBER, path=name, name=member)
        if info.flag_bits & 0x1:
            raise e.PackageError(e.MSG_DAMAGED, path=name, detail=e.part(e.DETAIL_ENCRYPTED))
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            detail = e.part(e.DETAIL_COMPRESSION)
            raise e.PackageError(e.MSG_DAMAGED, path=name, detail=detail)
        if info.file_size > limits.member_bytes:  # a cheap early refusal; reading checks too
            raise e.PackageError(
                e.MSG_MEMBER_TOO_LARGE, name=member, limit=limits.member_bytes // MB
            )
        by_name[member] = info
    return by_name


class _Budget:
    """What is left of the total unpacked size a package may have."""

    def __init__(self, name: str, limits: Limits) -> None:
        self.name = name
        self.limits = limits
        self.used = 0

    def take(self, member: str, size: int, member_total: int) -> None:
        self.used += size
        if member_total > self.limits.member_bytes:
            raise e.PackageError(
                e.MSG_MEMBER_TOO_LARGE, name=member, limit=self.limits.member_bytes // MB
            )
        if self.used > self.limits.total_bytes:
            raise e.PackageError(
                e.MSG_TOTAL_TOO_LARGE, path=self.name, limit=self.limits.total_bytes // MB
            )


def _read(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, budget: _Budget) -> bytes:
    """The member's bytes, decompressed a chunk at a time and stopped at the limits: the
    sizes in the zip's header are never trusted (a zip bomb lies about them)."""
    chunks: list[bytes] = []
    size = 0
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(_CHUNK):
                size += len(chunk)
                budget.take(info.filename, len(chunk), size)
                chunks.append(chunk)
    except e.PackageError:
        raise
    except Exception as error:  # bad CRC, bad deflate data, truncated: all mean "damaged"
        raise e.PackageError(e.MSG_DAMAGED, path=name, detail=_reason(error)) from error
    return b"".join(chunks)


def _parse(member: str, raw: bytes) -> Any:
    try:
        text = raw.decode("utf-8")
        return json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_nan)
    except UnicodeDecodeError as error:
        detail = e.part(e.DETAIL_NOT_UTF8)
        raise e.PackageError(e.MSG_INVALID_JSON, name=member, detail=detail) from error
    except RecursionError as error:
        detail = e.part(e.DETAIL_TOO_DEEP)
        raise e.PackageError(e.MSG_INVALID_JSON, name=member, detail=detail) from error
    except _RefusedJsonError as error:
        raise e.PackageError(e.MSG_INVALID_JSON, name=member, detail=error.detail) from error
    except ValueError as error:  # JSONDecodeError: Python's words, not translated
        raise e.PackageError(e.MSG_INVALID_JSON, name=member, detail=_reason(error)) from error


class _RefusedJsonError(ValueError):
    """JSON that parses but that a package may not hold; ``detail`` says why."""

    def __init__(self, template: str, **params: object) -> None:
        self.detail = e.part(template, **params)
        super().__init__(str(self.detail))


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise _RefusedJsonError(e.DETAIL_FIELD_TWICE)
    return result


def _no_nan(constant: str) -> Any:
    raise _RefusedJsonError(e.DETAIL_NOT_A_NUMBER, constant=constant)


def _manifest(value: Any, name: str) -> Manifest:
    """Check the manifest: first that it is ours and not newer, then every field."""

    def bad(template: str, **params: object) -> e.PackageError:
        detail = e.part(template, **params)
        return e.PackageError(e.MSG_NOT_OUR_FORMAT, path=name, detail=detail)

    if not isinstance(value, dict) or value.get("format") != FORMAT:
        raise bad(e.DETAIL_NO_FORMAT)
    version = value.get("format_version")
    if type(version) is not int or version < 1:
        raise bad(e.DETAIL_NO_VERSION)
    if version > FORMAT_VERSION:
        raise e.PackageError(e.MSG_NEWER, path=name, version=version, supported=FORMAT_VERSION)
    unknown = set(value) - _MANIFEST_KEYS
    missing = _MANIFEST_KEYS - {"content_pack"} - set(value)
    if unknown or missing:
        named = sorted(unknown | missing)
        keys = ", ".join(shown(k, 40) for k in named)
        raise bad(
            e.DETAIL_UNKNOWN_MANIFEST_FIELDS if unknown else e.DETAIL_MISSING_MANIFEST_FIELDS,
            keys=keys,
            n=len(named),
        )
    kind, anonymised = value["kind"], value["anonymised"]
    if kind not in KINDS:
        raise bad(e.DETAIL_UNKNOWN_KIND, kind=shown(str(kind), 40))
    if type(anonymised) is not bool:
        raise bad(e.DETAIL_ANONYMISED)
    created_at, app_version = value["created_at"], value["app_version"]
    if not isinstance(created_at, str) or len(created_at) > 100 or not _is_timestamp(created_at):
        raise bad(e.DETAIL_CREATED_AT)
    if not isinstance(app_version, str) or len(app_version) > 100:
        raise bad(e.DETAIL_APP_VERSION)
    files = value["files"]
    if not isinstance(files, dict) or not all(
        isinstance(v, str) and _SHA256.match(v) for v in files.values()
    ):
        raise bad(e.DETAIL_FILES)
    unknown_files = set(files) - set(DATA_FILES)
    if unknown_files:
        raise bad(e.DETAIL_UNKNOWN_DATA_FILE, name=shown(sorted(unknown_files)[0], 40))
    return Manifest(
        version,
        kind,
        anonymised,
        created_at,
        clean_text(app_version),  # shown in the preview
        _content_pack(value.get("content_pack"), bad),
        dict(files),
    )


def _content_pack(value: Any, bad) -> tuple[str, str] | None:
    if value is None:
        return None
    if (
        not isinstance(value, dict)
        or set(value) != {"id", "version"}
        or not all(isinstance(v, str) and len(v) <= 200 for v in value.values())
    ):
        raise bad(e.DETAIL_CONTENT_PACK)
    return value["id"], value["version"]


def _is_timestamp(text: str) -> bool:
    """A date and time any computer's clock can show (an import compares it with when
    things were changed here: ``exchange.later_changes``)."""
    try:
        datetime.fromisoformat(text)
    except ValueError:
        return False
    return parse_stamp(text) is not None


def _check_kind_files(manifest: Manifest, name: str) -> None:
    rule = KIND_FILES.get((manifest.kind, manifest.anonymised))
    if rule is None:
        raise e.PackageError(
            e.MSG_NOT_OUR_FORMAT,
            path=name,
            detail=e.part(e.DETAIL_NOT_ANONYMISED, kind=manifest.kind),
        )
    files = set(manifest.files)
    missing = sorted(rule.required - files)
    extra = sorted(files - allowed_files(rule, manifest.format_version))
    if missing or extra:
        detail = (
            e.part(e.DETAIL_KIND_NEEDS, kind=manifest.kind, files=", ".join(missing))
            if missing
            else e.part(e.DETAIL_KIND_HOLDS_NOT, kind=manifest.kind, files=", ".join(extra))
        )
        raise e.PackageError(e.MSG_FILES_DO_NOT_MATCH, path=name, detail=detail)


def _reason(error: BaseException) -> str:
    return shown(str(error) or type(error).__name__, 120)

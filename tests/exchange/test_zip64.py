"""Zip64 is accepted on purpose: the app never writes it, but zip programs (Python's zipfile
among them) may, and it changes nothing about what a package holds. The limits on the table
of contents apply to what a Zip64 end record says, as ``zipfile`` reads it."""

from __future__ import annotations

import io
import struct
import zipfile

import pytest
from exchange_helpers import assessment_record, dump, make_package

from toolbox_desktop.exchange.errors import PackageError
from toolbox_desktop.exchange.package_import import apply_import, preview_import

A = "assessments.json"


def members(package: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        return [(name, archive.read(name)) for name in archive.namelist()]


def forced_zip64(package: bytes) -> bytes:
    """The same members, written with Zip64 extra fields (``force_zip64=True``)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, blob in members(package):
            with archive.open(name, "w", force_zip64=True) as stream:
                stream.write(blob)
    return buffer.getvalue()


def with_zip64_end_record(package: bytes, monkeypatch) -> bytes:
    """The same members, with the Zip64 end record and locator that zipfile writes for an
    archive of more than 65,535 entries (made to write them for a few)."""
    monkeypatch.setattr(zipfile, "ZIP_FILECOUNT_LIMIT", 1)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, blob in members(package):
            archive.writestr(name, blob)
    monkeypatch.undo()
    data = buffer.getvalue()
    assert b"PK\x06\x06" in data and b"PK\x06\x07" in data
    return data


@pytest.fixture
def package() -> bytes:
    return make_package({A: [assessment_record(title="Spring review")]})


def imported(workspace, tmp_path, data: bytes) -> list[tuple[str, str]]:
    path = tmp_path / "package.toolbox"
    path.write_bytes(data)
    preview = preview_import(workspace.conn, path)
    apply_import(workspace.conn, preview)
    return [(change.action, change.label) for change in preview.changes]


def test_a_normal_package(workspace, tmp_path, package):
    assert imported(workspace, tmp_path, package) == [("add", "Spring review")]


def test_a_zip64_package_made_by_pythons_zipfile(workspace, tmp_path, package):
    data = forced_zip64(package)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert all(info.extract_version >= zipfile.ZIP64_VERSION for info in archive.infolist())
    assert imported(workspace, tmp_path, data) == [("add", "Spring review")]


def test_a_package_with_a_zip64_end_record(workspace, tmp_path, package, monkeypatch):
    data = with_zip64_end_record(package, monkeypatch)
    assert imported(workspace, tmp_path, data) == [("add", "Spring review")]


@pytest.mark.parametrize(("field", "value"), [(32, 10**9), (40, 10**9)])  # entries, size
def test_a_zip64_end_record_over_the_limits_is_refused(
    workspace, tmp_path, package, monkeypatch, field, value
):
    data = bytearray(with_zip64_end_record(package, monkeypatch))
    record = data.rfind(b"PK\x06\x06")
    struct.pack_into("<Q", data, record + field, value)
    path = tmp_path / "lying.toolbox"
    path.write_bytes(bytes(data))
    before = dump(workspace.conn)
    with pytest.raises(PackageError, match="more files than a package ever does"):
        preview_import(workspace.conn, path)
    assert dump(workspace.conn) == before

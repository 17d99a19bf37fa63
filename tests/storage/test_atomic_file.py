"""One way to replace a file: whole or not at all, no temporary file left, writers apart."""

import os
import stat
import threading

import pytest

from toolbox_desktop.storage import atomic_file
from toolbox_desktop.storage.atomic_file import replacing, write_atomically


def test_writes_bytes_or_through_a_writer(tmp_path):
    target = tmp_path / "plan.csv"
    write_atomically(target, b"first")
    write_atomically(target, lambda stream: stream.write(b"second"))
    assert target.read_bytes() == b"second"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.csv"]


def test_a_writer_failing_midway_leaves_the_target_untouched(tmp_path):
    target = tmp_path / "plan.ics"
    target.write_bytes(b"the old calendar")

    def half_then_fail(stream):
        stream.write(b"half of the new one")
        raise RuntimeError("cut short")

    with pytest.raises(RuntimeError):
        write_atomically(target, half_then_fail)
    assert target.read_bytes() == b"the old calendar"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.ics"]


def test_a_failing_flush_or_rename_leaves_the_target_untouched(tmp_path, monkeypatch):
    target = tmp_path / "town.toolbox"
    target.write_bytes(b"old")

    def disk_full(_path):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic_file, "fsync_file", disk_full)
    with pytest.raises(OSError):
        write_atomically(target, b"new")
    monkeypatch.undo()
    monkeypatch.setattr(atomic_file.os, "replace", _fail_replace)
    with pytest.raises(OSError):
        write_atomically(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["town.toolbox"]


def _fail_replace(_source, _target):
    raise PermissionError(13, "The file is open in another program")


def test_a_block_that_raises_keeps_the_target(tmp_path):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old report")
    with pytest.raises(KeyboardInterrupt), replacing(target) as temporary:
        temporary.write_bytes(b"new")
        raise KeyboardInterrupt
    assert target.read_bytes() == b"old report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_a_missing_folder_raises_and_leaves_nothing(tmp_path):
    with pytest.raises(OSError):
        write_atomically(tmp_path / "missing" / "plan.csv", b"x")
    assert list(tmp_path.iterdir()) == []


def test_concurrent_writers_never_share_a_temporary_file(tmp_path):
    """Every writer holds its temporary file open at the same moment: names must differ, and
    the target ends up as one writer's whole content."""
    target = tmp_path / "plan.csv"
    writers = 8
    barrier = threading.Barrier(writers)
    temporaries: list[str] = []
    errors: list[BaseException] = []

    def write(number: int) -> None:
        def content(stream) -> None:
            temporaries.append(stream.name)
            stream.write(f"writer {number} ".encode() * 1000)
            barrier.wait(timeout=10)  # all temporaries exist now
            stream.write(b"end")

        try:
            write_atomically(target, content)
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(set(temporaries)) == writers
    text = target.read_text()
    assert text.endswith("end") and len({part for part in text[:-3].split(" ") if part}) == 2
    assert [p.name for p in tmp_path.iterdir()] == ["plan.csv"]


def test_a_read_only_file_is_refused_and_kept(tmp_path):
    """The folder allows a rename over it, so it was replaced (and made private) although
    the user had protected it; any other program refuses it, and so do we."""
    mine = tmp_path / "mine.pdf"
    mine.write_bytes(b"PROTECTED")
    mine.chmod(0o444)
    with pytest.raises(PermissionError) as caught:
        write_atomically(mine, b"%PDF-1.4 a new report")
    assert caught.value.filename == str(mine)
    assert mine.read_bytes() == b"PROTECTED"
    assert [p.name for p in tmp_path.iterdir()] == ["mine.pdf"], "nothing left beside it"


def test_a_replaced_file_keeps_its_permissions_and_a_new_one_gets_the_usual(tmp_path):
    shared = tmp_path / "shared.pdf"
    shared.write_bytes(b"old")
    shared.chmod(0o664)
    write_atomically(shared, b"new")
    assert (shared.read_bytes(), stat.S_IMODE(shared.stat().st_mode)) == (b"new", 0o664)
    umask = os.umask(0o022)
    try:
        write_atomically(tmp_path / "new.pdf", b"new")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "new.pdf").stat().st_mode) == 0o644, "not owner-only"


@pytest.mark.skipif(os.name != "posix", reason="symbolic links as users make them")
def test_a_symbolic_link_is_kept_and_the_file_it_points_to_replaced(tmp_path):
    (tmp_path / "real").mkdir()
    real = tmp_path / "real" / "report.pdf"
    real.write_bytes(b"OLD")
    link = tmp_path / "link.pdf"
    link.symlink_to(real)
    write_atomically(link, b"NEW")
    assert link.is_symlink() and link.read_bytes() == b"NEW"
    assert real.read_bytes() == b"NEW"

"""The README's list of system packages for a bare Debian or Ubuntu machine is complete.

Tried as a new user would, the app aborted on a bare system without libxcb-icccm4 (with a
misleading Qt message). This test asks ``ldd`` which shared libraries Qt's X11 platform plugin
and the report preview's PDFium need, maps each to its Debian package with ``dpkg -S``, and
fails when one is neither named in the README's ``apt-get install`` line nor installed with
one named there (a dependency) nor part of every Debian system (priority required or
important: libc and friends). Libraries PySide6 bundles itself are not asked about. It also
checks that ``.ci/run`` installs every package the README names.

Skips off Debian-like Linux (no ``ldd`` or ``dpkg``).
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not (shutil.which("ldd") and shutil.which("dpkg")),
    reason="needs ldd and dpkg (Debian or Ubuntu)",
)


def readme_packages() -> set[str]:
    """The packages of the README's ``sudo apt-get install ...`` line (and the renamed GLib
    package it mentions)."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    line = re.search(r"`sudo apt-get install ([^`]+)`", text)
    assert line, "the README has no `sudo apt-get install ...` line"
    names = set(line.group(1).split())
    names |= set(re.findall(r"`(lib[\w.+-]+t64)`", text))
    return names


def ci_packages() -> set[str]:
    text = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    block = re.search(r"PACKAGES=\((.*?)\)", text, re.DOTALL)
    assert block, ".ci/run has no PACKAGES=(...)"
    return {name for entry in block.group(1).split() for name in entry.strip('"').split("|")}


def needed_libraries(binary: Path) -> dict[str, Path]:
    """``ldd``'s answer: each library by its name, resolved; bundled ones left out."""
    output = subprocess.run(["ldd", str(binary)], capture_output=True, text=True).stdout
    found = {}
    for line in output.splitlines():
        match = re.match(r"\s*(\S+) => (/\S+)", line)
        if not match:
            assert "not found" not in line, f"{binary.name}: {line.strip()}"
            continue
        path = Path(match.group(2)).resolve()
        if "site-packages" in path.parts:  # PySide6's own Qt libraries
            continue
        found[match.group(1)] = path
    return found


@cache
def file_owners() -> dict[str, str]:
    """Every installed file and its Debian package, from dpkg's own file lists: what
    ``dpkg -S`` searches, read once instead of once per library (that took most of a minute)."""
    owners: dict[str, str] = {}
    for listing in Path("/var/lib/dpkg/info").glob("*.list"):
        package = listing.stem.split(":")[0]
        for line in listing.read_text(encoding="utf-8", errors="replace").splitlines():
            owners.setdefault(line, package)
    return owners


def package_of(library: Path) -> str:
    """The Debian package that installed ``library`` (merged /usr: try both spellings);
    ``dpkg -S`` only for what the file lists do not name (a diverted file, say)."""
    candidates = {str(library), str(library).removeprefix("/usr"), "/usr" + str(library)}
    owners = file_owners()
    for candidate in sorted(candidates):
        if candidate in owners:
            return owners[candidate]
    for candidate in candidates:
        result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if result.returncode == 0:
            return result.stdout.split(":")[0].strip()
    result = subprocess.run(["dpkg", "-S", f"*/{library.name}"], capture_output=True, text=True)
    assert result.returncode == 0, f"no Debian package holds {library}"
    return result.stdout.splitlines()[0].split(":")[0].strip()


@cache
def installed_fields() -> dict[tuple[str, str], str]:
    """(package, field) -> value for every package dpkg knows, in one ``dpkg-query``."""
    names = ("Status", "Priority", "Depends", "Pre-Depends")
    form = "${Package}\x1f" + "\x1f".join(f"${{{name}}}" for name in names) + "\n"
    result = subprocess.run(
        ["dpkg-query", "-W", f"-f={form}"], capture_output=True, text=True, check=True
    )
    fields: dict[tuple[str, str], str] = {}
    for line in result.stdout.splitlines():
        package, *values = line.split("\x1f")
        for name, value in zip(names, values, strict=False):
            fields.setdefault((package, name), value)
    return fields


@cache
def field(package: str, name: str) -> str:
    known = installed_fields().get((package, name))
    if known is not None:
        return known
    result = subprocess.run(
        ["dpkg-query", "-W", f"-f=${{{name}}}", package], capture_output=True, text=True
    )
    return result.stdout if result.returncode == 0 else ""


def with_dependencies(packages: set[str]) -> set[str]:
    """``packages`` and everything installed because of them (Depends, Pre-Depends)."""
    seen: set[str] = set()
    todo = [name for name in packages if field(name, "Status")]
    while todo:
        package = todo.pop()
        if package in seen:
            continue
        seen.add(package)
        for key in ("Depends", "Pre-Depends"):
            for clause in field(package, key).split(","):
                for alternative in clause.split("|"):
                    name = alternative.strip().split(" ")[0].split(":")[0]
                    if name and field(name, "Status"):
                        todo.append(name)
    return seen


def in_every_system(package: str) -> bool:
    return field(package, "Priority") in ("required", "important")


def native_libraries() -> list[Path]:
    """Qt's X11 platform plugin and PDFium, as installed for this Python."""
    paths = []
    for module, relative in (
        ("PySide6", "Qt/plugins/platforms/libqxcb.so"),
        ("pypdfium2_raw", None),
    ):
        spec = importlib.util.find_spec(module)
        if spec is None or spec.origin is None:
            continue
        folder = Path(spec.origin).parent
        if relative is not None:
            paths.append(folder / relative)
        else:
            paths += sorted(folder.glob("libpdfium*.so*"))
    return paths


def test_the_readme_names_every_package_the_window_and_the_preview_need():
    libraries = native_libraries()
    assert any(p.name == "libqxcb.so" for p in libraries), "PySide6's libqxcb.so not found"
    assert any(p.name.startswith("libpdfium") for p in libraries), "pypdfium2's PDFium not found"
    covered = with_dependencies(readme_packages())
    missing = {}
    for binary in libraries:
        for name, path in needed_libraries(binary).items():
            package = package_of(path)
            if package not in covered and not in_every_system(package):
                missing.setdefault(package, set()).add(f"{name} (for {binary.name})")
    assert not missing, "add to the README's apt-get line and .ci/run: " + "; ".join(
        f"{package}: {', '.join(sorted(names))}" for package, names in sorted(missing.items())
    )


def test_ci_installs_every_package_the_readme_names():
    assert readme_packages() - ci_packages() == set()

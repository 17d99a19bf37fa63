"""Build the app for the system this runs on: a one-folder build in ``dist/`` and its archive.

    python packaging/build.py            # with the Python whose site-packages hold the app,
                                         # PyInstaller and pypdfium2 (see packaging/README.md)

Linux:   dist/toolbox-desktop/ and dist/toolbox-desktop-<version>-linux-<machine>.tar.gz
         (with the desktop entry, AppStream metainfo, MIME type and their install script)
Windows: dist/toolbox-desktop/ and dist/toolbox-desktop-<version>-windows-<machine>.zip
         (the installer is made from the folder by packaging/windows/toolbox.iss)
macOS:   dist/Local Integration Toolbox.app and dist/toolbox-desktop-<version>-macos-<machine>.dmg

Prints the size of the folder and of the archive. Exits non-zero when a step fails.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
FOLDER = "toolbox-desktop"
APP_BUNDLE = "Local Integration Toolbox.app"
LINUX_FILES = (
    "org.localintegration.Toolbox.desktop",
    "org.localintegration.Toolbox.metainfo.xml",
    "org.localintegration.Toolbox-mime.xml",
    "install-desktop-entry.sh",
)


def version() -> str:
    namespace: dict = {}
    init = ROOT / "src" / "toolbox_desktop" / "__init__.py"
    exec(compile(init.read_text(encoding="utf-8"), str(init), "exec"), namespace)
    return namespace["__version__"]


def system_name() -> str:
    return {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")


def archive_stem() -> str:
    machine = platform.machine().lower() or "unknown"
    return f"{FOLDER}-{version()}-{system_name()}-{machine}"


def run_pyinstaller() -> None:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(DIST),
        "--workpath",
        str(WORK),
        str(PACKAGING / "toolbox.spec"),
    ]
    print("+", " ".join(command), flush=True)
    subprocess.run(command, check=True, cwd=ROOT)


def add_beside_program(folder: Path) -> None:
    """Files a user looks for beside the program: the licence (the About box names it) and,
    on Linux, what ``install-desktop-entry.sh`` installs."""
    shutil.copy2(ROOT / "LICENSE", folder / "LICENSE")
    if system_name() == "linux":
        target = folder / "linux"
        target.mkdir(exist_ok=True)
        for name in LINUX_FILES:
            shutil.copy2(PACKAGING / "linux" / name, target / name)
        for size in (16, 32, 48, 64, 128, 256, 512):
            name = f"toolbox-desktop-{size}.png"
            shutil.copy2(ROOT / "resources" / "icons" / name, target / name)
        (target / "install-desktop-entry.sh").chmod(0o755)


def make_archive(built: Path) -> Path:
    stem = archive_stem()
    if system_name() == "linux":
        target = DIST / f"{stem}.tar.gz"
        with tarfile.open(target, "w:gz", compresslevel=9) as archive:
            archive.add(built, arcname=FOLDER)
        return target
    if system_name() == "windows":
        target = DIST / f"{stem}.zip"
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
            for path in sorted(built.rglob("*")):
                archive.write(path, Path(FOLDER) / path.relative_to(built))
        return target
    target = DIST / f"{stem}.dmg"
    target.unlink(missing_ok=True)
    staging = DIST / "dmg"  # the disk image shows the .app and the licence beside it
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    shutil.copytree(built, staging / built.name, symlinks=True)
    shutil.copy2(ROOT / "LICENSE", staging / "LICENSE")
    subprocess.run(
        [
            "hdiutil",
            "create",
            "-volname",
            "Local Integration Toolbox",
            "-srcfolder",
            str(staging),
            "-ov",
            "-format",
            "UDZO",
            str(target),
        ],
        check=True,
    )
    return target


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--skip-pyinstaller",
        action="store_true",
        help="only make the archive again from what is in dist/",
    )
    args = parser.parse_args()
    if not args.skip_pyinstaller:
        run_pyinstaller()
    built = DIST / (APP_BUNDLE if system_name() == "macos" else FOLDER)
    if not built.exists():
        print(f"error: the build is missing: {built}", file=sys.stderr)
        return 1
    if system_name() != "macos":
        add_beside_program(built)
    archive = make_archive(built)
    print(f"folder:  {built}  {megabytes(folder_size(built))}")
    print(f"archive: {archive}  {megabytes(archive.stat().st_size)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

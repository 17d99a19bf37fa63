"""`toolbox-desktop region merge|info|metadata`: a region file from many towns' anonymised
packages, and its publication with Datasette (docs/region-format.md).

    region merge PACKAGES... -o region.sqlite3 [--min-towns K]
    region info region.sqlite3
    region metadata region.sqlite3 -o region-metadata.json
    region public region.sqlite3 -o region-public.sqlite3

A region file is not a workspace: these commands never open the user's own database. The
packages are checked against the benchmark pack shipped with the app. Refused packages are
listed with the reason on stderr and the others merged (exit code 1 when any was refused).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from toolbox_desktop.cli.exit_codes import EXIT_ERROR, EXIT_OK, EXIT_PROBLEMS
from toolbox_desktop.cli.translation import (
    MSG_CANNOT_WRITE,
    QT_TRANSLATE_NOOP,
    lang_option,
    print_error,
    tr,
    translated,
)

MSG_MERGED = QT_TRANSLATE_NOOP("CommandLine", "%n package(s) merged into {path}", None, 2)
MSG_ASSESSMENTS = QT_TRANSLATE_NOOP(
    "CommandLine", "Assessments: {added} added, {replaced} replaced, {unchanged} unchanged."
)
MSG_REFUSED = QT_TRANSLATE_NOOP("CommandLine", "refused: {path}: {reason}")
MSG_REFUSED_COUNT = QT_TRANSLATE_NOOP(
    "CommandLine", "%n package(s) refused; the others were merged", None, 2
)
MSG_THRESHOLD = QT_TRANSLATE_NOOP(
    "CommandLine", "No figure is shown or published from fewer than {k} towns."
)
MSG_NOT_REGION = QT_TRANSLATE_NOOP(
    "CommandLine", "{path} is not a region file; nothing was changed. Choose another file."
)
MSG_NEWER_REGION = QT_TRANSLATE_NOOP(
    "CommandLine",
    "{path} was made by a newer version of the app (region schema {found}); nothing was "
    "changed. Update the app.",
)
MSG_NO_FILE = QT_TRANSLATE_NOOP("CommandLine", "there is no file {path}")
MSG_MIN_TOWNS = QT_TRANSLATE_NOOP(
    "CommandLine", "--min-towns must be a whole number of at least {lowest}"
)
MSG_NO_BENCHMARK_PACK = QT_TRANSLATE_NOOP(
    "CommandLine", "no benchmark content pack could be loaded from {folder}"
)
MSG_PUBLIC_WRITTEN = QT_TRANSLATE_NOOP(
    "CommandLine",
    "The disclosure-safe tables of {region}, and nothing else, written to {path}.",
)
MSG_SAME_FILE = QT_TRANSLATE_NOOP(
    "CommandLine", "write the public copy to another file than the region file {path}"
)
MSG_METADATA_WRITTEN = QT_TRANSLATE_NOOP(
    "CommandLine",
    "Datasette metadata written to {path}. Publish with: datasette {region} --metadata {path} "
    "and open {address} (serve the file under this name: renamed, it shows nothing)",
)


def add_parsers(commands, db_option: argparse.ArgumentParser) -> None:
    del db_option  # a region file is not the user's database
    region = commands.add_parser(
        "region", help="pool many towns' anonymised packages in a region file, and publish it"
    )
    actions = region.add_subparsers(dest="region_command", metavar="ACTION")
    actions.required = True
    merge = actions.add_parser(
        "merge",
        parents=[lang_option()],
        help="merge anonymised packages into a region file (created if missing)",
    )
    merge.add_argument("region_packages", type=Path, nargs="*", metavar="PACKAGE")
    merge.add_argument("-o", "--output", type=Path, required=True, metavar="REGION_FILE")
    merge.add_argument(
        "--min-towns",
        type=int,
        metavar="K",
        help="show and publish no figure from fewer than K towns (default: the file's "
        "setting, else 5; at least 3)",
    )
    info = actions.add_parser(
        "info", parents=[lang_option()], help="how many towns, assessments and ratings"
    )
    info.add_argument("region", type=Path, metavar="REGION_FILE")
    meta = actions.add_parser(
        "metadata",
        parents=[lang_option()],
        help="write the Datasette metadata that publishes the region file's safe views only",
    )
    meta.add_argument("region", type=Path, metavar="REGION_FILE")
    meta.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    meta.add_argument("--title", help="the published title")
    meta.add_argument("--licence", help="licence of the published figures (default CC BY 4.0)")
    meta.add_argument("--licence-url", metavar="URL")
    meta.add_argument("--source", help="where the figures come from")
    meta.add_argument("--source-url", metavar="URL")
    copy = actions.add_parser(
        "public",
        parents=[lang_option()],
        help="copy the disclosure-safe tables only into a new file, to hand out or serve",
    )
    copy.add_argument("region", type=Path, metavar="REGION_FILE")
    copy.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")


def run(args: argparse.Namespace) -> int:
    import sqlite3

    from toolbox_desktop.storage.region_schema import NEWER_SCHEMA, RegionFileError

    path = getattr(args, "output", None) if args.region_command == "merge" else args.region
    try:
        if args.region_command == "merge":
            return _merge(args)
        if args.region_command == "info":
            return _info(args)
        if args.region_command == "public":
            return _public(args)
        return _metadata(args)
    except RegionFileError as error:
        if error.reason == NEWER_SCHEMA:
            print_error(tr(MSG_NEWER_REGION, path=path, found=error.found))
        else:
            print_error(tr(MSG_NOT_REGION, path=path))
        return EXIT_ERROR
    except sqlite3.DatabaseError:
        print_error(tr(MSG_NOT_REGION, path=path))
        return EXIT_ERROR
    except FileNotFoundError:
        print_error(tr(MSG_NO_FILE, path=path))
        return EXIT_ERROR


def _merge(args: argparse.Namespace) -> int:
    from toolbox_desktop.region.content import NoBenchmarkPackError, benchmark_content
    from toolbox_desktop.region.disclosure import LOWEST_MIN_TOWNS, check_min_towns
    from toolbox_desktop.region.merge import merge
    from toolbox_desktop.storage.region_schema import open_region_file
    from toolbox_desktop.storage.region_store import setting

    if args.min_towns is not None:
        try:
            check_min_towns(args.min_towns)
        except ValueError:
            print_error(tr(MSG_MIN_TOWNS, lowest=LOWEST_MIN_TOWNS))
            return EXIT_ERROR
    try:
        content = benchmark_content()
    except NoBenchmarkPackError as error:
        print_error(tr(MSG_NO_BENCHMARK_PACK, folder=error.args[0]))
        return EXIT_ERROR
    try:
        result = merge(args.region_packages, args.output, content, args.min_towns)
    except OSError as error:
        detail = error.strerror or error
        print_error(tr(MSG_CANNOT_WRITE, path=args.output, detail=detail))
        return EXIT_ERROR
    for refusal in result.refused:
        reason = translated(refusal.reason)
        print(tr(MSG_REFUSED, path=refusal.path, reason=reason), file=sys.stderr)
    print(tr(MSG_MERGED, n=len(result.merged), path=args.output))
    print(
        tr(
            MSG_ASSESSMENTS,
            added=result.added,
            replaced=result.replaced,
            unchanged=result.unchanged,
        )
    )
    conn = open_region_file(args.output)
    try:
        print(tr(MSG_THRESHOLD, k=setting(conn, "min_towns")))
    finally:
        conn.close()
    if result.refused:
        print(tr(MSG_REFUSED_COUNT, n=len(result.refused)), file=sys.stderr)
        return EXIT_PROBLEMS
    return EXIT_OK


def _info(args: argparse.Namespace) -> int:
    """Counts for whoever keeps the region file (an English table, like other listings)."""
    from toolbox_desktop.region import queries
    from toolbox_desktop.storage.region_store import counts

    conn = queries.open_region(args.region)
    try:
        about = queries.about(conn)
        for table, number in counts(conn).items():
            print(f"{table:<12} {number}")
        years = ", ".join(str(year.year) for year in queries.years(conn))
        print(f"{'years':<12} {years}")
        print(f"{'min_towns':<12} {about.min_towns}")
        print(f"{'content':<12} {about.content_pack} {about.content_version}")
    finally:
        conn.close()
    return EXIT_OK


def _metadata(args: argparse.Namespace) -> int:
    from toolbox_desktop.region import queries
    from toolbox_desktop.region.metadata import served_at, write_metadata

    conn = queries.open_region(args.region)
    try:
        min_towns = queries.about(conn).min_towns
    finally:
        conn.close()
    options = {
        name: value
        for name, value in (
            ("title", args.title),
            ("licence", args.licence),
            ("licence_url", args.licence_url),
            ("source", args.source),
            ("source_url", args.source_url),
        )
        if value is not None
    }
    try:
        write_metadata(args.output, database=args.region.stem, min_towns=min_towns, **options)
    except OSError as error:
        detail = error.strerror or error
        print_error(tr(MSG_CANNOT_WRITE, path=args.output, detail=detail))
        return EXIT_ERROR
    address = served_at(args.region.stem)
    print(tr(MSG_METADATA_WRITTEN, path=args.output, region=args.region, address=address))
    return EXIT_OK


def _public(args: argparse.Namespace) -> int:
    from toolbox_desktop.region.publish import write_public_file

    if args.output.resolve() == args.region.resolve():
        print_error(tr(MSG_SAME_FILE, path=args.region))
        return EXIT_ERROR
    try:
        write_public_file(args.region, args.output)
    except OSError as error:
        if isinstance(error, FileNotFoundError) and not args.region.exists():
            raise
        detail = error.strerror or error
        print_error(tr(MSG_CANNOT_WRITE, path=args.output, detail=detail))
        return EXIT_ERROR
    print(tr(MSG_PUBLIC_WRITTEN, region=args.region, path=args.output))
    return EXIT_OK

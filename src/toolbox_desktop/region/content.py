"""The benchmark content a region is validated and scored with: the benchmark pack shipped
with the app (``paths.content_root``), read straight from its folder. A region file is not a
workspace, so it has no content tables of its own; the codes a package may use, and the
scores, are those of this pack, exactly as an import into a fresh workspace would check
them."""

from __future__ import annotations

from pathlib import Path

from toolbox_desktop.core.content import BENCHMARK, Content
from toolbox_desktop.core.pack import find_packs, load_pack
from toolbox_desktop.exchange.package_schema import Known


class NoBenchmarkPackError(Exception):
    """The content folder holds no benchmark pack that loads."""


def benchmark_content(content_root: Path | None = None) -> Content:
    """The benchmark pack of ``content_root`` (default: the app's own) in its base language."""
    if content_root is None:
        from toolbox_desktop.paths import content_root as shipped

        content_root = shipped()
    for folder in find_packs(Path(content_root)):
        result = load_pack(folder)
        if result.ok and result.info is not None and result.info.role == BENCHMARK:
            return result.content
    raise NoBenchmarkPackError(str(content_root))


def known_codes(content: Content) -> Known:
    """What a package may refer to, as ``exchange.snapshot.known_content`` reads it from a
    workspace holding this content."""
    pack = content.benchmark_pack
    return Known(
        frozenset(benchmark.code for benchmark in content.benchmarks),
        frozenset(dimension.code for dimension in content.dimensions),
        (pack.id, pack.version) if pack is not None else None,
    )

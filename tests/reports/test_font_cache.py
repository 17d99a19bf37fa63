"""The font cache: a font read from it measures and prints exactly as one read from the file,
and a cache that cannot be used is never a reason for a report to fail."""

from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from toolbox_desktop.paths import resources_dir
from toolbox_desktop.reports import font_cache

FONT = resources_dir() / "fonts" / "DejaVuSans.ttf"
TEXT = "Kadıköy · Пётрово · مریم 12,500.50 €"


def test_a_cached_font_measures_and_prints_as_the_file(tmp_path, monkeypatch):
    cached = tmp_path / "cache" / "DejaVuSans.pickle"
    monkeypatch.setattr(font_cache, "cache_file", lambda path: cached)
    read = font_cache.load("CacheTestRead", FONT)
    assert cached.is_file()
    again = font_cache.load("CacheTestRead", FONT)  # from the cache now
    assert again is not read and again.face._ttf_data == FONT.read_bytes()
    assert again.stringWidth(TEXT, 9.5) == read.stringWidth(TEXT, 9.5)
    pdfmetrics.registerFont(again)
    path = tmp_path / "cached.pdf"
    canvas = Canvas(str(path))
    canvas.setFont("CacheTestRead", 12)
    canvas.drawString(72, 720, "Kadıköy · Пётрово")
    canvas.save()
    assert "Kadıköy · Пётрово" in PdfReader(path).pages[0].extract_text()


def test_a_broken_or_foreign_cache_file_is_read_past(tmp_path, monkeypatch):
    cached = tmp_path / "DejaVuSans.pickle"
    monkeypatch.setattr(font_cache, "cache_file", lambda path: cached)
    cached.write_bytes(b"not a pickle")
    font = font_cache.load("CacheTestBroken", FONT)
    assert font.stringWidth("abc", 10) > 0
    font_cache.load("CacheTestOther", FONT)  # the cache now holds another name: not used
    assert font_cache.load("CacheTestBroken", FONT).fontName == "CacheTestBroken"


def test_no_cache_folder_no_cache(monkeypatch):
    monkeypatch.setattr(font_cache, "cache_file", lambda path: None)
    assert font_cache.load("CacheTestNone", FONT).stringWidth("abc", 10) > 0


def test_a_portable_stick_has_no_font_cache(tmp_path, monkeypatch):
    """A stick passes between people: nothing on it is ever unpickled."""
    monkeypatch.setattr(font_cache, "portable_data_folder", lambda: tmp_path / "data")
    assert font_cache.cache_file(FONT) is None
    monkeypatch.setattr(font_cache, "portable_data_folder", lambda: None)
    assert font_cache.cache_file(FONT) is not None

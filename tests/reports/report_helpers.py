"""Read a PDF's text back the way a reader's copy-paste would."""

import unicodedata
from pathlib import Path

from pypdf import PdfReader


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)

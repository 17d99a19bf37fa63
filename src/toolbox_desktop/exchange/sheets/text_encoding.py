"""Which characters a CSV file's bytes are: UTF-8 (with or without a byte-order mark),
UTF-16 with its mark, or the Windows code page Excel writes "CSV" in on the user's computer.

Why: a file in a code page has no mark saying which one. Reading every such file as
Windows-1252, as we did, turned a Polish "Łódź" into "£ódŸ", a Czech "ť" into "�" and a
Turkish "Şükrü" into "Þükrü", all stored without a word; and one damaged byte in a UTF-8 file
made the whole file Windows-1252 ("Bürgermeister" stored as "BÃ¼rgermeister"). So: UTF-8
when the bytes are UTF-8; a file that is UTF-8 but for a damaged byte is refused with the
line; otherwise the code page of the computer (on Windows, where Excel saved it) or of the
user's language, read strictly: bytes it has no letter for are refused, not guessed.
"""

from __future__ import annotations

import codecs
import locale as system_locale
import re
import sys

from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP, Message

CTX = "SpreadsheetImport"
MSG_DAMAGED_UTF8 = QT_TRANSLATE_NOOP(
    "SpreadsheetImport",
    "Line {line} of this file holds a byte that is not UTF-8 text, though the rest of the file "
    "is UTF-8: the file may be damaged. Nothing was imported. Save it again as CSV UTF-8 and "
    "try again.",
)
MSG_UNKNOWN_ENCODING = QT_TRANSLATE_NOOP(
    "SpreadsheetImport",
    "The letters of this file cannot be read: it is neither UTF-8 nor {encoding} text. Nothing "
    "was imported. Save it as CSV UTF-8 (in Excel: Save As, then CSV UTF-8) and try again.",
)
# The Windows ("ANSI") code page of each language's Windows, where it is not Windows-1252:
# what Excel writes a file saved as "CSV" in.
_CODE_PAGES = {
    **dict.fromkeys(("cs", "pl", "hu", "sk", "sl", "hr", "ro", "sq", "bs"), "cp1250"),
    **dict.fromkeys(("ru", "uk", "bg", "be", "mk", "sr", "kk", "ky", "tg"), "cp1251"),
    "el": "cp1253",
    **dict.fromkeys(("tr", "az"), "cp1254"),
    **dict.fromkeys(("he", "yi"), "cp1255"),
    **dict.fromkeys(("ar", "fa", "ur", "ps", "ckb"), "cp1256"),
    **dict.fromkeys(("lt", "lv", "et"), "cp1257"),
    "vi": "cp1258",
}
# The same by country, for a computer whose language the app does not speak.
_COUNTRY_CODE_PAGES = {
    **dict.fromkeys(("PL", "CZ", "SK", "HU", "SI", "HR", "RO", "AL", "BA"), "cp1250"),
    **dict.fromkeys(("RU", "UA", "BG", "BY", "MK", "RS", "KZ", "KG", "TJ"), "cp1251"),
    **dict.fromkeys(("GR", "CY"), "cp1253"),
    **dict.fromkeys(("TR", "AZ"), "cp1254"),
    "IL": "cp1255",
    **dict.fromkeys(
        ("SA", "EG", "IQ", "SY", "JO", "LB", "MA", "DZ", "TN", "LY", "AE", "IR", "AF", "PK"),
        "cp1256",
    ),
    **dict.fromkeys(("LT", "LV", "EE"), "cp1257"),
    "VN": "cp1258",
}
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


class EncodingError(ValueError):
    """The file's text cannot be read reliably; ``message`` says why."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


def code_page(locale: str | None) -> str:
    """The code page a file without a mark is read in: Windows' own on Windows (where Excel
    saved it); else the one of the locale's country, where it has one ("de_PL", the app in
    German on a Polish computer: Windows-1250), or of its language (Windows-1252 for
    Western Europe)."""
    if sys.platform == "win32":
        found = system_locale.getencoding().lower()
        if found.startswith("cp") and found != "cp65001":
            return found
    parts = (locale or "").split(".")[0].replace("-", "_").split("_")
    country = next((p.upper() for p in parts[1:] if len(p) == 2 and p.isalpha()), "")
    if country in _COUNTRY_CODE_PAGES:
        return _COUNTRY_CODE_PAGES[country]
    return _CODE_PAGES.get(parts[0].lower(), "cp1252")


def decode(data: bytes, locale: str | None) -> tuple[str, str]:
    """(text, encoding) of a CSV file's bytes; ``EncodingError`` when they cannot be read."""
    for mark, name in ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(mark):
            try:
                return data.decode(name), name
            except UnicodeDecodeError:
                break
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        # UTF-8 with a damaged byte, or a code page whose letters happen to pair up as
        # UTF-8 now and then ("ß“", "ĘŚ")? Damaged UTF-8 when its sequences outnumber the
        # bytes that are none twice over.
        valid = len(_UTF8_SEQUENCE.findall(data))
        invalid = data.decode("utf-8", errors="replace").count("\ufffd")
        if valid >= 2 * invalid:
            line = data[: error.start].count(b"\n") + 1
            raise EncodingError(Message(CTX, MSG_DAMAGED_UTF8, line=line)) from None
    else:
        # Plain ASCII without a mark may be a code page's file whose every other letter was
        # written as "?": "ascii" lets the import keep the stored letters.
        marked = data.startswith(codecs.BOM_UTF8)
        return text, "utf-8" if marked or not data.isascii() else "ascii"
    page = code_page(locale)
    try:
        return data.decode(page), page
    except UnicodeDecodeError:
        shown = page.replace("cp", "Windows-")
        raise EncodingError(Message(CTX, MSG_UNKNOWN_ENCODING, encoding=shown)) from None

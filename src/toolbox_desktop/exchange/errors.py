"""``PackageError``: why a package cannot be read or imported, as a translatable message that
says what is wrong and what to do. Every refusal leaves the database untouched."""

from __future__ import annotations

from toolbox_desktop.core.i18n import (
    QT_TRANSLATE_NOOP,
    Message,
    translated_with,  # noqa: F401  (re-exported)
)

CTX = "Package"

# -- the file ----------------------------------------------------------------------------
MSG_NOT_A_FILE = QT_TRANSLATE_NOOP(
    "Package", "'{path}' is not a file. Choose the package file (its name ends in .toolbox)."
)
MSG_CANNOT_READ = QT_TRANSLATE_NOOP(
    "Package",
    "'{path}' could not be read: {detail}. Nothing was imported. Check that the USB stick is "
    "still plugged in, or copy the file to your computer and import the copy.",
)
MSG_FILE_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Package",
    "'{path}' is larger than any package can be ({limit} MB), so it is not a Local "
    "Integration Toolbox package. Nothing was imported. Choose the .toolbox file you were sent.",
)
MSG_NOT_A_ZIP = QT_TRANSLATE_NOOP(
    "Package",
    "'{path}' is not a Local Integration Toolbox package. Nothing was imported. Choose the "
    ".toolbox file you were sent; if it is that file, ask the sender to export it again.",
)
MSG_DAMAGED = QT_TRANSLATE_NOOP(
    "Package",
    "'{path}' is damaged ({detail}). Nothing was imported. Copy it from the USB stick again, "
    "or ask the sender to export it again.",
)
MSG_TOO_MANY_MEMBERS = QT_TRANSLATE_NOOP(
    "Package",
    "'{path}' holds more files than a package ever does (at most {limit}). Nothing was "
    "imported. It was not made by Local Integration Toolbox; ask the sender to export again.",
)
MSG_UNSAFE_MEMBER = QT_TRANSLATE_NOOP(
    "Package",
    "'{path}' holds a file named '{name}', which points outside the package. Nothing was "
    "imported. The file was not made by Local Integration Toolbox: do not use it.",
)
MSG_UNKNOWN_MEMBER = QT_TRANSLATE_NOOP(
    "Package",
    "'{path}' holds a file '{name}' that a package never holds. Nothing was imported. It was "
    "not made by Local Integration Toolbox, or was changed; ask the sender to export again.",
)
MSG_DUPLICATE_MEMBER = QT_TRANSLATE_NOOP(
    "Package",
    "'{path}' holds the file '{name}' twice. Nothing was imported. Ask the sender to export "
    "the package again.",
)
MSG_MEMBER_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Package",
    "'{name}' in the package is larger than {limit} MB once unpacked, far more than any real "
    "package. Nothing was imported. The file is damaged or was not made by Local Integration "
    "Toolbox.",
)
MSG_TOTAL_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Package",
    "'{path}' unpacks to more than {limit} MB, far more than any real package. Nothing was "
    "imported. The file is damaged or was not made by Local Integration Toolbox.",
)
# -- the manifest --------------------------------------------------------------------------
MSG_NO_MANIFEST = QT_TRANSLATE_NOOP(
    "Package",
    "'{path}' has no manifest.json, so it is not a Local Integration Toolbox package. Nothing "
    "was imported. Choose the .toolbox file you were sent.",
)
MSG_NOT_OUR_FORMAT = QT_TRANSLATE_NOOP(
    "Package",
    "'{path}' is a zip file but not a Local Integration Toolbox package ({detail}). Nothing "
    "was imported. Choose the .toolbox file you were sent.",
)
MSG_NEWER = QT_TRANSLATE_NOOP(
    "Package",
    "'{path}' was made by a newer version of the app (package format {version}; this version "
    "reads format {supported}). Nothing was imported. Update the app, then import the file "
    "again.",
)
MSG_FILES_DO_NOT_MATCH = QT_TRANSLATE_NOOP(
    "Package",
    "The contents of '{path}' do not match its manifest ({detail}). Nothing was imported. The "
    "file was damaged or changed; ask the sender to export it again.",
)
MSG_CHECKSUM = QT_TRANSLATE_NOOP(
    "Package",
    "'{name}' in the package does not match its checksum: it was damaged or changed after it "
    "was exported. Nothing was imported. Copy the file again, or ask the sender to export it "
    "again.",
)
# -- the data ------------------------------------------------------------------------------
MSG_INVALID_JSON = QT_TRANSLATE_NOOP(
    "Package",
    "'{name}' in the package cannot be read ({detail}). Nothing was imported. Ask the sender "
    "to export the package again.",
)
MSG_INVALID_VALUE = QT_TRANSLATE_NOOP(
    "Package",
    "'{name}' in the package has a value the app cannot take at {where}: {detail}. Nothing "
    "was imported. Ask the sender to export the package again with the current version of "
    "the app.",
)
MSG_OVER_LIMIT = QT_TRANSLATE_NOOP(
    "Package",
    "'{name}' in the package holds more than the app can store at {where}: {detail}. Nothing "
    "was imported. Ask the sender to shorten it and export the package again with the "
    "current version of the app.",
)
MSG_UNKNOWN_BENCHMARK = QT_TRANSLATE_NOOP(
    "Package",
    "'{name}' in the package refers to the benchmark '{code}', which is not in this app's "
    "toolbox content. Nothing was imported. Update the app to the sender's version, then "
    "import the file again.",
)
MSG_DUPLICATE = QT_TRANSLATE_NOOP(
    "Package",
    "'{name}' in the package lists the {what} '{value}' twice. Nothing was imported. Ask the "
    "sender to export the package again.",
)
# -- this computer -------------------------------------------------------------------------
MSG_UID_CLASH = QT_TRANSLATE_NOOP(
    "Package",
    "The package's {what} '{label}' has the identifier of a different item on this computer. "
    "Nothing was imported. Ask the sender to export the package again.",
)
MSG_OTHER_ASSESSMENT = QT_TRANSLATE_NOOP(
    "Package",
    "This participant file belongs to another assessment ('{title}'), which is not on this "
    "computer. Nothing was imported. Import it on the computer that holds the workshop's "
    "assessment, or import that assessment here first.",
)
MSG_PARTICIPANT_COLLECTED = QT_TRANSLATE_NOOP(
    "Package",
    "The ratings in this participant file were already collected for '{title}'. Nothing was "
    "imported.",
)
MSG_NAME_COLLECTED = QT_TRANSLATE_NOOP(
    "Package",
    "The ratings of '{name}' were already collected for '{title}'. Nothing was imported. If "
    "this is a different person, ask them to export their ratings again under another name "
    "(for example with their initials).",
)
MSG_ASSESSMENT_FINAL = QT_TRANSLATE_NOOP(
    "Package",
    "'{title}' is final on this computer, so no ratings can be added to it. Nothing was "
    "imported. Reopen the assessment, then import the participant file again.",
)
MSG_CHANGED_SINCE_PREVIEW = QT_TRANSLATE_NOOP(
    "Package",
    "The data on this computer changed after the preview was made (another window or program "
    "saved something). Nothing was imported. Look at the preview again, then import.",
)
MSG_WRITE_FAILED = QT_TRANSLATE_NOOP(
    "Package",
    "The import could not be saved ({detail}). Nothing was changed. Close other windows that "
    "use this database and try again.",
)
MSG_WRITE_DISK_FULL = QT_TRANSLATE_NOOP(
    "Package",
    "The import could not be saved: the disk is full. Nothing was changed. Free some space on "
    "it (delete or move files you no longer need), then import again.",
)
MSG_REFUSED_FINAL = QT_TRANSLATE_NOOP(
    "Package",
    "The package would change the assessment '{title}', which is final on this computer and "
    "so read-only. Nothing was imported. Reopen the assessment, then import the package again.",
)
MSG_REFUSED = QT_TRANSLATE_NOOP(
    "Package",
    "The package's {what} '{label}' cannot be stored on this computer. {reason} Nothing was "
    "imported. Correct it where it was entered (on the sender's computer, then export the "
    "package again, or on this one), then import the package again.",
)
# -- notes in a preview --------------------------------------------------------------------
MSG_KEPT_FINAL = QT_TRANSLATE_NOOP(
    "Package",
    "final on this computer, so it is kept as it is. To take the package's version, reopen "
    "it and import the package again.",
)
MSG_RESTORED_FINAL = QT_TRANSLATE_NOOP(
    "Package",
    "deleted on this computer while it was final: the import brings it back and reopens it to "
    "take the package's version, its status included. The ratings it had here stay in the "
    "rating history.",
)
MSG_KEPT_LATER = QT_TRANSLATE_NOOP(
    "Package",
    "changed on this computer on {changed}, after the package was made on {made}, so kept as "
    "it is here",
)
MSG_REPLACED_LATER = QT_TRANSLATE_NOOP(
    "Package",
    "changed on this computer on {changed}, after the package was made on {made}: replaced "
    "by the package's older version, as you chose (what it replaces stays in the history)",
)
MSG_KEPT_DELETED = QT_TRANSLATE_NOOP(
    "Package",
    "deleted on this computer on {changed}, after the package was made on {made}, so it stays "
    "deleted",
)
MSG_RESTORED_LATER = QT_TRANSLATE_NOOP(
    "Package",
    "deleted on this computer on {changed}, after the package was made on {made}: brought "
    "back with the package's version, as you chose",
)
MSG_KEPT_WITH_ACTION = QT_TRANSLATE_NOOP(
    "Package",
    "its action was deleted on this computer after the package was made, so it is left as it "
    "is here",
)
MSG_CLOCK_AHEAD = QT_TRANSLATE_NOOP(
    "Package",
    "The package says it was made on {made}, later than this computer's clock ({now}). One of "
    "the two clocks is wrong, so what was changed here since the package was made cannot be "
    "told for sure: check the changes below before you import.",
)
MSG_OTHER_CONTENT = QT_TRANSLATE_NOOP(
    "Package",
    "The package was made with toolbox content {theirs}; this app has {ours}. Ratings refer "
    "to benchmarks by their codes, which stay the same between versions.",
)
MSG_OWN_AS_PEER = QT_TRANSLATE_NOOP(
    "Package",
    "'{title}' is one of this computer's own assessments, shared anonymised. It is added "
    "to the other municipalities' assessments; your own stays as it is.",
)

# -- parts of messages ---------------------------------------------------------------------
# The values of {detail}, {what} and {where} above: ``Message`` objects of their own, so that
# the window can translate them too (see ``translated_with``); printed, they read in English.
# {detail}: what is wrong with a value
DETAIL_TEXT = QT_TRANSLATE_NOOP("Package", "expected text")
DETAIL_NOT_UNICODE = QT_TRANSLATE_NOOP("Package", "the text is not valid Unicode")
DETAIL_TOO_LONG = QT_TRANSLATE_NOOP(
    "Package", "the text is longer than {most} characters (it has {length})"
)
DETAIL_TOO_MANY = QT_TRANSLATE_NOOP(
    "Package", "the list holds {count} items, more than the {most} allowed"
)
DETAIL_EMPTY = QT_TRANSLATE_NOOP("Package", "must not be empty")
DETAIL_WHOLE_NUMBER = QT_TRANSLATE_NOOP("Package", "expected a whole number from {low} to {high}")
DETAIL_NUMBER = QT_TRANSLATE_NOOP("Package", "expected a number")
DETAIL_NUMBER_TOO_LARGE = QT_TRANSLATE_NOOP("Package", "the number is too large")
DETAIL_BOOLEAN = QT_TRANSLATE_NOOP("Package", "expected true or false")
DETAIL_ONE_OF = QT_TRANSLATE_NOOP("Package", "expected one of {options}")
DETAIL_CURRENCY = QT_TRANSLATE_NOOP("Package", "expected a currency code")
DETAIL_UID = QT_TRANSLATE_NOOP("Package", "expected an identifier of 32 hexadecimal digits")
DETAIL_DAY = QT_TRANSLATE_NOOP("Package", "expected a date written YYYY-MM-DD")
DETAIL_YEAR = QT_TRANSLATE_NOOP("Package", "expected a year from {low} to {high}")
DETAIL_CODE = QT_TRANSLATE_NOOP("Package", "expected a benchmark code")
DETAIL_UNKNOWN_BENCHMARK = QT_TRANSLATE_NOOP("Package", "unknown benchmark '{code}'")
DETAIL_TWICE = QT_TRANSLATE_NOOP("Package", "{what} '{value}' twice")
DETAIL_LIST = QT_TRANSLATE_NOOP("Package", "expected a list")
DETAIL_OBJECT = QT_TRANSLATE_NOOP("Package", "expected an object")
DETAIL_UNKNOWN_FIELD = QT_TRANSLATE_NOOP("Package", "unknown field '{field}'")
DETAIL_MISSING_FIELD = QT_TRANSLATE_NOOP("Package", "the field '{field}' is missing")
DETAIL_LEVEL_AND_EXCLUSION = QT_TRANSLATE_NOOP(
    "Package", "a rating has either a level or an exclusion, not both"
)
DETAIL_ONE_ASSESSMENT = QT_TRANSLATE_NOOP(
    "Package", "an assessment package holds exactly one assessment"
)
DETAIL_INDICATOR_ACTION = QT_TRANSLATE_NOOP(
    "Package", "the indicator's action is not in the package"
)
# {detail}: what is wrong with the file or its manifest
DETAIL_ENCRYPTED = QT_TRANSLATE_NOOP("Package", "it is encrypted")
DETAIL_COMPRESSION = QT_TRANSLATE_NOOP("Package", "unknown compression")
DETAIL_NOT_UTF8 = QT_TRANSLATE_NOOP("Package", "not UTF-8 text")
DETAIL_TOO_DEEP = QT_TRANSLATE_NOOP("Package", "nested too deeply")
DETAIL_FIELD_TWICE = QT_TRANSLATE_NOOP("Package", "a field appears twice in one object")
DETAIL_NOT_A_NUMBER = QT_TRANSLATE_NOOP("Package", "{constant} is not a number JSON allows")
DETAIL_MISSING_FILES = QT_TRANSLATE_NOOP("Package", "missing: {missing}")
DETAIL_UNLISTED_FILES = QT_TRANSLATE_NOOP("Package", "not listed: {extra}")
DETAIL_MISSING_AND_UNLISTED = QT_TRANSLATE_NOOP(
    "Package", "missing: {missing}; not listed: {extra}"
)
DETAIL_NO_FORMAT = QT_TRANSLATE_NOOP("Package", "its manifest does not name the package format")
DETAIL_NO_VERSION = QT_TRANSLATE_NOOP("Package", "its manifest has no valid format_version")
DETAIL_UNKNOWN_MANIFEST_FIELDS = QT_TRANSLATE_NOOP(
    "Package", "unknown manifest field(s): {keys}", None, 2
)
DETAIL_MISSING_MANIFEST_FIELDS = QT_TRANSLATE_NOOP(
    "Package", "missing manifest field(s): {keys}", None, 2
)
DETAIL_UNKNOWN_KIND = QT_TRANSLATE_NOOP("Package", "unknown kind of package '{kind}'")
DETAIL_ANONYMISED = QT_TRANSLATE_NOOP("Package", "'anonymised' must be true or false")
DETAIL_CREATED_AT = QT_TRANSLATE_NOOP("Package", "'created_at' is not a date and time")
DETAIL_APP_VERSION = QT_TRANSLATE_NOOP("Package", "'app_version' is not a version")
DETAIL_FILES = QT_TRANSLATE_NOOP(
    "Package", "'files' must name each data file with its SHA-256 checksum"
)
DETAIL_UNKNOWN_DATA_FILE = QT_TRANSLATE_NOOP("Package", "unknown data file '{name}'")
DETAIL_CONTENT_PACK = QT_TRANSLATE_NOOP(
    "Package", "'content_pack' must be an object with 'id' and 'version'"
)
DETAIL_NOT_ANONYMISED = QT_TRANSLATE_NOOP("Package", "a {kind} package cannot be anonymised")
DETAIL_KIND_NEEDS = QT_TRANSLATE_NOOP("Package", "a {kind} package needs {files}")
DETAIL_KIND_HOLDS_NOT = QT_TRANSLATE_NOOP("Package", "a {kind} package does not hold {files}")
# {where}: a place in a data file (otherwise a path of field names, such as [0].title)
WHERE_TOP = QT_TRANSLATE_NOOP("Package", "the top")
# {what}: the kind of item listed twice, or whose identifier clashes
WHAT_RATING = QT_TRANSLATE_NOOP("Package", "rating of benchmark")
WHAT_PARTICIPANT = QT_TRANSLATE_NOOP("Package", "participant")
WHAT_PARTICIPANT_NUMBER = QT_TRANSLATE_NOOP("Package", "participant number")
WHAT_WORKSHOP_PARTICIPANT = QT_TRANSLATE_NOOP("Package", "workshop participant")
WHAT_ASSESSMENT = QT_TRANSLATE_NOOP("Package", "assessment")
WHAT_COMPETENCE = QT_TRANSLATE_NOOP("Package", "competence")
WHAT_LINKED_BENCHMARK = QT_TRANSLATE_NOOP("Package", "linked benchmark")
WHAT_PARTNER = QT_TRANSLATE_NOOP("Package", "partner")
WHAT_ACTION = QT_TRANSLATE_NOOP("Package", "action")
WHAT_INDICATOR = QT_TRANSLATE_NOOP("Package", "indicator")
WHAT_YEAR = QT_TRANSLATE_NOOP("Package", "year")
WHAT_PROFILE = QT_TRANSLATE_NOOP("Package", "municipality profile")
WHAT_ANNUAL_TEXTS = QT_TRANSLATE_NOOP("Package", "annual report texts")
WHAT_PEER_ASSESSMENT = QT_TRANSLATE_NOOP("Package", "assessment of another municipality")
WHAT_FACT_SANDWICH = QT_TRANSLATE_NOOP("Package", "fact sandwich")
WHAT_ADDRESSEE = QT_TRANSLATE_NOOP("Package", "addressee of dimension")
# {reason}: why a repository refused a write, when its error brings no message of its own,
# and two of its messages joined
REASON_UNKNOWN = QT_TRANSLATE_NOOP(
    "Package", "One of its values is not accepted by this version of the app."
)
REASON_AND = QT_TRANSLATE_NOOP("Package", "{first} {then}")


def part(template: str, **params: object) -> Message:
    """A translatable part of a message (a {detail}, {what} or {where})."""
    return Message(CTX, template, **params)


class PackageError(Exception):
    """A package that cannot be read or imported; ``message`` is the user's message."""

    def __init__(self, template: str, **params: object) -> None:
        self.message = Message(CTX, template, **params)
        super().__init__(self.message.format())


def shown(text: str, most: int = 80) -> str:
    """``text`` fit to be quoted in a message: control characters and what turns the text
    around (bidi overrides and isolates, which can make a name read as another) replaced,
    kept short. The joiners a script needs stay: Persian writes "می‌خواهم" with a zero-width
    non-joiner, an emoji family is joined by zero-width joiners."""
    quoted = "".join("?" if _unfit(c) else c for c in text[:most])
    return quoted if len(text) <= most else quoted[: most - 1] + "…"


# Invisible, yet part of how a script is written: the zero-width non-joiner and joiner. Every
# other character Python calls not printable (controls, direction marks, bidi overrides and
# isolates, line separators: they can reorder what a message shows) becomes "?".
_KEPT_INVISIBLE = frozenset("\u200c\u200d")


def _unfit(character: str) -> bool:
    return not character.isprintable() and character not in _KEPT_INVISIBLE

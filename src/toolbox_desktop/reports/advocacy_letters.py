"""Advocacy letters: for the benchmarks an assessment marks "outside our competence", one
letter to each level that holds the competence (district, region, state, national ministry).

Which level holds what the town set once per dimension (``storage/advocacy_addressees``; the
``other`` row for every dimension without its own). Dimensions with the same addressee and
the same signer share one letter; the same addressee with different signers (the housing
officer signs for housing, the head of education for schools) gets one letter from each, so
that no one signs a request they did not make. Benchmarks of a dimension with no addressee
at all go into a last letter "To whom it may concern", so that none is lost; the Reports
page says so next to the addressees.

Each letter: the town as letterhead, the date, the addressee's block (the level names it when
no name is set), a subject, the benchmarks (number and title), what the town recorded for
each (evidence, notes) and what it asks for: the benchmark's own text, or, where the
assessment set a target, the target level's description (the benchmark's text printed
before it). Nothing else is claimed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from toolbox_desktop.core import formatting
from toolbox_desktop.core.assessment import (
    LEVEL_DESCRIPTIONS,
    LEVEL_NAMES,
    OUTSIDE_COMPETENCE,
    Assessment,
    Profile,
    Rating,
)
from toolbox_desktop.core.content import Benchmark, Content
from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP
from toolbox_desktop.reports.council_blocks import (
    CouncilDocument,
    Heading,
    Labelled,
    PageBreak,
    Text,
)
from toolbox_desktop.reports.document import ReportOptions
from toolbox_desktop.storage.advocacy_addressees import LEVEL_NAMES as ADDRESSEE_LEVELS
from toolbox_desktop.storage.advocacy_addressees import OTHER, Addressee

CTX = "AdvocacyLetters"
TITLE = QT_TRANSLATE_NOOP("AdvocacyLetters", "Advocacy letters")
TO_WHOM = QT_TRANSLATE_NOOP("AdvocacyLetters", "To whom it may concern")
DATE_LINE = QT_TRANSLATE_NOOP("AdvocacyLetters", "{town}, {date}")
SUBJECT = QT_TRANSLATE_NOOP(
    "AdvocacyLetters", "Request for support: integration tasks within your competence"
)
SALUTATION = QT_TRANSLATE_NOOP("AdvocacyLetters", "Dear Sir or Madam,")
INTRO = QT_TRANSLATE_NOOP(
    "AdvocacyLetters",
    "In our self-assessment of local integration (“{title}”, {date}) we marked the following "
    "benchmarks as outside our competence. They concern tasks that lie with you. We ask for "
    "your support in meeting them.",
)
BENCHMARK = QT_TRANSLATE_NOOP("AdvocacyLetters", "{number} {title}")
EVIDENCE = QT_TRANSLATE_NOOP("AdvocacyLetters", "What we found")
NOTES = QT_TRANSLATE_NOOP("AdvocacyLetters", "Notes")
REQUEST = QT_TRANSLATE_NOOP("AdvocacyLetters", "What we ask for")
TARGET_REQUEST = QT_TRANSLATE_NOOP("AdvocacyLetters", "Level {level}, {name}: {description}")
NOTHING_RECORDED = QT_TRANSLATE_NOOP("AdvocacyLetters", "nothing recorded")
CLOSING = QT_TRANSLATE_NOOP(
    "AdvocacyLetters", "We would welcome your reply and will gladly give further details."
)
REGARDS = QT_TRANSLATE_NOOP("AdvocacyLetters", "Yours faithfully,")
SIGNATURE_LINE = "_" * 32


@dataclass(frozen=True)
class Letter:
    """One letter: to ``addressee`` (None: to whom it may concern), about ``codes``."""

    addressee: Addressee | None
    codes: tuple[str, ...]


def outside_competence(content: Content, ratings: dict[str, Rating]) -> list[str]:
    """The benchmarks marked outside our competence, in the toolbox's order (a code the
    content no longer has last)."""
    order = {code: index for index, code in enumerate(content.benchmark_numbers)}
    marked = [code for code, r in ratings.items() if r.exclusion == OUTSIDE_COMPETENCE]
    return sorted(marked, key=lambda code: (order.get(code, len(order)), code))


def _key(addressee: Addressee) -> tuple:
    """What makes a letter: who receives it and who signs it."""
    return (
        addressee.level,
        addressee.name.strip(),
        addressee.address.strip(),
        addressee.sender_name.strip(),
        addressee.sender_role.strip(),
    )


def plan_letters(
    content: Content, ratings: dict[str, Rating], addressees: dict[str, Addressee]
) -> list[Letter]:
    """The letters to write: one per addressee and signer (dimensions with the same name,
    address, level and signer share one), in the order of their first benchmark; the
    benchmarks of dimensions without any addressee last, in one letter to whom it may
    concern."""
    fallback = addressees.get(OTHER)
    grouped: dict[tuple, tuple[Addressee, list[str]]] = {}
    nobody: list[str] = []
    for code in outside_competence(content, ratings):
        item = content.item(code)
        dimension = item.dimension if isinstance(item, Benchmark) else ""
        addressee = addressees.get(dimension)
        if addressee is None or not addressee.is_set:
            addressee = fallback
        if addressee is None or not addressee.is_set:
            nobody.append(code)
            continue
        grouped.setdefault(_key(addressee), (addressee, []))[1].append(code)
    letters = [Letter(addressee, tuple(codes)) for addressee, codes in grouped.values()]
    if nobody:
        letters.append(Letter(None, tuple(nobody)))
    return letters


def letters_document(
    content: Content,
    profile: Profile | None,
    assessment: Assessment,
    ratings: dict[str, Rating],
    letters: list[Letter],
    options: ReportOptions,
    today: date,
) -> CouncilDocument:
    def tr(text: str, context: str = CTX) -> str:
        return options.translate(context, text)

    town = profile.name.strip() if profile else ""
    title = tr(TITLE)
    day = formatting.format_date(today, options.language)
    assessed_on = formatting.format_iso_date(assessment.assessed_on, options.language)
    document = CouncilDocument(title, (town, title), with_title=False)
    for index, letter in enumerate(letters):
        if index:
            document.add(PageBreak())
        if town:
            document.add(Text(town, bold=True))
        document.add(Text(tr(DATE_LINE).format(town=town, date=day) if town else day))
        document.add(Text(_address_block(letter.addressee, tr)))
        document.add(Heading(tr(SUBJECT)))
        document.add(Text(tr(SALUTATION)))
        document.add(Text(tr(INTRO).format(title=assessment.title, date=assessed_on)))
        for code in letter.codes:
            document.add(*_benchmark_blocks(content, code, ratings[code], tr))
        document.add(Text(tr(CLOSING)), Text(tr(REGARDS)), Text(SIGNATURE_LINE))
        sender = letter.addressee
        signer = [sender.sender_name, sender.sender_role] if sender else []
        signer.append(town)
        document.add(Text("\n".join(line.strip() for line in signer if line.strip())))
    return document


def _address_block(addressee: Addressee | None, tr) -> str:
    if addressee is None:
        return tr(TO_WHOM)
    lines = [addressee.name.strip(), addressee.address.strip()]
    if not lines[0] and addressee.level in ADDRESSEE_LEVELS:  # no name: the level names it
        lines[0] = tr(ADDRESSEE_LEVELS[addressee.level], "Advocacy")
    return "\n".join(line for line in lines if line)


def _benchmark_blocks(content: Content, code: str, rating: Rating, tr) -> list:
    item = content.item(code)
    if isinstance(item, Benchmark):
        number, name, text = content.benchmark_number(code), item.title, item.text
    else:  # dropped by a content update: the code is all there is
        number, name, text = code, "", ""
    blocks: list = [Heading(tr(BENCHMARK).format(number=number, title=name).strip(), level=2)]
    request = text  # the benchmark itself is what the town asks for, unless it set a target
    if rating.target is not None and rating.target in LEVEL_DESCRIPTIONS:
        if text:
            blocks.append(Text(text))
        request = tr(TARGET_REQUEST).format(
            level=rating.target,
            name=tr(LEVEL_NAMES[rating.target], "RatingScale"),
            description=tr(LEVEL_DESCRIPTIONS[rating.target], "RatingScale"),
        )
    blocks.append(Labelled(tr(EVIDENCE), rating.evidence.strip() or tr(NOTHING_RECORDED)))
    if rating.notes.strip():
        blocks.append(Labelled(tr(NOTES), rating.notes.strip()))
    if request:
        blocks.append(Labelled(tr(REQUEST), request))
    return blocks

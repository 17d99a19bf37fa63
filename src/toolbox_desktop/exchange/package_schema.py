"""What the data files of a package must hold, checked completely before anything is written.

``validate_package`` turns a ``RawPackage`` (sound zip, plain JSON) into a ``Package`` whose
records have exactly the shape ``snapshot`` reads from the database, so that an import can
compare them field by field. Benchmark and dimension codes must exist in this database's
content: a rating of a benchmark this app does not know could be neither shown nor scored.
Every text and every list has the maximum length of ``core.limits``, the one the editors
enforce: a package holds exactly what the app can store, and a longer value is refused
(naming the field), never cut.

One exception to "shaped as the database": an assessment's ``participants`` is ``None`` when
the package leaves it out (a blank package for workshop participants does): the import then
keeps the text this computer has.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from toolbox_desktop.core import limits as lim
from toolbox_desktop.core.assessment import (
    COMPETENCES,
    DEFAULT_PRIORITY,
    DRAFT,
    EXCLUSIONS,
    FINAL,
    PLACE_KINDS,
    PRIORITIES,
)
from toolbox_desktop.core.i18n import Message
from toolbox_desktop.core.plan import (
    DEFAULT_CURRENCY,
    EARLIEST_YEAR,
    FUNDING_SOURCES,
    IDEA,
    LATEST_YEAR,
    MAX_AMOUNT_CENTS,
    PARTNER_KINDS,
    PHASES,
    SHORT,
    STATUSES,
    Action,
    Milestone,
    check_action,
)
from toolbox_desktop.exchange import errors as e
from toolbox_desktop.exchange import fields as f
from toolbox_desktop.exchange import town_texts_schema as town_texts
from toolbox_desktop.exchange.format import (
    ADDRESSEES,
    ANNUAL_TEXTS,
    ASSESSMENTS,
    FACT_SANDWICHES,
    MUNICIPALITY,
    PARTICIPANT,
    PEERS,
    PLAN,
)
from toolbox_desktop.exchange.package_reader import Manifest, RawPackage

WORKSHOP_MODES = ("", "named", "anonymous")
PARTICIPANT_SOURCES = ("paper", "file")
MAX_PEOPLE = 10**9  # population and newcomers: more than any municipality
MAX_PARTICIPANT_NUMBER = 100_000
FIRST_YEAR, LAST_YEAR = 1900, 2100  # assessment and measurement dates
LEVEL = f.optional(f.integer(0, 4))
EXCLUSION = f.choice(("", *EXCLUSIONS))


# Texts typed on several lines (a QPlainTextEdit in the app): they keep their line breaks and
# tabs on import; in every other text a line break or tab becomes a space (``core.clean_text``).
MULTILINE = frozenset(
    {
        "participants",
        "evidence",
        "notes",
        "description",
        "summary",
        "stories",
        "next_focus",
        *town_texts.MULTILINE,
    }
)


def _texts(limits: dict[str, int], filled: tuple[str, ...] = ()) -> dict[str, f.Check]:
    """The checkers of a record's texts, by field, from their ``core.limits``."""
    return {
        name: f.text(most, filled=name in filled, multiline=name in MULTILINE)
        for name, most in limits.items()
    }


PROFILE = _texts(lim.PROFILE)
ASSESSMENT = _texts(lim.ASSESSMENT)
RATING = _texts(lim.RATING)
ACTION = _texts(lim.ACTION, filled=("title",))
MILESTONE = _texts(lim.MILESTONE)
INDICATOR = _texts(lim.INDICATOR, filled=("name",))
MEASUREMENT = _texts(lim.MEASUREMENT)
ANNUAL = _texts(lim.ANNUAL_TEXTS)
PARTICIPANT_NAME = f.text(lim.WORKSHOP_PARTICIPANT["name"])
PARTICIPANT_NOTE = f.text(lim.PARTICIPANT_RATING["note"], multiline=True)  # a rating's notes


@dataclass(frozen=True)
class Known:
    """This database's content: what a package may refer to."""

    benchmarks: frozenset[str]
    dimensions: frozenset[str]
    pack: tuple[str, str] | None = None  # (id, version) of the main content pack


@dataclass(frozen=True)
class Package:
    """A package checked in full; records are shaped as ``snapshot`` reads the database."""

    name: str
    manifest: Manifest
    profile: dict | None = None
    assessments: tuple[dict, ...] = ()
    plan: dict | None = None
    annual_texts: tuple[dict, ...] = ()
    participant: dict | None = None
    fact_sandwiches: tuple[dict, ...] = ()  # format version 2
    addressees: tuple[dict, ...] = ()  # format version 2
    peers: tuple[dict, ...] = ()  # format version 3: other municipalities' assessments


def validate_package(raw: RawPackage, known: Known) -> Package:
    """Check every data file of ``raw``; raise ``PackageError`` at the first problem. The
    fields are those of the package's ``format_version``: a version 1 profile with a
    ``town_id`` is refused, as a version 1 app refuses it."""
    specs = _Specs(known, raw.manifest.format_version)
    checked = {}
    for name, check in (
        (MUNICIPALITY, specs.profile),
        (ASSESSMENTS, specs.assessments),
        (PLAN, specs.plan),
        (ANNUAL_TEXTS, specs.annual_texts),
        (PARTICIPANT, specs.participant),
        (FACT_SANDWICHES, specs.fact_sandwiches),
        (ADDRESSEES, specs.addressees),
        (PEERS, specs.peers),
    ):
        if name in raw.data:
            checked[name] = _check_file(name, raw.data[name], check)
    if raw.manifest.kind == "assessment" and len(checked.get(ASSESSMENTS, ())) != 1:
        raise e.PackageError(
            e.MSG_INVALID_VALUE,
            name=ASSESSMENTS,
            where=e.part(e.WHERE_TOP),
            detail=e.part(e.DETAIL_ONE_ASSESSMENT),
        )
    return Package(
        raw.name,
        raw.manifest,
        checked.get(MUNICIPALITY),
        tuple(checked.get(ASSESSMENTS, ())),
        checked.get(PLAN),
        tuple(checked.get(ANNUAL_TEXTS, ())),
        checked.get(PARTICIPANT),
        tuple(checked.get(FACT_SANDWICHES, ())),
        tuple(checked.get(ADDRESSEES, ())),
        tuple(checked.get(PEERS, ())),
    )


def _check_file(name: str, value: Any, check: f.Check) -> Any:
    try:
        return check(value)
    except f.UnknownCodeError as error:
        raise e.PackageError(e.MSG_UNKNOWN_BENCHMARK, name=name, code=e.shown(error.code)) from None
    except f.DuplicateError as error:
        raise e.PackageError(
            e.MSG_DUPLICATE, name=name, what=error.what, value=e.shown(str(error.value))
        ) from None
    except f.OverLimitError as error:
        raise e.PackageError(
            e.MSG_OVER_LIMIT, name=name, where=error.where(), detail=error.detail
        ) from None
    except f.InvalidValueError as error:
        raise e.PackageError(
            e.MSG_INVALID_VALUE, name=name, where=error.where(), detail=error.detail
        ) from None


def _by(key: str):
    return lambda item: item[key]


class _Specs:
    """The checkers of each data file, built for one database's known codes."""

    def __init__(self, known: Known, version: int) -> None:
        benchmark = f.code(known.benchmarks)
        self.rating = f.record(
            {
                "benchmark": (benchmark, f.REQUIRED),
                "level": (LEVEL, None),
                "exclusion": (EXCLUSION, ""),
                "target": (LEVEL, None),
                "priority": (f.integer(min(PRIORITIES), max(PRIORITIES)), DEFAULT_PRIORITY),
                "evidence": (RATING["evidence"], ""),
                "links": (f.list_of(f.text(lim.LINK), most=lim.LINKS_PER_RATING), []),
                "notes": (RATING["notes"], ""),
                "rated_by": (RATING["rated_by"], ""),
            },
            then=_level_or_exclusion,
        )
        self.participant_rating = f.record(
            {
                "benchmark": (benchmark, f.REQUIRED),
                "level": (LEVEL, None),
                "exclusion": (EXCLUSION, ""),
                "note": (PARTICIPANT_NOTE, ""),
            },
            then=_level_or_exclusion,
        )
        participant_ratings = f.list_of(
            self.participant_rating, unique=_by("benchmark"), what=e.WHAT_RATING
        )
        self.workshop_participant = f.record(
            {
                "uid": (f.uid, f.REQUIRED),
                "number": (f.integer(1, MAX_PARTICIPANT_NUMBER), f.REQUIRED),
                "name": (PARTICIPANT_NAME, ""),
                "source": (f.choice(PARTICIPANT_SOURCES), "paper"),
                "ratings": (participant_ratings, []),
            },
            then=_sorted_ratings,
        )
        self.assessment = f.record(
            {
                "uid": (f.uid, f.REQUIRED),
                "title": (ASSESSMENT["title"], f.REQUIRED),
                "assessed_on": (f.day(FIRST_YEAR, LAST_YEAR), f.REQUIRED),
                "participants": (ASSESSMENT["participants"], None),  # None: keep this computer's
                "status": (f.choice((DRAFT, FINAL)), DRAFT),
                "workshop": (f.choice(WORKSHOP_MODES), ""),
                "ratings": (
                    f.list_of(self.rating, unique=_by("benchmark"), what=e.WHAT_RATING),
                    [],
                ),
                "workshop_participants": (
                    f.list_of(
                        self.workshop_participant,
                        unique=_by("uid"),
                        what=e.WHAT_PARTICIPANT,
                        most=lim.PARTICIPANTS_PER_WORKSHOP,
                    ),
                    [],
                ),
            },
            then=_normal_assessment,
        )
        each_assessment = f.list_of(
            self.assessment,
            unique=_by("uid"),
            what=e.WHAT_ASSESSMENT,
            most=lim.ASSESSMENTS_PER_PACKAGE,
        )
        self.assessments = lambda value: _distinct_participants(each_assessment(value))
        # Version 2: the town's random id (``storage.town_identity``), anonymised too.
        town_id = {"town_id": (f.uid, None)} if version >= 2 else {}
        self.profile = f.record(
            {
                "name": (PROFILE["name"], ""),
                "country": (PROFILE["country"], ""),
                "region": (PROFILE["region"], ""),
                "population": (f.optional(f.integer(0, MAX_PEOPLE)), None),
                "kind": (f.choice(("", *PLACE_KINDS)), ""),
                "newcomers": (f.optional(f.integer(0, MAX_PEOPLE)), None),
                "staff_time": (PROFILE["staff_time"], ""),
                "competences": (
                    f.list_of(f.choice(COMPETENCES), unique=str, what=e.WHAT_COMPETENCE),
                    list(COMPETENCES),
                ),
                **town_id,
            },
            then=_normal_profile,
        )
        plan_day = f.optional(f.day(EARLIEST_YEAR, LATEST_YEAR))
        milestone = f.record(
            {
                "title": (MILESTONE["title"], f.REQUIRED),
                "due": (plan_day, None),
                "done": (f.boolean, False),
            }
        )
        amount = f.optional(f.integer(0, MAX_AMOUNT_CENTS))
        self.action = f.record(
            {
                "uid": (f.uid, f.REQUIRED),
                "title": (ACTION["title"], f.REQUIRED),
                "description": (ACTION["description"], ""),
                "dimension": (f.choice(("", *sorted(known.dimensions))), ""),
                "benchmarks": (
                    f.list_of(
                        benchmark,
                        unique=str,
                        what=e.WHAT_LINKED_BENCHMARK,
                        most=lim.BENCHMARKS_PER_ACTION,
                    ),
                    [],
                ),
                "responsible_role": (ACTION["responsible_role"], ""),
                "responsible_person": (ACTION["responsible_person"], ""),
                "partners": (
                    f.list_of(f.choice(PARTNER_KINDS), unique=str, what=e.WHAT_PARTNER),
                    [],
                ),
                "partner_names": (ACTION["partner_names"], ""),
                "start": (plan_day, None),
                "end": (plan_day, None),
                "phase": (f.choice(PHASES), SHORT),
                "status": (f.choice(STATUSES), IDEA),
                "priority": (f.integer(min(PRIORITIES), max(PRIORITIES)), DEFAULT_PRIORITY),
                "progress": (f.integer(0, 100), 0),
                "budget_cents": (amount, None),
                "spent_cents": (amount, None),
                "currency": (f.matching(r"[A-Za-z]{0,3}", e.DETAIL_CURRENCY), DEFAULT_CURRENCY),
                "budget_line": (ACTION["budget_line"], ""),
                "funding_source": (f.choice(("", *FUNDING_SOURCES)), ""),
                "milestones": (f.list_of(milestone, most=lim.MILESTONES_PER_ACTION), []),
                # The quick win's code: it need not be in this laptop's guide (an older one).
                "guide_item": (f.text(120), ""),
            },
            then=_checked_action,
        )
        measurement = f.record(
            {
                "measured_on": (f.day(FIRST_YEAR, LAST_YEAR), f.REQUIRED),
                "value": (f.number, f.REQUIRED),
                "note": (MEASUREMENT["note"], ""),
            }
        )
        self.indicator = f.record(
            {
                "uid": (f.uid, f.REQUIRED),
                "action": (f.optional(f.uid), None),
                "benchmark": (_code_or_empty(benchmark), ""),
                "name": (INDICATOR["name"], f.REQUIRED),
                "unit": (INDICATOR["unit"], ""),
                "baseline": (f.optional(f.number), None),
                "target": (f.optional(f.number), None),
                "measurements": (
                    f.list_of(measurement, most=lim.MEASUREMENTS_PER_INDICATOR),
                    [],
                ),
            },
            then=_sorted_measurements,
        )
        self.plan = f.record(
            {
                "actions": (
                    f.list_of(
                        self.action,
                        unique=_by("uid"),
                        what=e.WHAT_ACTION,
                        most=lim.ACTIONS_PER_PACKAGE,
                    ),
                    [],
                ),
                "indicators": (
                    f.list_of(
                        self.indicator,
                        unique=_by("uid"),
                        what=e.WHAT_INDICATOR,
                        most=lim.INDICATORS_PER_PACKAGE,
                    ),
                    [],
                ),
            },
            then=_linked_indicators,
        )
        self.annual_texts = f.list_of(
            f.record(
                {
                    "year": (f.integer(1990, 2100), f.REQUIRED),
                    "summary": (ANNUAL["summary"], ""),
                    "stories": (ANNUAL["stories"], ""),
                    "next_focus": (ANNUAL["next_focus"], ""),
                }
            ),
            unique=_by("year"),
            what=e.WHAT_YEAR,
        )
        self.participant = f.record(
            {
                "assessment_uid": (f.uid, f.REQUIRED),
                "assessment_title": (ASSESSMENT["title"], ""),
                "uid": (f.uid, f.REQUIRED),
                "name": (PARTICIPANT_NAME, ""),
                "ratings": (participant_ratings, []),
            },
            then=_normal_participant,
        )
        # Format version 2: the town's own texts (``town_texts_schema``).
        self.fact_sandwiches = town_texts.fact_sandwiches()
        self.addressees = town_texts.addressees(known.dimensions)
        # Format version 3: other municipalities' assessments kept on the laptop, as their
        # anonymised packages brought them (public facts, levels and targets only).
        peer_rating = f.record(
            {
                "benchmark": (benchmark, f.REQUIRED),
                "level": (LEVEL, None),
                "exclusion": (EXCLUSION, ""),
                "target": (LEVEL, None),
            },
            then=_level_or_exclusion,
        )
        peer = f.record(
            {
                "uid": (f.uid, f.REQUIRED),
                "municipality": (PROFILE["name"], ""),
                "country": (PROFILE["country"], ""),
                "kind": (f.choice(("", *PLACE_KINDS)), ""),
                "population": (f.optional(f.integer(0, MAX_PEOPLE)), None),
                "title": (ASSESSMENT["title"], f.REQUIRED),
                "assessed_on": (f.day(FIRST_YEAR, LAST_YEAR), f.REQUIRED),
                "ratings": (
                    f.list_of(peer_rating, unique=_by("benchmark"), what=e.WHAT_RATING),
                    [],
                ),
            },
            then=_sorted_ratings,
        )
        self.peers = f.list_of(
            peer, unique=_by("uid"), what=e.WHAT_ASSESSMENT, most=lim.PEERS_PER_PACKAGE
        )


def _code_or_empty(benchmark: f.Check) -> f.Check:
    def check(value: Any) -> str:
        return "" if value == "" else benchmark(value)

    return check


def _level_or_exclusion(rating: dict) -> dict:
    """A benchmark is rated with a level, or excluded from the scores; never both."""
    if rating["level"] is not None and rating["exclusion"]:
        raise f.located(f.InvalidValueError(e.DETAIL_LEVEL_AND_EXCLUSION), "exclusion")
    return rating


def _sorted_ratings(item: dict) -> dict:
    return {**item, "ratings": sorted(item["ratings"], key=_by("benchmark"))}


def _normal_assessment(item: dict) -> dict:
    numbers: set[int] = set()
    for index, participant in enumerate(item["workshop_participants"]):
        if participant["number"] in numbers:
            error = f.DuplicateError(e.WHAT_PARTICIPANT_NUMBER, participant["number"])
            raise f.located(error, "workshop_participants", index, "number")
        numbers.add(participant["number"])
    return {
        **_sorted_ratings(item),
        "workshop_participants": sorted(item["workshop_participants"], key=_by("number")),
    }


def _distinct_participants(assessments: list[dict]) -> list[dict]:
    """A workshop participant's uid is unique in the whole database, not only per assessment."""
    seen: set[str] = set()
    for index, assessment in enumerate(assessments):
        for number, participant in enumerate(assessment["workshop_participants"]):
            if participant["uid"] in seen:
                error = f.DuplicateError(e.WHAT_PARTICIPANT, participant["uid"])
                raise f.located(error, index, "workshop_participants", number, "uid")
            seen.add(participant["uid"])
    return assessments


def _normal_profile(item: dict) -> dict:
    chosen = set(item["competences"])
    return {**item, "competences": [c for c in COMPETENCES if c in chosen]}


def _normal_participant(item: dict) -> dict:
    return {**_sorted_ratings(item), "name": item["name"].strip()}


def _sorted_measurements(item: dict) -> dict:
    key = lambda m: (m["measured_on"], m["value"], m["note"])  # noqa: E731
    return {**item, "measurements": sorted(item["measurements"], key=key)}


def _checked_action(item: dict) -> dict:
    """The plan's own rules (an end before the start, ...), as the editor applies them."""
    action = Action(
        title=item["title"],
        start=_date(item["start"]),
        end=_date(item["end"]),
        phase=item["phase"],
        status=item["status"],
        priority=item["priority"],
        progress=item["progress"],
        budget_cents=item["budget_cents"],
        spent_cents=item["spent_cents"],
        funding_source=item["funding_source"],
        partners=tuple(item["partners"]),
        milestones=tuple(Milestone(m["title"], _date(m["due"])) for m in item["milestones"]),
    )
    problems = check_action(action)
    if problems:
        problem = problems[0]
        detail = Message(problem.context, problem.template, **problem.params)
        raise f.located(f.InvalidValueError(detail), problem.field)
    return item


def _linked_indicators(plan: dict) -> dict:
    actions = {action["uid"] for action in plan["actions"]}
    for index, indicator in enumerate(plan["indicators"]):
        if indicator["action"] is not None and indicator["action"] not in actions:
            error = f.InvalidValueError(e.DETAIL_INDICATOR_ACTION)
            raise f.located(error, "indicators", index, "action")
    return plan


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None

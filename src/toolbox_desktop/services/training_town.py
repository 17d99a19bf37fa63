"""The training town, made from its story file in the user's language.

The story lives in ``data/training-town/<language>.json`` (English first, one file a language,
the same keys in each so that translations line up). A language without a file gets the
English town. A file is checked on load: a missing key or a value of the wrong type is refused
with a message naming the file and the key, before anything is written.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

from toolbox_desktop.core.assessment import COMPETENCES, PLACE_KINDS
from toolbox_desktop.core.plan import STATUSES
from toolbox_desktop.core.training_story import (
    ActionSpec,
    AnnualTextSpec,
    FactSandwichSpec,
    IndicatorSpec,
    MilestoneSpec,
    PeerSpec,
    TrainingStory,
)
from toolbox_desktop.paths import training_town_root
from toolbox_desktop.storage.training_town import (
    TrainingSummary,
    TrainingTownError,
    refusal_reason,
    write_training_town,
)

__all__ = [
    "FALLBACK_LANGUAGE",
    "StoryFileError",
    "TrainingSummary",
    "TrainingTownError",
    "create_training_municipality",
    "load_story",
    "refusal_reason",
    "story_path",
]

FALLBACK_LANGUAGE = "en"
FORMAT = 1
WORKSHOP_SIZE = 6


class StoryFileError(TrainingTownError):
    """The story file is missing, unreadable or not in the expected shape."""


def create_training_municipality(
    conn: sqlite3.Connection,
    today: date | None = None,
    language: str = FALLBACK_LANGUAGE,
    *,
    folder: Path | None = None,
) -> TrainingSummary:
    """Write the training town in ``language`` (English when there is no such file) into
    ``conn``'s empty database, in one transaction, or nothing at all."""
    return write_training_town(conn, load_story(language, folder), today)


def story_path(language: str, folder: Path | None = None) -> Path:
    """The story file for ``language`` ("de", "de_DE", "de-AT"), or the English one."""
    folder = folder or training_town_root()
    tag = (language or "").replace("-", "_").strip()
    for candidate in (tag, tag.split("_")[0].lower()):
        if candidate and candidate.isascii() and candidate.replace("_", "").isalnum():
            path = folder / f"{candidate}.json"
            if path.is_file():
                return path
    return folder / f"{FALLBACK_LANGUAGE}.json"


def load_story(language: str = FALLBACK_LANGUAGE, folder: Path | None = None) -> TrainingStory:
    """The checked story for ``language``; raises ``StoryFileError`` naming what is wrong."""
    path = story_path(language, folder)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise StoryFileError(f"the training town file {path} is missing") from error
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise StoryFileError(f"the training town file {path} cannot be read: {error}") from error
    return _Reader(path.name).story(data)


class _Reader:
    """Turns the parsed JSON into a ``TrainingStory``, naming the key of the first problem."""

    def __init__(self, filename: str):
        self.filename = filename

    def fail(self, where: str, problem: str):
        raise StoryFileError(f"training town file {self.filename}: {where} {problem}")

    def get(self, obj: dict, key: str, kind: Any, where: str, *, optional: bool = False):
        path = f"{where}.{key}" if where else key
        if key not in obj:
            self.fail(f"key '{path}'", "is missing")
        return self.check(obj[key], kind, path, optional=optional)

    def check(self, value, kind, path: str, *, optional: bool = False):
        if value is None and optional:
            return None
        names = {str: "text", int: "a whole number", bool: "true or false", dict: "an object"}
        names |= {list: "a list", float: "a number"}
        if kind is float:
            ok = isinstance(value, int | float) and not isinstance(value, bool)
        elif kind is int:
            ok = isinstance(value, int) and not isinstance(value, bool)
        else:
            ok = isinstance(value, kind)
        if not ok:
            self.fail(f"key '{path}'", f"must be {names[kind]}, not {json.dumps(value)[:60]}")
        return value

    def obj(self, obj: dict, key: str, where: str = "") -> dict:
        return self.get(obj, key, dict, where)

    def texts(self, obj: dict, key: str, where: str = "") -> tuple[str, ...]:
        path = f"{where}.{key}" if where else key
        items = self.get(obj, key, list, where)
        return tuple(self.check(item, str, f"{path}[{n}]") for n, item in enumerate(items))

    def text_map(self, obj: dict, key: str, where: str = "") -> dict[str, str]:
        path = f"{where}.{key}" if where else key
        mapping = self.obj(obj, key, where)
        return {name: self.check(value, str, f"{path}.{name}") for name, value in mapping.items()}

    def day(self, value, path: str, *, optional: bool = False):
        if value is None and optional:
            return None
        ok = isinstance(value, list) and len(value) == 3
        if not ok or not all(isinstance(n, int) and not isinstance(n, bool) for n in value):
            self.fail(f"key '{path}'", "must be [years after the first assessment, month, day]")
        years, month, day = value
        try:
            date(2000 + years, month, day)
        except ValueError:
            self.fail(f"key '{path}'", f"is not a date: {value}")
        return tuple(value)

    # -- the parts -------------------------------------------------------------------------
    def story(self, data) -> TrainingStory:
        self.check(data, dict, "the file")
        if self.get(data, "format", int, "") != FORMAT:
            self.fail("key 'format'", f"must be {FORMAT}")
        profile = self.obj(data, "profile")
        get = self.get
        general = self.obj(data, "general_evidence")
        levels = {}
        for level in range(5):
            levels[level] = self.texts(general, str(level), "general_evidence")
            if not levels[level]:
                self.fail(f"key 'general_evidence.{level}'", "must hold at least one sentence")
        means = self.obj(data, "first_level_means")
        titles = self.obj(data, "assessment_titles")
        annual = self.obj(data, "annual_texts")
        workshop = get(data, "workshop", list, "")
        if len(workshop) != WORKSHOP_SIZE:  # the consensus spreads are drawn for six
            self.fail("key 'workshop'", f"must name {WORKSHOP_SIZE} participants")
        return TrainingStory(
            language=get(data, "language", str, ""),
            town_name=get(profile, "name", str, "profile"),
            country=get(profile, "country", str, "profile"),
            region=get(profile, "region", str, "profile"),
            population=get(profile, "population", int, "profile"),
            kind=get(profile, "kind", str, "profile"),
            newcomers=get(profile, "newcomers", int, "profile"),
            staff_time=get(profile, "staff_time", str, "profile"),
            competences=self.texts(profile, "competences", "profile"),
            rated_by=self._rated_by(data),
            first_participants=get(data, "first_participants", str, ""),
            workshop=tuple(self._participant(p, f"workshop[{n}]") for n, p in enumerate(workshop)),
            first_level_means={
                dim: self.check(v, float, f"first_level_means.{dim}") for dim, v in means.items()
            },
            not_applicable=self.text_map(data, "not_applicable"),
            outside_competence=self.text_map(data, "outside_competence"),
            first_year_not_applicable=self.text_map(data, "first_year_not_applicable"),
            evidence=self.text_map(data, "evidence"),
            declines=self.text_map(data, "declines"),
            first_evidence=self.text_map(data, "first_evidence"),
            general_evidence=levels,
            notes=self.texts(data, "notes"),
            exclusion_note=get(data, "exclusion_note", str, ""),
            participant_notes=self.texts(data, "participant_notes"),
            participant_exclusion_note=get(data, "participant_exclusion_note", str, ""),
            first_assessment_title=get(titles, "first", str, "assessment_titles"),
            workshop_title=get(titles, "workshop", str, "assessment_titles"),
            budget_lines=self.text_map(data, "budget_lines"),
            actions=self._actions(data),
            benchmark_indicators=tuple(
                self._indicator(item, f"benchmark_indicators[{n}]", benchmark=True)
                for n, item in enumerate(get(data, "benchmark_indicators", list, ""))
            ),
            first_year_texts=self._annual(annual, "first_year"),
            later_year_texts=self._annual(annual, "later_years"),
            fact_sandwiches=tuple(
                self._fact_sandwich(item, f"fact_sandwiches[{n}]")
                for n, item in enumerate(get(data, "fact_sandwiches", list, ""))
            ),
            peers=tuple(
                self._peer(item, f"peers[{n}]")
                for n, item in enumerate(get(data, "peers", list, ""))
            ),
        )

    def _peer(self, item, where: str) -> PeerSpec:
        self.check(item, dict, where)
        get = self.get
        kind = get(item, "kind", str, where)
        if kind not in PLACE_KINDS:
            self.fail(f"key '{where}.kind'", f"must be one of {', '.join(PLACE_KINDS)}")
        means = self.obj(item, "level_means", where)
        competences = self.texts(item, "competences", where)
        for n, competence in enumerate(competences):
            if competence not in COMPETENCES:
                self.fail(
                    f"key '{where}.competences[{n}]'", f"must be one of {', '.join(COMPETENCES)}"
                )
        return PeerSpec(
            municipality=get(item, "municipality", str, where),
            country=get(item, "country", str, where),
            kind=kind,
            population=get(item, "population", int, where),
            title=get(item, "title", str, where),
            assessed_on=self.day(get(item, "assessed_on", list, where), f"{where}.assessed_on"),
            level_means={
                dim: self.check(v, float, f"{where}.level_means.{dim}") for dim, v in means.items()
            },
            competences=competences,
        )

    def _fact_sandwich(self, item, where: str) -> FactSandwichSpec:
        self.check(item, dict, where)
        fields = ("topic", "fact", "myth", "why_wrong", "fact_again")
        return FactSandwichSpec(*(self.get(item, name, str, where) for name in fields))

    def _rated_by(self, data) -> dict[str, str]:
        rated_by = self.text_map(data, "rated_by")
        if "gov" not in rated_by:  # who rates a dimension the story does not name
            self.fail("key 'rated_by.gov'", "is missing")
        return rated_by

    def _participant(self, item, where: str) -> tuple[str, str]:
        self.check(item, dict, where)
        source = self.get(item, "source", str, where)
        if source not in ("paper", "file"):
            self.fail(f"key '{where}.source'", 'must be "paper" or "file"')
        return self.get(item, "name", str, where), source

    def _annual(self, annual: dict, key: str) -> AnnualTextSpec:
        texts = self.obj(annual, key, "annual_texts")
        where = f"annual_texts.{key}"
        fields = ("summary", "stories", "next_focus")
        return AnnualTextSpec(*(self.get(texts, name, str, where) for name in fields))

    def _actions(self, data) -> tuple[ActionSpec, ...]:
        budget_lines = data.get("budget_lines", {})
        actions = []
        for key, item in self.obj(data, "actions").items():
            where = f"actions.{key}"
            self.check(item, dict, where)
            get = self.get
            dimension = get(item, "dimension", str, where)
            status = get(item, "status", str, where)
            if status not in STATUSES:
                self.fail(f"key '{where}.status'", f"must be one of {', '.join(STATUSES)}")
            budget = get(item, "budget", int, where, optional=True)
            if budget is not None and dimension not in budget_lines:
                self.fail(f"key 'budget_lines.{dimension}'", f"is missing (used by {where})")
            actions.append(
                ActionSpec(
                    key=key,
                    title=get(item, "title", str, where),
                    dimension=dimension,
                    benchmarks=self.texts(item, "benchmarks", where),
                    description=get(item, "description", str, where),
                    role=get(item, "role", str, where),
                    person=get(item, "person", str, where),
                    partners=self.texts(item, "partners", where),
                    partner_names=get(item, "partner_names", str, where),
                    start=self.day(
                        get(item, "start", list, where, optional=True),
                        f"{where}.start",
                        optional=True,
                    ),
                    end=self.day(
                        get(item, "end", list, where, optional=True), f"{where}.end", optional=True
                    ),
                    status=status,
                    priority=get(item, "priority", int, where),
                    progress=get(item, "progress", int, where),
                    budget=budget,
                    spent=get(item, "spent", int, where, optional=True),
                    funding=get(item, "funding", str, where),
                    milestones=tuple(
                        self._milestone(m, f"{where}.milestones[{n}]")
                        for n, m in enumerate(get(item, "milestones", list, where))
                    ),
                    indicators=tuple(
                        self._indicator(i, f"{where}.indicators[{n}]")
                        for n, i in enumerate(get(item, "indicators", list, where))
                    ),
                    guide_item=self._guide_item(item, where),
                )
            )
        return tuple(actions)

    def _guide_item(self, item: dict, where: str) -> str:
        """The quick win an action was made from: optional, a code like ``qw.internships``."""
        if "guide_item" not in item:
            return ""
        code = self.check(item["guide_item"], str, f"{where}.guide_item")
        if code and not code.startswith("qw."):
            self.fail(f"key '{where}.guide_item'", "must be the code of a quick win (qw.…)")
        return code

    def _milestone(self, item, where: str) -> MilestoneSpec:
        self.check(item, dict, where)
        return MilestoneSpec(
            self.get(item, "title", str, where),
            self.day(self.get(item, "due", list, where), f"{where}.due"),
            self.get(item, "done", bool, where),
        )

    def _indicator(self, item, where: str, *, benchmark: bool = False) -> IndicatorSpec:
        self.check(item, dict, where)
        measurements = []
        for n, m in enumerate(self.get(item, "measurements", list, where)):
            path = f"{where}.measurements[{n}]"
            self.check(m, dict, path)
            day = self.day(self.get(m, "on", list, path), f"{path}.on")
            measurements.append((day, self.get(m, "value", float, path)))
        return IndicatorSpec(
            name=self.get(item, "name", str, where),
            unit=self.get(item, "unit", str, where),
            baseline=self.get(item, "baseline", float, where),
            target=self.get(item, "target", float, where),
            measurements=tuple(measurements),
            benchmark=self.get(item, "benchmark", str, where) if benchmark else "",
        )

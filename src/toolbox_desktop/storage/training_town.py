"""The training municipality: a fictional small town with two assessments a year apart (the
second run as a workshop), an action plan with money and indicators (three of its actions made
from the leaders' guide's quick wins, linked by ``guide_item``), annual report texts, a
fact sandwich and a few neighbouring towns' assessments to compare with (peers,
``training_peers``), so that trainers and new users can explore every screen at once.

The story (names, texts, actions) comes from a ``TrainingStory``, read from a file per
language by ``services.training_town``; this module places it on real dates and benchmarks.
It is written only into a database that holds none of the user's own work, in one transaction,
and marked as a training database in ``app_meta``. Levels come from a fixed seed, so the same
day gives the same town; its dates follow that day, so the plan is always current. The rated
benchmarks are read from the database, so the town follows whatever content pack is loaded.

Its assessments and workshop participants have the same uids in every training town
(``fixed_uid``), so that packages pass between trainees' and the trainer's towns as between
a real municipality's laptops: a participant file from one trainee's town is collected by
the trainer's.
"""

from __future__ import annotations

import hashlib
import random
import sqlite3
from dataclasses import astuple, dataclass
from datetime import UTC, date, datetime, time, timedelta

from toolbox_desktop.core.assessment import (
    FINAL,
    NOT_APPLICABLE,
    OUTSIDE_COMPETENCE,
    Profile,
    Rating,
)
from toolbox_desktop.core.plan import (
    DONE,
    DROPPED,
    IN_PROGRESS,
    Action,
    Indicator,
    Measurement,
    Milestone,
    phase_for,
)
from toolbox_desktop.core.training_story import Day, IndicatorSpec, TrainingStory
from toolbox_desktop.storage.annual_texts import AnnualTextRepository, AnnualTexts
from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.storage.fact_sandwich_repository import FactSandwich, FactSandwichRepository
from toolbox_desktop.storage.plan_repository import PlanRepository
from toolbox_desktop.storage.training_flag import (
    TRAINING_KEY,
    is_training_municipality,
)
from toolbox_desktop.storage.training_peers import write_peers
from toolbox_desktop.storage.transactions import immediate_transaction

SEED = 20251014


def fixed_uid(kind: str, number: int) -> str:
    """The uid of the training town's ``number``-th item of ``kind`` ("assessment",
    "participant"): derived from ``SEED``, the same in every training town."""
    key = f"training town {SEED} {kind} {number}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


class TrainingTownError(Exception):
    """The training town cannot be created in this database; the message says why."""


@dataclass(frozen=True)
class TrainingSummary:
    """What was created, for the command line to report."""

    municipality: str
    assessment_ids: tuple[int, int]  # the first (final) and the workshop (draft)
    assessed_on: tuple[str, str]
    benchmarks: int  # rated in each assessment
    participants: int
    participant_ratings: int
    actions: int
    actions_done: int
    milestones: int
    indicators: int
    measurements: int
    budget_cents: int
    annual_text_years: tuple[int, ...]
    fact_sandwiches: int = 0
    peers: int = 0


def refusal_reason(conn: sqlite3.Connection) -> str | None:
    """Why the training town must not be written into this database, or None when it may.

    Any own work (even deleted, since Undo can bring it back) is a reason: fictional data must
    never mix with a municipality's real assessments and plan. Reads only, and copes with
    databases whose schema is older (tables missing).
    """
    if is_training_municipality(conn):
        return "it already holds the training municipality"
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    found = []
    if "municipality" in tables:
        row = conn.execute("SELECT trim(name) FROM municipality WHERE id = 1").fetchone()
        if row:  # a saved profile, even one without a name, would be overwritten
            found.append(f"the profile of '{row[0]}'" if row[0] else "a municipality profile")
    for table, one, many in (
        ("assessments", "assessment", "assessments"),
        ("actions", "action", "actions"),
        ("indicators", "indicator", "indicators"),
        ("annual_report_texts", "year of annual report texts", "years of annual report texts"),
        ("fact_sandwiches", "fact sandwich", "fact sandwiches"),
        ("peer_assessments", "imported peer assessment", "imported peer assessments"),
    ):
        if table in tables:
            count = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            if count:
                found.append(f"{count} {one if count == 1 else many}")
    if not found:
        return None
    return f"it already holds your own work ({', '.join(found)})"


def write_training_town(
    conn: sqlite3.Connection, story: TrainingStory, today: date | None = None
) -> TrainingSummary:
    """Write the whole training town of ``story`` into ``conn``'s empty database, or nothing
    at all (``services.training_town.create_training_municipality`` reads the story)."""
    first_day, second_day = assessment_days(today or date.today())
    with immediate_transaction(conn):
        reason = refusal_reason(conn)
        if reason:
            raise TrainingTownError(
                f"{reason}; the training municipality is only created in a new, empty database file"
            )
        benchmarks = _benchmarks(conn)
        if not benchmarks:
            raise TrainingTownError(
                "no toolbox content is loaded, so there are no benchmarks to rate; check the "
                "content packs with 'toolbox-desktop content check DIR'"
            )
        town = _Town(story, first_day, second_day, benchmarks)
        return town.write(conn)


def assessment_days(today: date) -> tuple[date, date]:
    """The second Tuesdays of October of the last two years whose review has taken place
    by ``today``: the first assessment and the workshop a year later."""
    year = today.year if today >= _second_tuesday_of_october(today.year) else today.year - 1
    return _second_tuesday_of_october(year - 1), _second_tuesday_of_october(year)


def _second_tuesday_of_october(year: int) -> date:
    first = date(year, 10, 1)
    return first + timedelta(days=(1 - first.weekday()) % 7 + 7)


def _benchmarks(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(code, dimension) of every loaded benchmark, in the toolbox's order."""
    return list(
        conn.execute(
            "SELECT b.code, b.dimension FROM benchmarks b JOIN content_packs p "
            "ON p.id = b.pack_id AND p.language = b.language "
            "WHERE p.role = 'benchmark' ORDER BY p.id, b.position"
        )
    )


def _clamp(level: int, low: int = 0, high: int = 4) -> int:
    return max(low, min(high, level))


def _excluded(story: TrainingStory, code: str, rated_by: str) -> tuple[Rating, Rating] | None:
    """Both years' ratings of a benchmark the story takes out of the scores, if it does."""
    if code in story.not_applicable:
        reason = story.not_applicable[code]
        rating = Rating(code, exclusion=NOT_APPLICABLE, evidence=reason, rated_by=rated_by)
        return rating, rating
    if code in story.outside_competence:
        reason = story.outside_competence[code]
        rating = Rating(code, exclusion=OUTSIDE_COMPETENCE, evidence=reason, rated_by=rated_by)
        return rating, rating.with_changes(notes=story.exclusion_note)
    return None


def _cents(euros: int | None) -> int | None:
    return None if euros is None else euros * 100


class _Town:
    """The story placed on real dates and real benchmark codes."""

    def __init__(
        self,
        story: TrainingStory,
        first_day: date,
        second_day: date,
        benchmarks: list[tuple[str, str]],
    ):
        self.story = story
        self.first_day, self.second_day = first_day, second_day
        self.benchmarks = benchmarks
        self.rng = random.Random(SEED)
        self.links = self._links()

    def day(self, spec: Day | None) -> date | None:
        if spec is None:
            return None
        years, month, day = spec
        return date(self.first_day.year + years, month, day)

    def write(self, conn: sqlite3.Connection) -> TrainingSummary:
        AssessmentRepository(conn).save_profile(
            Profile(
                self.story.town_name,
                self.story.country,
                self.story.region,
                self.story.population,
                self.story.kind,
                self.story.newcomers,
                self.story.staff_time,
                frozenset(self.story.competences),
            )
        )
        first, second = self._ratings()
        first_id, second_id = self._write_assessments(conn, first, second)
        participant_ratings = self._write_workshop(conn, second_id, second)
        actions = self._write_plan(conn)
        indicators = PlanRepository(conn).indicators()
        years = (self.first_day.year, self.second_day.year)
        texts = AnnualTextRepository(conn)
        for year in years:
            texts.save(AnnualTexts(year, *self.story.annual_texts(year, self.first_day.year)))
        sandwiches = FactSandwichRepository(conn)
        for spec in self.story.fact_sandwiches:
            sandwiches.save(FactSandwich(None, *astuple(spec)))
        peers = write_peers(
            conn, self.story.peers, self.benchmarks, self.first_day.year, SEED, fixed_uid
        )
        conn.execute("INSERT OR REPLACE INTO app_meta (key, value) VALUES (?, '1')", [TRAINING_KEY])
        return TrainingSummary(
            municipality=self.story.town_name,
            assessment_ids=(first_id, second_id),
            assessed_on=(self.first_day.isoformat(), self.second_day.isoformat()),
            benchmarks=len(self.benchmarks),
            participants=len(self.story.workshop),
            participant_ratings=participant_ratings,
            actions=len(actions),
            actions_done=sum(action.status == DONE for action in actions),
            milestones=sum(len(action.milestones) for action in actions),
            indicators=len(indicators),
            measurements=sum(len(i.measurements) for i in indicators),
            budget_cents=sum(action.budget_cents or 0 for action in actions),
            annual_text_years=years,
            fact_sandwiches=len(self.story.fact_sandwiches),
            peers=peers,
        )

    # -- which benchmarks each action addresses ------------------------------------------
    def _links(self) -> list[tuple[str, ...]]:
        """The story's benchmark codes that the content has; an action whose codes are all
        missing gets a benchmark of its dimension (of any, failing that), so that every
        action addresses a real benchmark."""
        excluded = set(self.story.not_applicable) | set(self.story.outside_competence)
        usable = [(code, dim) for code, dim in self.benchmarks if code not in excluded]
        usable = usable or self.benchmarks
        known = {code for code, _ in usable}
        links, used = [], set()
        for spec in self.story.actions:
            codes = tuple(code for code in spec.benchmarks if code in known)
            if not codes:
                same = [code for code, dim in usable if dim == spec.dimension] or [
                    code for code, _ in usable
                ]
                fresh = [code for code in same if code not in used] or same
                codes = (fresh[0],)
            used.update(codes)
            links.append(codes)
        return links

    # -- ratings -------------------------------------------------------------------------
    def _ratings(self) -> tuple[dict[str, Rating], dict[str, Rating]]:
        """Both assessments' ratings of every benchmark: mostly better the second year."""
        focus = self._focus()
        rng = self.rng
        first, second = {}, {}
        for code, dimension in self.benchmarks:
            by = self.story.rated_by.get(dimension, self.story.rated_by["gov"])
            excluded = _excluded(self.story, code, by)
            if excluded:
                first[code], second[code] = excluded
                continue
            old, new, old_target, new_target, priority = self._levels(code, dimension, focus)
            second[code] = Rating(
                code,
                level=new,
                target=new_target,
                priority=priority,
                evidence=self.story.evidence.get(code)
                or self.story.declines.get(code)
                or rng.choice(self.story.general_evidence[new]),
                notes=rng.choice(self.story.notes) if rng.random() < 0.2 else "",
                rated_by=by,
            )
            if code in self.story.first_year_not_applicable:
                reason = self.story.first_year_not_applicable[code]
                first[code] = Rating(code, exclusion=NOT_APPLICABLE, evidence=reason, rated_by=by)
                continue
            first[code] = Rating(
                code,
                level=old,
                target=old_target,
                priority=priority,
                evidence=self.story.first_evidence.get(code)
                or rng.choice(self.story.general_evidence[old]),
                rated_by=by,
            )
        return first, second

    def _focus(self) -> dict[str, set[str]]:
        """Benchmarks addressed by an action not dropped, those whose action is done or under
        way, and those of high-priority actions."""
        focus = {"addressed": set(), "progressed": set(), "urgent": set()}
        for spec, codes in zip(self.story.actions, self.links, strict=True):
            if spec.status != DROPPED:
                focus["addressed"].update(codes)
            if spec.status in (DONE, IN_PROGRESS):
                focus["progressed"].update(codes)
            if spec.priority == 3:
                focus["urgent"].update(codes)
        return focus

    def _levels(self, code: str, dimension: str, focus: dict[str, set[str]]) -> tuple:
        """(first level, second level, first target, second target, priority). A benchmark
        an action addresses improves when the action is done or under way, and keeps a gap to
        its target in both years (that is why the action exists)."""
        rng = self.rng
        old = _clamp(round(rng.gauss(self.story.first_level_means.get(dimension, 1.4), 0.8)), 0, 3)
        if code in self.story.first_evidence:  # its text describes a poor start
            old = min(old, 1)
        if code in focus["addressed"]:
            old = min(old, 2)
            progressed = code in focus["progressed"]
            new = old + 1 if progressed else old
            if progressed and code in self.story.evidence:  # its text describes real progress
                new = max(new, 2)
            old_target = _clamp(old + rng.choice((1, 2)))
            new_target = _clamp(max(old_target, new + rng.choice((1, 1, 2))))
            return old, new, old_target, new_target, 3 if code in focus["urgent"] else 2
        new = _clamp(old + rng.choices((-1, 0, 1, 2), (2, 6, 4, 1))[0])
        if code in self.story.declines:
            old = max(old, 2)
            new = old - 1
        no_target = rng.random() < 0.08
        old_target = None if no_target else _clamp(old + rng.choice((0, 1, 1)))
        new_target = None if no_target else _clamp(max(old_target, new))
        if code in self.story.first_year_not_applicable:  # a new situation, rated the first time
            new, new_target = 1, max(new_target or 0, 2)
        return old, new, old_target, new_target, rng.choices((1, 2, 3), (3, 4, 2))[0]

    def _write_assessments(self, conn, first: dict, second: dict) -> tuple[int, int]:
        """The first assessment, finalised; the workshop starts as its copy (as the app's
        Copy does), so the rating history shows what changed."""
        repository = AssessmentRepository(conn)
        older = repository.create(
            self.story.first_assessment_title.replace("{year}", str(self.first_day.year)),
            self.first_day.isoformat(),
            self.story.first_participants,
            initial=first,
        )
        repository.update(older.id, status=FINAL)
        newer = repository.create(
            self.story.workshop_title.replace("{year}", str(self.second_day.year)),
            self.second_day.isoformat(),
            ", ".join(name for name, _ in self.story.workshop),
            copy_from=older.id,
        )
        for rating in second.values():
            repository.save_rating(newer.id, rating)
        for number, assessment_id in enumerate((older.id, newer.id), start=1):
            conn.execute(
                "UPDATE assessments SET uid = ? WHERE id = ?",
                [fixed_uid("assessment", number), assessment_id],
            )
        return older.id, newer.id

    # -- the workshop --------------------------------------------------------------------
    def _write_workshop(self, conn, assessment_id: int, ratings: dict[str, Rating]) -> int:
        """Six named participants, each rating every benchmark: on some benchmarks the group
        agrees, on others it is split from 0 to 4, so a consensus view has something to show."""
        conn.execute("UPDATE assessments SET workshop = 'named' WHERE id = ?", [assessment_id])
        rows: list[list[tuple]] = [[] for _ in self.story.workshop]
        for code, rating in ratings.items():
            for person, (level, exclusion, note) in enumerate(self._opinions(rating)):
                rows[person].append((code, level, exclusion, note))
        start = datetime.combine(self.second_day, time(18, 0), tzinfo=UTC)
        for number, (name, source) in enumerate(self.story.workshop, start=1):
            created = start + timedelta(minutes=3 * number, days=1 if source == "file" else 0)
            participant_id = conn.execute(
                "INSERT INTO workshop_participants "
                "(assessment_id, uid, number, name, source, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                [
                    assessment_id,
                    fixed_uid("participant", number),
                    number,
                    name,
                    source,
                    created.isoformat(timespec="seconds"),
                ],
            ).lastrowid
            conn.executemany(
                "INSERT INTO participant_ratings (participant_id, benchmark, level, exclusion, "
                "note) VALUES (?, ?, ?, ?, ?)",
                [(participant_id, *row) for row in rows[number - 1]],
            )
        return sum(len(person_rows) for person_rows in rows)

    def _opinions(self, rating: Rating) -> list[tuple[int | None, str, str]]:
        """What each participant said: (level, exclusion, note)."""
        rng = self.rng
        size = len(self.story.workshop)
        kind = rng.choices(("agree", "close", "split"), (45, 35, 20))[0]
        if rating.exclusion:
            opinions = [(None, rating.exclusion, "")] * size
            if kind == "split":
                opinions[rng.randrange(size)] = (1, "", self.story.participant_exclusion_note)
            return opinions
        level = rating.level
        if kind == "agree":
            levels = [level] * size
        elif kind == "close":
            levels = [_clamp(level + rng.choice((-1, 0, 0, 1))) for _ in self.story.workshop]
        else:
            levels = [0, 1, level, level, 3, 4]
            rng.shuffle(levels)
        notes = [""] * size
        if kind == "split":
            notes[rng.randrange(size)] = rng.choice(self.story.participant_notes)
        return [(lvl, "", note) for lvl, note in zip(levels, notes, strict=True)]

    # -- the action plan -----------------------------------------------------------------
    def _write_plan(self, conn) -> list[Action]:
        """The actions with their milestones and indicators; phases as seen when the plan
        was made, three weeks after the first assessment."""
        plan = PlanRepository(conn)
        planned_on = self.first_day + timedelta(days=21)
        known = {code for code, _ in self.benchmarks}
        actions = []
        for spec, codes in zip(self.story.actions, self.links, strict=True):
            end = self.day(spec.end)
            action = plan.save_action(
                Action(
                    title=spec.title,
                    description=spec.description,
                    benchmarks=codes,
                    dimension=spec.dimension,
                    responsible_role=spec.role,
                    responsible_person=spec.person,
                    partners=spec.partners,
                    partner_names=spec.partner_names,
                    start=self.day(spec.start),
                    end=end,
                    phase=phase_for(end, planned_on),
                    status=spec.status,
                    priority=spec.priority,
                    progress=spec.progress,
                    budget_cents=_cents(spec.budget),
                    spent_cents=_cents(spec.spent),
                    budget_line=self.story.budget_lines[spec.dimension]
                    if spec.budget is not None
                    else "",
                    funding_source=spec.funding,
                    milestones=tuple(
                        Milestone(m.title, self.day(m.due), m.done) for m in spec.milestones
                    ),
                    guide_item=spec.guide_item,
                )
            )
            actions.append(action)
            for indicator in spec.indicators:
                plan.save_indicator(self._indicator(indicator, action_id=action.id))
        for indicator in self.story.benchmark_indicators:
            if indicator.benchmark in known:
                plan.save_indicator(self._indicator(indicator, benchmark=indicator.benchmark))
        return actions

    def _indicator(self, spec: IndicatorSpec, **owner) -> Indicator:
        return Indicator(
            name=spec.name,
            unit=spec.unit,
            baseline=spec.baseline,
            target=spec.target,
            measurements=tuple(
                Measurement(self.day(day), value) for day, value in spec.measurements
            ),
            **owner,
        )

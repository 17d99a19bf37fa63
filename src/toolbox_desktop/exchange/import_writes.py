"""Write an import's changes through the repositories, inside the transaction ``apply_import``
holds (every repository write joins it as a savepoint: all of the package, or nothing).

The repositories' rules hold for an import as for an editor, written once: a rating an import
overwrites goes to ``rating_history``, and an overwritten action, indicator, annual text or
profile to the edit history (as another writer's change: see ``write_steps``); a final
assessment is read-only (the preview marks it KEPT and nothing here writes it; a write that
reached one would be refused). The one exception is a final assessment deleted here (older
versions allowed that): the preview says it comes back reopened, and ``_assessment`` restores
and reopens it explicitly before writing the package's version. The limits of
``core.limits`` and the plan's own rules are checked again. Every value was checked by
``package_schema`` and every conflict by ``package_import``; a rule that depends on what is
stored here can still refuse, and then the whole import is rolled back and the refusal is
raised as ``refusals.WriteRefusedError``, naming the item (see ``refusals.py``).

The town's own texts (format version 2): a fact sandwich is written as an action is (the
package's version; the overwritten texts stay in the edit history; one deleted here is
restored), an advocacy addressee as the package has it (the values it overwrites stay in the edit
history, as an annual text's do). The profile's ``town_id`` is taken by this
computer (``storage.town_identity.adopt_town_id``).

An import never deletes a rating (of the assessment or of a workshop participant):
``package_import`` merges the package's ratings into the local ones, and what is written here
is that merge.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property

from toolbox_desktop.core.assessment import DRAFT, FINAL, Profile, Rating
from toolbox_desktop.core.consensus import Participant, ParticipantRating
from toolbox_desktop.core.peers import PeerAssessment
from toolbox_desktop.core.plan import Action, Indicator, Measurement, Milestone
from toolbox_desktop.exchange.changes import (
    ACTION,
    ADD,
    ADDRESSEE,
    ANNUAL_TEXTS,
    ASSESSMENT,
    FACT_SANDWICH,
    INDICATOR,
    PARTICIPANT,
    PEER_ASSESSMENT,
    PROFILE,
    UPDATE,
    Step,
)
from toolbox_desktop.exchange.package_schema import Known
from toolbox_desktop.exchange.refusals import REFUSALS, WriteRefusedError
from toolbox_desktop.storage.advocacy_addressees import (
    TEXTS,
    Addressee,
    AdvocacyAddresseeRepository,
)
from toolbox_desktop.storage.annual_texts import AnnualTextRepository, AnnualTexts
from toolbox_desktop.storage.assessment_repository import (
    AssessmentRepository,
    add_assessment_from_package,
    store_package_ratings,
)
from toolbox_desktop.storage.edit_history import ADDRESSEE as HISTORY_ADDRESSEE
from toolbox_desktop.storage.edit_history import as_another_writer, record_changes
from toolbox_desktop.storage.fact_sandwich_repository import FactSandwich, FactSandwichRepository
from toolbox_desktop.storage.peer_repository import PeerRepository
from toolbox_desktop.storage.plan_repository import PlanRepository
from toolbox_desktop.storage.town_identity import adopt_town_id
from toolbox_desktop.storage.workshop_repository import WorkshopRepository


@dataclass
class _Repositories:
    conn: sqlite3.Connection

    @cached_property
    def assessments(self) -> AssessmentRepository:
        return AssessmentRepository(self.conn)

    @cached_property
    def workshops(self) -> WorkshopRepository:
        return WorkshopRepository(self.conn)

    @cached_property
    def plan(self) -> PlanRepository:
        return PlanRepository(self.conn)

    @cached_property
    def annual_texts(self) -> AnnualTextRepository:
        return AnnualTextRepository(self.conn)

    @cached_property
    def peers(self) -> PeerRepository:
        return PeerRepository(self.conn)

    @cached_property
    def fact_sandwiches(self) -> FactSandwichRepository:
        return FactSandwichRepository(self.conn)

    @cached_property
    def addressees(self) -> AdvocacyAddresseeRepository:
        return AdvocacyAddresseeRepository(self.conn)


def write_steps(conn: sqlite3.Connection, steps: list[Step], known: Known) -> None:
    """Write every added or updated item; actions before the indicators that refer to them.
    The edit history keeps what the package overwrites as another writer's change, so that a
    text typed here just before is never folded into the package's value."""
    with as_another_writer():
        _write_steps(_Repositories(conn), steps, known)


def _write_steps(repos: _Repositories, steps: list[Step], known: Known) -> None:
    # Indicators name their action by uid: local ids of the actions already here, and of
    # the added ones as they are written (actions come before indicators in ``steps``).
    action_ids = {
        step.record["uid"]: step.local.id
        for step in steps
        if step.change.item == ACTION and step.local is not None
    }
    for step in steps:
        if step.change.action not in (ADD, UPDATE):
            continue
        try:
            _write_step(repos, step, action_ids, known)
        except REFUSALS as error:  # named with its item, for the user's message
            raise WriteRefusedError(step, error) from error


def _write_step(repos: _Repositories, step: Step, action_ids: dict[str, int], known: Known) -> None:
    change = step.change
    if change.item == PROFILE:
        _profile_and_town(repos, step)
    elif change.item == ASSESSMENT and set(step.record) == {"workshop"}:  # participant
        repos.workshops.set_mode(step.local.id, step.record["workshop"])
    elif change.item == ASSESSMENT:
        _assessment(repos, step)
    elif change.item == ACTION:
        action_ids[step.record["uid"]] = _action(repos.plan, step, known)
    elif change.item == INDICATOR:
        _indicator(repos.plan, step, action_ids, known)
    elif change.item == ANNUAL_TEXTS:
        repos.annual_texts.save(AnnualTexts(**step.record))
    elif change.item == PEER_ASSESSMENT:
        _peer(repos.peers, step)
    elif change.item == PARTICIPANT:
        _participant(repos.workshops, step.local.id, step.record, [])
    elif change.item == FACT_SANDWICH:
        _fact_sandwich(repos.fact_sandwiches, step)
    elif change.item == ADDRESSEE:
        _addressee(repos, step)


def _profile_and_town(repos: _Repositories, step: Step) -> None:
    record = dict(step.record)
    town = record.pop("town_id", None)
    if set(step.change.fields) - {"town_id"}:
        repos.assessments.save_profile(_profile(record))
    if town is not None and "town_id" in step.change.fields:
        adopt_town_id(repos.conn, town)


def _addressee(repos: _Repositories, step: Step) -> None:
    """The package's addressee; the values it overwrites stay in the edit history (the
    repository keeps none: in the window, Undo brings an edit back)."""
    before = repos.addressees.addressee(step.record["dimension"])
    after = repos.addressees.save(Addressee(**step.record))
    if not before.is_empty:
        record_changes(repos.conn, HISTORY_ADDRESSEE, after.dimension, before, after, TEXTS)


def _profile(record: dict) -> Profile:
    return Profile(**{**record, "competences": frozenset(record["competences"])})


def _fact_sandwich(sandwiches: FactSandwichRepository, step: Step) -> None:
    record = step.record
    texts = {name: value for name, value in record.items() if name != "uid"}
    if step.local is None:
        sandwiches.save(FactSandwich(**texts), uid=record["uid"])
        return
    if step.local.deleted:
        sandwiches.restore(step.local.id)
    sandwiches.save(FactSandwich(id=step.local.id, **texts))


# -- assessments ---------------------------------------------------------------------------
def _rating(record: dict) -> Rating:
    return Rating(**{**record, "links": tuple(record["links"])})


def _assessment(repos: _Repositories, step: Step) -> None:
    """The assessment, its ratings, its workshop and participants; its status last, as a
    final assessment takes no more changes."""
    record = step.record
    if step.local is None:
        assessment_id = add_assessment_from_package(
            repos.assessments,
            record["uid"],
            record["title"],
            record["assessed_on"],
            record["participants"],
            [_rating(rating) for rating in record["ratings"]],
        ).id
        stored_participants: list[dict] = []
    else:
        assessment_id = step.local.id
        if step.local.deleted:
            repos.assessments.restore(assessment_id)
            if step.local.record["status"] == FINAL:
                # Deleted while final (older versions allowed it): the preview said that it
                # comes back reopened, with the package's version; its status is set below.
                repos.assessments.update(assessment_id, status=DRAFT)
        # Only what differs: an update stamps the assessment as changed when the package
        # was made, and details kept because they were changed here later must keep their
        # time (``package_import``), or the next import of the package would replace them.
        details = {
            name: record[name]
            for name in ("title", "assessed_on", "participants")
            if record[name] != step.local.record[name]
        }
        if details:
            repos.assessments.update(assessment_id, **details)
        before = {rating["benchmark"]: rating for rating in step.local.record["ratings"]}
        changed = [r for r in record["ratings"] if before.get(r["benchmark"]) != r]
        store_package_ratings(repos.assessments, assessment_id, [_rating(r) for r in changed])
        stored_participants = step.local.record["workshop_participants"]
    if record["workshop"] != (step.local.record["workshop"] if step.local else ""):
        repos.workshops.set_mode(assessment_id, record["workshop"])
    before = {participant["uid"]: participant for participant in stored_participants}
    for participant in record["workshop_participants"]:
        old = before.get(participant["uid"])
        if old != participant:
            _participant(repos.workshops, assessment_id, participant, old["ratings"] if old else [])
    stored_status = DRAFT if step.local is None else step.local.record["status"]
    if record["status"] != DRAFT and (record["status"] != stored_status or step.local.deleted):
        repos.assessments.update(assessment_id, status=record["status"])


def _participant(workshops: WorkshopRepository, assessment_id: int, record: dict, stored) -> None:
    """Store ``record``'s ratings in place of ``stored``; for a participant already here,
    ``record`` is the merge of ``package_import``, which holds every stored rating (none is
    lost; ratings of benchmarks a content update removed are not in ``stored`` and stay)."""
    workshops.put_participant(
        assessment_id,
        Participant(0, record["number"], record["name"], record["source"], record["uid"]),
        [
            ParticipantRating(r["benchmark"], r["level"], r["exclusion"], r["note"])
            for r in record["ratings"]
        ],
        replacing=[rating["benchmark"] for rating in stored],
    )


# -- plan ----------------------------------------------------------------------------------
def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _action(plan: PlanRepository, step: Step, known: Known) -> int:
    record = step.record
    action = Action(
        title=record["title"],
        description=record["description"],
        benchmarks=tuple(record["benchmarks"]),
        dimension=record["dimension"],
        responsible_role=record["responsible_role"],
        responsible_person=record["responsible_person"],
        partners=tuple(record["partners"]),
        partner_names=record["partner_names"],
        start=_day(record["start"]),
        end=_day(record["end"]),
        phase=record["phase"],
        status=record["status"],
        priority=record["priority"],
        progress=record["progress"],
        budget_cents=record["budget_cents"],
        spent_cents=record["spent_cents"],
        currency=record["currency"],
        budget_line=record["budget_line"],
        funding_source=record["funding_source"],
        guide_item=record["guide_item"],
        # Packages carry no milestone uids: a milestone that matches one here keeps its uid.
        milestones=tuple(
            Milestone(m["title"], _day(m["due"]), m["done"]) for m in record["milestones"]
        ),
    )
    if step.local is None:
        return plan.save_action(action, uid=record["uid"]).id
    action_id = step.local.id
    if step.local.deleted:
        plan.restore_actions([action_id])
    # Links to benchmarks a content update removed are kept, after the package's.
    stale = tuple(
        code for code in plan.action(action_id).benchmarks if code not in known.benchmarks
    )
    plan.save_action(action.with_changes(id=action_id, benchmarks=action.benchmarks + stale))
    return action_id


def _indicator(plan: PlanRepository, step: Step, action_ids: dict[str, int], known: Known) -> None:
    record = step.record
    action_id = action_ids[record["action"]] if record["action"] is not None else None
    indicator = Indicator(
        name=record["name"],
        unit=record["unit"],
        baseline=record["baseline"],
        target=record["target"],
        action_id=action_id,
        benchmark=record["benchmark"],
        measurements=tuple(
            Measurement(date.fromisoformat(m["measured_on"]), m["value"], m["note"])
            for m in record["measurements"]
        ),
    )
    if step.local is None:
        plan.save_indicator(indicator, uid=record["uid"])
        return
    indicator_id = step.local.id
    if step.local.deleted:
        plan.restore_indicator(indicator_id)
    benchmark = indicator.benchmark
    if not benchmark:  # keep a link to a benchmark a content update removed
        stored = plan.indicator(indicator_id).benchmark
        benchmark = "" if stored in known.benchmarks else stored
    plan.link_indicator(indicator_id, action_id, benchmark)
    plan.save_indicator(replace(indicator, id=indicator_id, benchmark=benchmark))


def _peer(peers: PeerRepository, step: Step) -> None:
    record = step.record
    peer = PeerAssessment(
        0,
        record["uid"],
        record["municipality"],
        record["country"],
        record["kind"],
        record["population"],
        record["title"],
        record["assessed_on"],
        "",
    )
    stored = step.local.record["ratings"] if step.local is not None else []
    peers.put(
        peer,
        [
            Rating(r["benchmark"], level=r["level"], exclusion=r["exclusion"], target=r["target"])
            for r in record["ratings"]
        ],
        replacing=[rating["benchmark"] for rating in stored],  # known benchmarks: others stay
    )

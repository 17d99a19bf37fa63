"""Import a package: first a preview of every change, with nothing written; then all of it in
one transaction, or nothing.

Items are matched by their uid, so that importing the same package twice changes nothing the
second time. Where a package goes:

- an assessment, plan or municipality package (not anonymised) into this computer's own
  profile, assessments, plan and annual texts. An assessment's ratings of the benchmarks the
  package names become the package's (every overwritten value is kept in the rating
  history); a local rating of a benchmark the package does not name is kept, so that an
  older package never takes away later work. Its workshop participants, and their ratings,
  are likewise added or updated, never removed. An action's benchmarks and milestones and an
  indicator's measurements become the package's. Nothing local that the package does not
  name is removed. A final assessment is read-only: the preview marks it "kept" and the import
  leaves it as it is (reopen it and import again to take the package's version). One
  deleted while final (older versions allowed that) cannot be seen or reopened here, and was
  given up by the user: it comes back reopened, with the package's version, as the preview
  says in its note;
- an anonymised package only into ``peer_assessments``: another municipality's results, kept
  apart from one's own;
- a participant package into the workshop participants of the assessment with its uid.

Format version 2 adds the town's own texts to a municipality package: its fact sandwiches
(matched by uid, and treated as actions are: the package's version is written, the
overwritten texts stay in the edit history, one deleted here comes back) and its advocacy
addressees (matched by dimension, and treated as annual texts are: added or updated, never
removed); and the profile's ``town_id``, which this computer takes (so that a town that
moves laptops with a package keeps its id in a region). Format version 3 adds the other
municipalities' assessments the sending laptop kept (``peers``), which go where an anonymised
package's go: added or updated, their ratings replaced, never mixed with one's own.

What was changed here after the package was made is kept, field by field (a field whose
last change here, in the edit history, is later than the manifest's ``created_at``; a rating
changed or removed since; a row deleted since stays deleted): see ``later_changes``. The
preview says which fields and when; the user may choose to take the package's older values
all the same (``replace_later``). Workshop participants and advocacy addressees carry no
such times and take the package's version as before.

``apply_import`` reads this computer's data again inside the transaction and refuses when it
is not what the preview was computed from (another window saved meanwhile): the user then
confirms a preview that is out of date.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from contextlib import nullcontext
from dataclasses import dataclass, field
from dataclasses import replace as replace_change
from datetime import datetime
from pathlib import Path

from toolbox_desktop.core.assessment import FINAL
from toolbox_desktop.core.i18n import Message
from toolbox_desktop.exchange import errors as e
from toolbox_desktop.exchange import import_writes as w
from toolbox_desktop.exchange import snapshot
from toolbox_desktop.exchange.changes import (
    ACTION,
    ADD,
    ADDRESSEE,
    ANNUAL_TEXTS,
    ASSESSMENT,
    FACT_SANDWICH,
    INDICATOR,
    KEPT,
    PARTICIPANT,
    PEER_ASSESSMENT,
    PROFILE,
    RESTORED,
    UNCHANGED,
    UPDATE,
    Change,
    Step,
)
from toolbox_desktop.exchange.format import LIMITS, PARTICIPANT_KIND, Limits
from toolbox_desktop.exchange.later_changes import (
    Later,
    clock_note,
    keep_later_fields,
    kept_or_replaced,
)
from toolbox_desktop.exchange.package_reader import Manifest, read_package
from toolbox_desktop.exchange.package_schema import Known, Package, validate_package
from toolbox_desktop.exchange.refusals import WriteRefusedError, refusal_error
from toolbox_desktop.exchange.snapshot import Local
from toolbox_desktop.storage.disk_full import database_folder, is_disk_full
from toolbox_desktop.storage.training_flag import is_training_municipality
from toolbox_desktop.storage.transactions import immediate_transaction
from toolbox_desktop.storage.version_stamp import parse_stamp, versions_as_of


@dataclass(frozen=True)
class ImportPreview:
    """What importing ``path`` would change; nothing has been written."""

    path: Path
    package: Package
    changes: tuple[Change, ...]
    notes: tuple[Message, ...]
    basis: str  # digest of the local data the changes were computed from
    replace_later: bool = False  # take the package's version of what was changed here since

    @property
    def kept_later(self) -> int:
        """How many items keep something changed here after the package was made."""
        return sum(1 for change in self.changes if change.kept_later)

    @property
    def manifest(self) -> Manifest:
        return self.package.manifest

    @property
    def has_changes(self) -> bool:
        return any(change.action in (ADD, UPDATE) for change in self.changes)

    def count(self, action: str) -> int:
        return sum(1 for change in self.changes if change.action == action)


def preview_import(
    conn: sqlite3.Connection,
    path: Path | str,
    limits: Limits = LIMITS,
    replace_later: bool = False,
) -> ImportPreview:
    """Read, check and compare the package at ``path``; raise ``PackageError`` if it cannot
    be imported. Reads the database only. ``replace_later``: take the package's version
    also of what was changed here after the package was made (kept otherwise)."""
    raw = read_package(path, limits)
    known = snapshot.known_content(conn)
    package = validate_package(raw, known)
    local = _read_local(conn, package, known)
    later = _later(package, replace_later)
    steps = _steps(package, local, later)
    notes = [note] if (note := clock_note(later.made)) is not None else []
    theirs, ours = package.manifest.content_pack, known.pack
    if theirs is not None and ours is not None and theirs != ours:
        notes.append(
            Message(e.CTX, e.MSG_OTHER_CONTENT, theirs=" ".join(theirs), ours=" ".join(ours))
        )
    changes = tuple(step.change for step in steps)
    return ImportPreview(Path(path), package, changes, tuple(notes), local.digest(), replace_later)


def apply_import(conn: sqlite3.Connection, preview: ImportPreview) -> tuple[Change, ...]:
    """Write the previewed changes in one transaction; return those written (added and
    updated items). Raise ``PackageError`` (and write nothing) if the local data changed
    since the preview or the write fails."""
    if conn.in_transaction:
        raise RuntimeError("apply_import needs a connection without an open transaction")
    try:
        # BEGIN IMMEDIATE: take the write lock first, waiting for other writers; every
        # repository write below joins this one transaction.
        with immediate_transaction(conn):
            known = snapshot.known_content(conn)
            local = _read_local(conn, preview.package, known)
            if local.digest() != preview.basis:
                raise e.PackageError(e.MSG_CHANGED_SINCE_PREVIEW)
            later = _later(preview.package, preview.replace_later)
            steps = _steps(preview.package, local, later)
            # Stamped with the time the package was made (see the module's docstring).
            with versions_as_of(later.made) if later.made is not None else nullcontext():
                w.write_steps(conn, steps, known)
    except e.PackageError:
        raise
    except WriteRefusedError as refused:
        # A repository's rule refusing what the checks let through: nothing is written, and
        # the user reads which item and which rule.
        raise refusal_error(refused) from refused.error
    except sqlite3.Error as error:
        if is_disk_full(error, database_folder(conn)):
            raise e.PackageError(e.MSG_WRITE_DISK_FULL) from error
        raise e.PackageError(e.MSG_WRITE_FAILED, detail=str(error)) from error
    return tuple(step.change for step in steps if step.change.action in (ADD, UPDATE))


def _later(package: Package, replace_later: bool) -> Later:
    return Later(parse_stamp(package.manifest.created_at), replace_later)


# -- this computer's data, as far as the package concerns it -----------------------------
@dataclass
class LocalState:
    """The local rows a package's changes depend on; its digest detects later edits."""

    known: Known
    profile: dict | None = None
    profile_times: dict[str, str] = field(default_factory=dict)
    assessments: dict[str, Local] = field(default_factory=dict)
    participant_owners: dict[str, str] = field(default_factory=dict)
    actions: dict[str, Local] = field(default_factory=dict)
    indicators: dict[str, Local] = field(default_factory=dict)
    annual_texts: dict[int, dict] = field(default_factory=dict)
    annual_times: dict[int, dict[str, str]] = field(default_factory=dict)
    peers: dict[str, Local] = field(default_factory=dict)
    own_uids: list[str] = field(default_factory=list)  # own assessments shared anonymised
    fact_sandwiches: dict[str, Local] = field(default_factory=dict)
    addressees: dict[str, dict] = field(default_factory=dict)
    training: bool = False  # the fictional training town: it never takes a real town's id

    def digest(self) -> str:
        def rows(items: dict) -> list:
            return [
                [
                    key,
                    local.id,
                    local.deleted,
                    local.record,
                    local.changed,
                    local.rating_times,
                    local.field_times,
                ]
                for key, local in items.items()
            ]

        state = {
            "known": [sorted(self.known.benchmarks), sorted(self.known.dimensions)],
            "pack": self.known.pack,
            "profile": [self.profile, self.profile_times],
            "assessments": rows(self.assessments),
            "owners": self.participant_owners,
            "actions": rows(self.actions),
            "indicators": rows(self.indicators),
            "annual_texts": [[year, texts] for year, texts in self.annual_texts.items()],
            "annual_times": self.annual_times,
            "peers": rows(self.peers),
            "own_uids": self.own_uids,
            "fact_sandwiches": rows(self.fact_sandwiches),
            "addressees": self.addressees,
            "training": self.training,
        }
        text = json.dumps(state, sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _read_local(conn: sqlite3.Connection, package: Package, known: Known) -> LocalState:
    local = LocalState(known)
    uids = [assessment["uid"] for assessment in package.assessments]
    if package.manifest.anonymised:
        local.peers = snapshot.peers_by_uid(conn, known, uids)
        local.own_uids = snapshot.existing_assessment_uids(conn, uids)  # for a note only
        return local
    if package.profile is not None:
        local.profile = snapshot.profile_with_town(conn)
        local.profile_times = snapshot.profile_field_times(conn)
        local.training = is_training_municipality(conn)
    participant = package.participant
    if participant is not None:
        uids = [participant["assessment_uid"]]
    local.assessments = snapshot.assessments_by_uid(conn, known, uids)
    participant_uids = [p["uid"] for a in package.assessments for p in a["workshop_participants"]]
    if participant is not None:
        participant_uids.append(participant["uid"])
    local.participant_owners = snapshot.participant_owners(conn, participant_uids)
    if package.plan is not None:
        wanted = {action["uid"] for action in package.plan["actions"]}
        local.actions = {
            uid: row for uid, row in snapshot.actions(conn, known).items() if uid in wanted
        }
        wanted = {indicator["uid"] for indicator in package.plan["indicators"]}
        local.indicators = {
            uid: row for uid, row in snapshot.indicators(conn, known).items() if uid in wanted
        }
    if package.annual_texts:
        local.annual_texts = snapshot.annual_texts(conn)
        local.annual_times = snapshot.annual_text_times(conn)
    if package.fact_sandwiches:
        wanted = {sandwich["uid"] for sandwich in package.fact_sandwiches}
        local.fact_sandwiches = {
            uid: row for uid, row in snapshot.fact_sandwiches(conn).items() if uid in wanted
        }
    if package.addressees:
        local.addressees = snapshot.addressees(conn, known)
    if package.peers:
        local.peers = snapshot.peers_by_uid(conn, known, [peer["uid"] for peer in package.peers])
    return local


# -- the changes ---------------------------------------------------------------------------
def _steps(package: Package, local: LocalState, later: Later) -> list[Step]:
    """Every change the package makes to ``local``; raise ``PackageError`` on a conflict.
    What was changed here after the package was made is kept (``later_changes``)."""
    if package.manifest.kind == PARTICIPANT_KIND:
        return _participant_steps(package.participant, local)
    if package.manifest.anonymised:
        return [_peer_step(package.profile or {}, a, local, later) for a in package.assessments]
    steps = []
    if package.profile is not None:
        step = _profile_step(package.profile, local.profile, local.training)
        # The town's id is not an edit: taken as ``_profile_step`` decided.
        times = {k: v for k, v in local.profile_times.items() if k != "town_id"}
        steps.append(kept_or_replaced(step, local.profile, times, later))
    steps += [_assessment_step(record, local, later) for record in package.assessments]
    if package.plan is not None:
        actions = [
            _item_step(ACTION, r, local.actions, r["title"], later) for r in package.plan["actions"]
        ]
        steps += actions
        steps += _with_their_actions(
            [
                _item_step(INDICATOR, r, local.indicators, r["name"], later)
                for r in package.plan["indicators"]
            ],
            actions,
        )
    for record in package.annual_texts:
        step = _annual_step(record, local.annual_texts)
        stored = local.annual_texts.get(record["year"], {})
        times = local.annual_times.get(record["year"], {})
        steps.append(kept_or_replaced(step, stored, times, later))
    steps += [
        _item_step(FACT_SANDWICH, r, local.fact_sandwiches, _sandwich_label(r), later)
        for r in package.fact_sandwiches
    ]
    steps += [_addressee_step(record, local.addressees) for record in package.addressees]
    # Format version 3: the other municipalities' assessments the sending laptop kept.
    steps += [_peer_record_step(record, local, later) for record in package.peers]
    return steps


def _with_their_actions(indicators: list[Step], actions: list[Step]) -> list[Step]:
    """An indicator of an action that was deleted here after the package was made (and so
    stays deleted) stays as it is here too: linked to that action, it would be shown nowhere."""
    gone = {s.change.key for s in actions if s.change.kept_later and RESTORED in s.change.fields}
    result = []
    for step in indicators:
        if (
            step.record is not None
            and step.record["action"] in gone
            and step.change.action in (ADD, UPDATE)
        ):
            note = Message(e.CTX, e.MSG_KEPT_WITH_ACTION)
            step = Step(
                replace_change(step.change, action=KEPT, note=note, kept_later=True),
                step.record,
                step.local,
            )
        result.append(step)
    return result


def _changed(new: dict, old: dict) -> tuple[str, ...]:
    return tuple(key for key in new if key != "uid" and new[key] != old.get(key))


def _rating_codes(new: list[dict], old: list[dict], removed: bool = False) -> tuple[str, ...]:
    """Benchmarks whose rating ``new`` adds or changes (``removed``: or takes away, as for
    another municipality's assessment, whose ratings are replaced)."""
    before = {rating["benchmark"]: rating for rating in old}
    after = {rating["benchmark"]: rating for rating in new}
    codes = after.keys() | before.keys() if removed else after.keys()
    return tuple(sorted(c for c in codes if before.get(c) != after.get(c)))


def _merged_ratings(incoming: list[dict], stored: list[dict]) -> list[dict]:
    """The local ratings with the package's put over them: a benchmark the package does not
    rate keeps its local rating (an import never deletes a rating)."""
    by_code = {rating["benchmark"]: rating for rating in stored}
    by_code.update((rating["benchmark"], rating) for rating in incoming)
    return [by_code[code] for code in sorted(by_code)]


def _same_town(record: dict, stored: dict) -> bool:
    """Whether this file is the package's town's (or no town's yet): its profile has no name,
    or the package's name, case and spacing aside."""

    def name(profile: dict) -> str:
        return " ".join(str(profile.get("name") or "").split()).casefold()

    return not name(stored) or name(stored) == name(record)


def _profile_step(record: dict, stored: dict, training: bool = False) -> Step:
    """The package's profile over this file's. Its ``town_id`` is taken only by a file of the
    same town (a second laptop, a new one): a file of another town, or the training town,
    keeps its own, so that a region never counts a town's assessments under another's id
    (importing twice still changes nothing: the first import gives the file the name)."""
    takes_id = not training and _same_town(record, stored)
    if record.get("town_id", ...) is None or not takes_id:
        record = {key: value for key, value in record.items() if key != "town_id"}
    fields = _changed(record, stored)
    label = record["name"] or stored["name"]
    return Step(Change(PROFILE, "profile", label, UPDATE if fields else UNCHANGED, fields), record)


ASSESSMENT_DETAILS = ("title", "assessed_on", "participants", "status")


def _keep_later_ratings(
    merged: dict, stored: Local, later: Later
) -> tuple[dict, tuple[str, ...], datetime | None]:
    """``merged`` (the package's assessment over this one's) with each rating changed (or
    removed) here after the package was made put back as it is here, unless the user chose
    to replace them: (the assessment, those benchmarks, the latest of their changes)."""
    before = {rating["benchmark"]: rating for rating in stored.record["ratings"]}
    codes, moments = [], []
    for rating in merged["ratings"]:
        code = rating["benchmark"]
        moment = later.after(stored.rating_times.get(code))
        if moment is not None and before.get(code) != rating:
            codes.append(code)
            moments.append(moment)
    if not codes:
        return merged, (), None
    if not later.replace:
        ratings = []
        for rating in merged["ratings"]:
            code = rating["benchmark"]
            if code not in codes:
                ratings.append(rating)
            elif code in before:
                ratings.append(before[code])
            # else: removed here after the package was made, so it stays removed
        merged = {**merged, "ratings": ratings}
    return merged, tuple(codes), max(moments)


def _assessment_step(record: dict, local: LocalState, later: Later) -> Step:
    uid, title = record["uid"], record["title"]
    for participant in record["workshop_participants"]:
        owner = local.participant_owners.get(participant["uid"])
        if owner is not None and owner != uid:
            raise e.PackageError(
                e.MSG_UID_CLASH,
                what=e.part(e.WHAT_WORKSHOP_PARTICIPANT),
                label=e.shown(participant["name"]),
            )
    stored = local.assessments.get(uid)
    if stored is None:
        codes = tuple(rating["benchmark"] for rating in record["ratings"])
        record = {**record, "participants": record["participants"] or ""}
        return Step(Change(ASSESSMENT, uid, title, ADD, details=codes), record)
    merged = {
        **record,
        "participants": (
            stored.record["participants"]
            if record["participants"] is None  # left out of the package: kept
            else record["participants"]
        ),
        "ratings": _merged_ratings(record["ratings"], stored.record["ratings"]),
        "workshop_participants": _merged_participants(
            record["workshop_participants"], stored.record["workshop_participants"]
        ),
    }
    later_note, kept_fields, kept_codes = None, (), ()
    deleted_at = stored.changed[1] if len(stored.changed) > 1 else None
    if stored.deleted and (moment := later.after(deleted_at)) is not None:
        # Deleted here after the package was made: the deletion is the later change.
        later_note = later.deleted_note(moment)
        if not later.replace:
            change = Change(
                ASSESSMENT, uid, title, KEPT, (RESTORED,), note=later_note, kept_later=True
            )
            return Step(change, merged, stored)
    elif not stored.deleted:
        # Its details field by field (their edit history), its ratings one by one.
        merged, kept_fields, details_at = keep_later_fields(
            merged, stored.record, stored.field_times, later
        )
        merged, kept_codes, ratings_at = _keep_later_ratings(merged, stored, later)
        moments = [moment for moment in (details_at, ratings_at) if moment is not None]
        later_note = later.note(max(moments)) if moments else None
    fields = _changed(merged, stored.record) + ((RESTORED,) if stored.deleted else ())
    codes = _rating_codes(merged["ratings"], stored.record["ratings"])
    final_here = stored.record["status"] == FINAL and not stored.deleted
    if not fields:
        action, note = (UNCHANGED, None) if later_note is None else (KEPT, later_note)
    elif final_here:
        action, note = KEPT, Message(e.CTX, e.MSG_KEPT_FINAL)
    elif stored.record["status"] == FINAL:
        # Deleted while final (older versions allowed it): nobody sees it here, so nobody
        # could reopen it, and the user deleted it; it comes back reopened, with the
        # package's version (``import_writes._assessment`` reopens it explicitly).
        action, note = UPDATE, Message(e.CTX, e.MSG_RESTORED_FINAL)
    else:
        action, note = UPDATE, later_note
    kept_later = later_note is not None and not later.replace and not final_here
    change = Change(
        ASSESSMENT,
        uid,
        title,
        action,
        fields,
        codes,
        note,
        kept_later=kept_later,
        kept_fields=kept_fields,
        kept_ratings=kept_codes,
    )
    return Step(change, merged, stored)


def _merged_participants(incoming: list[dict], stored: list[dict]) -> list[dict]:
    """The local participants, updated and joined by the package's. A local participant keeps
    its number, and its ratings of benchmarks the package does not name; a new one takes the
    package's number unless that is taken here."""
    by_uid = {participant["uid"]: participant for participant in stored}
    taken = {participant["number"] for participant in stored}
    for participant in incoming:
        old = by_uid.get(participant["uid"])
        if old is not None:
            by_uid[participant["uid"]] = {
                **participant,
                "number": old["number"],
                "ratings": _merged_ratings(participant["ratings"], old["ratings"]),
            }
            continue
        number = participant["number"]
        if number in taken:
            number = max(taken) + 1
        taken.add(number)
        by_uid[participant["uid"]] = {**participant, "number": number}
    return sorted(by_uid.values(), key=lambda participant: participant["number"])


def _item_step(
    item: str, record: dict, stored_items: dict[str, Local], label: str, later: Later
) -> Step:
    stored = stored_items.get(record["uid"])
    if stored is None:
        return Step(Change(item, record["uid"], label, ADD), record)
    fields = _changed(record, stored.record) + ((RESTORED,) if stored.deleted else ())
    action = UPDATE if fields else UNCHANGED
    step = Step(Change(item, record["uid"], label, action, fields), record, stored)
    deleted_at = stored.changed[1] if len(stored.changed) > 1 else None
    return kept_or_replaced(step, stored.record, stored.field_times, later, deleted_at)


def _annual_step(record: dict, stored_texts: dict[int, dict]) -> Step:
    year = record["year"]
    stored = stored_texts.get(year)
    empty = {"year": year, "summary": "", "stories": "", "next_focus": ""}
    fields = _changed(record, stored or empty)
    action = UNCHANGED if not fields else ADD if stored is None else UPDATE
    return Step(Change(ANNUAL_TEXTS, str(year), str(year), action, fields), record)


SANDWICH_LABEL = 80  # characters of a fact sandwich's name in the preview; cut ones end in "…"


def _sandwich_label(record: dict) -> str:
    """A fact sandwich as the user knows it: its topic, or the start of its first text."""
    parts = ("topic", "fact", "myth", "why_wrong", "fact_again")
    text = " ".join(next((record[part] for part in parts if record.get(part)), "").split())
    return e.shown(text, SANDWICH_LABEL)


def _addressee_step(record: dict, stored_addressees: dict[str, dict]) -> Step:
    """An addressee, as an annual text: added or updated, never removed."""
    dimension = record["dimension"]
    stored = stored_addressees.get(dimension)
    empty = dict.fromkeys(record, "") | {"dimension": dimension}
    fields = _changed(record, stored or empty)
    action = UNCHANGED if not fields else ADD if stored is None else UPDATE
    # Empty for an addressee with only its level: the window names it by its dimension,
    # whose title this layer does not know (the key is the dimension's code).
    label = record["name"] or record["address"].split("\n")[0]
    return Step(Change(ADDRESSEE, dimension, label, action, fields), record)


def _peer_step(profile: dict, assessment: dict, local: LocalState, later: Later) -> Step:
    record = {
        "uid": assessment["uid"],
        "municipality": profile.get("name", ""),
        "country": profile.get("country", ""),
        "kind": profile.get("kind", ""),
        "population": profile.get("population"),
        "title": assessment["title"],
        "assessed_on": assessment["assessed_on"],
        "ratings": [
            {key: rating[key] for key in ("benchmark", "level", "exclusion", "target")}
            for rating in assessment["ratings"]
        ],
    }
    return _peer_record_step(record, local, later)


def _peer_record_step(record: dict, local: LocalState, later: Later) -> Step:
    """Another municipality's assessment, added or updated (its ratings replaced); one that
    arrived here after the package was made (a newer version of it) is kept, unless the user
    chose to replace later changes."""
    note = None
    if record["uid"] in local.own_uids:
        note = Message(e.CTX, e.MSG_OWN_AS_PEER, title=e.shown(record["title"]))
    label = f"{record['municipality']}: {record['title']}" if record["municipality"] else ""
    label = label or record["title"]
    stored = local.peers.get(record["uid"])
    if stored is None:
        codes = tuple(rating["benchmark"] for rating in record["ratings"])
        return Step(Change(PEER_ASSESSMENT, record["uid"], label, ADD, (), codes, note), record)
    fields = _changed(record, stored.record)
    codes = _rating_codes(record["ratings"], stored.record["ratings"], removed=True)
    action = UPDATE if fields else UNCHANGED
    arrived = later.after(stored.changed[0]) if fields and stored.changed else None
    if arrived is not None and not later.replace:
        kept = Change(PEER_ASSESSMENT, record["uid"], label, KEPT, fields, (), later.note(arrived))
        return Step(replace_change(kept, kept_later=True, kept_fields=fields), record, stored)
    if arrived is not None:
        note = later.note(arrived)
    change = Change(PEER_ASSESSMENT, record["uid"], label, action, fields, codes, note)
    return Step(change, record, stored)


def _participant_steps(participant: dict, local: LocalState) -> list[Step]:
    stored = local.assessments.get(participant["assessment_uid"])
    if stored is None or stored.deleted:
        title = participant["assessment_title"] or participant["assessment_uid"]
        raise e.PackageError(e.MSG_OTHER_ASSESSMENT, title=e.shown(title))
    assessment = stored.record
    title = e.shown(assessment["title"])
    if participant["uid"] in local.participant_owners:
        raise e.PackageError(e.MSG_PARTICIPANT_COLLECTED, title=title)
    name = participant["name"]
    if name and any(
        p["name"].strip().casefold() == name.casefold() for p in assessment["workshop_participants"]
    ):
        raise e.PackageError(e.MSG_NAME_COLLECTED, name=e.shown(name), title=title)
    if assessment["status"] == FINAL:
        raise e.PackageError(e.MSG_ASSESSMENT_FINAL, title=title)
    numbers = [p["number"] for p in assessment["workshop_participants"]]
    record = {
        "uid": participant["uid"],
        "number": max(numbers, default=0) + 1,
        "name": name,
        "source": "file",
        "ratings": participant["ratings"],
    }
    codes = tuple(rating["benchmark"] for rating in record["ratings"])
    steps = [Step(Change(PARTICIPANT, record["uid"], name, ADD, (), codes), record, stored)]
    if assessment["workshop"] == "":
        mode = "named" if name else "anonymous"
        change = Change(ASSESSMENT, assessment["uid"], assessment["title"], UPDATE, ("workshop",))
        steps.append(Step(change, {"workshop": mode}, stored))
    return steps

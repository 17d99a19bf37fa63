"""What is being assessed right now, shared by every view that shows or edits it.

The session holds the repository, the content, the profile, the current assessment and its
ratings as last read, and says through signals when any of them changes, so that the rating
screen and the dashboard (and anything added later) stay in step without reading the database
themselves. It also watches the file for changes made by another window or app instance
(SQLite's ``PRAGMA data_version``) and reloads.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from toolbox_desktop.core.assessment import DRAFT, FINAL, Assessment, Profile, Rating
from toolbox_desktop.core.content import Content
from toolbox_desktop.core.merging import changed_fields
from toolbox_desktop.core.tailoring import PREMARK_NOTE, premarked_ratings
from toolbox_desktop.storage.assessment_repository import PROFILE_FIELDS, AssessmentRepository
from toolbox_desktop.ui.common import conflicts

NO_ASSESSMENT = -1
POLL_INTERVAL_MS = 2000


class AssessmentSession(QObject):
    """The current assessment and its ratings, read through ``AssessmentRepository``.

    Signals:
      ``assessments_changed()``: the list of assessments (or a title, date, status) changed.
      ``current_assessment_changed(int)``: another assessment is shown, or the shown one was
      edited; the id, or ``NO_ASSESSMENT`` (-1) when there is none.
      ``about_to_switch()``: emitted before the current assessment changes, so that editors
      can store typed text against the assessment it belongs to.
      ``ratings_changed()``: any rating of the current assessment may have changed.
      ``rating_changed(str)``: the rating of one benchmark (code) changed.
      ``profile_changed()``: the municipality profile changed.
      ``benchmark_requested(str)``: someone asked to show a benchmark (e.g. a gap clicked in
      the dashboard); the rating screen selects it.
      ``changed_elsewhere()``: another connection wrote to the file (read again); any
      assessment may have changed, also one not shown (e.g. for a comparison).
    """

    assessments_changed = Signal()
    current_assessment_changed = Signal(int)
    about_to_switch = Signal()
    ratings_changed = Signal()
    rating_changed = Signal(str)
    profile_changed = Signal()
    benchmark_requested = Signal(str)
    changed_elsewhere = Signal()

    def __init__(self, repository: AssessmentRepository, content: Content, parent=None) -> None:
        super().__init__(parent)
        self.repository = repository
        self.content = content
        self._profile = repository.profile()
        self._assessments = repository.assessments()
        self._current: Assessment | None = None
        self._ratings: dict[str, Rating] = {}
        self._data_version: int | None = self._read_data_version()
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_INTERVAL_MS)
        self._poll.timeout.connect(self._poll_for_changes)

    # -- reading -------------------------------------------------------------------------
    def profile(self) -> Profile:
        return self._profile

    def assessments(self) -> list[Assessment]:
        """Assessments not deleted, newest first."""
        return list(self._assessments)

    def current_assessment(self) -> Assessment | None:
        return self._current

    def current_ratings(self) -> dict[str, Rating]:
        return dict(self._ratings)

    def rating(self, code: str) -> Rating | None:
        """The rating of ``code`` in the current assessment as last read (None: unrated)."""
        return self._ratings.get(code)

    def is_read_only(self) -> bool:
        return self._current is None or self._current.is_final

    # -- choosing ------------------------------------------------------------------------
    def select_assessment(self, assessment_id: int) -> bool:
        """Show the assessment ``assessment_id``; False if it no longer exists."""
        found = next((a for a in self._assessments if a.id == assessment_id), None)
        if found is None:
            self.reload()
            found = next((a for a in self._assessments if a.id == assessment_id), None)
            if found is None:
                return False
        if self._current is not None and self._current.id == assessment_id:
            return True
        self._switch_to(found)
        return True

    def select_benchmark(self, code: str) -> None:
        """Ask the rating screen to show ``code`` (it clears filters that hide it)."""
        if self.content.item(code) is not None:
            self.benchmark_requested.emit(code)

    def _switch_to(self, assessment: Assessment | None) -> None:
        self.about_to_switch.emit()
        # Read first: if the file cannot be read, the old assessment stays shown, whole.
        ratings = self.repository.ratings(assessment.id) if assessment else {}
        self._current = assessment
        self._ratings = ratings
        self.current_assessment_changed.emit(assessment.id if assessment else NO_ASSESSMENT)
        self.ratings_changed.emit()

    # -- profile and assessments -----------------------------------------------------------
    def save_profile(
        self,
        profile: Profile,
        base: Profile | None = None,
        over: Profile | None = None,
        theirs_where: tuple[str, ...] = (),
    ) -> None:
        """Store the fields changed since ``base`` (raises ``ChangedElsewhereError`` when
        another window changed one of them). After that question, ``over`` is the other
        window's profile: the changed fields are written over it, except ``theirs_where``
        (the user took theirs there; their own values stay in the edit history)."""
        if over is not None and base is not None:
            if theirs_where:
                self.repository.set_aside_profile(over, profile, theirs_where)
            changed = [
                name
                for name in changed_fields(base, profile, PROFILE_FIELDS)
                if name not in theirs_where
            ]
            mine = replace(over, **{name: getattr(profile, name) for name in changed})
            self.repository.save_profile(mine, over)
        else:
            self.repository.save_profile(profile, base)
        self._profile = self.repository.profile()
        self.profile_changed.emit()

    def create_assessment(
        self, title: str, assessed_on: str, participants: str = "", copy_from: int | None = None
    ) -> Assessment:
        """A new draft, shown at once: a copy of ``copy_from``, or empty with the benchmarks
        of fields outside the municipality's competence marked for review."""
        initial = None
        if copy_from is None:
            note = QCoreApplication.translate("Tailoring", PREMARK_NOTE)
            initial = premarked_ratings(self.content, self._profile, note)
        created = self.repository.create(title, assessed_on, participants, copy_from, initial)
        self._assessments = self.repository.assessments()
        self.assessments_changed.emit()
        self._switch_to(created)
        return created

    def update_assessment(self, assessment_id: int, **changes) -> Assessment:
        """Change title, date, participants or status; see ``AssessmentRepository.update``."""
        updated = self.repository.update(assessment_id, **changes)
        self._assessments = self.repository.assessments()
        self.assessments_changed.emit()
        if self._current is not None and self._current.id == assessment_id:
            self._current = updated
            self.current_assessment_changed.emit(assessment_id)
        return updated

    def set_final(self, final: bool) -> Assessment | None:
        if self._current is None:
            return None
        return self.update_assessment(self._current.id, status=FINAL if final else DRAFT)

    def delete_assessment(self, assessment_id: int) -> None:
        """Hide the assessment (Undo restores it); show the next one if it was current."""
        if self._current is not None and self._current.id == assessment_id:
            self.about_to_switch.emit()  # typed text goes in before the assessment goes
        self.repository.delete(assessment_id)
        self._assessments = self.repository.assessments()
        self.assessments_changed.emit()
        if self._current is not None and self._current.id == assessment_id:
            self._switch_to(self._assessments[0] if self._assessments else None)

    def restore_assessment(self, assessment_id: int) -> Assessment:
        restored = self.repository.restore(assessment_id)
        self._assessments = self.repository.assessments()
        self.assessments_changed.emit()
        self._switch_to(restored)
        return restored

    # -- ratings -------------------------------------------------------------------------
    def write_rating(
        self, assessment_id: int, code: str, rating: Rating | None, expected: Rating | None
    ) -> Rating | None:
        """Store ``rating`` (None clears it) if the stored one is still ``expected``.

        Raises the repository's errors (conflict, final, not found, sqlite3.Error). Returns
        the rating as now stored (None when nothing is stored for the benchmark).
        """
        if rating is None:
            self.repository.clear_rating(assessment_id, code, expected=expected)
        else:
            self.repository.save_rating(assessment_id, rating, expected=expected)
        stored = self.repository.rating(assessment_id, code)
        if self._current is not None and self._current.id == assessment_id:
            if stored is None:
                self._ratings.pop(code, None)
            else:
                self._ratings[code] = stored
            self.rating_changed.emit(code)
            self.ratings_changed.emit()
        return stored

    # -- following other windows ---------------------------------------------------------
    def start_watching(self, interval_ms: int = POLL_INTERVAL_MS) -> None:
        """Check every ``interval_ms`` whether another connection changed the file."""
        self._poll.setInterval(interval_ms)
        self._poll.start()

    def stop_watching(self) -> None:
        self._poll.stop()

    def check_external_changes(self) -> bool:
        """Reload if another connection wrote to the file since the last check."""
        version = self._read_data_version()
        if version == self._data_version:
            return False
        try:
            self.reload()
        except sqlite3.Error:
            self._data_version = None  # not (wholly) read: the next check tries again
            raise
        self.changed_elsewhere.emit()
        return True

    def _poll_for_changes(self) -> None:
        if conflicts.is_asking():  # the question's own loop runs this timer: not now
            return
        with contextlib.suppress(sqlite3.Error):  # busy or unreadable: the next tick tries
            self.check_external_changes()

    def _read_data_version(self) -> int:
        return self.repository.data_version()

    def reload(self) -> None:
        """Read everything again; emit only what changed."""
        self._data_version = self._read_data_version()
        profile = self.repository.profile()
        if profile != self._profile:
            self._profile = profile
            self.profile_changed.emit()
        assessments = self.repository.assessments()
        if assessments != self._assessments:
            self._assessments = assessments
            self.assessments_changed.emit()
        if self._current is None:
            return
        current = next((a for a in assessments if a.id == self._current.id), None)
        if current is None:  # deleted elsewhere
            self._switch_to(assessments[0] if assessments else None)
            return
        if current != self._current:
            self._current = current
            self.current_assessment_changed.emit(current.id)
        ratings = self.repository.ratings(current.id)
        if ratings != self._ratings:
            changed = {
                code
                for code in set(ratings) | set(self._ratings)
                if ratings.get(code) != self._ratings.get(code)
            }
            self._ratings = ratings
            for code in sorted(changed):
                self.rating_changed.emit(code)
            self.ratings_changed.emit()

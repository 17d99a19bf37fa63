"""What is being assessed right now, shared by every view that shows or edits it.

The session holds the repository, the content, the profile, the current assessment and its
ratings as last read, and says through signals when any of them changes, so that the rating
screen and the dashboard (and anything added later) stay in step without reading the database
themselves. Changes made by another window or app instance are read with
``reload_changed_elsewhere`` (the area calls it when the window's ``ChangePoller`` noticed
one).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from toolbox_desktop.core.assessment import DRAFT, FINAL, Assessment, Profile, Rating
from toolbox_desktop.core.content import Content
from toolbox_desktop.core.merging import changed_fields
from toolbox_desktop.core.tailoring import PREMARK_NOTE, premarked_ratings
from toolbox_desktop.storage.assessment_repository import PROFILE_FIELDS, AssessmentRepository
from toolbox_desktop.ui.common import conflicts

NO_ASSESSMENT = -1


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

    def use_content(self, content: Content) -> None:
        """The content in another language (the window was built again in it)."""
        self.content = content

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
    def save_profile(self, profile: Profile, base: Profile | None = None, question=None) -> None:
        """Store the fields changed since ``base`` (what the dialog showed). When another
        window changed one of them meanwhile, ``question(theirs)`` asks whether to keep mine
        (``conflicts.store_asking``); without a question the clash raises
        ``ChangedElsewhereError``, as it does when yet another write came in while the user
        was asked. Raises the repository's other errors."""
        if base is None or question is None:
            self.repository.save_profile(profile, base)
        else:
            conflicts.store_asking(
                self.repository.save_profile,
                base,
                profile,
                changed_fields(base, profile, PROFILE_FIELDS),
                question,
                self.repository.set_aside_profile,
            )
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
    def reload_changed_elsewhere(self) -> None:
        """Another connection wrote to the file: read everything again and say so (any
        assessment may have changed, also one not shown). Raises ``sqlite3.Error`` when the
        file cannot be read now (the poller tries again)."""
        self.reload()
        self.changed_elsewhere.emit()

    def reload(self) -> None:
        """Read everything again; emit only what changed."""
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

"""Open presentation mode from the Assessment area: the assessment shown, in the workshop's
order (largest disagreement first) with the group's votes when it is a workshop, starting at
the benchmark selected."""

from __future__ import annotations

from toolbox_desktop.core.consensus import collect_votes
from toolbox_desktop.core.content import Content
from toolbox_desktop.ui.workshop.presentation import PresentationWindow


def open_presentation(area, content: Content, full_screen: bool = True) -> PresentationWindow:
    session = area.session
    assessment = session.current_assessment()
    workshop = area.workshop
    repository = workshop.repository
    votes = participants = order = None
    start = ""
    if repository.mode(assessment.id):
        participants = repository.participants(assessment.id)
        codes = [b.code for b in content.benchmarks]
        votes = collect_votes(codes, participants, repository.ratings(assessment.id))
        order = workshop.order()
        start = workshop.current_code()
    else:
        start = area.page.rating_screen.editor.code or ""
    window = PresentationWindow(
        content,
        assessment,
        session.current_ratings(),
        votes,
        participants,
        order,
        municipality=session.profile().name,
    )
    if start:
        window.start_at(start)
    if full_screen:
        window.show_presentation()
    else:
        window.show()
    return window

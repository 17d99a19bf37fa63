"""The next steps for one benchmark, as the dashboard's gap list and the rating screen show
them: each suggested item's title (a link that opens it in the library), what it is and where
it comes from, and the one line on why it fits; or why nothing in the packs fits.

Shared by both areas (they may not import each other). The list comes from
``core.next_steps``; this only lays it out. It is HTML in an offline browser, because titles
and reasons are long and must wrap, and the links work with the mouse and the keyboard (Tab
to a title, Enter opens it); every content text is escaped.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QTextBrowser

from toolbox_desktop.core.content import QUICK_WIN
from toolbox_desktop.core.next_steps import CTX, NextSteps, kind_name
from toolbox_desktop.ui.common.offline_html import OfflineDocument

LINK_SCHEME = "item"
ADD_SCHEME = "add"  # a quick win's "Add to plan" link
TITLE_LIMIT = 220  # characters of an item known by its text (a city example): enough to
# recognise it; the library shows it whole


class NextStepsView(QTextBrowser):
    """Emits ``item_requested`` with a suggested item's code when its title is clicked (or
    activated with the keyboard), and ``add_requested`` with a quick win's code when its "Add
    to plan" link is."""

    item_requested = Signal(str)
    add_requested = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setDocument(OfflineDocument(self))
        self.setOpenLinks(False)
        self.setAccessibleName(self.tr("Next steps"))
        self.anchorClicked.connect(self._link_clicked)
        self.show_hint("")

    def show_hint(self, text: str) -> None:
        """A line instead of suggestions (e.g. "choose a gap")."""
        self.setHtml(f"<p>{_text(text)}</p>" if text else "")

    def show_steps(
        self, steps: NextSteps, dimension: NextSteps | None = None, dimension_title: str = ""
    ) -> None:
        """The benchmark's suggestions; with ``dimension``, then those for its whole dimension
        (items already listed for the benchmark are not repeated)."""
        muted = _muted(self.palette())
        parts = []
        if steps.steps or (dimension and dimension.steps):
            parts.append(
                f'<p style="color:{muted.name()}">'
                + _text(self.tr("Click a title to open it in the library."))
                + "</p>"
            )
        parts += self._steps_html(steps, muted)
        if not steps.steps:
            nothing = self.tr("Nothing in the packs fits yet.")  # outside the f-string: lupdate
            parts.append(f"<p><b>{_text(nothing)}</b></p>")
            reason = steps.none_reason or self.tr(
                "The content packs hold no suggestions for this benchmark."
            )
            parts.append(f"<p>{_text(reason)}</p>")
        if dimension is not None:
            shown = {step.item for step in steps.steps}
            more = NextSteps(
                dimension.target, tuple(s for s in dimension.steps if s.item not in shown)
            )
            if more.steps:
                heading = self.tr("For the whole dimension: {dimension}").format(
                    dimension=dimension_title
                )
                parts.append(f'<h4 style="margin-top:12px">{_text(heading)}</h4>')
                parts += self._steps_html(more, muted)
        self.setHtml("".join(parts))

    def _steps_html(self, steps: NextSteps, muted: QColor) -> list[str]:
        parts = []
        for step in steps.steps:
            kind = QCoreApplication.translate(CTX, kind_name(step.kind))
            about = f"{kind} · {step.context}" if step.context else kind
            href = escape(f"{LINK_SCHEME}:{step.item}", quote=True)
            add = ""
            if step.kind == QUICK_WIN:
                add_href = escape(f"{ADD_SCHEME}:{step.item}", quote=True)
                add_text = self.tr("Add to plan")  # outside the f-string, where lupdate finds it
                add = f' · <a href="{add_href}">{_text(add_text)}</a>'
            parts.append(
                '<p style="margin-top:6px; margin-bottom:2px">'
                f'<a href="{href}"><b>{_text(_shortened(step.title))}</b></a><br>'
                f'<span style="color:{muted.name()}">{_text(about)}</span>{add}</p>'
                f'<p style="margin-top:0; margin-bottom:8px">{_text(step.why)}</p>'
            )
        return parts

    def _link_clicked(self, url: QUrl) -> None:
        if url.scheme() == LINK_SCHEME and url.path():
            self.item_requested.emit(url.path())
        elif url.scheme() == ADD_SCHEME and url.path():
            self.add_requested.emit(url.path())


def _muted(palette: QPalette) -> QColor:
    """Between the text and its background: for the line that says what an item is."""
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    return QColor(
        (2 * text.red() + base.red()) // 3,
        (2 * text.green() + base.green()) // 3,
        (2 * text.blue() + base.blue()) // 3,
    )


def _shortened(title: str) -> str:
    if len(title) <= TITLE_LIMIT:
        return title
    cut = title[:TITLE_LIMIT].rsplit(" ", 1)[0].rstrip(" ,;:.")
    return cut + "…"


def _text(text: str) -> str:
    return escape(text, quote=False)

"""Presentation mode: an assessment on a projector, one benchmark or one dimension at a time.

Workshops discuss the results with the whole group looking at one wall, so the slides use
large type, a dark background and one bright accent, and are stepped with the keys every
presenter remote sends (arrows, Page Up/Down, Space). The group's individual ratings are
shown as counts only: a named workshop must not put anyone's answer on the wall.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter
from PySide6.QtWidgets import QWidget

from toolbox_desktop.core.assessment import Assessment, Rating
from toolbox_desktop.core.consensus import Participant, Votes
from toolbox_desktop.core.content import Content
from toolbox_desktop.ui.common.formatting import format_date, format_number
from toolbox_desktop.ui.common.plain_text import window_title
from toolbox_desktop.ui.workshop.presentation_paint import (
    BACKGROUND,
    Frame,
    draw_benchmark,
    draw_dimension,
    draw_empty,
    draw_footer,
)
from toolbox_desktop.ui.workshop.presentation_slides import (
    BenchmarkSlide,
    DimensionSlide,
    SlideBuilder,
)

BENCHMARK = "benchmark"
DIMENSION = "dimension"
WHEEL_STEP = 120  # one notch of a mouse wheel

NEXT_KEYS = {
    Qt.Key.Key_Right,
    Qt.Key.Key_Down,
    Qt.Key.Key_Space,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
}
PREVIOUS_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Backspace, Qt.Key.Key_PageUp}


class PresentationWindow(QWidget):
    """A full-screen slide show of one assessment (and, in a workshop, the group's votes)."""

    closed = Signal()
    slide_changed = Signal()  # the lead may follow the current benchmark elsewhere

    def __init__(
        self,
        content: Content,
        assessment: Assessment,
        ratings: dict[str, Rating],
        votes: list[Votes] | None = None,
        participants: list[Participant] | None = None,
        order: list[str] | None = None,
        parent=None,
        *,
        municipality: str = "",
    ) -> None:
        super().__init__(parent)
        # A window of its own even with a parent: it goes full screen on the projector.
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.assessment = assessment
        self.municipality = municipality
        # Only the number of participants is kept: their names never reach a slide.
        count = len(participants) if participants is not None else None
        self.builder = SlideBuilder(content, ratings, votes, count)
        known = set(self.builder.benchmarks)
        codes = order if order is not None else [b.code for b in content.benchmarks]
        self._codes = list(dict.fromkeys(code for code in codes if code in known))
        self._dimensions = [d.code for d in content.dimensions]
        self._mode = BENCHMARK
        self._index = {BENCHMARK: 0, DIMENSION: 0}
        self._wheel = 0
        self._closed_sent = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(False)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setMinimumSize(320, 240)
        self.resize(1280, 720)
        self.setWindowTitle(
            window_title(
                QCoreApplication.translate("Presentation", "Presentation – {title}").format(
                    title=assessment.title
                    or QCoreApplication.translate("Presentation", "Assessment")
                )
            )
        )
        self.setAccessibleName(QCoreApplication.translate("Presentation", "Presentation"))
        self._refresh()

    # -- the public API --------------------------------------------------------------------

    def mode(self) -> str:
        return self._mode

    def slide_count(self) -> int:
        return len(self._slides())

    def current_index(self) -> int:
        """The shown slide's position (0-based), or -1 when there is none to show."""
        return self._index[self._mode] if self._slides() else -1

    def current_code(self) -> str | None:
        """The benchmark (or dimension) code of the slide on screen."""
        slides = self._slides()
        return slides[self._index[self._mode]] if slides else None

    def next_slide(self) -> None:
        self.go_to(self._index[self._mode] + 1)

    def previous_slide(self) -> None:
        self.go_to(self._index[self._mode] - 1)

    def first_slide(self) -> None:
        self.go_to(0)

    def last_slide(self) -> None:
        self.go_to(self.slide_count() - 1)

    def go_to(self, index: int) -> None:
        """Show slide ``index`` of the current mode; stops at the ends instead of wrapping."""
        if not self._slides():
            return
        index = max(0, min(index, self.slide_count() - 1))
        if index != self._index[self._mode]:
            self._index[self._mode] = index
            self._refresh()

    def start_at(self, code: str) -> bool:
        """Open at a benchmark (or a dimension's results); False when the code is not shown."""
        for mode, codes in ((BENCHMARK, self._codes), (DIMENSION, self._dimensions)):
            if code in codes:
                self._mode = mode
                self._index[mode] = codes.index(code)
                self._refresh()
                return True
        return False

    def toggle_mode(self) -> None:
        """Benchmarks ⇄ dimension results, keeping the place: the current benchmark's dimension."""
        if self._mode == BENCHMARK:
            code = self.current_code()
            if code is not None:
                dimension = self.builder.benchmarks[code].dimension
                if dimension in self._dimensions:
                    self._index[DIMENSION] = self._dimensions.index(dimension)
            self._mode = DIMENSION
        else:
            dimension = self.current_code()
            current = self._codes[self._index[BENCHMARK]] if self._codes else None
            if (
                dimension is not None
                and current is not None
                and self.builder.benchmarks[current].dimension != dimension
            ):
                # Back in the dimension chosen on the results slide, at its first benchmark.
                for position, code in enumerate(self._codes):
                    if self.builder.benchmarks[code].dimension == dimension:
                        self._index[BENCHMARK] = position
                        break
            self._mode = BENCHMARK
        self._refresh()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def show_presentation(self, screen=None) -> None:
        """Full screen, on ``screen`` (a QScreen, e.g. the projector) when given."""
        if screen is not None:
            self.setScreen(screen)
            self.move(screen.geometry().topLeft())
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def leave(self) -> None:
        """Esc: out of full screen and closed (the owner hears ``closed``)."""
        if self.isFullScreen():
            self.showNormal()
        self.close()

    def slide_text(self) -> str:
        """The words on the current slide, one item a line (for screen readers and tests)."""
        slide = self._slide()
        if slide is None:
            about = self._about_line(with_title=False)
            lines = [self.assessment.title, about, self._empty_message()]
        else:
            lines = [*slide.lines(), self._about_line(), self._counter()]
        return "\n".join(line for line in lines if line)

    # -- events ----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        )
        if key in NEXT_KEYS:
            self.next_slide()
        elif key in PREVIOUS_KEYS:
            self.previous_slide()
        elif key == Qt.Key.Key_Home:
            self.first_slide()
        elif key == Qt.Key.Key_End:
            self.last_slide()
        elif key == Qt.Key.Key_D and plain:
            self.toggle_mode()
        elif key == Qt.Key.Key_F11 or (key == Qt.Key.Key_F and plain):
            self.toggle_full_screen()
        elif key == Qt.Key.Key_Escape:
            self.leave()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def mousePressEvent(self, event) -> None:
        button = event.button()
        if button in (Qt.MouseButton.LeftButton, Qt.MouseButton.ForwardButton):
            self.next_slide()
        elif button in (Qt.MouseButton.RightButton, Qt.MouseButton.BackButton):
            self.previous_slide()
        else:
            super().mousePressEvent(event)
            return
        event.accept()

    def wheelEvent(self, event) -> None:
        """One slide per wheel notch; touchpads send small steps that add up to a notch."""
        self._wheel += event.angleDelta().y()
        while self._wheel <= -WHEEL_STEP:
            self._wheel += WHEEL_STEP
            self.next_slide()
        while self._wheel >= WHEEL_STEP:
            self._wheel -= WHEEL_STEP
            self.previous_slide()
        event.accept()

    def showEvent(self, event) -> None:
        self._closed_sent = False
        super().showEvent(event)

    def closeEvent(self, event) -> None:
        super().closeEvent(event)
        if event.isAccepted() and not self._closed_sent:
            self._closed_sent = True
            self.closed.emit()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            painter.fillRect(self.rect(), BACKGROUND)
            frame = Frame(float(self.width()), float(self.height()))
            base = self.font()
            slide = self._slide()
            if slide is None:
                draw_empty(
                    painter,
                    base,
                    frame,
                    self.assessment.title,
                    self._about_line(isolated=True, with_title=False),
                    self._empty_message(),
                )
                return
            bottom = draw_footer(
                painter, base, frame, self._about_line(isolated=True), self._counter()
            )
            if isinstance(slide, BenchmarkSlide):
                draw_benchmark(painter, base, frame, slide, bottom)
            else:
                draw_dimension(painter, base, frame, slide, bottom)
        finally:
            painter.end()

    # -- inside ----------------------------------------------------------------------------

    def _slides(self) -> list[str]:
        return self._codes if self._mode == BENCHMARK else self._dimensions

    def _slide(self) -> BenchmarkSlide | DimensionSlide | None:
        code = self.current_code()
        if code is None:
            return None
        if self._mode == BENCHMARK:
            return self.builder.benchmark_slide(code)
        return self.builder.dimension_slide(code)

    def _counter(self) -> str:
        if not self._slides():
            return ""
        return QCoreApplication.translate("Presentation", "{current} / {total}").format(
            current=format_number(self.current_index() + 1),
            total=format_number(self.slide_count()),
        )

    def _about_line(self, isolated: bool = False, with_title: bool = True) -> str:
        """The assessment, its date and the municipality, in the footer.

        ``isolated`` wraps each part in Unicode isolates for painting, so that an Arabic title
        does not pull the date that follows it into its right-to-left run.
        """
        parts = [self.assessment.title] if with_title else []
        parts += [format_date(self.assessment.assessed_on), self.municipality]
        parts = [f"\u2068{part}\u2069" if isolated else part for part in parts if part]
        return QCoreApplication.translate("Presentation", " · ").join(parts)

    def _empty_message(self) -> str:
        if self._mode == BENCHMARK:
            return QCoreApplication.translate(
                "Presentation", "There are no benchmarks to show. Press D for the dimensions."
            )
        return QCoreApplication.translate("Presentation", "There are no dimensions to show.")

    def _refresh(self) -> None:
        self.setAccessibleDescription(self.slide_text())
        self.update()
        self.slide_changed.emit()

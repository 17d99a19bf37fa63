"""The preview's pages, one under the other, drawn only where they are in sight.

Why a view of its own and not a picture per page: a 70-page report would be drawn in full
before the first page showed. This view keeps only the layout (each page's place at the zoom)
and, when it paints, draws the bands of the pages in sight (``PdfPages.render``); what it drew
is kept up to ``CACHE_BYTES``, so scrolling back costs nothing. Pages narrower than the view
are centred; a wider page scrolls sideways from its left edge to its right edge, so no zoom
leaves a gap at the left or cuts the page at the right. Zoom 1.0 is the page at its printed
size on the screen; "fit width" fits the widest page to the view, and keeps it fitted when
the window is resized.
"""

from __future__ import annotations

import bisect
import math
from collections import OrderedDict

from PySide6.QtCore import QPoint, QPointF, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QAbstractScrollArea

from toolbox_desktop.ui.reports.pdf_pages import PdfPages, PdfUnavailableError

MARGIN = 12  # logical pixels around the pages
SPACING = 12  # between two pages
BAND = 1024  # device pixels of a page drawn at a time
CACHE_BYTES = 160 * 1024 * 1024  # drawn bands kept: a few screens even at 400 %
MIN_ZOOM, MAX_ZOOM = 0.25, 4.0
WHEEL_STEP = 1.1  # zoom per notch of Ctrl+wheel


class PageView(QAbstractScrollArea):
    current_page_changed = Signal(int)  # 0-based
    zoom_changed = Signal()
    failed = Signal(str)  # a page could not be drawn: the reason (said once per view)

    def __init__(self, pages: PdfPages, parent=None) -> None:
        super().__init__(parent)
        self.pages = pages
        self._zoom = 1.0
        self._fitting = True
        self._current = 0
        self._jumping = False
        self._rects: list[QRect] = []  # each page in content coordinates (logical pixels)
        self._tops: list[int] = []
        self._content = QSize(0, 0)
        self._cache: OrderedDict[tuple[int, float, int], QImage] = OrderedDict()
        self._cache_bytes = 0
        self._broken: dict[int, str] = {}
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)  # fit is stable
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Dark)
        self.viewport().setAutoFillBackground(False)
        self._layout()

    # -- what the dialog asks ------------------------------------------------------------------
    def page_count(self) -> int:
        return self.pages.page_count()

    def current_page(self) -> int:
        return self._current

    def zoom(self) -> float:
        """The zoom shown now (1.0: the printed size), also while fitting the width."""
        return self._zoom

    def is_fitting_width(self) -> bool:
        return self._fitting

    def set_zoom(self, factor: float) -> None:
        self._fitting = False
        self._relayout_keeping_place(max(MIN_ZOOM, min(factor, MAX_ZOOM)))

    def fit_width(self) -> None:
        self._fitting = True
        self._relayout_keeping_place(self._fit_zoom())

    def go_to_page(self, page: int) -> None:
        if not self._rects:
            return
        page = max(0, min(page, len(self._rects) - 1))
        self._jumping = True
        try:
            self.verticalScrollBar().setValue(self._rects[page].top() - MARGIN)
        finally:
            self._jumping = False
        self._set_current(page)

    def page_rect(self, page: int) -> QRect:
        """Where the page lies in the scrolled content (logical pixels)."""
        return QRect(self._rects[page])

    def page_rect_on_screen(self, page: int) -> QRect:
        """Where the page lies in the viewport now (may reach beyond its edges)."""
        return self._rects[page].translated(self._offset())

    # -- layout --------------------------------------------------------------------------------
    def _scale(self) -> float:
        """Logical pixels per point."""
        return self._zoom * self.logicalDpiX() / 72

    def _fit_zoom(self) -> float:
        count = self.page_count()
        widest = max((self.pages.point_size(i).width() for i in range(count)), default=0)
        if widest <= 0:
            return 1.0
        room = self.viewport().width() - 2 * MARGIN - 1  # 1: rounding never needs a scrollbar
        return max(MIN_ZOOM, min(room / (widest * self.logicalDpiX() / 72), MAX_ZOOM))

    def _layout(self) -> None:
        scale = self._scale()
        sizes = [self.pages.pixel_size(i, scale) for i in range(self.page_count())]
        width = max((size.width() for size in sizes), default=0) + 2 * MARGIN
        rects, top = [], MARGIN
        for size in sizes:
            rects.append(QRect((width - size.width()) // 2, top, size.width(), size.height()))
            top += size.height() + SPACING
        self._rects = rects
        self._tops = [rect.top() for rect in rects]
        self._content = QSize(width, top - SPACING + MARGIN if rects else 0)
        self._set_ranges()

    def _set_ranges(self) -> None:
        view = self.viewport().size()
        for bar, content, room in (
            (self.horizontalScrollBar(), self._content.width(), view.width()),
            (self.verticalScrollBar(), self._content.height(), view.height()),
        ):
            bar.setRange(0, max(0, content - room))
            bar.setPageStep(max(room, 1))
            bar.setSingleStep(24)

    def _relayout_keeping_place(self, zoom: float) -> None:
        """Lay out at ``zoom`` with the same part of the same page at the top, and the same
        point in the middle across."""
        page = self._current
        bars = self.verticalScrollBar(), self.horizontalScrollBar()
        rect = self._rects[page] if self._rects else QRect()
        into_page = (bars[0].value() - rect.top()) / max(rect.height(), 1)
        across = (bars[1].value() + self.viewport().width() / 2) / max(self._content.width(), 1)
        changed = not math.isclose(zoom, self._zoom)
        self._zoom = zoom
        if changed:
            self._forget_drawn()
        self._jumping = True  # the new ranges may move the bars: not the user scrolling
        try:
            self._layout()
            if self._rects:
                rect = self._rects[page]
                bars[0].setValue(round(rect.top() + into_page * rect.height()))
            bars[1].setValue(round(across * self._content.width() - self.viewport().width() / 2))
        finally:
            self._jumping = False
        self.viewport().update()
        if changed:
            self.zoom_changed.emit()

    def _offset(self) -> QPoint:
        """Content to viewport: scrolled, and centred when the pages are narrower."""
        spare = max(0, self.viewport().width() - self._content.width())
        return QPoint(
            spare // 2 - self.horizontalScrollBar().value(), -self.verticalScrollBar().value()
        )

    # -- Qt events -----------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._fitting:
            self._relayout_keeping_place(self._fit_zoom())
        else:
            self._set_ranges()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()
        if not self._jumping:
            self._follow_scrolling()

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            notches = event.angleDelta().y() / 120
            if notches:
                self.set_zoom(self._zoom * WHEEL_STEP**notches)
            event.accept()
            return
        super().wheelEvent(event)

    def paintEvent(self, event) -> None:
        painter = QPainter(self.viewport())
        area = event.rect()
        painter.fillRect(area, self.palette().color(QPalette.ColorRole.Dark))
        if self.pages.closed:  # the dialog is closing
            painter.end()
            return
        offset = self._offset()
        first = max(0, bisect.bisect_right(self._tops, area.top() - offset.y()) - 1)
        for page in range(first, len(self._rects)):
            target = self._rects[page].translated(offset)
            if target.top() > area.bottom():
                break
            if target.intersects(area):
                self._paint_page(painter, page, target, area)
        painter.end()

    # -- drawing -------------------------------------------------------------------------------
    def _paint_page(self, painter: QPainter, page: int, target: QRect, area: QRect) -> None:
        painter.fillRect(target, Qt.GlobalColor.white)
        painter.setPen(QColor(0, 0, 0, 60))
        painter.drawRect(target.adjusted(-1, -1, 0, 0))
        if page in self._broken:
            self._paint_problem(painter, target, self._broken[page])
            return
        ratio = self.devicePixelRatioF()
        scale = self._scale() * ratio
        seen_from = (max(area.top(), target.top()) - target.top()) * ratio
        seen_to = (min(area.bottom() + 1, target.bottom() + 1) - target.top()) * ratio
        for band in range(int(seen_from // BAND), math.ceil(seen_to / BAND)):
            image = self._band(page, scale, band)
            if image is None:
                self._paint_problem(painter, target, self._broken[page])
                return
            image.setDevicePixelRatio(ratio)
            painter.drawImage(QPointF(target.left(), target.top() + band * BAND / ratio), image)

    def _band(self, page: int, scale: float, band: int) -> QImage | None:
        key = (page, round(scale, 6), band)
        image = self._cache.get(key)
        if image is not None:
            self._cache.move_to_end(key)
            return image
        try:
            image = self.pages.render(page, scale, band * BAND, BAND)
        except PdfUnavailableError as error:
            self._broken[page] = str(error)
            if len(self._broken) == 1:  # tell once, after painting
                QTimer.singleShot(0, lambda reason=str(error): self.failed.emit(reason))
            return None
        self._cache[key] = image
        self._cache_bytes += image.sizeInBytes()
        while self._cache_bytes > CACHE_BYTES and len(self._cache) > 1:
            _key, old = self._cache.popitem(last=False)
            self._cache_bytes -= old.sizeInBytes()
        return image

    def _paint_problem(self, painter: QPainter, target: QRect, reason: str) -> None:
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        text = self.tr("This page cannot be shown: {reason}").format(reason=reason)
        painter.drawText(
            target.adjusted(24, 24, -24, -24),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            text,
        )

    def _forget_drawn(self) -> None:
        self._cache.clear()
        self._cache_bytes = 0

    # -- the current page ----------------------------------------------------------------------
    def _follow_scrolling(self) -> None:
        """The page a third down the view (the last page once scrolled to the end)."""
        bar = self.verticalScrollBar()
        if not self._rects:
            return
        if bar.maximum() > 0 and bar.value() >= bar.maximum():
            bottom = bar.value() + self.viewport().height()
            page = max(0, bisect.bisect_right(self._tops, bottom) - 1)
        else:
            probe = bar.value() + self.viewport().height() // 3
            page = max(0, bisect.bisect_right(self._tops, probe) - 1)
        self._set_current(page)

    def _set_current(self, page: int) -> None:
        if page != self._current:
            self._current = page
            self.current_page_changed.emit(page)

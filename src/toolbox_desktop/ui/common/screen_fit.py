"""Every window and dialog inside the screen's free area, never larger.

Why: councils use 1366 x 768 and 1280 x 720 laptops, and 1920 x 1080 screens at 150 %
scaling (again 1280 x 720 for the layout). A dialog taller than the screen puts its OK,
Print or Close button below the task bar, out of reach of the mouse; a main window wider
than the screen hides its right edge. So:

- ``fit_into(window, available, preferred)`` sizes a window to ``preferred`` (or the size it
  has) but no larger than ``available`` minus its frame, and moves it inside (centred when it
  was resized). ``ui/reports/preview_dialog`` uses it for its large preferred size.
- ``ScreenFit``, started once by the main window once it has been painted
  (``keep_windows_on_screen``; a dialog shown before is fitted then), does the same for
  every dialog the first time it comes to the front, whoever made it and however it sized
  itself: the one rule for every dialog, message box and file dialog of the app. A window
  already inside the screen is left as it is, and so is a size given after it was shown
  (the user's, or a test's). How it learns of a dialog, without an event filter on the
  application (such a filter passes every event of every widget through Python, thousands
  while a screen is built: what that cost first visits is in the README, "First visits"): a
  modal dialog (every ``exec()`` and ``open()``, every message box) blocks the windows behind
  it, and they are told so while it is being shown, before it appears; so ScreenFit watches
  the app's windows and dialogs for that, and fits the dialog then. Any other dialog is
  fitted when it comes to the front (the application's focus window changes), a moment after
  it appeared: so the app's dialogs are opened modal.
- ``opening_size(available)`` is the main window's first size: its comfortable size on a
  large screen, and maximised (``should_maximise``) on a screen smaller than that. A
  remembered size is Qt's ``restoreGeometry``, which keeps the window on a screen.

A window whose layout needs more than the screen cannot be made to fit without cutting its
contents; ``tests/ui/test_screen_fit.py`` checks that none of ours does.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

COMFORTABLE = QSize(1440, 900)  # the main window's size on a screen with room for it
GUESSED_FRAME = QSize(16, 48)  # the window frame before the window system reports it
FITTED = "toolbox_fitted_to_screen"  # a window's property: fitted when first shown
WATCHED = "toolbox_screen_fit_watches"  # a window's property: which ScreenFit hears it
_KEYS = itertools.count(1)
_BLOCKABLE = (Qt.WindowType.Window, Qt.WindowType.Dialog)


def available_area(widget: QWidget) -> QRect:
    """The free area (without task bars) of the screen ``widget``'s window is on (for a
    dialog not yet shown: its parent's screen)."""
    owner = widget
    if not widget.isVisible() and widget.parentWidget() is not None:
        owner = widget.parentWidget().window()
    # The screen under the window's middle, asked of the application: ``QWidget.screen()``
    # crashed now and then in the test walks (a dialog's screen read while windows came and
    # went), and where the window is is what counts.
    screen = QGuiApplication.screenAt(owner.geometry().center())
    return (screen or QGuiApplication.primaryScreen()).availableGeometry()


def frame_size(window: QWidget) -> QSize:
    """How much the window frame (title bar, borders) adds to ``window``'s size: as the window
    system reports it once shown, else a guess."""
    frame = window.frameGeometry().size() - window.geometry().size()
    if window.isVisible() and (frame.width() > 0 or frame.height() > 0):
        return frame
    from PySide6.QtWidgets import QStyle  # its enumerations cost 6 ms to build at start-up

    title = window.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight)
    return GUESSED_FRAME.expandedTo(QSize(GUESSED_FRAME.width(), title + 16))


def fits(window: QWidget, available: QRect | None = None) -> bool:
    """True when ``window``'s frame lies inside ``available`` (its screen's free area)."""
    available = available if available is not None else available_area(window)
    frame = frame_size(window)
    outer = QRect(window.geometry().topLeft(), window.size() + frame)
    if window.isVisible() and window.frameGeometry().isValid():
        outer = window.frameGeometry()
    return available.contains(outer)


def fit_into(window: QWidget, available: QRect, preferred: QSize | None = None) -> None:
    """Size ``window`` to ``preferred`` (default: its size now), at most what ``available``
    leaves once the frame is counted, and place it inside ``available``: centred when its size
    changed or it lay outside, else where it is. A minimum size larger than the room is
    lowered, so the window never sticks out (its layout then scrolls or squeezes)."""
    frame = frame_size(window)
    room = QSize(available.width() - frame.width(), available.height() - frame.height())
    room = room.expandedTo(QSize(1, 1))
    wanted = preferred if preferred is not None else window.size()
    size = wanted.boundedTo(room).expandedTo(QSize(1, 1))
    minimum = window.minimumSize()
    if minimum.width() > room.width() or minimum.height() > room.height():
        window.setMinimumSize(minimum.boundedTo(room))
    changed = size != window.size()
    window.resize(size)
    inside = QRect(window.pos(), size + frame)
    if changed or not available.contains(inside):
        window.move(
            available.x() + max(0, (room.width() - size.width()) // 2),
            available.y() + max(0, (room.height() - size.height()) // 2),
        )


def opening_size(available: QRect) -> QSize:
    """The main window's first size on a screen with ``available`` free: comfortable, or all
    of it (less the frame) when the screen is smaller."""
    return COMFORTABLE.boundedTo(available.size() - GUESSED_FRAME)


def should_maximise(available: QRect) -> bool:
    """A screen smaller than the comfortable size is used whole (a council laptop)."""
    return available.width() < COMFORTABLE.width() or available.height() < COMFORTABLE.height()


class ScreenFit(QObject):
    """Fits each dialog into its screen when it first comes to the front (see the module's
    docstring). One per application. Other windows size themselves: the main window by
    ``opening_size``, the presentation full screen."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._key = next(_KEYS)  # a window watched by an earlier one (tests) is watched again
        # A moment later, not at once: the focus also moves while a closed dialog is being
        # destroyed, and a window half destroyed must not be touched (it crashed, now and then).
        app.focusWindowChanged.connect(self._look_soon)

    def _look_soon(self, *_focus_window) -> None:
        QTimer.singleShot(0, self, self.look_at_windows)

    def look_at_windows(self, *_focus_window) -> None:
        """Watch every window shown for the dialogs that block it; fit every dialog shown and
        not fitted yet (the one just shown, as a rule)."""
        for window in QApplication.topLevelWidgets():
            # Windows and dialogs, not the menus, lists and tooltips that pop up over them
            # (their many mouse moves would pass through Python).
            if (
                window.isVisible()
                and window.windowHandle() is not None  # not one being destroyed
                and window.windowType() in _BLOCKABLE
            ):
                self._watch(window)
                self.fit_first_time(window)

    def _watch(self, window: QWidget) -> None:
        if window.property(WATCHED) != self._key:
            window.setProperty(WATCHED, self._key)
            window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        # Only the watched windows' own events come here, not their widgets'.
        if event.type() == QEvent.Type.WindowBlocked:  # a modal dialog is being shown
            self.look_at_windows()
        return False

    def fit_first_time(self, window: QObject) -> None:
        """Fit ``window`` if it is a dialog not fitted before."""
        if (
            isinstance(window, QDialog)  # the main window sizes itself (``opening_size``)
            and window.isWindow()
            and not window.property(FITTED)
        ):
            window.setProperty(FITTED, True)  # once: a size the user gives it later stays
            self._fit(window)
            # The window system reports the real frame only once the window is shown.
            QTimer.singleShot(0, window, lambda w=window: self._fit(w))

    @staticmethod
    def _fit(window: QWidget) -> None:
        if window.isVisible() and window.isWindow() and not window.isMaximized():
            available = available_area(window)
            if not fits(window, available):
                fit_into(window, available)


def keep_windows_on_screen() -> ScreenFit | None:
    """Start ``ScreenFit`` for the application (once; later calls return the one there)."""
    app = QApplication.instance()
    if app is None:
        return None
    existing = app.findChild(ScreenFit)
    if existing is not None:
        existing.look_at_windows()  # a window shown since (another file's) is watched now
        return existing
    fitter = ScreenFit(app)
    fitter.look_at_windows()  # shown before (the main window starts it late)
    return fitter

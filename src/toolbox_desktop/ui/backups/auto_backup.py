"""The daily backup while the window is open: taken off the GUI thread, failures said quietly.

Checked shortly after the window opens (not during start-up, which stays fast) and then every
hour, so a session that runs past midnight gets the new day's backup too. Copying a file of
years of work can take longer than a frame, so it runs on a plain Python thread that touches
no widget; the result comes back through a queued signal. A backup that fails (disk full,
folder read-only, file busy) never interrupts work: the status bar and stderr say so, and the
next check tries again.
"""

from __future__ import annotations

import contextlib
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from toolbox_desktop.storage.backups import (
    MSG_CANNOT_SAVE,
    BackupError,
    Clock,
    backup_folder,
    backup_if_due,
    local_now,
)
from toolbox_desktop.ui.common.messages import message_text

FIRST_CHECK_MS = 2_000
CHECK_EVERY_MS = 60 * 60 * 1000
STATUS_MS = 20_000
QUIT_WAIT_SECONDS = 60


class AutoBackup(QObject):
    taken = Signal(object)  # the new Backup, or None when none was due
    failed = Signal(object)  # a BackupError

    def __init__(
        self,
        database: Path,
        parent: QObject | None = None,
        folder: Path | None = None,
        clock: Clock = local_now,
    ) -> None:
        super().__init__(parent)
        self.database = Path(database)
        self.folder = folder
        self.clock = clock
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self._thread: threading.Thread | None = None
        self._busy = False  # cleared before the result is sent, so a check may follow at once
        self._stopped = False

    def start(self, first_check_ms: int | None = None) -> None:
        """The first check ``first_check_ms`` after (``FIRST_CHECK_MS``: once the window is
        up), then every hour."""
        first = FIRST_CHECK_MS if first_check_ms is None else first_check_ms
        QTimer.singleShot(first, self, self.check)
        self.timer.start()

    def stop(self, wait_seconds: float | None = QUIT_WAIT_SECONDS) -> None:
        """No more checks (the app is quitting); let a copy in progress finish first."""
        self._stopped = True
        self.timer.stop()
        self.wait(wait_seconds)

    def check(self) -> bool:
        """Start a backup in the background unless one is still running; True if started."""
        if self._busy or self._stopped:
            return False
        self._busy = True
        self._thread = threading.Thread(target=self._run, name="daily-backup", daemon=True)
        self._thread.start()
        return True

    def wait(self, timeout: float | None = None) -> None:
        """Until the running backup has finished (tests, and nothing else needs it)."""
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:  # the backup thread: no widgets here
        try:
            result = backup_if_due(self.database, self.folder, self.clock)
        except BackupError as error:
            self._busy = False
            self._emit(self.failed, error)
        except Exception as error:  # never let a backup take the app down
            self._busy = False
            folder = self.folder or backup_folder(self.database)
            self._emit(self.failed, BackupError(MSG_CANNOT_SAVE, folder=folder, reason=error))
        else:
            self._busy = False
            self._emit(self.taken, result)

    def _emit(self, signal, value) -> None:
        with contextlib.suppress(RuntimeError):  # the window closed meanwhile: nobody to tell
            signal.emit(value)


def start_automatic_backups(window, database: Path) -> AutoBackup | None:
    """Daily backups for the window's database; none for the training town or no database."""
    if window.conn is None or window.is_training:
        return None
    auto = AutoBackup(database, window)
    auto.failed.connect(lambda error: report_failure(window, error))
    # When the app quits, a copy in progress is finished rather than cut off (a few seconds
    # at most). Connected to a method of ``auto``, so Qt drops it when the window is deleted.
    QCoreApplication.instance().aboutToQuit.connect(auto.stop)
    auto.start()
    return auto


def report_failure(window, error: BackupError) -> None:
    text = message_text(error.message)
    window.statusBar().showMessage(text, STATUS_MS)
    print(f"warning: {text}", file=sys.stderr)

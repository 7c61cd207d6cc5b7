"""Background work through one small helper, like Anki's QueryOp.

    Op(parent, fn).success(cb).failure(cb).with_progress(label).run()

`fn(progress, cancelled)` runs on a pool thread and must never touch widgets: it gets a
`progress(done, total)` callback and a `cancelled()` check (the core's Qt-free progress
protocol) and opens its own database session. Callbacks run on the UI thread. A failure
without a handler shows an error dialog. Tests can set `Op.synchronous = True` to run jobs
inline (Picard's FakeThreadPool idea) so assertions need no waiting.
"""

from __future__ import annotations

import contextlib
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox, QProgressDialog, QWidget

from pcsc_workshop.ui.progress_panel import ProgressPanel

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class _Signals(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    skipped = Signal()  # replaced by a newer job of the same name before it started


# A job may report progress hundreds of times a second (one PDF every ~10 ms); each report
# repaints the progress dialog on the UI thread, which then competes with the job for the GIL.
# Ten reports a second look just as smooth.
PROGRESS_INTERVAL_S = 0.1


def _throttled(emit: Progress) -> Progress:
    """Pass a progress report on if the last was ≥ PROGRESS_INTERVAL_S ago, or it is the end."""
    last = [float("-inf")]

    def progress(done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - last[0] >= PROGRESS_INTERVAL_S:
            last[0] = now
            emit(done, total)

    return progress


class _Job(QRunnable):
    def __init__(self, fn: Callable[[Progress, Cancelled], Any], signals: _Signals,
                 cancel: threading.Event, replaced: Callable[[], bool]) -> None:
        super().__init__()
        self.fn, self.signals, self.cancel, self.replaced = fn, signals, cancel, replaced

    def run(self) -> None:
        if self.replaced():
            self._report(self.signals.skipped)
            return
        try:
            result = self.fn(_throttled(self._progressed), self.cancel.is_set)
        except BaseException as exc:  # noqa: BLE001 - reported to the UI thread
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._report(self.signals.failed, exc)
        else:
            self._report(self.signals.succeeded, result)

    def _progressed(self, done: int, total: int) -> None:
        self._report(self.signals.progressed, done, total)

    @staticmethod
    def _report(signal: Any, *args: Any) -> None:
        """Emit to the UI thread, unless the app closed while the job ran (nobody to tell)."""
        with contextlib.suppress(RuntimeError):  # "Signal source has been deleted"
            signal.emit(*args)


class Op:
    synchronous = False
    _running: set[Op] = set()
    # (id of the parent widget, name) -> the newest job of that name (`replacing`)
    _newest: dict[tuple[int, str], Op] = {}

    def __init__(self, parent: QWidget | None, fn: Callable[[Progress, Cancelled], Any]) -> None:
        self.parent, self.fn = parent, fn
        self._on_success: Callable[[Any], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._label: str | None = None
        self._in_window = False
        self._cancel = threading.Event()
        self._dialog: QProgressDialog | None = None
        self._panel: ProgressPanel | None = None
        self._name: tuple[int, str] | None = None
        self.signals = _Signals()

    def success(self, cb: Callable[[Any], None]) -> Op:
        self._on_success = cb
        return self

    def failure(self, cb: Callable[[BaseException], None]) -> Op:
        self._on_failure = cb
        return self

    def with_progress(self, label: str, *, in_window: bool = False) -> Op:
        """Show progress and Cancel: in a window-modal dialog, or with `in_window` in the
        parent main window's status bar (ui/progress_panel.py: the window is not
        deactivated, restyled and repainted, and stays usable: for jobs that change no data)."""
        self._label, self._in_window = label, in_window
        return self

    def replacing(self, name: str) -> Op:
        """A newer job of this `name` for the same parent replaces this one if it has not
        started yet: it is then skipped and none of its callbacks run. For reads whose
        result only matters while it is the newest (the plan or delegation just chosen):
        clicking down the list of 40 plans queued 40 reads, and the pool ran them all,
        competing with the UI thread for the GIL long after the clicks (bench/ui_latency)."""
        self._name = (id(self.parent), name)
        return self

    def _replaced(self) -> bool:
        return self._name is not None and Op._newest.get(self._name) is not self

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> Op:
        self.signals.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self.signals.succeeded.connect(self._succeeded, Qt.ConnectionType.QueuedConnection)
        self.signals.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self.signals.skipped.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        if self._name is not None:
            Op._newest[self._name] = self
        if self._label is not None and self._in_window and isinstance(self.parent, QMainWindow):
            cancel = QCoreApplication.translate("QProgressDialog", "Cancel")
            self._panel = ProgressPanel(self._label, cancel, self.parent.statusBar())
            self._panel.canceled.connect(self.cancel)
        elif self._label is not None:
            cancel = QCoreApplication.translate("QProgressDialog", "Cancel")
            dialog = QProgressDialog(self._label, cancel, 0, 0, self.parent)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(300)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.canceled.connect(self.cancel)
            self._dialog = dialog
            # Polished and laid out in the next turn, while the job starts: else all of it
            # happens inside the setValue() that first shows the dialog (one long turn).
            from pcsc_workshop.ui.staging import in_a_later_turn

            def prepare() -> None:
                dialog.ensurePolished()
                dialog.adjustSize()

            in_a_later_turn(dialog, prepare)
        Op._running.add(self)
        if Op.synchronous:
            self.signals.progressed.disconnect(self._progressed)
            self.signals.succeeded.disconnect(self._succeeded)
            self.signals.failed.disconnect(self._failed)
            try:
                result = self.fn(self._progressed, self._cancel.is_set)
            except BaseException as exc:  # noqa: BLE001
                self._failed(exc)
            else:
                self._succeeded(result)
        else:
            QThreadPool.globalInstance().start(_Job(self.fn, self.signals, self._cancel,
                                                    self._replaced))
        return self

    def _progressed(self, done: int, total: int) -> None:
        if self._panel is not None and shiboken6.isValid(self._panel):
            self._panel.set_progress(done, total)
        if self._dialog is not None and shiboken6.isValid(self._dialog):
            self._dialog.setMaximum(total)
            self._dialog.setValue(done)

    def _finish(self) -> None:
        if self._panel is not None:
            if shiboken6.isValid(self._panel):
                self._panel.finish()
            self._panel = None
        if self._dialog is not None:
            if shiboken6.isValid(self._dialog):
                self._dialog.close()
                self._dialog.deleteLater()
            self._dialog = None
        Op._running.discard(self)
        if self._name is not None and Op._newest.get(self._name) is self:
            del Op._newest[self._name]

    def _orphaned(self) -> bool:
        """The widget that asked is gone (its window was closed while the job ran): its
        callbacks would touch deleted widgets, so the result is dropped."""
        return self.parent is not None and not shiboken6.isValid(self.parent)

    def _succeeded(self, result: Any) -> None:
        self._finish()
        if self._on_success and not self._orphaned():
            self._on_success(result)

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        if self._orphaned():
            return
        if self._on_failure:
            self._on_failure(exc)
        else:
            QMessageBox.critical(self.parent, QCoreApplication.translate(
                "QMessageBox", "Something went wrong"), str(exc))

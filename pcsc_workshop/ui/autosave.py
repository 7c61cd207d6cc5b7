"""The one autosave of the app: plans, self-assessments and the workshop's details.

Why one: three loops behaved differently on failure (one dropped the edit on invalid input).
Here every editor behaves the same way:

- an edit calls `touch()`; when typing pauses for `delay_ms`, `snapshot()` (on the UI thread:
  a cheap copy of what is on screen, or None when there is nothing valid to save yet) is
  written by `save(door, snapshot)` **on a worker**, through `run_op`, so its `Changes` are
  broadcast like any other operation's;
- a failure keeps the edit (still dirty), says why in `state` ("failed", the message), and
  tries again after `RETRY_MS`, and again at every new edit;
- an edit made while a save is running is saved right after it (saves never overlap);
- `flush()` starts a pending save now (page switch); `flush(wait=True)` writes on the
  calling thread and returns only when stored (the window closing).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from pcsc_workshop.ui.operations import run_op

if TYPE_CHECKING:
    from pcsc_workshop.door import Door, Outcome
    from pcsc_workshop.ui.context import AppContext

S = TypeVar("S")
T = TypeVar("T")
AUTOSAVE_MS = 400
RETRY_MS = 3000


class Autosaver(QObject, Generic[S]):
    """`state(kind, message)`: kind is "editing", "saving", "saved" or "failed";
    `saved(value)`: the save's value (e.g. a PlanChanged), after its changes were broadcast."""

    state = Signal(str, str)
    saved = Signal(object)

    def __init__(self, owner: QWidget, ctx: AppContext, snapshot: Callable[[], S | None],
                 save: Callable[[Door, S], Outcome[Any]], delay_ms: int = AUTOSAVE_MS) -> None:
        super().__init__(owner)
        self._owner, self._ctx = owner, ctx
        self._snapshot, self._save = snapshot, save
        self.dirty = False
        self._running = False
        self.last_error: BaseException | None = None
        self._delay_ms = delay_ms
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)

    def touch(self) -> None:
        """Something was edited: save when typing pauses."""
        self.dirty = True
        self.state.emit("editing", "")
        # the delay given each time: `start(RETRY_MS)` after a failure changes the timer's
        # interval, and the edits after it then waited RETRY_MS (3 s) instead of the pause
        self._timer.start(self._delay_ms)

    def touch_later(self) -> None:
        """`touch` in the next event-loop turn (more documents queued behind the one being
        written); never after this saver, and so its editor, is deleted."""
        QTimer.singleShot(0, self, self.touch)

    def forget(self) -> None:
        """Drop a pending edit (the editor is showing another document, already saved)."""
        self._timer.stop()
        self.dirty = False

    def flush(self, wait: bool = False) -> None:
        self._timer.stop()
        if not self.dirty:
            return
        if self._running and not wait:
            return  # saved right after the running save finishes (_done)
        snap = self._snapshot()
        if snap is None:
            return  # nothing valid to save yet: stays dirty, the editor says why
        self.dirty = False
        if wait:
            try:
                outcome = self._save(self._ctx.door, snap)
            except Exception as exc:  # noqa: BLE001 - said and kept
                self._failed(exc)
                return
            self._ctx.changes.publish(outcome.changes, self._owner)
            self._done(outcome.value)
            return
        self._running = True
        self.state.emit("saving", "")
        run_op(self._owner, self._ctx, lambda door: self._save(door, snap),
               done=self._done, failed=self._failed)

    def _done(self, value: Any) -> None:
        self._running = False
        self.last_error = None
        self.state.emit("saved", "")
        self.saved.emit(value)
        if self.dirty:  # edited while it was saving
            self._timer.start(self._delay_ms)

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        self.dirty = True  # the edit is kept: on screen, and saved at the next try
        self.last_error = exc
        self.state.emit("failed", str(exc))
        self._timer.start(RETRY_MS)


class NewestCopy:
    """Numbers the copies an editor hands its Autosaver and stores only the newest per
    document. Why: `flush(wait=True)` writes on the UI thread and can overlap a worker still
    writing an older copy of the same document; the older must never land last."""

    def __init__(self) -> None:
        self._count = 0
        self._stored: dict[str, int] = {}  # document id -> number of the copy stored last
        self._lock = threading.Lock()

    def number(self) -> int:
        """The next copy's number (UI thread)."""
        self._count += 1
        return self._count

    def store(self, key: str, number: int, write: Callable[[], T], stale: T) -> T:
        """`write()` unless a newer copy of `key` is stored already (then `stale`)."""
        with self._lock:
            if self._stored.get(key, 0) > number:
                return stale
            done = write()
            self._stored[key] = number
            return done

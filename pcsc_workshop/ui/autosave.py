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

`QueuedAutosaver` is the same for an editor that shows one document of many (a plan of the
list, a delegation's self-assessment): the edits of a document left while its save was
running wait in a queue, copies are numbered so that an older one never lands last, writes
that must follow the typing (`after_saves`) wait for it, and the window closing stores
everything first. The plan editor and the self-assessment page each wrote this themselves.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from pcsc_workshop.door import Outcome
from pcsc_workshop.ui.operations import run_op

if TYPE_CHECKING:
    from pcsc_workshop.door import Door
    from pcsc_workshop.ui.context import AppContext

S = TypeVar("S")
T = TypeVar("T")
C = TypeVar("C")
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


_STALE = object()  # what `QueuedAutosaver._write` says of a copy older than one stored


class QueuedAutosaver(Autosaver[tuple[int, C]]):
    """The Autosaver of an editor that shows one document of many (see the module notes).

    The editor says, with plain callables, what a copy of its edits is: `take()` copies the
    edits of the document on screen and forgets them there (None: nothing to save), `keep(c)`
    gives a copy that could not be stored back to the screen (it is the screen's to save
    again), `has_edits()` says whether `take()` would give a copy, `showing()` is the id of the
    document on screen (None: none), `key(c)` the id of a copy's document and
    `write(door, c)` stores a copy (on a worker, or on the UI thread from `store_now`).
    `stored(c)`, if given, hears of each copy stored (not a skipped older one); `saved` emits
    the write's value, or `stale` for a skipped copy.

    One failure behaviour for all: a copy that could not be written goes back where it came
    from (the screen, or the front of the queue), the state says why, and it is tried again.
    """

    def __init__(self, owner: QWidget, ctx: AppContext, *, take: Callable[[], C | None],
                 keep: Callable[[C], object], has_edits: Callable[[], bool],
                 showing: Callable[[], str | None], key: Callable[[C], str],
                 write: Callable[[Door, C], Outcome[Any]], stale: object = None,
                 stored: Callable[[C], object] | None = None,
                 delay_ms: int = AUTOSAVE_MS) -> None:
        super().__init__(owner, ctx, self._next, self._write, delay_ms)
        self._take, self._keep, self._has_edits = take, keep, has_edits
        self._showing, self._key, self._writer = showing, key, write
        self._stale, self._stored_hook = stale, stored
        self._newest = NewestCopy()
        self._queued: list[tuple[int, C]] = []  # documents left with edits while a save ran
        self._sent: tuple[int, C] | None = None  # the copy on its way on a worker
        self._handed: tuple[int, C] | None = None  # the copy handed out last
        self._now = False  # store_now is writing on this thread
        self._heard: dict[str, int] = {}  # document id -> number of the copy stored last
        self._waiting: list[Callable[[], object]] = []  # writes that wait for the typing
        self._window: QObject | None = None

    @property
    def pending(self) -> bool:
        """Something edited is not stored yet (waiting for the pause, queued, or saving)."""
        return self.dirty or self._running or bool(self._queued)

    def leave(self) -> None:
        """The document on screen is about to go: its edits wait in the queue."""
        doc = self._take()
        if doc is not None:
            self._queued.append((self._newest.number(), doc))

    def flush(self, wait: bool = False) -> None:
        """Start a pending save now (on a worker), or with `wait` store everything first."""
        if wait:
            self.store_now()
        else:
            super().flush()

    def store_now(self) -> None:
        """Store every pending edit, on this thread, before returning: what callers do that
        read the database next, and the window closing. A copy still on its way on a worker
        is written again here (it is never newer than the screen; numbered, the older of
        the two never lands last)."""
        if self._running and self._sent is not None:
            self._put_back(self._sent)
            self._sent = None  # its worker's failure, if it fails, puts back nothing
        self._now = True
        try:
            while self._queued or self._has_edits():
                self.dirty = True
                before = len(self._queued), self._handed
                super().flush(wait=True)
                if self.last_error is not None or (len(self._queued), self._handed) == before:
                    break  # said in the state and kept for the next try; or nothing taken
        finally:
            self._now = False
        self._run_waiting()

    def holds(self, match: Callable[[C], bool]) -> bool:
        """Whether a copy `match` picks is queued or on its way, not yet stored (a read of
        its document now would miss it)."""
        sent = [self._sent] if self._running and self._sent is not None else []
        return any(match(copy[1]) for copy in [*self._queued, *sent])

    def after_saves(self, write: Callable[[], object]) -> None:
        """Run `write` (accept a suggestion, pull items, read the list again) once what was
        typed is stored, so that an autosave of older rows cannot overwrite what it adds."""
        self.flush()
        if self.pending:
            self._waiting.append(write)
        else:
            write()

    def watch_window(self) -> None:
        """Store what was typed when the owner's window closes (before its database does)."""
        window = self._owner.window()
        if window is not self._window:
            self._window = window
            window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._window and event.type() == QEvent.Type.Close:
            self.store_now()
        return False

    # -- the Autosaver's side -------------------------------------------------------------
    def _next(self) -> tuple[int, C] | None:
        """What the save writes next: a document left while a save ran, else the screen."""
        if self._queued:
            copy = self._queued.pop(0)
            if (self._queued or self._has_edits()) and not self._now:
                self.touch_later()  # the rest after this one (store_now loops instead)
        else:
            doc = self._take()
            if doc is None:
                self.forget()  # nothing left to write
                return None
            copy = (self._newest.number(), doc)
        self._handed = copy
        if not self._now:
            self._sent = copy
        return copy

    def _write(self, door: Door, copy: tuple[int, C]) -> Outcome[Any]:
        """Store the copy unless a newer one of its document is stored already."""
        number, doc = copy
        outcome = self._newest.store(self._key(doc), number,
                                     lambda: self._writer(door, doc), stale=None)
        if outcome is None:
            return Outcome((copy, _STALE))
        return Outcome((copy, outcome.value), outcome.changes)

    def _put_back(self, copy: tuple[int, C]) -> None:
        """A copy not stored (yet): the screen's again if its document is on screen (the
        screen holds it, or newer), else first in the queue."""
        if self._key(copy[1]) == self._showing():
            self._keep(copy[1])
        else:
            self._queued.insert(0, copy)

    def _done(self, value: Any) -> None:
        copy, result = value
        if self._sent is copy:
            self._sent = None
        if result is _STALE:
            result = self._stale
        else:
            key, number = self._key(copy[1]), copy[0]
            if number >= self._heard.get(key, 0):  # an older copy finishing late is not news
                self._heard[key] = number
                if self._stored_hook is not None:
                    self._stored_hook(copy[1])
        super()._done(result)
        self._run_waiting()

    def _failed(self, exc: BaseException) -> None:
        copy = self._handed if self._now else self._sent
        if not self._now:
            self._sent = None
        if copy is not None:
            self._put_back(copy)  # kept: saved at the next try
        super()._failed(exc)

    def _run_waiting(self) -> None:
        if self._waiting and not self._now and not self.pending:
            waiting, self._waiting = self._waiting, []
            for write in waiting:
                write()

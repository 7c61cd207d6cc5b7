"""Undo of the last operations, kept by the door (Anki keeps its undo in the collection).

Why in the door and not in widgets: an undo must put back what was stored, in one
transaction, and tell every page what changed, exactly like the operation it reverses; a
widget-level undo would only know its own fields. An undoable operation records a `Step`:
a label the Edit menu shows ("Undo Add participant") and a `revert` that runs inside a
write transaction and returns the `Changes` it made. Undoing a step offers it for redo.

Deleting a participant's data is not undoable on purpose: "deletion means gone" (privacy),
so nothing of the person is kept to bring back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from threading import Lock
from typing import TYPE_CHECKING

from pcsc_workshop.door.changes import Changes

if TYPE_CHECKING:  # SQLAlchemy is ~0.3 s to import: not before the window is shown
    from sqlalchemy.orm import Session

Revert = Callable[["Session"], "tuple[Changes, Revert]"]
LIMIT = 50


@dataclass(frozen=True)
class Step:
    label: str  # what the user did, in the interface language of the caller ("Add participant")
    revert: Revert  # undoes it; returns what changed and the revert that redoes it
    workshop_id: str | None = None


class UndoStack:
    """Steps to undo and redo; thread-safe (operations run on worker threads)."""

    def __init__(self) -> None:
        self._undo: list[Step] = []
        self._redo: list[Step] = []
        self._lock = Lock()

    def record(self, step: Step) -> None:
        with self._lock:
            self._undo.append(step)
            del self._undo[:-LIMIT]
            self._redo.clear()

    def undo_label(self) -> str | None:
        with self._lock:
            return self._undo[-1].label if self._undo else None

    def redo_label(self) -> str | None:
        with self._lock:
            return self._redo[-1].label if self._redo else None

    def clear(self) -> None:
        with self._lock:
            self._undo.clear()
            self._redo.clear()

    def pop_undo(self) -> Step | None:
        with self._lock:
            return self._undo.pop() if self._undo else None

    def pop_redo(self) -> Step | None:
        with self._lock:
            return self._redo.pop() if self._redo else None

    def push_redo(self, step: Step) -> None:
        with self._lock:
            self._redo.append(step)

    def push_undo(self, step: Step) -> None:
        with self._lock:
            self._undo.append(step)

"""Undo commands of the plan editor: typing in a section, and edits of a table.

Why snapshots for tables: a plan has tens of rows, so copying them costs nothing and one
command type covers cell edits, adds, moves and removals alike. Commands are pushed after
the change is already on screen, so their first `redo()` does nothing.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand


class SectionCommand(QUndoCommand):
    """Typing in one section; consecutive typing there merges into one undo step."""

    def __init__(self, editor: Any, key: str, old: str, new: str) -> None:
        super().__init__(QCoreApplication.translate("PlanEditor", "Typing"))
        self.editor, self.key, self.old, self.new = editor, key, old, new
        self.at = time.monotonic()
        self._done = True  # already applied when pushed

    def id(self) -> int:
        return 1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not isinstance(other, SectionCommand) or other.key != self.key \
                or other.at - self.at > 2.0:
            return False
        self.new, self.at = other.new, other.at
        return True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.editor._set_section(self.key, self.new)

    def undo(self) -> None:
        self.editor._set_section(self.key, self.old)


class TableCommand(QUndoCommand):
    """Any edit of a table (cell, add, move, remove) as before/after copies of its rows."""

    def __init__(self, editor: Any, which: str, before: list, after: list) -> None:
        super().__init__(QCoreApplication.translate("PlanEditor", "Table edit"))
        self.editor, self.which, self.before, self.after = editor, which, before, after
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.editor._set_rows(self.which, self.after)

    def undo(self) -> None:
        self.editor._set_rows(self.which, self.before)

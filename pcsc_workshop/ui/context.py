"""What every page needs, passed explicitly (no globals): store, settings, current workshop.

`AppContext.changes` broadcasts what a write changed (STYLE habit 4), so that pages refresh
only when something they show was changed by someone else.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal

from pcsc_workshop.core.store import Store


class ChangeHub(QObject):
    """`changed(kind, id, origin)`: kind like "plan", "assessment", "workshop"."""

    changed = Signal(str, str, object)
    workshopSelected = Signal(str)


@dataclass
class AppContext:
    store: Store
    settings: QSettings
    workshop_id: str | None = None
    changes: ChangeHub = field(default_factory=ChangeHub)
    _curriculum: Any = None

    def curriculum(self) -> Any:
        """The loaded curriculum (loaded on first use; it is cached by the core)."""
        if self._curriculum is None:
            from pcsc_workshop.core.curriculum import load_curriculum

            self._curriculum = load_curriculum()
        return self._curriculum

    def select_workshop(self, workshop_id: str) -> None:
        if workshop_id != self.workshop_id:
            self.workshop_id = workshop_id
            self.settings.setValue("workshop_id", workshop_id)
            self.changes.workshopSelected.emit(workshop_id)

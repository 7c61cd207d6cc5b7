"""What the Present page offers beside the curriculum: the workshop's agenda sessions and
its local items, and one agenda session when it is presented as a deck.

Read-only: presenting changes nothing. The agenda's own operations (add, move, undo) are in
door/agenda.py; these reads are the presenter's, so that the page needs no ORM row.
"""

from __future__ import annotations

from dataclasses import dataclass

from pcsc_workshop.core import local_content as core_local
from pcsc_workshop.core.agenda import AgendaEntry, list_agenda
from pcsc_workshop.core.local_content import LocalItemInfo
from pcsc_workshop.door.local_content import PRESENTABLE
from pcsc_workshop.door.section import Section


@dataclass(frozen=True)
class PresentChoices:
    agenda: tuple[AgendaEntry, ...]  # in order: day, then position
    local: tuple[LocalItemInfo, ...]  # case studies and statistics


class PresentingSection(Section):
    def choices(self, workshop_id: str) -> PresentChoices:
        """The agenda and the local items, from one snapshot."""
        with self._read() as s:
            agenda = list_agenda(s, workshop_id)
            local = [x for x in core_local.list_local_items(s, workshop_id)
                     if x.kind in PRESENTABLE]
        return PresentChoices(tuple(agenda), tuple(local))

    def agenda_session(self, agenda_id: str) -> AgendaEntry | None:
        """One live agenda session (None when deleted meanwhile or unknown)."""
        from pcsc_workshop.core.models import AgendaItem

        with self._read() as s:
            row = s.get(AgendaItem, agenda_id)
            if row is None or row.deleted:
                return None
            return next((a for a in list_agenda(s, row.workshop_id) if a.id == agenda_id),
                        None)

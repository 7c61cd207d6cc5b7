"""The agenda of a workshop: list, add, update, move, delete sessions (undoable: an agenda is restored whole)."""

from __future__ import annotations

from pcsc_workshop.door.section import Section


class AgendaSection(Section):
    """Operations are added here as the UI and the CLI move behind the door (issue 19)."""

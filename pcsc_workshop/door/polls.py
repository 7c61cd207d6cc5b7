"""Live polls of the room: ask, answer, close, results."""

from __future__ import annotations

from pcsc_workshop.door.section import Section


class PollsSection(Section):
    """Operations are added here as the UI and the CLI move behind the door (issue 19)."""

"""Live polls of the room, for the desktop window: ask, close, results, list.

The room hub's own server process keeps its service (pcsc_workshop/room/); these are the
same core operations for the window's side, each in its own transaction. Polls are not
undoable: once asked, the room has seen the question.
"""

from __future__ import annotations

from pcsc_workshop.core import polls as core_polls
from pcsc_workshop.core.models import LivePoll
from pcsc_workshop.core.polls import PollInfo, PollResults
from pcsc_workshop.door.changes import Changes
from pcsc_workshop.door.outcome import Outcome
from pcsc_workshop.door.section import Section


class PollsSection(Section):
    def polls(self, workshop_id: str) -> list[PollInfo]:
        """Every poll of the workshop, oldest first."""
        with self._read() as s:
            return core_polls.list_polls(s, workshop_id)

    def open_poll(self, workshop_id: str) -> PollInfo | None:
        """The question the room is answering now (None: no poll is open)."""
        with self._read() as s:
            return core_polls.open_poll(s, workshop_id)

    def results(self, poll_id: str) -> PollResults:
        """Counts per option or word; PollError("unknown-poll") when there is no such poll."""
        with self._read() as s:
            return core_polls.poll_results(s, poll_id)

    def ask(self, workshop_id: str, kind: str, question: str,
            options: list[str] | None = None, picks: int = 1) -> Outcome[PollInfo]:
        """Ask a question; the poll open before closes (one at a time), so both change."""
        with self._write() as s:
            was_open = core_polls.open_poll(s, workshop_id)
            poll = core_polls.create_poll(s, workshop_id, kind, question, options, picks)
        ids = {poll.id} | ({was_open.id} if was_open else set())
        return Outcome(poll, Changes.of(polls=ids))

    def close(self, poll_id: str) -> Outcome[bool]:
        """Stop taking answers; the value says whether the poll was open."""
        with self._write() as s:
            row = s.get(LivePoll, poll_id)
            was_open = bool(row is not None and row.is_open)
            core_polls.close_poll(s, poll_id)
        return Outcome(was_open, Changes.of(polls=poll_id) if was_open else Changes())

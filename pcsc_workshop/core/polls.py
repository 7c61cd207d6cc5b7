"""Live polls: questions the facilitator asks the room, answered on participants' devices.

Three kinds, the ones workshops use: **choice** (multiple choice, one answer), **words** (a word
cloud: up to three short words or phrases each), **dots** (dot-voting: pick up to `picks`
options, e.g. "the three JICA elements to start with"). Answers are stored per participant;
answering again replaces the earlier answer, so a refreshed phone cannot vote twice.
Results are plain data, computed from the rows each time (a room has tens of answers, not
millions).
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from pcsc_workshop.core.models import LivePoll, LivePollAnswer, Participant, utcnow

KINDS: tuple[str, ...] = ("choice", "words", "dots")
MAX_QUESTION_CHARS = 500
MAX_OPTION_CHARS = 200
MAX_OPTIONS = 40
MAX_WORDS_PER_ANSWER = 3
MAX_WORD_CHARS = 40


class PollError(ValueError):
    """A poll or an answer that cannot be stored; `code` says why (pages word it)."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class PollInfo:
    id: str
    workshop_id: str
    kind: str
    question: str
    options: tuple[str, ...]
    picks: int
    is_open: bool
    created_at: datetime


@dataclass(frozen=True)
class PollResults:
    """Counts per option (choice, dots) or per word (words), most frequent first for words."""

    poll: PollInfo
    respondents: int
    counts: tuple[tuple[str, int], ...]


def _clean(text: Any, limit: int) -> str:
    if not isinstance(text, str):
        raise PollError("not-text")
    text = unicodedata.normalize("NFC", text).strip()
    if any(unicodedata.category(c) == "Cc" for c in text):
        raise PollError("control-characters")
    return text[:limit]


def _info(row: LivePoll) -> PollInfo:
    return PollInfo(id=row.id, workshop_id=row.workshop_id, kind=row.kind,
                    question=row.question, options=tuple(row.options or ()), picks=row.picks,
                    is_open=row.is_open, created_at=row.created_at)


def create_poll(session: Session, workshop_id: str, kind: str, question: str,
                options: list[str] | None = None, picks: int = 1) -> PollInfo:
    """Ask a new question; any poll still open in the workshop closes (one at a time)."""
    if kind not in KINDS:
        raise PollError("unknown-kind", kind)
    question = _clean(question, MAX_QUESTION_CHARS)
    if not question:
        raise PollError("empty-question")
    cleaned = [_clean(o, MAX_OPTION_CHARS) for o in (options or [])]
    cleaned = [o for o in cleaned if o]
    if kind in ("choice", "dots"):
        if len(cleaned) < 2:
            raise PollError("too-few-options")
        if len(cleaned) > MAX_OPTIONS:
            raise PollError("too-many-options")
    else:
        cleaned = []
    picks = 1 if kind == "choice" else max(1, min(int(picks), len(cleaned) or 1))
    for row in session.scalars(select(LivePoll).where(LivePoll.workshop_id == workshop_id,
                                                      LivePoll.is_open.is_(True))):
        row.is_open = False
        row.closed_at = utcnow()
    row = LivePoll(workshop_id=workshop_id, kind=kind, question=question, options=cleaned,
                   picks=picks, is_open=True)
    session.add(row)
    session.flush()
    return _info(row)


def close_poll(session: Session, poll_id: str) -> None:
    row = session.get(LivePoll, poll_id)
    if row is not None and row.is_open:
        row.is_open = False
        row.closed_at = utcnow()


def open_poll(session: Session, workshop_id: str) -> PollInfo | None:
    row = session.scalars(select(LivePoll).where(LivePoll.workshop_id == workshop_id,
                                                 LivePoll.is_open.is_(True))
                          .order_by(LivePoll.created_at.desc())).first()
    return _info(row) if row else None


def list_polls(session: Session, workshop_id: str) -> list[PollInfo]:
    rows = session.scalars(select(LivePoll).where(LivePoll.workshop_id == workshop_id)
                           .order_by(LivePoll.created_at)).all()
    return [_info(r) for r in rows]


def answer_poll(session: Session, poll_id: str, participant_id: str, answer: Any) -> None:
    """Store (or replace) one participant's answer, validated against the poll's kind."""
    poll = session.get(LivePoll, poll_id)
    if poll is None:
        raise PollError("unknown-poll")
    if not poll.is_open:
        raise PollError("poll-closed")
    person = session.get(Participant, participant_id)
    if person is None or person.deleted or person.workshop_id != poll.workshop_id:
        raise PollError("unknown-participant")
    if not isinstance(answer, list) or not answer:
        raise PollError("empty-answer")
    value: list[Any]
    if poll.kind in ("choice", "dots"):
        if any(not isinstance(i, int) or isinstance(i, bool) for i in answer):
            raise PollError("bad-option")
        picked = sorted(set(answer))
        if any(not 0 <= i < len(poll.options) for i in picked):
            raise PollError("bad-option")
        if len(picked) > poll.picks:
            raise PollError("too-many-picks")
        value = picked
    else:
        words = [_clean(w, MAX_WORD_CHARS) for w in answer[:MAX_WORDS_PER_ANSWER]]
        value = [w for w in words if w]
        if not value:
            raise PollError("empty-answer")
    existing = session.scalars(select(LivePollAnswer).where(
        LivePollAnswer.poll_id == poll_id, LivePollAnswer.participant_id == participant_id)
    ).first()
    if existing is None:
        session.add(LivePollAnswer(poll_id=poll_id, participant_id=participant_id,
                                   answer=value))
    else:
        existing.answer = value
        existing.answered_at = utcnow()
    session.flush()


def _word_key(word: str) -> str:
    return unicodedata.normalize("NFKC", word).casefold()


def poll_results(session: Session, poll_id: str) -> PollResults:
    poll = session.get(LivePoll, poll_id)
    if poll is None:
        raise PollError("unknown-poll")
    answers = session.scalars(select(LivePollAnswer.answer)
                              .where(LivePollAnswer.poll_id == poll_id)).all()
    if poll.kind in ("choice", "dots"):
        tally = Counter(i for a in answers for i in a)
        counts = tuple((opt, tally.get(i, 0)) for i, opt in enumerate(poll.options))
    else:
        shown: dict[str, str] = {}
        tally = Counter()
        for a in answers:
            for word in a:
                key = _word_key(word)
                shown.setdefault(key, word)
                tally[key] += 1
        counts = tuple((shown[k], n) for k, n in sorted(tally.items(),
                                                         key=lambda kv: (-kv[1], kv[0])))
    return PollResults(poll=_info(poll), respondents=len(answers), counts=counts)


def delete_answers_of(session: Session, participant_id: str) -> None:
    """Part of deleting a participant's data: their poll answers go too."""
    session.execute(delete(LivePollAnswer).where(LivePollAnswer.participant_id == participant_id))

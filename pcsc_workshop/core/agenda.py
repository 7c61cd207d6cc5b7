"""A workshop's agenda: its sessions (list, add, change, move, delete) and times that follow
the order: end times, day spans, totals, overlaps, re-flow.

Sessions are stored with a start time and a duration, and their order within a day by
position. Moving a session (Move up, drag) changes the order, so the times must follow or the
day reads 16:30 above 16:00 (as the printed agenda did). `reflow` gives each session of a day
its start from the day's start and the durations before it, keeping the breaks the facilitator
left between slots where they were in the day (a lunch gap after the third slot stays after the
third slot). Times typed by hand are kept as typed; where they collide, `day_plan` flags the
overlap so the editor and the printed agenda can say so.

Adding, moving and deleting sessions refuse bad input with an `InvalidInput` (a code and the
field) so that the UI says it in the user's language; deletions are tombstones so that they
travel to other laptops.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from pcsc_workshop.core.models import AgendaItem, Workshop
from pcsc_workshop.core.validation import InvalidInput, assign, choice, clean_text, live

AGENDA_KINDS: tuple[str, ...] = (
    "lecture", "exercise", "site-visit", "conference", "discussion", "break",
)
MAX_DURATION_MIN = 24 * 60
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


class Timed(Protocol):
    """A session as far as its times go (an agenda row or its frozen `AgendaEntry`)."""

    @property
    def start_time(self) -> str: ...

    @property
    def duration_min(self) -> int: ...


def minutes_of(hhmm: str) -> int:
    h, m = (int(x) for x in hhmm.split(":"))
    return h * 60 + m


def hhmm(minutes: int) -> str:
    """Minutes since midnight as HH:MM (a session ending after midnight wraps, 24:30 -> 00:30)."""
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"


def end_of(item: Timed) -> str:
    return hhmm(minutes_of(item.start_time) + int(item.duration_min))


def gaps(items: Sequence[Timed]) -> list[int]:
    """The break before each slot (minutes; 0 for the first and wherever sessions touch)."""
    out = [0]
    for before, after in zip(items, items[1:], strict=False):
        out.append(max(0, minutes_of(after.start_time) - minutes_of(before.start_time)
                       - int(before.duration_min)))
    return out


def reflow(day_start: str, durations: Sequence[int], slot_gaps: Sequence[int]) -> list[str]:
    """Start times for sessions in this order: from `day_start`, durations and slot breaks."""
    t = minutes_of(day_start)
    starts = []
    for n, duration in enumerate(durations):
        if n:
            t += slot_gaps[n] if n < len(slot_gaps) else 0
        starts.append(hhmm(t))
        t += int(duration)
    return starts


@dataclass(frozen=True)
class DayPlan:
    """One day as shown: span, minutes of sessions, and which sessions overlap the one before."""

    day: int
    start: str
    end: str
    session_minutes: int
    overlapping: frozenset[int]  # indexes of sessions starting before the previous one ends


def day_plan(day: int, items: Sequence[Timed]) -> DayPlan:
    if not items:
        return DayPlan(day, "", "", 0, frozenset())
    overlapping = set()
    latest_end = minutes_of(items[0].start_time) + int(items[0].duration_min)
    for n, item in enumerate(items[1:], start=1):
        start = minutes_of(item.start_time)
        if start < latest_end:
            overlapping.add(n)
        latest_end = max(latest_end, start + int(item.duration_min))
    first = min(minutes_of(i.start_time) for i in items)
    return DayPlan(day, hhmm(first), hhmm(latest_end),
                   sum(int(i.duration_min) for i in items), frozenset(overlapping))


def next_start(items: Iterable[Timed], default: str = "09:00") -> str:
    """Where a new session of the day starts: when the last one ends (else the day's start)."""
    ends = [minutes_of(i.start_time) + int(i.duration_min) for i in items]
    return hhmm(max(ends)) if ends else default


# --- the sessions -------------------------------------------------------------------------------

@dataclass(frozen=True)
class AgendaEntry:
    id: str
    day: int
    position: int
    start_time: str
    duration_min: int
    kind: str
    title: str
    description: str
    refs: tuple[str, ...]


def clean_session(day: int, start: str, duration: int, kind: str, title: str,
                   refs: Iterable[str] = (), description: str = "") -> dict[str, Any]:
    if not isinstance(day, int) or day < 1:
        raise InvalidInput("bad-value", "day", str(day))
    start = (start or "").strip()
    if not _TIME.match(start):
        raise InvalidInput("bad-time", "start_time", start)
    if not isinstance(duration, int) or not 0 < duration <= MAX_DURATION_MIN:
        raise InvalidInput("bad-value", "duration_min", str(duration))
    return {
        "day": day, "start_time": start, "duration_min": duration,
        "kind": choice(kind, AGENDA_KINDS, "kind") or "lecture",
        "title": clean_text(title, "title", required=True, limit_key="agenda_title"),
        "description": clean_text(description, "description"),
        "curriculum_refs": [str(r) for r in refs],
    }


def _agenda_rows(session: Session, workshop_id: str) -> list[AgendaItem]:
    return list(session.scalars(
        select(AgendaItem)
        .where(AgendaItem.workshop_id == workshop_id, AgendaItem.deleted.is_(False))
        .order_by(AgendaItem.day, AgendaItem.position, AgendaItem.start_time)
    ).all())


def list_agenda(session: Session, workshop_id: str) -> list[AgendaEntry]:
    """The agenda in order (day, then position)."""
    return [
        AgendaEntry(a.id, a.day, a.position, a.start_time, a.duration_min, a.kind, a.title,
                    a.description, tuple(a.curriculum_refs or ()))
        for a in _agenda_rows(session, workshop_id)
    ]


def add_session(session: Session, workshop_id: str, *, day: int, start: str, duration: int,
                kind: str, title: str, refs: Iterable[str] = (), description: str = "",
                index: int | None = None) -> str:
    """Add a session to a day (at `index`, else at the end of the day); return its id."""
    live(session, Workshop, workshop_id, "workshop_id")
    values = clean_session(day, start, duration, kind, title, refs, description)
    item = AgendaItem(workshop_id=workshop_id, position=10**6, **values)
    session.add(item)
    session.flush()
    move_session(session, item.id, day=day, index=index, reflow_times=False)
    return item.id


def update_session(session: Session, item_id: str, *, start: str | None = None,
                   duration: int | None = None, kind: str | None = None,
                   title: str | None = None, refs: Iterable[str] | None = None,
                   description: str | None = None) -> bool:
    """Change a session's fields (day and order change with `move_session`)."""
    item = live(session, AgendaItem, item_id, "agenda_item_id")
    values = clean_session(
        item.day,
        item.start_time if start is None else start,
        item.duration_min if duration is None else duration,
        item.kind if kind is None else kind,
        item.title if title is None else title,
        item.curriculum_refs if refs is None else refs,
        item.description if description is None else description,
    )
    return assign(item, values)


def move_session(session: Session, item_id: str, *, day: int, index: int | None = None,
                 reflow_times: bool = True) -> None:
    """Move a session to position `index` of `day` (None = last); renumber both days 0..n-1.

    With `reflow_times` (what a user moving a session expects) the start times of both days
    follow the new order; adding a session places it without moving the others.

    Only rows whose day or position really changes are touched (and so get a new revision).
    """
    item = live(session, AgendaItem, item_id, "agenda_item_id")
    if not isinstance(day, int) or day < 1:
        raise InvalidInput("bad-value", "day", str(day))
    old_day = item.day
    rows = _agenda_rows(session, item.workshop_id)
    before = {d: [r for r in rows if r.day == d] for d in {day, old_day}}
    old_index = next((n for n, r in enumerate(before[old_day]) if r.id == item.id), None)
    target = [r for r in rows if r.day == day and r.id != item.id]
    if index is None or index > len(target):
        index = len(target)
    index = max(index, 0)
    target.insert(index, item)
    if reflow_times and (old_day != day or old_index != index):
        _reflow(before[day], target, removed=old_index if old_day == day else None,
                inserted=index)
    for pos, row in enumerate(target):
        assign(row, {"day": day, "position": pos})
    if old_day != day:
        rest = [r for r in before[old_day] if r.id != item.id]
        if reflow_times:
            _reflow(before[old_day], rest, removed=old_index, inserted=None)
        for pos, row in enumerate(rest):
            assign(row, {"position": pos})
    session.flush()


def _reflow(old_order: list[AgendaItem], new_order: list[AgendaItem], *,
            removed: int | None, inserted: int | None) -> None:
    """Times follow the new order: from the day's start, with the breaks kept per slot.

    Only the order changed, so the day keeps its start (a day that was empty takes the moved
    session's start) and each slot keeps the break before it (a lunch gap after the third slot
    stays there). A session leaving the day takes its slot's break with it; one arriving gets
    a slot with none (see `gaps`).
    """
    if not new_order:
        return
    slot_gaps = gaps(old_order) if old_order else []
    if removed is not None and inserted is not None:
        pass  # moved within the day: same slots, same breaks
    elif removed is not None:
        slot_gaps.pop(removed)
    elif inserted is not None:
        slot_gaps.insert(inserted, 0)
    if slot_gaps:
        slot_gaps[0] = 0
    day_start = min((r.start_time for r in old_order), default=new_order[0].start_time)
    for row, start in zip(new_order, reflow(day_start, [r.duration_min for r in new_order],
                                            slot_gaps), strict=True):
        assign(row, {"start_time": start})


def delete_session(session: Session, item_id: str) -> None:
    """Tombstone a session and close the gap in its day's numbering."""
    item = live(session, AgendaItem, item_id, "agenda_item_id")
    item.deleted = True
    session.flush()
    for pos, row in enumerate(r for r in _agenda_rows(session, item.workshop_id)
                              if r.day == item.day):
        assign(row, {"position": pos})
    session.flush()

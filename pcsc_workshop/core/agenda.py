"""Agenda times that follow the order: end times, day spans, totals, overlaps, re-flow.

Sessions are stored with a start time and a duration, and their order within a day by
position. Moving a session (Move up, drag) changes the order, so the times must follow or the
day reads 16:30 above 16:00 (as the printed agenda did). `reflow` gives each session of a day
its start from the day's start and the durations before it, keeping the breaks the facilitator
left between slots where they were in the day (a lunch gap after the third slot stays after the
third slot). Times typed by hand are kept as typed; where they collide, `day_plan` flags the
overlap so the editor and the printed agenda can say so.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol


class Timed(Protocol):
    start_time: str
    duration_min: int


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


__all__ = ["DayPlan", "day_plan", "end_of", "gaps", "hhmm", "minutes_of", "next_start",
           "reflow"]

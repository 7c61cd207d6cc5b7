"""A write's result: the value the caller asked for and the record of what changed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from pcsc_workshop.door.changes import NOTHING, Changes

# Covariant: an Outcome is read-only, so an `Outcome[PlanChanged]` is an `Outcome[object]`
# (an autosave that stores any document's outcome takes every kind).
T = TypeVar("T", covariant=True)


@dataclass(frozen=True)
class Outcome(Generic[T]):
    value: T
    changes: Changes = NOTHING

"""What an operation changed, as a typed record (Anki's OpChanges).

Why a record and not a signal per table: the main window broadcasts each operation's
`Changes` once, and every page declares which kinds it shows (`Page.SHOWS`); a page whose
kinds were touched refreshes if it is on screen, or marks itself stale until it is shown.
That replaces ten ad-hoc `changed.emit(...)` calls and the "everything changed" trick of
re-emitting the workshop selection.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

# The kinds of thing a user knows, one field each in `Changes`.
KINDS: tuple[str, ...] = (
    "workshops", "delegations", "participants", "agenda", "plans", "assessments",
    "checks", "local_content", "polls",
)


@dataclass(frozen=True)
class Changes:
    """Ids of what changed, per kind; `everything` after an import, a restore, a deletion.

    Ids are those of the changed rows (a plan id, an assessment id...) except `agenda`,
    which holds workshop ids (an agenda is changed as a whole)."""

    workshops: frozenset[str] = frozenset()
    delegations: frozenset[str] = frozenset()
    participants: frozenset[str] = frozenset()
    agenda: frozenset[str] = frozenset()
    plans: frozenset[str] = frozenset()
    assessments: frozenset[str] = frozenset()
    checks: frozenset[str] = frozenset()
    local_content: frozenset[str] = frozenset()
    polls: frozenset[str] = frozenset()
    everything: bool = False

    @classmethod
    def of(cls, **ids: str | set[str] | frozenset[str] | list[str] | tuple[str, ...]
           ) -> Changes:
        """`Changes.of(plans="p1", participants={"a", "b"})`: a string is one id."""
        made: dict[str, frozenset[str]] = {}
        for kind, value in ids.items():
            if kind not in KINDS:
                raise TypeError(f"Changes has no kind {kind!r}")
            made[kind] = frozenset([value] if isinstance(value, str) else value)
        # every kind is a frozenset field (checked against KINDS above); mypy cannot see it
        return cls(**made)  # type: ignore[arg-type]

    @classmethod
    def all(cls) -> Changes:
        return cls(everything=True)

    def kinds(self) -> frozenset[str]:
        """The kinds with at least one change (every kind when `everything`)."""
        if self.everything:
            return frozenset(KINDS)
        return frozenset(k for k in KINDS if getattr(self, k))

    def touches(self, kinds: frozenset[str] | set[str] | tuple[str, ...]) -> bool:
        return bool(self.kinds() & set(kinds))

    def __or__(self, other: Changes) -> Changes:
        merged = {f.name: getattr(self, f.name) | getattr(other, f.name)
                  for f in fields(self) if f.name != "everything"}
        return Changes(**merged, everything=self.everything or other.everything)

    def __bool__(self) -> bool:
        return self.everything or any(getattr(self, k) for k in KINDS)


NOTHING = Changes()

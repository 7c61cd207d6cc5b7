"""The front door: the only way the UI and the CLI read and change workshop data.

In the spirit of Anki's `Collection`: one object, `Door(store)`, with sections named by what
users know (`door.workshops`, `door.people`, `door.agenda`, `door.plans`, `door.assessments`,
`door.checks`, `door.local_content`, `door.exchange`, `door.exports`, `door.polls`,
`door.dashboard`, `door.presenting`). Rules:

- **Plain data out.** Reads return frozen dataclasses of the core (`PlanDoc`,
  `ParticipantInfo`...); no ORM row and no SQLAlchemy session ever leaves the door.
- **One explicit transaction per operation** (core/db.py emits BEGIN itself; writes take the
  write lock first with BEGIN IMMEDIATE): an operation is all or nothing.
- **Writes say what they changed.** A write returns `Outcome(value, changes)`; the UI's
  `run_op` (ui/operations.py) runs it off the UI thread and the main window broadcasts the
  `Changes` once, so pages showing those kinds refresh.
- **Undo** lives here (door/undo.py): `door.undo()` / `door.redo()` revert the last
  undoable operation (plans, assessments, agenda, people) in one transaction.

The door is Qt-free, like the core below it (an import-linter contract checks both).
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from pcsc_workshop.door.changes import KINDS, NOTHING, Changes
from pcsc_workshop.door.outcome import Outcome
from pcsc_workshop.door.undo import Step, UndoStack

if TYPE_CHECKING:
    from pcsc_workshop.core.store import Store
    from pcsc_workshop.door.agenda import AgendaSection
    from pcsc_workshop.door.assessments import AssessmentsSection
    from pcsc_workshop.door.checks import ChecksSection
    from pcsc_workshop.door.dashboard import DashboardSection
    from pcsc_workshop.door.exchange import ExchangeSection
    from pcsc_workshop.door.exports import ExportsSection
    from pcsc_workshop.door.local_content import LocalContentSection
    from pcsc_workshop.door.people import PeopleSection
    from pcsc_workshop.door.plans import PlansSection
    from pcsc_workshop.door.polls import PollsSection
    from pcsc_workshop.door.presenting import PresentingSection
    from pcsc_workshop.door.workshops import WorkshopsSection

__all__ = ["Door", "Changes", "Outcome", "KINDS", "NOTHING", "Step", "open_door"]


class Door:
    """The workshop database, as users know it. Thread-safe: each operation opens its own
    session, so one Door is shared by the UI thread and its workers."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.history = UndoStack()

    # Sections are built on first use: importing a section imports only the core modules
    # it needs (the main window appears before the database layer is imported).
    @cached_property
    def workshops(self) -> WorkshopsSection:
        from pcsc_workshop.door.workshops import WorkshopsSection

        return WorkshopsSection(self)

    @cached_property
    def people(self) -> PeopleSection:
        from pcsc_workshop.door.people import PeopleSection

        return PeopleSection(self)

    @cached_property
    def agenda(self) -> AgendaSection:
        from pcsc_workshop.door.agenda import AgendaSection

        return AgendaSection(self)

    @cached_property
    def plans(self) -> PlansSection:
        from pcsc_workshop.door.plans import PlansSection

        return PlansSection(self)

    @cached_property
    def assessments(self) -> AssessmentsSection:
        from pcsc_workshop.door.assessments import AssessmentsSection

        return AssessmentsSection(self)

    @cached_property
    def checks(self) -> ChecksSection:
        from pcsc_workshop.door.checks import ChecksSection

        return ChecksSection(self)

    @cached_property
    def local_content(self) -> LocalContentSection:
        from pcsc_workshop.door.local_content import LocalContentSection

        return LocalContentSection(self)

    @cached_property
    def exchange(self) -> ExchangeSection:
        from pcsc_workshop.door.exchange import ExchangeSection

        return ExchangeSection(self)

    @cached_property
    def exports(self) -> ExportsSection:
        from pcsc_workshop.door.exports import ExportsSection

        return ExportsSection(self)

    @cached_property
    def polls(self) -> PollsSection:
        from pcsc_workshop.door.polls import PollsSection

        return PollsSection(self)

    @cached_property
    def dashboard(self) -> DashboardSection:
        from pcsc_workshop.door.dashboard import DashboardSection

        return DashboardSection(self)

    @cached_property
    def presenting(self) -> PresentingSection:
        from pcsc_workshop.door.presenting import PresentingSection

        return PresentingSection(self)

    # -- undo ---------------------------------------------------------------------------
    def undo_label(self) -> str | None:
        return self.history.undo_label()

    def redo_label(self) -> str | None:
        return self.history.redo_label()

    def undo(self) -> Outcome[str | None]:
        """Revert the last undoable operation; the value is its label (None: nothing)."""
        return self._replay(undoing=True)

    def redo(self) -> Outcome[str | None]:
        return self._replay(undoing=False)

    def _replay(self, *, undoing: bool) -> Outcome[str | None]:
        h = self.history
        step = h.pop_undo() if undoing else h.pop_redo()
        if step is None:
            return Outcome(None)
        try:
            with self.store.session(write=True) as session:
                changes, back = step.revert(session)
        except BaseException:
            # nothing was changed (one transaction): the step stays offered, to try again
            (h.push_undo if undoing else h.push_redo)(step)
            raise
        (h.push_redo if undoing else h.push_undo)(Step(step.label, back, step.workshop_id))
        return Outcome(step.label, changes)

    def close(self) -> None:
        self.store.close()


def open_door(path: str) -> Door:
    """Open (check, back up, migrate) the database at `path` and return its door."""
    from pcsc_workshop.core.store import Store

    return Door(Store(path))

"""The page protocol: a declarative class the main window registers (Picard's options pages).

Subclasses set NAME (stable, for settings and tests) and implement `load()` (fill from the
core); the sidebar title and position are declared once, in the PAGES registry. `load()` is
called when the page is shown or the workshop changes; pages stay cheap until then.

`SHOWS` declares the kinds of workshop data the page shows (door/changes.py `KINDS`): when
an operation's `Changes` touch one of them, the page reloads if it is on screen, or marks
itself stale and reloads when it is next shown. Its own edits (origin inside the page) do
not reload it: the screen already shows them.

Building a page in stages: a page whose widgets take long to build (over ~30 ms of UI-thread
work: a chart, a big form) builds a skeleton in `__init__` and queues the rest with
`build_later(stage, ...)`. The main window's warm-up runs the stages one per event-loop turn,
so the window stays responsive while every page is prepared; anything that asks for the page
(`MainWindow.page()`, a click, `ensure_loaded()`) finishes what is left first, so a page is
never seen half built. `polish_steps(widget)` polishes a group of widgets (their style) in
short slices: a stage builds a group under its final parent, the next stages polish it, and
adding it to its layout is then cheap (polishing a few hundred widgets at once took 60-130 ms).
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from pcsc_workshop.door import Changes
from pcsc_workshop.ui.context import AppContext
from pcsc_workshop.ui.staging import Step, polish_steps, run_now
from pcsc_workshop.ui.widgets.reveal import Reveal

__all__ = ["Page", "Step", "polish_steps", "run_now"]

class Page(QWidget):
    NAME = ""
    SHOWS: frozenset[str] = frozenset()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"page-{self.NAME}")
        self._stale = True
        self._stages: list[Step] = []  # parts of the page not built yet (build_later)
        self._reveal: Reveal | None = None  # parts painted a turn after the page (showEvent)
        ctx.changes.workshopSelected.connect(self._mark_stale)
        ctx.changes.applied.connect(self._changes_applied)
        ctx.changes.contentLanguageChanged.connect(self.content_language_changed)

    def load(self) -> None:
        """Fill the page from the core for `ctx.workshop_id`."""
        run_now(self.load_steps())

    def load_steps(self) -> list[Step]:
        """`load()` cut into steps (a few ms each), for the first page at start-up, which
        the main window fills one step per turn. A page overrides `load()` or this; the
        default `load()` runs these at once."""
        return []

    # -- building in stages (see the module notes) ------------------------------------------
    def build_later(self, *stages: Step) -> None:
        """Build these parts of the page after `__init__`, one per event-loop turn in the
        warm-up, or all at once when the page is wanted first. A stage may return a list of
        further steps (`polish_steps(group)`, one row each...): they run before the next stage."""
        self._stages.extend(stages)

    def reveal_in_turns(self, parts: list[QWidget]) -> None:
        """Each time the page is shown, paint its frame first and then `parts`, one per
        later turn (ui/widgets/reveal.py): for pages whose first paint is one long turn."""
        self._reveal = Reveal(self, parts)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._reveal is not None and not event.spontaneous():  # shown by the app
            self._reveal.start()

    def is_built(self) -> bool:
        return not self._stages

    def build_step(self) -> bool:
        """Run the next stage of the build; True while stages are left."""
        if self._stages:
            more = self._stages.pop(0)()
            if isinstance(more, list):
                self._stages[0:0] = more
        return bool(self._stages)

    def finish_building(self) -> None:
        """Run every stage left (the page is wanted now)."""
        while self._stages:  # a stage may queue more with build_later
            stages, self._stages = self._stages, []
            run_now(stages)

    def prepare_steps(self) -> list:
        """Expensive set-up that needs no workshop data, as separate steps (callables).

        The main window runs them one per event-loop turn while the user reads the first
        page, so that the first visit to this page only fills it with data. A step that
        returns a list of callables has them run next, one per turn as well.
        """
        return []

    def flush(self, wait: bool = True) -> None:
        """Save anything pending. `wait=True`: stored before returning, because the caller
        reads the database next (Edit › Undo, an exchange, another workshop, closing);
        `wait=False`: the save starts on a worker (switching pages)."""

    def ensure_loaded(self) -> None:
        self.finish_building()
        if self._stale:
            self._stale = False
            self.load()

    def ensure_loaded_steps(self) -> list[Step]:
        """`ensure_loaded()` as steps to run one per turn (the first page at start-up)."""
        self.finish_building()
        if not self._stale:
            return []
        self._stale = False
        return self.load_steps() if type(self).load is Page.load else [self.load]

    def content_language_changed(self, _language: str) -> None:
        """The content language changed: pages showing curriculum content reload it."""
        self._mark_stale("")

    def _changes_applied(self, changes: Changes, origin: object) -> None:
        if not changes.touches(self.SHOWS):
            return
        if isinstance(origin, QWidget) and (origin is self or self.isAncestorOf(origin)):
            return
        self._mark_stale("")

    def _mark_stale(self, _workshop_id: str) -> None:
        self._stale = True
        if self.isVisible():
            self.ensure_loaded()

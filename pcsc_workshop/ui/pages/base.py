"""The page protocol: a declarative class the main window registers (Picard's options pages).

Subclasses set NAME (stable, for settings and tests) and implement `load()` (fill from the
core); the sidebar title and position are declared once, in the PAGES registry. `load()` is
called when the page is shown or the workshop changes; pages stay cheap until then.

`SHOWS` declares the kinds of workshop data the page shows (door/changes.py `KINDS`): when
an operation's `Changes` touch one of them, the page reloads if it is on screen, or marks
itself stale and reloads when it is next shown. Its own edits (origin inside the page) do
not reload it: the screen already shows them.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from pcsc_workshop.door import Changes
from pcsc_workshop.ui.context import AppContext


class Page(QWidget):
    NAME = ""
    SHOWS: frozenset[str] = frozenset()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"page-{self.NAME}")
        self._stale = True
        ctx.changes.workshopSelected.connect(self._mark_stale)
        ctx.changes.applied.connect(self._changes_applied)
        ctx.changes.contentLanguageChanged.connect(self.content_language_changed)

    def load(self) -> None:
        """Fill the page from the core for `ctx.workshop_id`."""

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
        if self._stale:
            self._stale = False
            self.load()

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

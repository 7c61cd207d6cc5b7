"""A widget built in parts: one part per event-loop turn during the warm-up, or all at once
when it is first needed.

Why: building a page's widgets and styling them (the app's style sheet is resolved per
widget when it is polished) is UI-thread work proportional to the number of widgets. The
Plans page holds ~220 widgets and its constructor took ~200 ms in one piece on a loaded
machine, the self-assessment page ~80 ms plus its radar: a click or a key press in that turn
waited for all of it (bench/ui_latency_bench.py). Built in parts of a few dozen widgets,
each polished in its own part, no turn holds the loop for long.

The parts keep the order of the one-piece build, so widgets are created in the same order
and the keyboard's Tab order (Qt's focus chain follows creation order) stays what it was.
Whatever reads a part that is not built yet calls `finish()` first (the owner's properties
and entry points do), so the widget behaves as if it had been built in one piece.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from pcsc_workshop.ui.accessibility import name_from_labels


class Staged:
    """The parts of a widget still to build, in order (each returns what it built, or None).

    What a part returns is polished there and then (style sheet, fonts: the costly half of
    a widget's first show), and its buddy labels name their fields (`name_from_labels`, which
    the main window runs only on what a page's constructor built)."""

    def __init__(self, parts: list[Callable[[], QWidget | None]]) -> None:
        self._parts = list(parts)
        self._building = False

    @property
    def done(self) -> bool:
        return not self._parts

    def steps(self) -> list[Callable[[], None]]:
        """One callable per part still to build, for `Page.prepare_steps` (each builds the
        next part, so the order holds whoever else finishes the build meanwhile)."""
        return [self.next for _ in self._parts]

    def next(self) -> None:
        """Build the next part (nothing when all are built or a part is being built)."""
        if not self._parts or self._building:
            return
        self._building = True
        try:
            built = self._parts.pop(0)()
        finally:
            self._building = False
        if built is not None:
            built.ensurePolished()
            name_from_labels(built)

    def finish(self) -> None:
        """Build every part left, now (the widget is about to be used)."""
        while self._parts and not self._building:
            self.next()

"""Show a dense page's parts one event-loop turn after another, not all in its first paint.

Why: the first paint of a page shown from the sidebar is one UI-thread turn, and on the
Self-assessment page (the scoring form, the radar, the suggested stage and the priorities:
about 120 widgets in view) that paint was 10-13 ms of UI-thread CPU on top of the 2-3 ms the
switch itself takes (bench/ui_latency_bench.py, "open page assessment"). Covered by a plain
opaque widget, a part is not painted at all (Qt skips what an opaque sibling above it hides),
so the first turn paints the page's frame and the uncovered part; each later turn lifts one
cover, and Qt paints what was under it, in that turn only.

The covered widgets stay shown, laid out, enabled and in the keyboard order (a cover takes no
focus, no mouse and says nothing to a screen reader); for the turn or two a cover is up, the
part looks empty in the window's background colour.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from pcsc_workshop.ui.staging import Step, in_turns


class Cover(QWidget):
    """An opaque, inert widget over the whole of its parent, until `lift()`."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)  # opaque: Qt paints nothing of the part under it
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()

    def cover(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.raise_()
        self.show()

    def lift(self) -> None:
        if shiboken6.isValid(self):
            self.hide()


class Reveal:
    """Covers `parts` (in order) when asked, then lifts one cover per later turn."""

    def __init__(self, owner: QWidget, parts: list[QWidget]) -> None:
        self._owner = owner
        self._covers = [Cover(part) for part in parts]
        self._run = 0  # the latest `start`: the turns of an earlier one do nothing

    def start(self) -> None:
        """Cover every part now (call it while the owner is being shown) and uncover them
        in the next turns, the first part first."""
        self._run += 1
        run = self._run
        for cover in self._covers:
            cover.cover()

        def lifting(cover: Cover) -> Step:
            def lift() -> None:
                if run == self._run:  # else a later `start` or `finish` owns the covers
                    cover.lift()
            return lift

        in_turns(self._owner, [lifting(cover) for cover in self._covers])

    def finish(self) -> None:
        """Uncover every part now (a caller that needs the whole page painted at once)."""
        self._run += 1
        for cover in self._covers:
            cover.lift()

    @property
    def covering(self) -> bool:
        return any(cover.isVisible() for cover in self._covers)

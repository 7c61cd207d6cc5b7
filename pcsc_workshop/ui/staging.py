"""Work for the UI thread cut into steps, one per event-loop turn (the warm-up, page stages).

A step is a callable run in one turn; a step that returns a list of steps has those run
next, before anything queued after it. The main window's warm-up (ui/main_window.py) and a
page's build stages (`Page.build_later`, ui/pages/base.py) both run steps this way, so that
no turn holds the event loop long enough to be felt (bench/ui_latency_bench.py: under 50 ms
on a quiet machine). Qt only: the main window imports this before the database layer.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

# A step is a callable run in one event-loop turn; returning a list of steps has those run
# next (one per turn as well).
Step = Callable[[], object]

# Set to a list by bench/ui_latency_bench.py --trace-stalls: each later-turn call's UI-thread
# time is noted there as (wall ms, CPU ms, the function's name). None: nothing is timed.
turn_log: list[tuple[float, float, str]] | None = None


def _timed(fn: Callable[[], object], log: list[tuple[float, float, str]]) -> Callable[[], None]:
    def run() -> None:
        wall, cpu = time.perf_counter(), time.thread_time()
        try:
            fn()
        finally:
            name = getattr(fn, "__qualname__", type(fn).__name__).replace(".<locals>", "")
            log.append(((time.perf_counter() - wall) * 1000,
                        (time.thread_time() - cpu) * 1000, f"later turn: {name}"))
    return run


def in_a_later_turn(owner: QObject, fn: Callable[[], object]) -> None:
    """Call `fn` in a later event-loop turn, never if `owner` is deleted first.

    A zero-interval timer, not `QTimer.singleShot(0, ...)`: in Qt 6 that is a posted event,
    and a chain of them ran two to several steps in one turn before any timer (or the
    bench's 2 ms heartbeat) got in: 5 ms steps showed as 18-88 ms stalls. A timer's step
    waits its turn with the other timers, so each step is a turn of its own (8-9 ms gaps)."""
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(fn if turn_log is None else _timed(fn, turn_log))
    timer.timeout.connect(timer.deleteLater)
    timer.start()
    _waiting.append(timer)
    if len(_waiting) > 256:  # a long session: the run ones go
        turns_waiting()


# The later-turn calls' timers, those run or deleted dropped by `turns_waiting`. (Not a
# Python slot on each timer's `destroyed`: the first such call cost the UI thread ~15 ms
# of PySide set-up, in the middle of the first page's build.)
_waiting: list[QTimer] = []


def turns_waiting() -> int:
    """How many later-turn calls are queued. The warm-up waits for a page's own turns (a
    filled page showing its rows a slice per turn) before going on with its own: two chains
    of zero-delay timers fire in the same event-loop turn, and each turn was then the sum of
    two steps (18-23 ms, bench/ui_latency_bench.py)."""
    _waiting[:] = [t for t in _waiting if shiboken6.isValid(t) and t.isActive()]
    return len(_waiting)


# A polish slice stops after this long (a widget's polish is ~0.1-0.8 ms of UI-thread work;
# 12 ms slices made 13-14 ms turns, a stall of 20 ms and more while a worker held the GIL).
POLISH_SLICE_S = 0.006


def polish_steps(widget: QWidget, slice_s: float = POLISH_SLICE_S) -> list[Step]:
    """Steps that polish `widget` and everything under it, at most `slice_s` per turn.

    Deepest widgets first (reversed pre-order): polishing a widget polishes its children
    too, so this way each call polishes only itself. The widgets are listed when the first
    step runs, so a stage may queue this before it builds the group's last rows. Polish the
    group under its final parent: moving a polished widget to another parent (a splitter, a
    tab, a scroll area) polishes it all again."""
    return _each_widget(widget, slice_s, QWidget.ensurePolished)


# A measuring slice stops after this long (see `measure_steps`).
MEASURE_SLICE_S = 0.006


def measure_steps(widget: QWidget, slice_s: float = MEASURE_SLICE_S) -> list[Step]:
    """Steps that ask `widget` and everything under it for their size hints, at most
    `slice_s` per turn, deepest first.

    Why: the first time a text is measured, Qt loads a font for each script in it (a
    fontconfig search for the fallbacks, a FreeType face) and shapes it; QLabel, QComboBox
    and the buttons then keep their hints until their text or font changes. Without this,
    all of that happened in the one turn that laid a filled page out (the Workshop page's
    people in many scripts and its list of languages, each in its own script: 11-20 ms of
    UI-thread CPU, bench/perf_stalls.py); afterwards that turn is mostly arithmetic."""
    def measure(found: QWidget) -> None:
        if not found.isWindow():
            found.sizeHint()
            found.minimumSizeHint()

    return _each_widget(widget, slice_s, measure)


def _each_widget(widget: QWidget, slice_s: float,
                 visit: Callable[[QWidget], object]) -> list[Step]:
    """Steps that `visit` `widget` and everything under it, deepest first, at most `slice_s`
    per turn (at least one widget a turn, however short the slice). The widgets are listed
    when the first step runs; one deleted before its turn is skipped."""
    widgets: list[QWidget] | None = None

    def visit_some() -> list[Step]:
        nonlocal widgets
        if widgets is None:
            widgets = [*widget.findChildren(QWidget)[::-1], widget]
        deadline = time.perf_counter() + slice_s
        while widgets:
            found = widgets.pop(0)
            if shiboken6.isValid(found):
                visit(found)
            if time.perf_counter() >= deadline:
                break
        return [visit_some] if widgets else []

    return [visit_some]


def run_now(steps: list[Step]) -> None:
    """Run `steps` (and the steps they return) at once, in order: what a caller that needs
    the result now does with work that is otherwise spread over turns."""
    queue = list(steps)
    while queue:
        more = queue.pop(0)()
        if isinstance(more, list):
            queue[0:0] = more


def in_turns(owner: QObject, steps: list[Step]) -> None:
    """Run `steps` one per later event-loop turn (a step's returned steps first), each
    with its own layout and paint; the rest is dropped if `owner` is deleted first (a
    step that finds its work out of date returns nothing and the others still run)."""
    queue = list(steps)

    def next_turn() -> None:
        more = queue.pop(0)()
        if isinstance(more, list):
            queue[0:0] = more
        if queue:
            in_a_later_turn(owner, next_turn)

    if queue:
        in_a_later_turn(owner, next_turn)

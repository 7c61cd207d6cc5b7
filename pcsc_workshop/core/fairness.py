"""Background threads give the UI thread a real turn at the GIL at least every ~8 ms.

CPython's GIL favours a thread that releases and retakes it often. SQLite releases it for
every row step, so a worker reading many rows retakes it before the waiting UI thread has
even woken up; and the UI thread only *asks* for the GIL when no switch at all happened
during a whole switch interval, which the worker's many tiny releases prevent. Measured with
a 200-participant workshop: the UI thread waited up to 133 ms while a worker collected the
plans for a PDF export. A half-millisecond sleep now and then, on worker threads only, ends
that (it costs them about 6 %).

The core stays Qt-free: it only knows "the main thread" (the UI's, or the CLI's, which never
sleeps here).
"""

from __future__ import annotations

import threading
from time import monotonic, sleep

BREATHE_EVERY_S = 0.008
BREATH_S = 0.0005
_state = threading.local()


def breathe() -> None:
    """On a worker thread, sleep for BREATH_S if it ran BREATHE_EVERY_S since the last time."""
    if threading.current_thread() is threading.main_thread():
        return
    now = monotonic()
    last = getattr(_state, "last", None)
    if last is None:
        _state.last = now
    elif now - last >= BREATHE_EVERY_S:
        sleep(BREATH_S)
        _state.last = monotonic()


def install() -> None:
    """Breathe at every SQL statement and every object the ORM loads, in every engine of
    this process (idempotent). Installed by the UI for its workers (ui/workers.py); the
    CLI and the core's own engine set-up never pay for it.

    Per statement is not enough alone: one SELECT of 800 plan rows is one statement, and
    SQLite releases and retakes the GIL at each row while the ORM loads it; reading an
    800-step plan on a worker kept the UI thread waiting 285 ms. Per loaded object the check
    costs a clock read.
    """
    global _installed
    if _installed:
        return
    from sqlalchemy import event
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session

    event.listen(Engine, "before_cursor_execute", _breathe_event)
    event.listen(Session, "loaded_as_persistent", _breathe_event)
    _installed = True


_installed = False


def _breathe_event(*_args: object, **_kwargs: object) -> None:
    breathe()

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


def breathe_while_loading() -> None:
    """Also breathe for every object the ORM loads (idempotent).

    One SELECT of 800 plan rows is one statement, so the per-statement hook never ran while
    SQLite stepped through the rows, releasing and retaking the GIL at each: reading an
    800-step plan on a worker kept the UI thread waiting 285 ms. Per loaded object the check
    costs a clock read.
    """
    global _orm_hooked
    if _orm_hooked:
        return
    from sqlalchemy import event
    from sqlalchemy.orm import Session

    event.listen(Session, "loaded_as_persistent", _breathe_loaded)
    _orm_hooked = True


_orm_hooked = False


def _breathe_loaded(*_args: object) -> None:
    breathe()

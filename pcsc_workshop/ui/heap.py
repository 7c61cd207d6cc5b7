"""Keep Python's garbage collector from freezing the window.

A full collection walks every tracked object while holding the GIL, so the UI thread waits
for it whichever thread triggered it. With the curriculum, SQLAlchemy, pyqtgraph and the
widgets loaded that walk took 55-90 ms (bench/ui_latency_bench.py, 200 participants).
Almost all of those objects are made at start-up and live as long as the app, so:

- `pause_collection()` at process start: no full collection during start-up (which ran one
  of those 60 ms walks on the worker opening the database, while the window was drawing);
- `settle_heap()` once start-up is over: freeze what exists (never collected again; it was
  never going to be garbage) and collect normally from then on, over new objects only
  (measured: 10-15 ms for a full collection during a 200-plan PDF export).

No `gc.collect()` before freezing: it would be one more long pause on the UI thread; the
price is that cyclic garbage made during start-up stays in memory (a one-off, small).
"""

from __future__ import annotations

import gc


def pause_collection() -> None:
    gc.disable()


def settle_heap() -> None:
    gc.freeze()
    gc.enable()

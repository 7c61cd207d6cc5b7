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

- `no_full_collections()` while a batch export runs on its worker (ui/exports.py): why, below.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager


def pause_collection() -> None:
    gc.disable()


def settle_heap() -> None:
    gc.freeze()
    gc.enable()


# A full collection's generation-2 threshold while a batch runs: in effect, never.
_NO_FULL = 1_000_000
_batches = 0
_saved: tuple[int, int, int] | None = None
_lock = threading.Lock()


@contextmanager
def no_full_collections() -> Iterator[None]:
    """Young collections only while a long batch (200 plan PDFs) runs on a worker.

    Why: reportlab's fonts and each document's objects are made after `settle_heap`, so a
    full collection during a batch walked them all, holding the GIL 35-60 ms on a loaded
    machine (40 ms on a quiet one) and freezing the window behind the progress dialog; a
    200-plan batch ran several (bench/ui_latency_bench.py, "plan PDFs exporting"). Young
    collections still run, and free most of a document's cycles; the few that outlive them
    (about 30 objects a plan) wait for the first full collection after the batch.
    Batches may overlap: the usual thresholds come back when the last one ends."""
    global _batches, _saved
    with _lock:
        if _batches == 0:
            _saved = gc.get_threshold()
            gc.set_threshold(_saved[0], _saved[1], _NO_FULL)
        _batches += 1
    try:
        yield
    finally:
        with _lock:
            _batches -= 1
            if _batches == 0 and _saved is not None:
                gc.set_threshold(*_saved)

"""While a batch export runs, no full garbage collection freezes the window."""

from __future__ import annotations

import gc

from pcsc_workshop.ui.heap import no_full_collections


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def _full_collections_while(make_garbage) -> int:
    seen: list[int] = []

    def callback(phase: str, info: dict) -> None:
        if phase == "start" and info["generation"] == 2:
            seen.append(1)

    gc.callbacks.append(callback)
    try:
        make_garbage()
    finally:
        gc.callbacks.remove(callback)
    return len(seen)


def _churn() -> None:
    kept = []
    for i in range(300_000):  # what a batch of documents allocates, cycles and survivors
        _Cycle()
        if i % 50 == 0:
            kept.append([i])


def test_a_batch_runs_young_collections_only_then_the_usual_ones_come_back() -> None:
    # as after start-up (ui/heap.py settle_heap): the heap frozen, collection on, so that
    # new objects soon make a full collection worthwhile (the usual policy's 25 % rule)
    was_enabled, was_frozen = gc.isenabled(), gc.get_freeze_count()
    gc.enable()
    gc.freeze()
    gc.collect()  # nothing left to walk; and the 25 % rule now counts from zero
    try:
        before = gc.get_threshold()
        assert _full_collections_while(_churn) > 0  # the usual policy: full ones happen
        with no_full_collections():
            with no_full_collections():  # two batches at once
                assert _full_collections_while(_churn) == 0
            assert _full_collections_while(_churn) == 0  # the other batch still runs
        assert gc.get_threshold() == before
        assert _full_collections_while(_churn) > 0
    finally:
        if not was_frozen:
            gc.unfreeze()
        if not was_enabled:
            gc.disable()

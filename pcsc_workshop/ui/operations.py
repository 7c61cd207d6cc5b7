"""One way to read and write workshop data from the UI (Anki's CollectionOp / QueryOp).

    run_op(widget, ctx, lambda door: door.people.add_participant(wid, fields),
           done=lambda pid: ...)
    run_read(widget, ctx, lambda door: door.people.participants(wid), done=self.fill)

Both run the door call on a worker thread (ui/workers.py), never on the UI thread, and call
`done` on the UI thread. `run_op` expects an `Outcome` and broadcasts its `Changes` once
(`ctx.changes.publish`, with the asking widget as origin), so every page that shows those
kinds refreshes or marks itself stale. A failure without a handler shows the error's
message (core/errors.py makes storage failures one plain sentence).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtWidgets import QWidget

from pcsc_workshop.ui.workers import Cancelled, Op, Progress

if TYPE_CHECKING:
    from pcsc_workshop.door import Door, Outcome
    from pcsc_workshop.ui.context import AppContext

T = TypeVar("T")


def run_op(parent: QWidget | None, ctx: AppContext, op: Callable[[Door], Outcome[T]], *,
           done: Callable[[T], None] | None = None,
           failed: Callable[[BaseException], None] | None = None) -> Op:
    """Run a write off the UI thread, broadcast what it changed, then call `done(value)`."""
    def work(_progress: Progress, _cancelled: Cancelled) -> Outcome[T]:
        return op(ctx.door)

    return _start(Op(parent, work), parent, ctx, done, failed)


def run_long_op(parent: QWidget | None, ctx: AppContext,
                op: Callable[[Door, Progress, Cancelled], Outcome[T]], label: str, *,
                done: Callable[[T], None] | None = None,
                failed: Callable[[BaseException], None] | None = None) -> Op:
    """A write long enough to show progress with a Cancel button (imports, exports)."""
    def work(progress: Progress, cancelled: Cancelled) -> Outcome[T]:
        return op(ctx.door, progress, cancelled)

    return _start(Op(parent, work).with_progress(label), parent, ctx, done, failed)


def _start(job: Op, parent: QWidget | None, ctx: AppContext, done: Callable[[Any], None] | None,
           failed: Callable[[BaseException], None] | None) -> Op:
    def succeeded(outcome: Outcome[Any]) -> None:
        ctx.changes.publish(outcome.changes, parent)
        if done is not None:
            done(outcome.value)

    job.success(succeeded)
    if failed is not None:
        job.failure(failed)
    return job.run()


def run_read(parent: QWidget | None, ctx: AppContext, read: Callable[[Door], T], *,
             done: Callable[[T], None],
             failed: Callable[[BaseException], None] | None = None,
             newest: str | None = None) -> Op:
    """Run a read off the UI thread and hand its plain data to `done` on the UI thread.
    `newest`: a name for reads of which only the newest matters (the plan just chosen); an
    older one of that name from the same `parent` is skipped if it has not started."""
    job = Op(parent, lambda _p, _c: read(ctx.door)).success(done)
    if failed is not None:
        job.failure(failed)
    if newest is not None:
        job.replacing(newest)
    return job.run()

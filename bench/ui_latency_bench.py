"""The slowest handler on the UI thread during a scripted session with a 200-participant
workshop (target: nothing over 50 ms).

Every event Qt dispatches goes through `TimingApp.notify`, which times the outermost
dispatch; every scripted step that a click or key press would trigger (choosing a page, a
participant, a delegation, typing) is timed the same way. The table lists the slowest ones.

    python bench/ui_latency_bench.py [--participants 200] [--delegations 12]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEvent, QObject, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.workshop_fixture import build_workshop  # noqa: E402


class TimingApp(QApplication):
    """Times the outermost dispatch of every event (nested dispatches belong to it)."""

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self.depth = 0
        self.samples: list[tuple[float, str]] = []
        self.recording = False

    def notify(self, receiver: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if not self.recording or self.depth:
            self.depth += 1
            try:
                return super().notify(receiver, event)
            finally:
                self.depth -= 1
        self.depth += 1
        started = time.perf_counter()
        try:
            return super().notify(receiver, event)
        finally:
            self.depth -= 1
            elapsed = (time.perf_counter() - started) * 1000
            if elapsed > 1:
                label = f"event {event.type().name} -> {type(receiver).__name__}"
                views = getattr(receiver, "views", None)
                if callable(views) and views():  # which chart's scene it was
                    owner = views()[0].parent()
                    label += f" of {type(owner).__name__}" if owner is not None else ""
                self.samples.append((elapsed, f"{label} #{len(self.samples)}"))


def timed(app: TimingApp, label: str, fn) -> None:
    app.depth += 1
    started = time.perf_counter()
    try:
        fn()
    finally:
        app.depth -= 1
    app.samples.append(((time.perf_counter() - started) * 1000, f"step {label} #{len(app.samples)}"))
    settle(app)


def settle(app: TimingApp) -> None:
    for _ in range(3):
        app.processEvents()


def type_into(app: TimingApp, widget, text: str) -> None:
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            app.postEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                            Qt.KeyboardModifier.NoModifier, ch))
        settle(app)


def session(app: TimingApp, window, participants: int) -> None:
    """Walk every page, open many plans, type, and switch delegations like a facilitator."""
    for row, spec in enumerate(window.specs):
        timed(app, f"open page {spec.name}", lambda r=row: window.nav.setCurrentRow(r))
    plans = window.page("plans")
    timed(app, "open page plans", lambda: window.show_page("plans"))
    items = plans._plan_items()  # the tree's plan entries, as a click would pick them
    for item in items[: min(len(items), 40)]:
        timed(app, "open a plan", lambda it=item: plans.tree.setCurrentItem(it))
    edit = plans.editor.sections["challenges"]
    edit.setFocus()
    type_into(app, edit, "Financing is the key challenge — التمويل هو التحدي ")
    time.sleep(0.6)  # let autosave fire inside the recorded session
    settle(app)
    if any(s.name == "curriculum" for s in window.specs):
        page = window.show_page("curriculum")
        box = getattr(page, "search", None) or getattr(page, "search_box", None)
        if box is not None:
            box.setFocus()
            type_into(app, box, "data privacy")
    for spec in window.specs:
        page = window.page(spec.name)
        picker = getattr(page, "delegation_picker", None)
        if picker is not None:
            timed(app, f"show page {spec.name}", lambda n=spec.name: window.show_page(n))
            for i in range(min(picker.count(), 12)):
                timed(app, f"{spec.name}: pick delegation", lambda i=i, p=picker: p.setCurrentIndex(i))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--participants", type=int, default=200)
    parser.add_argument("--delegations", type=int, default=12)
    args = parser.parse_args()
    app = TimingApp(["bench"])
    from pcsc_workshop.ui.app import attach_store, create_app
    from pcsc_workshop.ui.main_window import MainWindow

    create_app()
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        store, wid = build_workshop(Path(tmp) / "bench.sqlite3", args.delegations,
                                    args.participants)
        built = time.perf_counter() - t0
        window = MainWindow()
        window.show()
        attach_store(window, store)
        window.ctx.select_workshop(wid)
        window.reload_workshops()
        settle(app)
        warmed: list[bool] = []
        window.warm_up(lambda: warmed.append(True))  # what the app does after start-up
        while not warmed:
            app.processEvents()
            time.sleep(0.005)
        settle(app)
        app.recording = True
        session(app, window, args.participants)
        app.recording = False
        window.close()
        store.close()
    samples = sorted(app.samples, reverse=True)
    print(f"workshop: {args.delegations} delegations, {args.participants} participants "
          f"(built in {built:.1f} s); {len(samples)} dispatches over 1 ms recorded")
    print("slowest UI-thread operations:")
    for ms, label in samples[:10]:
        print(f"  {ms:7.1f} ms  {label}")
    worst = samples[0][0] if samples else 0.0
    print(f"slowest UI-thread handler: {worst:.1f} ms (target < 50 ms)")


if __name__ == "__main__":
    main()

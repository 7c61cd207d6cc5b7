"""How long the UI thread is ever away from its event loop, with a 200-participant workshop
(target: under 50 ms, the point where a click or a key press starts to feel late).

A scripted facilitator's session, recorded from the moment the database has been opened:

- start-up: attach the database, choose the workshop, the background warm-up that builds
  every page (its page builds run on the UI thread, one per event-loop turn);
- session: every page (clicked through, then a second on the dashboard while it refreshes,
  and Refresh pressed there), 40 plans opened, typing (Arabic included) until autosave
  fires, a curriculum search typed key by key, the learning gain of 800 knowledge checks,
  the 12 delegations picked in turn on the self-assessment page;
- export: the 200-plan PDF batch rendered in its child process with the progress panel up
  in the status bar (Cancel pressed if it is still running after 3 s).

How: a precise 2 ms timer on the UI thread notes when it fires; the longest gap between two
firings is the longest time the event loop was busy (one handler, or several queued in one
turn: what a user feels). Scripted steps run inside that loop, so a slow step is a gap too.
Each gap is charged to the step or activity running at the time. Full garbage collections
are timed as well: they hold the GIL, so they stall the UI thread whichever thread runs them.
Each run is a fresh process (cold caches, as a user gets them); the figure to quote is the
worst over all runs.

The absolute figure follows the machine (the same code showed 39 ms one day and 98-116 ms
another), so the bench also times a bare PySide6 window's start-up in the same run (a fresh
process: import PySide6, a QApplication, an empty QMainWindow shown, events processed until
it is painted; `BARE_REPEATS` times before and after each run, median of all) and prints the
longest stall as a ratio to it (target < 0.15: about 50 ms where a bare window takes 0.33 s).
On a machine shared with other jobs the load changes within seconds, so the bench also gives
the ratio in CPU time: what the UI thread itself did during its longest stall, over the bare
window process's own CPU time.

`--trace-stalls` adds a sampler thread that records the UI thread's stack
(`sys._current_frames()`) whenever the heartbeat is more than 30 ms late, and prints the
commonest stacks by activity: the cause of a stall, which the UI thread cannot see itself.
It also prints the longest start-up steps the main window noted (`MainWindow.turn_log`:
attaching, the first page's build and fill, each warm-up step, by page), wall and CPU.
It also says how much of that time the UI thread was on a CPU: little means it was waiting
(for the GIL, or for a CPU on a loaded machine), not working.

`--per-event` instead times every event dispatch through a Python `QApplication.notify`
override, naming the receiver (e.g. which chart's scene). Use it to find *what* is slow, not
for the figure: the override itself takes the GIL on every event, so while a worker runs it
inflates every dispatch.

    python bench/ui_latency_bench.py [--runs 3] [--participants 200] [--delegations 12]
                                     [--trace-stalls] [--per-event]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEvent, QObject, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.bytecode import compile_app  # noqa: E402
from bench.import_watch import MainThreadImports  # noqa: E402
from bench.workshop_fixture import build_workshop  # noqa: E402

TARGET_MS = 50.0
TARGET_RATIO = 0.15  # of a bare PySide6 window's start-up (issue 19, point 6)
BARE_REPEATS = 3
TRACE_AFTER_S = 0.03  # --trace-stalls: a heartbeat this late means the UI thread is busy
TRACE_ALL_THREADS = False  # --trace-stalls --all-threads
TRACE_FRAMES = 9
TRACE_TURNS = 12  # --trace-stalls: the longest start-up steps (MainWindow.turn_log)
EXPORT_SECONDS = 3.0
TICK_MS = 2
# bench/perf_stalls.py sets this: each stall over STALL_LOG_MS is appended to the file as
# [start, end (CLOCK_MONOTONIC s, perf's clock), UI thread id, activity]
STALL_LOG = os.environ.get("PCSC_STALL_LOG", "")
STALL_LOG_MS = 6.0


class Recorder:
    """Gaps between heartbeat ticks, charged to what the script was doing."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.phase: str | None = None  # None: not recording
        self.beating = False  # the heartbeat timer runs (read by the --trace-stalls sampler)
        self.activity = ""
        self.samples: list[tuple[float, str, str]] = []  # (ms, phase, what)
        self.cpu_samples: list[tuple[float, str, str]] = []  # the same gaps in UI-thread CPU
        self._last_cpu = 0.0
        self.collections: list[tuple[float, str, str]] = []  # full GCs: (ms, phase, thread)
        self._last = 0.0
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self._watch_collections()

    def start(self, phase: str, heartbeat: bool = True) -> None:
        self.phase, self.activity = phase, phase
        self._last, self._last_cpu = time.perf_counter(), time.thread_time()
        self.beating = heartbeat
        if heartbeat:
            self.timer.start()

    def stop(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
            self._tick()
        self.phase, self.beating = None, False

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        gap = (now - self._last) * 1000 - TICK_MS
        if self.phase is not None and gap > 1:
            self.samples.append((gap, self.phase, self.activity))
            if STALL_LOG and gap > STALL_LOG_MS:  # bench/perf_stalls.py: what Qt did in it
                with open(STALL_LOG, "a", encoding="utf-8") as log:
                    log.write(json.dumps([self._last, now, threading.get_native_id(),
                                          f"{self.phase}  {self.activity}"]) + "\n")
            # what the UI thread itself did in that gap (not the waiting for a CPU or the GIL)
            self.cpu_samples.append(((cpu - self._last_cpu) * 1000, self.phase, self.activity))
        self._last, self._last_cpu = now, cpu

    def trace_stalls(self) -> None:
        """Sample the UI thread's stack while its heartbeat is late (see the module notes)."""
        self.stacks: dict[tuple[str, str], int] = {}  # (activity, stack) -> samples
        # activity -> [wall s sampled, UI-thread CPU s in it]: busy in Qt/Python, or waiting
        # (for the GIL or for a CPU) while the stack shows only processEvents
        self.on_cpu: dict[str, list[float]] = {}
        ui_thread = threading.get_ident()
        clock = time.pthread_getcpuclockid(ui_thread)

        def sampler() -> None:
            import traceback

            last = (time.perf_counter(), time.clock_gettime(clock))
            while True:
                time.sleep(0.01)
                now = (time.perf_counter(), time.clock_gettime(clock))
                wall, cpu = now[0] - last[0], now[1] - last[1]
                last = now
                if self.phase is None or not self.beating:
                    continue
                if time.perf_counter() - self._last > TRACE_AFTER_S:
                    frames = sys._current_frames()
                    frame = frames.get(ui_thread)
                    if frame is None:
                        continue
                    stack = "".join(traceback.format_stack(frame)[-TRACE_FRAMES:])
                    if TRACE_ALL_THREADS:  # what the workers were doing meanwhile
                        for ident, other in frames.items():
                            if ident not in (ui_thread, threading.get_ident()):
                                stack += "  -- another thread:\n" + "".join(
                                    traceback.format_stack(other)[-TRACE_FRAMES:])
                    key = (self.activity, stack)
                    self.stacks[key] = self.stacks.get(key, 0) + 1
                    seen = self.on_cpu.setdefault(self.activity, [0.0, 0.0])
                    seen[0] += wall
                    seen[1] += cpu

        threading.Thread(target=sampler, name="stall-sampler", daemon=True).start()

    def _watch_collections(self) -> None:
        started: list[float] = []

        def callback(phase: str, info: dict) -> None:
            if info["generation"] != 2:
                return
            if phase == "start":
                started[:] = [time.perf_counter()]
            elif started and self.phase is not None:
                ms = (time.perf_counter() - started[0]) * 1000
                self.collections.append((ms, self.phase, threading.current_thread().name))

        gc.callbacks.append(callback)


class PerEventApp(QApplication):
    """`--per-event`: times the outermost dispatch of every event (see the module notes)."""

    recorder: Recorder | None = None
    depth = 0

    def notify(self, receiver: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        rec = self.recorder
        if rec is None or rec.phase is None or self.depth:
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
                rec.samples.append((elapsed, rec.phase, f"{rec.activity}: "
                                    f"{_describe(receiver, event)}"))


def _describe(receiver: QObject, event: QEvent) -> str:
    label = f"event {event.type().name} -> {type(receiver).__name__}"
    views = getattr(receiver, "views", None)
    if callable(views) and views():  # which chart's scene it was
        owner = views()[0].parent()
        label += f" of {type(owner).__name__}" if owner is not None else ""
    return label


def timed(rec: Recorder, label: str, fn) -> None:
    """A scripted step (what one click or key press triggers), then the loop runs on."""
    rec.activity = label
    fn()
    settle(rec)


def settle(rec: Recorder) -> None:
    for _ in range(3):
        rec.app.processEvents()


def pump(rec: Recorder, until, limit_s: float) -> None:
    """Run the event loop (as `exec()` would) until `until()` or `limit_s` seconds."""
    deadline = time.perf_counter() + limit_s
    while not until() and time.perf_counter() < deadline:
        rec.app.processEvents()
        time.sleep(0.001)


def type_into(rec: Recorder, widget, text: str, what: str) -> None:
    rec.activity = what
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            rec.app.postEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                Qt.KeyboardModifier.NoModifier, ch))
        settle(rec)


def start_up(rec: Recorder, window, path: Path, workshop_id: str):
    """What `ui/app.run` does: open the database on a worker, attach it, warm up."""
    from pcsc_workshop.ui.app import attach_store, prepare_store
    from pcsc_workshop.ui.workers import Op

    opened: list = []
    rec.activity = "opening the database"
    Op(window, lambda _p, _c: prepare_store(str(path))).success(opened.append).run()
    pump(rec, lambda: bool(opened), 60)
    store = opened[0]
    timed(rec, "attach the database", lambda: attach_store(window, store))
    timed(rec, "choose the workshop", lambda: (window.ctx.select_workshop(workshop_id),
                                                window.reload_workshops()))
    warmed: list[bool] = []
    rec.activity = "warm-up (page builds)"
    window.warm_up(lambda: warmed.append(True))
    pump(rec, lambda: bool(warmed), 60)
    return store


def session(rec: Recorder, window) -> None:
    """Walk every page, open many plans, type, and switch delegations like a facilitator."""
    for row, spec in enumerate(window.specs):
        timed(rec, f"open page {spec.name}", lambda r=row: window.nav.setCurrentRow(r))
    timed(rec, "stay on the dashboard", lambda: window.show_page("dashboard"))
    pump(rec, lambda: False, 1.0)  # its refresh runs and fills it
    timed(rec, "press Refresh on the dashboard", window.page("dashboard").refresh_button.click)
    pump(rec, lambda: False, 1.0)
    plans = window.page("plans")
    timed(rec, "open page plans", lambda: window.show_page("plans"))
    items = plans._plan_items()  # the tree's plan entries, as a click would pick them
    for item in items[: min(len(items), 40)]:
        timed(rec, "open a plan", lambda it=item: plans.tree.setCurrentItem(it))
    edit = plans.editor.sections["challenges"]
    edit.setFocus()
    type_into(rec, edit, "Financing is the key challenge — التمويل هو التحدي ", "type in a plan")
    rec.activity = "autosave"
    pump(rec, lambda: False, 0.6)  # autosave fires inside the recorded session
    page = window.show_page("curriculum")
    box = getattr(page, "search", None) or getattr(page, "search_box", None)
    if box is not None:
        box.setFocus()
        type_into(rec, box, "data privacy", "type a curriculum search")
    quiz = window.show_page("quiz")
    timed(rec, "learning-gain tab (800 checks)", lambda: quiz.tabs.setCurrentIndex(1))
    pump(rec, lambda: quiz.by_person.rowCount() > 0, 5)  # read and scored on a worker
    assessment = window.page("assessment")
    timed(rec, "open page assessment", lambda: window.show_page("assessment"))
    for i in range(min(assessment.delegation.count(), 12)):
        timed(rec, "assessment: pick a delegation",
              lambda i=i: assessment.delegation.setCurrentIndex(i))
    pump(rec, lambda: False, 0.5)  # the last picks' reads come back and fill the page: theirs,
    # not the export's that follows (their radar and form once showed as the export's stalls)


def export(rec: Recorder, window, folder: Path) -> int:
    """The 200-plan PDF batch with its progress dialog; Cancel after EXPORT_SECONDS."""
    from pcsc_workshop.ui.workers import Op

    rec.activity = "plan PDFs exporting"
    op = window.export_menu.export_plans(folder)
    pump(rec, lambda: op not in Op._running, EXPORT_SECONDS)
    if op in Op._running:
        timed(rec, "cancel the export", op.cancel)
        pump(rec, lambda: op not in Op._running, 30)
    return len(list(folder.glob("*.pdf")))


BARE_WINDOW = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication(sys.argv)
window = QMainWindow()
painted = Painted()
window.installEventFilter(painted)
window.show()
QTimer.singleShot(10_000, lambda: app.exit(1))  # never painted: fail, do not hang
sys.exit(app.exec())
"""


def bare_window_s() -> tuple[float, float]:
    """(wall, CPU) seconds for a fresh process to show an empty PySide6 window, painted once.

    Timed from the spawn to the exit, as the app's own start-up is (bench/startup_bench.py):
    interpreter, PySide6 import, QApplication, window shown, exposed and painted. The CPU
    time (user + system) is the process's own work, whatever else the machine runs."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", BARE_WINDOW], check=True, env=env,
                   capture_output=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def one_run(participants: int, delegations: int, per_event: bool, trace: bool = False) -> dict:
    app = PerEventApp(["bench"]) if per_event else QApplication(["bench"])
    if trace:
        from pcsc_workshop.ui import staging

        staging.turn_log = []  # each later-turn step timed (listed with the start-up steps)
    from pcsc_workshop.ui.app import create_app, show_window
    from pcsc_workshop.ui.heap import pause_collection

    create_app()
    rec = Recorder(app)
    callbacks: list[tuple[float, float, str]] = []
    if trace:
        rec.trace_stalls()
        callbacks = time_callbacks(rec)
    if per_event:
        app.recorder = rec  # its samples replace the heartbeat's
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        path = Path(tmp) / "bench.sqlite3"
        fixture, workshop_id = build_workshop(path, delegations, participants,
                                              knowledge_checks=2)
        fixture.close()
        built = time.perf_counter() - t0
        gc.collect()  # the fixture's garbage is not the app's: start as a fresh process would
        pause_collection()  # as `ui/app.run` does (see ui/heap.py)
        window = show_window()  # the fonts registered first, as `ui/app.run` does
        settle(rec)
        rec.start("start-up", heartbeat=not per_event)
        store = start_up(rec, window, path, workshop_id)
        with MainThreadImports() as imports:
            rec.phase = "session"
            session(rec, window)
            rec.phase = "export"
            (Path(tmp) / "pdf").mkdir()
            written = export(rec, window, Path(tmp) / "pdf")
            rec.stop()
        window.close()
        store.close()
    stacks = [[what, stack, n] for (what, stack), n in getattr(rec, "stacks", {}).items()]
    from pcsc_workshop.ui import staging

    turns = sorted(getattr(window, "turn_log", []) + callbacks + (staging.turn_log or []),
                   key=lambda t: -t[1])[:TRACE_TURNS]
    return {"built_s": built, "turns": turns, "samples": rec.samples, "cpu_samples": rec.cpu_samples,
            "collections": rec.collections,
            "pdfs": written, "imports": imports.modules, "stacks": stacks,
            "on_cpu": getattr(rec, "on_cpu", {})}


def time_callbacks(rec: Recorder) -> list[tuple[float, float, str]]:
    """--trace-stalls: note what each worker's result cost the UI thread when it came back
    (a page filled from a read: the warm-up's and the session's), with the turn log."""
    from pcsc_workshop.ui.workers import Op

    noted: list[tuple[float, float, str]] = []
    succeeded = Op._succeeded

    def timed_success(op: Op, result: object) -> None:
        wall, cpu = time.perf_counter(), time.thread_time()
        try:
            succeeded(op, result)
        finally:
            callback = op._on_success
            name = getattr(callback, "__qualname__", type(callback).__name__)
            noted.append(((time.perf_counter() - wall) * 1000,
                          (time.thread_time() - cpu) * 1000,
                          f"{rec.activity}: result to {name.replace('.<locals>', '')}"))

    Op._succeeded = timed_success  # type: ignore[method-assign]
    return noted


def report_stacks(runs: list[dict]) -> None:
    """`--trace-stalls`: the UI thread's commonest stacks while it was late, by activity."""
    found: dict[tuple[str, str], int] = {}
    for run in runs:
        for what, stack, n in run["stacks"]:
            found[(what, stack)] = found.get((what, stack), 0) + n
    by_activity: dict[str, int] = {}
    for (what, _stack), n in found.items():
        by_activity[what] = by_activity.get(what, 0) + n
    print("UI thread seen busy (samples every 10 ms while the heartbeat was over "
          f"{TRACE_AFTER_S * 1000:.0f} ms late), by activity:")
    on_cpu: dict[str, list[float]] = {}
    for run in runs:
        for what, (wall, cpu) in run.get("on_cpu", {}).items():
            seen = on_cpu.setdefault(what, [0.0, 0.0])
            seen[0] += wall
            seen[1] += cpu
    turns = sorted((t for run in runs for t in run.get("turns", [])), key=lambda t: -t[1])
    if turns:
        print("longest start-up steps (attach, first page, warm-up: one event-loop turn each) "
              "and results handed back by workers (wall ms, UI-thread CPU ms):")
        for wall, cpu, what in turns[:TRACE_TURNS]:
            print(f"  {wall:7.1f} {cpu:7.1f}  {what}")
    for what, n in sorted(by_activity.items(), key=lambda kv: -kv[1]):
        wall, cpu = on_cpu.get(what, [0.0, 0.0])
        share = f"; UI thread on a CPU {cpu / wall:.0%} of that time" if wall else ""
        print(f"=== {what}: {n} samples{share}")
        stacks = sorted(((n, stack) for (w, stack), n in found.items() if w == what),
                        reverse=True)
        for count, stack in stacks[:3]:
            print(f"--- {count} x at:\n{stack}")


def report(runs: list[dict], participants: int, delegations: int) -> float:
    samples = sorted((tuple(s) + (i + 1,) for i, run in enumerate(runs) for s in run["samples"]),
                     reverse=True)
    print(f"workshop: {delegations} delegations, {participants} participants; "
          f"{len(runs)} run(s), each a fresh process")
    for i, run in enumerate(runs, 1):
        worst = {}
        for ms, phase, _what in run["samples"]:
            worst[phase] = max(worst.get(phase, 0.0), ms)
        full = max((c[0] for c in run["collections"]), default=0.0)
        print(f"  run {i}: slowest start-up {worst.get('start-up', 0):.1f} ms, session "
              f"{worst.get('session', 0):.1f} ms, export {worst.get('export', 0):.1f} ms "
              f"({run['pdfs']} PDFs before Cancel); {len(run['collections'])} full GC(s), "
              f"longest {full:.1f} ms")
    by_activity: dict[tuple[str, str], list[float]] = {}
    for ms, phase, what, _run in samples:
        by_activity.setdefault((phase, what), []).append(ms)
    cpu_by_activity: dict[tuple[str, str], float] = {}  # the most UI-thread CPU in one stall
    for run in runs:
        for ms, phase, what in run.get("cpu_samples", []):
            cpu_by_activity[(phase, what)] = max(cpu_by_activity.get((phase, what), 0.0), ms)
    imported = sorted({m for run in runs for m in run["imports"]})
    print(f"modules first imported on the UI thread after start-up: {len(imported)}"
          + (f" ({', '.join(imported[:12])}{' …' if len(imported) > 12 else ''})"
             if imported else ""))
    print("longest UI-thread stalls over all runs, by what was going on "
          "(stalls over 1 ms: count, median, longest; the most UI-thread CPU time one took):")
    for (phase, what), values in sorted(by_activity.items(), key=lambda kv: -max(kv[1]))[:16]:
        cpu = cpu_by_activity.get((phase, what))
        print(f"  {max(values):7.1f} ms  {phase:<8} {what}: {len(values)} stalls, "
              f"median {statistics.median(values):.1f} ms"
              + (f"; most CPU in one {cpu:.1f} ms" if cpu is not None else ""))
    worst = samples[0][0] if samples else 0.0
    print(f"longest UI-thread stall: {worst:.1f} ms (target < {TARGET_MS:.0f} ms)")
    bare = [t for run in runs for t in run.get("bare_s", [])]
    if bare:
        base = statistics.median(w for w, _ in bare) * 1000
        base_cpu = statistics.median(c for _, c in bare) * 1000
        worst_cpu = max((s[0] for run in runs for s in run.get("cpu_samples", [])),
                        default=0.0)
        for i, run in enumerate(runs, 1):
            own = max((s[0] for s in run["samples"]), default=0.0)
            own_cpu = max((s[0] for s in run.get("cpu_samples", [])), default=0.0)
            run_base = statistics.median(w for w, _ in run["bare_s"]) * 1000
            run_cpu = statistics.median(c for _, c in run["bare_s"]) * 1000
            print(f"  run {i}: longest stall {own:.1f} ms, bare window {run_base:.0f} ms: "
                  f"ratio {own / run_base:.3f}; in CPU time {own_cpu:.1f} ms / "
                  f"{run_cpu:.0f} ms: {own_cpu / run_cpu:.3f}")
        print(f"bare PySide6 window start-up (median of {len(bare)}, this run): {base:.0f} ms "
              f"(min {min(w for w, _ in bare) * 1000:.0f} ms, "
              f"max {max(w for w, _ in bare) * 1000:.0f} ms), {base_cpu:.0f} ms of CPU")
        print(f"longest UI-thread stall / bare window start-up: {worst:.1f} ms / {base:.0f} ms "
              f"= ratio {worst / base:.3f} (target < {TARGET_RATIO})")
        print(f"the same in CPU time (what the UI thread itself did in its longest stall, and "
              f"the bare window's process; the machine's load left out): {worst_cpu:.1f} ms / "
              f"{base_cpu:.0f} ms = ratio {worst_cpu / base_cpu:.3f} (target < {TARGET_RATIO})")
    return worst


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--participants", type=int, default=200)
    parser.add_argument("--delegations", type=int, default=12)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--per-event", action="store_true",
                        help="name the slow event dispatches (inflated figures, see above)")
    parser.add_argument("--trace-stalls", action="store_true",
                        help="print the UI thread's stacks whenever it is busy over 30 ms")
    parser.add_argument("--trace-after", type=float, default=30.0,
                        metavar="MS", help="--trace-stalls: sample once the UI thread is "
                        "this late (default %(default)s)")
    parser.add_argument("--all-threads", action="store_true",
                        help="--trace-stalls: the workers' stacks too")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    global TRACE_AFTER_S, TRACE_ALL_THREADS
    TRACE_AFTER_S, TRACE_ALL_THREADS = args.trace_after / 1000, args.all_threads
    if args.child:
        result = one_run(args.participants, args.delegations, args.per_event,
                         args.trace_stalls)
        print("RESULT " + json.dumps(result))
        return 0
    compile_app()  # bytecode as installed (see bench/bytecode.py)
    flags = [flag for flag, on in (("--per-event", args.per_event),
                                   ("--trace-stalls", args.trace_stalls),
                                   ("--all-threads", args.all_threads)) if on]
    flags += ["--trace-after", str(args.trace_after)]
    runs = []
    for _ in range(args.runs):
        bare = [bare_window_s() for _ in range(BARE_REPEATS)]  # the machine as it is now...
        child = subprocess.run(
            [sys.executable, "-X", "faulthandler", __file__, "--child", "--participants",
             str(args.participants), "--delegations", str(args.delegations), *flags],
            capture_output=True, text=True, check=False, cwd=ROOT)
        found = [line[7:] for line in child.stdout.splitlines() if line.startswith("RESULT ")]
        if child.returncode != 0:  # say so, with where it died, and go on with the others
            print(f"a run's process ended with code {child.returncode} "
                  f"({'after' if found else 'before'} its figures); its last words:\n"
                  + "\n".join(child.stderr.strip().splitlines()[-25:]), file=sys.stderr)
        if not found:
            continue
        bare += [bare_window_s() for _ in range(BARE_REPEATS)]  # ...and after the run
        runs.append(json.loads(found[0]))
        runs[-1]["bare_s"] = bare
    if not runs:
        print("no run finished", file=sys.stderr)
        return 1
    report(runs, args.participants, args.delegations)
    if args.trace_stalls:
        report_stacks(runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())

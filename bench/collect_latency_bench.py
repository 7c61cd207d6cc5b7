"""The UI thread while a facilitator collects 200 plan bundles (target: no stall over 50 ms).

The import runs on a worker with a progress dialog; afterwards every page reloads and the
import report lists 200 files. Stalls are measured as in `ui_latency_bench.py` (gaps between
the ticks of a 2 ms timer on the UI thread), from the click to two seconds after the report.

    python bench/collect_latency_bench.py
"""

from __future__ import annotations

import gc
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from bench import exchange_bench  # noqa: E402
from bench.bytecode import compile_app  # noqa: E402
from bench.ui_latency_bench import TARGET_MS, Recorder, pump, settle, start_up  # noqa: E402
from pcsc_workshop.core.exchange import open_pack, write_bundle, write_pack  # noqa: E402
from pcsc_workshop.core.exchange.state import Installation  # noqa: E402
from pcsc_workshop.core.store import Store  # noqa: E402


def make_bundles(folder: Path) -> tuple[Path, str, list[Path]]:
    """A facilitator's database and one bundle from each of 200 participants' laptops."""
    facilitator, workshop_id = exchange_bench._facilitator(folder)
    with facilitator.session() as s:
        pack = write_pack(s, workshop_id, folder / "workshop.pcsc")
    facilitator.close()
    laptop = Store(folder / "laptop.sqlite3")
    with laptop.session() as s:
        open_pack(s, pack.path)
    people = exchange_bench._edit_everyone(laptop, workshop_id)
    out = folder / "bundles"
    out.mkdir()
    for person in people:
        with laptop.session() as s:
            row = s.get(Installation, 1)
            if row is not None:
                s.delete(row)  # each bundle comes from another laptop
        with laptop.session() as s:
            write_bundle(s, workshop_id, person, out)
    laptop.close()
    return folder / "facilitator.sqlite3", workshop_id, sorted(out.glob("*.pcsc"))


def main() -> None:
    compile_app()
    app = QApplication(["bench"])
    from pcsc_workshop.ui.app import create_app
    from pcsc_workshop.ui.heap import pause_collection
    from pcsc_workshop.ui.main_window import MainWindow
    from pcsc_workshop.ui.workers import Op

    create_app()
    with tempfile.TemporaryDirectory() as tmp:
        database, workshop_id, files = make_bundles(Path(tmp))
        gc.collect()
        pause_collection()
        rec = Recorder(app)
        window = MainWindow()
        window.show()
        settle(rec)
        rec.start("start-up")
        store = start_up(rec, window, database, workshop_id)
        window.show_page("dashboard")
        pump(rec, lambda: False, 1.0)
        rec.samples.clear()
        rec.phase, rec.activity = "collect", "importing"
        started = time.perf_counter()
        op = window.exchange.facilitator.collect_files(files)
        pump(rec, lambda: op not in Op._running, 120)
        took = time.perf_counter() - started
        rec.activity = "report shown, pages reloading"
        pump(rec, lambda: False, 2.0)
        rec.stop()
        window.close()
        store.close()
    worst = sorted(rec.samples, reverse=True)[:3]
    print(f"collect {len(files)} bundles from the File menu: {took:.2f} s with the UI running")
    print("longest UI-thread stalls: " + ", ".join(f"{ms:.1f} ms ({what})"
                                                   for ms, _phase, what in worst))
    print(f"longest UI-thread stall while collecting: {worst[0][0] if worst else 0:.1f} ms "
          f"(target < {TARGET_MS:.0f} ms)")


if __name__ == "__main__":
    main()

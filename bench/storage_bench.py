#!/usr/bin/env python3
"""Storage: writers under a busy lock, the integrity check at open, the privacy scrub.

    python bench/storage_bench.py [--participants 2000]

1. 100 read-then-write transactions while another connection "autosaves" every 0.4 s
   (holding the write lock 50 ms), with a deferred BEGIN and with `Store.session(write=True)`
   (BEGIN IMMEDIATE): how many are refused as busy.
2. `PRAGMA quick_check` (run at every open) and a whole `Store` open on a large workshop.
3. `Store.scrub()` (VACUUM + WAL truncate, after deleting a participant) on the same file.
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import threading
import time
from pathlib import Path

from sqlalchemy import func, select

from pcsc_workshop.core import db
from pcsc_workshop.core.errors import DatabaseError
from pcsc_workshop.core.models import ActionPlan, NextStep, Participant, Workshop
from pcsc_workshop.core.store import Store


def busy(folder: Path) -> None:
    store = Store(folder / "busy.sqlite3")
    with store.session() as s:
        s.add(Workshop(id="w1", title="t", city="c", country="x"))
    stop = threading.Event()

    def autosave() -> None:
        con = sqlite3.connect(store.path, isolation_level=None, check_same_thread=False)
        con.execute("PRAGMA busy_timeout=10000")
        n = 0
        while not stop.is_set():
            con.execute("BEGIN IMMEDIATE")
            con.execute("UPDATE workshops SET description = ? WHERE id = 'w1'", (str(n),))
            time.sleep(0.05)
            con.execute("COMMIT")
            n += 1
            time.sleep(0.35)
        con.close()

    saver = threading.Thread(target=autosave)
    saver.start()
    try:
        for write in (False, True):
            ok = refused = 0
            started = time.perf_counter()
            for n in range(100):
                try:
                    with store.session(write=write) as s:
                        s.scalar(select(func.count()).select_from(Participant))
                        time.sleep(0.01)
                        s.add(Participant(workshop_id="w1", name=f"p{n}"))
                    ok += 1
                except DatabaseError:
                    refused += 1
            kind = "BEGIN IMMEDIATE (write=True)" if write else "deferred BEGIN"
            print(f"busy lock, {kind}: {ok} of 100 written, {refused} refused as busy, "
                  f"{time.perf_counter() - started:.1f} s")
    finally:
        stop.set()
        saver.join()
        store.close()


def large(folder: Path, participants: int) -> None:
    path = folder / "large.sqlite3"
    store = Store(path)
    with store.session() as s:
        s.add(Workshop(id="w1", title="t", city="c", country="x"))
        s.flush()
        s.add_all(Participant(id=f"p{i}", workshop_id="w1", name=f"Person {i}")
                  for i in range(participants))
        s.flush()
        s.add_all(ActionPlan(id=f"a{i}", workshop_id="w1", participant_id=f"p{i}",
                             key_takeaways="x" * 2000, challenges="y" * 2000)
                  for i in range(participants))
        s.flush()
        s.add_all(NextStep(plan_id=f"a{i}", action="z" * 300)
                  for i in range(participants) for _ in range(10))
    store.close()
    size = path.stat().st_size / 1e6
    started = time.perf_counter()
    db.check_integrity(path)
    print(f"quick_check, {participants} participants ({size:.1f} MB): "
          f"{(time.perf_counter() - started) * 1000:.0f} ms")
    started = time.perf_counter()
    store = Store(path)
    print(f"open (checks + engine), same file: {(time.perf_counter() - started) * 1000:.0f} ms")
    started = time.perf_counter()
    store.scrub()
    print(f"scrub (VACUUM + WAL truncate), same file: "
          f"{(time.perf_counter() - started) * 1000:.0f} ms")
    store.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--participants", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        busy(Path(tmp))
        large(Path(tmp), args.participants)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

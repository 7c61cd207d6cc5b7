"""A busy or failing database is named for what it is and costs nothing (issue 13, point 3).

Real SQLite files, real threads: an autosave writing every 0.4 s while 100 bundles come in,
a lock held longer than the busy timeout, a disk that fills up.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import event, select

from pcsc_workshop.core.exchange import (
    choose_participant,
    import_files,
    open_pack,
    write_bundle,
    write_pack,
)
from pcsc_workshop.core.exchange.state import Installation
from pcsc_workshop.core.models import Participant
from pcsc_workshop.core.plans import NextStepRow, plan_for_participant, save_plan
from pcsc_workshop.core.store import Store
from pcsc_workshop.door import Door
from tests.core.test_exchange_support import db_digest, fresh_store, make_workshop

PEOPLE = 100


def _bundles(tmp: Path, people: int, extra: str = "") -> tuple[Store, str, list[Path], list[str]]:
    """A facilitator and `people` bundles, each from its own laptop (own key)."""
    fac = fresh_store(tmp, "facilitator")
    wid = make_workshop(fac, people, delegations=10)
    with fac.session() as s:
        write_pack(s, wid, tmp / "pack.pcsc")
    laptop = fresh_store(tmp, "laptop")
    out = tmp / "bundles"
    out.mkdir()
    with laptop.session() as s:
        open_pack(s, tmp / "pack.pcsc")
        ids = [p.id for p in s.scalars(select(Participant).where(
            Participant.workshop_id == wid).order_by(Participant.position))]
    files = []
    for i, pid in enumerate(ids):
        with laptop.session() as s:
            row = s.get(Installation, 1)
            if row is not None:
                s.delete(row)  # another laptop: a new installation, a new key
        with laptop.session() as s:
            choose_participant(s, wid, pid)
            doc = plan_for_participant(s, pid)
            doc.key_takeaways = f"Takeaways {i}{extra}"
            doc.next_steps = [NextStepRow(action=f"Step {i}.{k}") for k in range(3)]
            save_plan(s, doc)
            files.append(write_bundle(s, wid, pid, out).path)
    laptop.close()
    return fac, wid, files, ids


class Autosave(threading.Thread):
    """What the plan editor does while the facilitator collects: save a plan every 0.4 s,
    through its own database connection and the door (door.plans.save: BEGIN IMMEDIATE, so
    it waits for the import's file to commit instead of failing on a stale snapshot)."""

    def __init__(self, path: Path, participant_id: str, every: float = 0.4) -> None:
        super().__init__(daemon=True)
        self.store = Store(path)
        self.door = Door(self.store)
        self.pid, self.every = participant_id, every
        self.stop = threading.Event()
        self.saves = 0
        self.failures: list[str] = []

    def run(self) -> None:
        n = 0
        while not self.stop.is_set():
            n += 1
            try:
                doc = self.door.plans.for_participant(self.pid)
                doc.challenges = f"Typed by the facilitator, save {n}"
                doc.next_steps = [NextStepRow(action=f"Own step {n}.{k}") for k in range(20)]
                self.door.plans.save(doc)
                self.saves += 1
            except Exception as exc:  # noqa: BLE001 - counted: the test reports them
                self.failures.append(repr(exc))
            self.stop.wait(self.every)
        self.store.close()


@pytest.mark.slow
def test_100_of_100_bundles_collected_while_the_plan_editor_autosaves(tmp_path: Path) -> None:
    fac, wid, files, ids = _bundles(tmp_path, PEOPLE)
    saver = Autosave(fac.path, ids[0], every=0.4)
    second = Autosave(fac.path, ids[1], every=0.05)  # a thread doing the same writes, faster
    saver.start()
    second.start()
    try:
        time.sleep(0.3)
        report = Door(fac).exchange.import_files(files).value.report  # as the app collects
    finally:
        saver.stop.set()
        second.stop.set()
        saver.join()
        second.join()
    assert [f.status for f in report.files].count("accepted") == PEOPLE, [
        (f.file_name, f.code, f.reason) for f in report.refused]
    # both writers really wrote while the bundles came in (how often depends on the machine),
    # and no save was refused: each waited for the file being imported, then wrote
    assert saver.saves >= 1 and second.saves >= 1
    assert saver.failures == [] and second.failures == []
    with fac.session() as s:
        assert plan_for_participant(s, ids[50]).key_takeaways == "Takeaways 50"
    fac.close()


def _hold_write_lock(path: Path, release: threading.Event, started: threading.Event,
                     seconds: float = 30.0) -> None:
    """Hold the write lock of `path` (another program writing) until `release` is set, or
    for `seconds` at most."""
    con = sqlite3.connect(str(path), timeout=30)
    con.execute("BEGIN IMMEDIATE")
    started.set()
    release.wait(seconds)
    con.rollback()
    con.close()


def _short_busy_timeout(store: Store, ms: int = 100) -> None:
    """SQLite's own wait for a lock cut from 10 s to `ms`: a lock held for a second is then
    ten times longer than the busy timeout, so what waits it out is the import's retrying."""
    store.engine.dispose()
    event.listen(store.engine, "connect",
                 lambda con, _r: con.execute(f"PRAGMA busy_timeout={ms}"))


def test_a_lock_longer_than_the_busy_timeout_is_waited_out(tmp_path: Path) -> None:
    fac, wid, files, _ids = _bundles(tmp_path, 3)
    _short_busy_timeout(fac)
    started, release = threading.Event(), threading.Event()
    locker = threading.Thread(target=_hold_write_lock, args=(fac.path, release, started, 1.2))
    locker.start()
    started.wait()
    t0 = time.monotonic()
    with fac.session() as s:
        report = import_files(s, files)
    locker.join()
    assert [f.status for f in report.files] == ["accepted"] * 3
    assert time.monotonic() - t0 > 1.0  # it really waited for the lock, 10 busy timeouts


def test_a_busy_file_given_up_is_named_and_does_not_spoil_the_batch(tmp_path: Path) -> None:
    fac, wid, files, _ids = _bundles(tmp_path, 3)
    started, release = threading.Event(), threading.Event()
    before = db_digest(fac.path)
    locker = threading.Thread(target=_hold_write_lock, args=(fac.path, release, started))
    # A shorter busy timeout than the lock, and no retries: the first file is given up...
    _short_busy_timeout(fac)
    locker.start()
    started.wait()
    try:
        with fac.session() as s:
            first = import_files(s, files[:1], retry_for=0).files[0]
    finally:
        release.set()  # the lock was held for the whole attempt
        locker.join()
    assert (first.status, first.code, first.transient) == ("refused", "database-busy", True)
    assert "busy" in first.reason and "damaged" not in first.reason
    assert db_digest(fac.path) == before
    with fac.session() as s:  # ...and the same session goes on with the others
        assert [f.status for f in import_files(s, files, retry_for=0).files] == [
            "accepted"] * 3


def test_a_full_disk_says_so_and_changes_nothing(tmp_path: Path) -> None:
    fac, wid, files, _ids = _bundles(tmp_path, 2, extra=" long" * 8000)  # needs new pages
    fac.engine.dispose()
    con = sqlite3.connect(str(fac.path))
    con.execute("VACUUM")  # no free pages left inside the file either
    con.close()
    before = db_digest(fac.path)

    def no_room(con, _record) -> None:  # the file may not grow: what a full disk does
        pages = con.execute("PRAGMA page_count").fetchone()[0]
        con.execute(f"PRAGMA max_page_count={pages}")

    event.listen(fac.engine, "connect", no_room)
    with fac.session() as s:
        report = import_files(s, files)
    assert [(f.status, f.code) for f in report.files] == [("refused", "disk-full")] * 2
    assert all("full" in f.reason and "damaged" not in f.reason and f.transient
               for f in report.files)
    fac.close()
    assert db_digest(fac.path) == before

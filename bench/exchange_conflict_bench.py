"""Cost under hostile but valid input: many senders editing the same records.

Run: `PYTHONPATH=. python bench/exchange_conflict_bench.py [--senders 60]`. Prints figures.

Two rooms, each with `--senders` small bundles that all edit the same records (the
delegation's 21 self-assessment scores and its shared plan), every one differently:

1. new laptops: every bundle claims the same participant from a laptop never seen for them
   (the issue's attack). They are held, not merged; then the facilitator accepts them all.
2. one delegation of `--senders` members, each from their own laptop (trusted), so every
   record is changed in `--senders` places: the worst honest case for conflicts.

Reported: time per file for the first and last tenth of the files (flat = linear cost), open
conflicts (bounded: at most one per record and sender), and the database size.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from pcsc_workshop.core.exchange import (
    accept_held,
    choose_participant,
    import_file,
    list_held,
    open_pack,
    write_bundle,
    write_pack,
)
from pcsc_workshop.core.exchange.state import Conflict
from pcsc_workshop.core.models import Assessment, AssessmentScore, Delegation, Participant, Workshop
from pcsc_workshop.core.plans import plan_for_delegation, save_plan
from pcsc_workshop.core.store import Store

ELEMENTS = 21
_TEMPLATE: list[Path] = []


def _empty(path: Path) -> Store:
    """A migrated empty database, copied from a template (migrating each is slow)."""
    if not _TEMPLATE:
        template = Path(tempfile.mkdtemp(prefix="pcsc-conflict-template-")) / "empty.sqlite3"
        Store(template).close()
        _TEMPLATE.append(template)
    shutil.copy(_TEMPLATE[0], path)
    return Store(path)


def _facilitator(folder: Path, members: int) -> tuple[Store, str, list[str]]:
    store = Store(folder / "facilitator.sqlite3")
    with store.session() as s:
        w = Workshop(title="Conflict bench", start_date=date(2016, 11, 14))
        s.add(w)
        s.flush()
        d = Delegation(workshop_id=w.id, country="Tunisia", city="Sfax")
        s.add(d)
        s.flush()
        people = [Participant(workshop_id=w.id, delegation_id=d.id, name=f"Member {i}")
                  for i in range(members)]
        s.add_all(people)
        s.flush()
        assessment = Assessment(workshop_id=w.id, delegation_id=d.id)
        s.add(assessment)
        s.flush()
        s.add_all(AssessmentScore(assessment_id=assessment.id, element_id=f"element-{e}")
                  for e in range(ELEMENTS))
        plan_for_delegation(s, d.id)
        return store, w.id, [p.id for p in people]


def _bundles(folder: Path, fac: Store, wid: str, senders: list[str]) -> list[Path]:
    """One laptop per bundle (a new key each time); each sets every score and the shared
    plan to its own values."""
    out = folder / "bundles"
    out.mkdir()
    files = []
    for n, pid in enumerate(senders):
        with fac.session() as s:
            pack = write_pack(s, wid, folder / f"pack-{n}.pcsc", participant_id=pid).path
        laptop = _empty(folder / f"laptop-{n}.sqlite3")
        with laptop.session() as s:
            open_pack(s, pack)
            choose_participant(s, wid, pid)
            for score in s.scalars(select(AssessmentScore)):
                score.score = (n + int(score.element_id.split("-")[1])) % 5
                score.evidence = f"Evidence from laptop {n}"
            delegation = s.scalars(select(Delegation.id)).one()
            doc = plan_for_delegation(s, delegation)
            doc.key_takeaways = f"Shared plan as laptop {n} sees it"
            save_plan(s, doc)
            files.append(write_bundle(s, wid, pid, out).path)
        laptop.close()
    return files


CPU: list[float] = []  # CPU time of the last _import, per file (wall time varies with load)


def _import(fac: Store, files: list[Path]) -> tuple[list[float], list]:
    times, results = [], []
    CPU.clear()
    for path in files:
        t0, c0 = time.perf_counter(), time.process_time()
        with fac.session() as s:
            results.append(import_file(s, path))
        times.append(time.perf_counter() - t0)
        CPU.append(time.process_time() - c0)
    return times, results


def _tenths(times: list[float]) -> str:
    k = max(1, len(times) // 10)
    first, last = sum(times[:k]) / k, sum(times[-k:]) / k
    return f"first tenth {first * 1000:.0f} ms/file, last tenth {last * 1000:.0f} ms/file"


def _open_conflicts(fac: Store) -> int:
    with fac.session() as s:
        return s.scalar(select(func.count()).select_from(Conflict).where(
            Conflict.resolved_at.is_(None))) or 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--senders", type=int, default=60)
    parser.add_argument("--only-room2", action="store_true", help="only the honest room")
    args = parser.parse_args()
    n = args.senders
    records = ELEMENTS + 1
    if args.only_room2:
        _room2(n, records)
        return

    folder = Path(tempfile.mkdtemp(prefix="pcsc-conflict-bench-"))
    try:
        fac, wid, people = _facilitator(folder, 2)
        # Participant 0 sends once from their own laptop (pinned); then n "new laptops".
        files = _bundles(folder, fac, wid, [people[0]] * (n + 1))
        _import(fac, files[:1])
        times, results = _import(fac, files[1:])
        held = sum(r.status == "held" for r in results)
        print(f"{n} bundles from new laptops for one participant: {held} held, "
              f"{_tenths(times)}, open conflicts {_open_conflicts(fac)}")
        t0 = time.perf_counter()
        accept_times = []
        with fac.session() as s:
            groups = list_held(s, wid)
        for h in groups:
            t1 = time.perf_counter()
            with fac.session() as s:
                accept_held(s, h.id)
            accept_times.append(time.perf_counter() - t1)
        size = (folder / "facilitator.sqlite3").stat().st_size
        print(f"  all {len(groups)} accepted: {time.perf_counter() - t0:.1f} s, "
              f"{_tenths(accept_times)}, open conflicts {_open_conflicts(fac)} "
              f"(bound: {records} records x {n} senders = {records * n}), "
              f"database {size / 1e6:.1f} MB")
        fac.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    _room2(n, records)


def _room2(n: int, records: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="pcsc-conflict-bench-"))
    try:
        room = folder / "room2"
        room.mkdir()
        fac, wid, people = _facilitator(room, n)
        files = _bundles(room, fac, wid, people)
        times, results = _import(fac, files)
        assert all(r.status == "accepted" for r in results), {r.code for r in results}
        size = (room / "facilitator.sqlite3").stat().st_size
        print(f"{n} conflicting senders (one delegation, own laptops, {records} shared records "
              f"each): {sum(times) / len(times) * 1000:.0f} ms/file on average, "
              f"wall {_tenths(times)}; CPU {_tenths(CPU)}; open conflicts {_open_conflicts(fac)} "
              f"(bound {records * (n - 1)}), database {size / 1e6:.1f} MB")
        fac.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()

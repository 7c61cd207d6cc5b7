"""Time the exchange calls the UI makes on its own thread (budget: ~50 ms each).

30 participants each send a bundle that conflicts with the facilitator's edit of their plan;
then list_conflicts (the Conflicts dialog), participant_status (Collected plans and the
dashboard column) and resolve_conflict (the Resolve button) are timed. Prints figures.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from pcsc_workshop.core.exchange import (
    choose_participant,
    import_files,
    list_conflicts,
    open_pack,
    participant_status,
    resolve_conflict,
    write_bundle,
    write_pack,
)
from pcsc_workshop.core.plans import plan_for_participant, save_plan
from tests.core.test_exchange_support import fresh_store, make_workshop

N = 30


def _best(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return min(times)


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="pcsc-bench-ui-"))
    fac = fresh_store(tmp, "facilitator")
    wid = make_workshop(fac, N)
    with fac.session() as s:
        pack = write_pack(s, wid, tmp / "pack.pcsc").path
    bundles = []
    for i in range(N):
        lap = fresh_store(tmp, f"lap{i}")
        with lap.session() as s:
            info = open_pack(s, pack)
            pid = info.participants[i].id
            choose_participant(s, wid, pid)
            doc = plan_for_participant(s, pid)
            doc.challenges = f"laptop {i}"
            save_plan(s, doc)
        with lap.session() as s:
            bundles.append(write_bundle(s, wid, pid, tmp).path)
        lap.close()
        with fac.session() as s:
            doc = plan_for_participant(s, pid)
            doc.challenges = f"facilitator {i}"
            save_plan(s, doc)
    with fac.session() as s:
        report = import_files(s, bundles)
    print(f"conflicts made: {report.total('conflicts')}")
    with fac.session() as s:
        print(f"list_conflicts ({N} open): {_best(lambda: list_conflicts(s, wid)):.1f} ms")
        print(f"participant_status ({N} people): "
              f"{_best(lambda: participant_status(s, wid)):.1f} ms")
    with fac.session() as s:
        first = list_conflicts(s, wid)[0]
        started = time.perf_counter()
        resolve_conflict(s, first.id, {"challenges": "theirs"})
    print(f"resolve_conflict + commit: {(time.perf_counter() - started) * 1000:.1f} ms")


if __name__ == "__main__":
    main()

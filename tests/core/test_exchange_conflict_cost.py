"""Many senders editing the same records: open conflicts stay bounded (at most one per record
and sender; a sender's newer version replaces its older one). Time per file is measured by
bench/exchange_conflict_bench.py."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from pcsc_workshop.core.exchange import (
    import_files,
    list_conflicts,
    open_pack,
    write_bundle,
    write_packs,
)
from pcsc_workshop.core.exchange.state import Conflict
from pcsc_workshop.core.models import Assessment, AssessmentScore
from tests.core.test_exchange_support import fresh_store, make_workshop

SENDERS = 6
ELEMENTS = 3


def _open(fac) -> list[tuple[str, str]]:
    with fac.session() as s:
        return list(s.execute(select(Conflict.record_id, Conflict.peer_id).where(
            Conflict.resolved_at.is_(None))).all())


def test_open_conflicts_are_one_per_record_and_sender(tmp_path: Path) -> None:
    fac = fresh_store(tmp_path, "facilitator")
    wid = make_workshop(fac, SENDERS, delegations=1)
    with fac.session() as s:
        packs = write_packs(s, wid, tmp_path / "packs")  # makes the delegation's assessment
        assessment = s.scalars(select(Assessment)).one()
        for e in range(ELEMENTS):
            s.add(AssessmentScore(assessment_id=assessment.id, element_id=f"element-{e}"))
    with fac.session() as s:
        packs = write_packs(s, wid, tmp_path / "packs-2")
    laptops = []
    for n, pack in enumerate(packs):
        laptop = fresh_store(tmp_path, f"laptop-{n}")
        with laptop.session() as s:
            open_pack(s, pack.path)
        laptops.append((laptop, pack.participant_id))

    def round_of_edits(label: str) -> list[Path]:
        files = []
        for n, (laptop, pid) in enumerate(laptops):
            with laptop.session() as s:
                for score in s.scalars(select(AssessmentScore)):
                    score.evidence = f"{label}: laptop {n} saw it this way"
                files.append(write_bundle(s, wid, pid, tmp_path / f"{label}-{n}.pcsc").path)
        return files

    with fac.session() as s:
        report = import_files(s, round_of_edits("first"))
    assert {f.status for f in report.files} == {"accepted"}
    first = _open(fac)
    # every record changed in SENDERS places: one shown, the others kept as conflicts
    assert len(first) == ELEMENTS * (SENDERS - 1)
    assert len(set(first)) == len(first)  # never two open conflicts of one sender per record

    with fac.session() as s:  # everyone changes their mind and sends again
        import_files(s, round_of_edits("second"))
    second = _open(fac)
    assert len(second) == ELEMENTS * (SENDERS - 1) and len(set(second)) == len(second)
    with fac.session() as s:
        texts = {d.theirs for c in list_conflicts(s, wid) for d in c.differences}
        superseded = s.scalar(select(func.count()).select_from(Conflict).where(
            Conflict.resolution == "superseded"))
    assert texts and all(t.startswith("second:") for t in texts)  # older ones collapsed
    assert superseded >= ELEMENTS * (SENDERS - 1)
    for laptop, _pid in laptops:
        laptop.close()
    fac.close()

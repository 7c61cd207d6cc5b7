"""Thirty laptops, no network: pack out, plans back, every edit present exactly once."""

from __future__ import annotations

import random
from pathlib import Path

from sqlalchemy import func, select

from pcsc_workshop.core.exchange import (
    choose_participant,
    import_files,
    list_conflicts,
    open_pack,
    participant_status,
    send_status,
    write_bundle,
    write_packs,
)
from pcsc_workshop.core.models import (
    ActionPlan,
    Assessment,
    AssessmentScore,
    NextStep,
    Participant,
    QuizAttempt,
)
from pcsc_workshop.core.people import list_participants
from pcsc_workshop.core.plans import NextStepRow, plan_for_participant, save_plan
from tests.core.test_exchange_support import (
    clone_store,
    fresh_store,
    make_workshop,
    travelling_state,
)

N = 30


def _participant_laptop(tmp: Path, pack: Path, index: int, out: Path) -> tuple[str, Path]:
    """Open the pack on a new laptop, pick participant `index`, edit, send; return (id, file)."""
    laptop = fresh_store(tmp, f"laptop{index}")
    try:
        with laptop.session() as s:
            info = open_pack(s, pack)
            person = info.participants[index]
            assert info.chosen_participant_id == person.id  # their own pack names them
            choose_participant(s, info.workshop_id, person.id)
            assert s.get(Participant, person.id).email is None  # e-mails stayed behind
            # Privacy: their own plan and their delegation's, nobody else's.
            owners = set(s.scalars(select(ActionPlan.participant_id)))
            assert person.id in owners and owners <= {person.id, None}
            doc = plan_for_participant(s, person.id)
            doc.key_takeaways = f"Takeaway of {person.name}"
            doc.next_steps.append(NextStepRow(action=f"Step by {person.name}"))
            save_plan(s, doc)
            assessment = s.scalars(select(Assessment).where(
                Assessment.delegation_id == s.get(Participant, person.id).delegation_id)).one()
            s.add(AssessmentScore(assessment_id=assessment.id, element_id=f"element-{index}",
                                  score=index % 5, evidence=f"evidence {person.name}"))
            s.add(QuizAttempt(workshop_id=info.workshop_id, participant_id=person.id,
                              module_id="quiz.module", phase="pre", score=index, total=30,
                              answers={"q1": index}))
        with laptop.session() as s:
            assert send_status(s).changed_since
            written = write_bundle(s, info.workshop_id, person.id, out)
            assert not send_status(s).changed_since
        return person.id, written.path
    finally:
        laptop.close()


def test_thirty_participants_round_trip(tmp_path: Path) -> None:
    facilitator = fresh_store(tmp_path, "facilitator")
    wid = make_workshop(facilitator, N)
    with facilitator.session() as s:
        packs = {w.participant_id: w.path for w in write_packs(s, wid, tmp_path / "packs")}
        people = [p.id for p in list_participants(s, wid)]
    out = tmp_path / "usb"
    out.mkdir()
    sent = [_participant_laptop(tmp_path, packs[people[i]], i, out) for i in range(N)]
    files = [path for _, path in sent]
    assert len({p.name for p in files}) == N  # a facilitator can tell the files apart

    before = clone_store(facilitator, tmp_path, "facilitator-copy")
    rng = random.Random(7)
    for attempt in range(2):
        order = files[:]
        rng.shuffle(order)
        with facilitator.session() as s:
            report = import_files(s, order)
        assert not report.refused
        if attempt == 0:
            assert len(report.accepted) == N
            assert report.total("conflicts") == 0
        else:
            assert len(report.already_present) == N and not report.accepted

    with facilitator.session() as s:
        for pid, _ in sent:
            name = s.get(Participant, pid).name
            assert plan_for_participant(s, pid).key_takeaways == f"Takeaway of {name}"
            assert s.scalar(select(func.count()).select_from(NextStep).where(
                NextStep.action == f"Step by {name}")) == 1
            assert s.scalar(select(func.count()).select_from(AssessmentScore).where(
                AssessmentScore.evidence == f"evidence {name}")) == 1
        assert s.scalar(select(func.count()).select_from(QuizAttempt)) == N
        assert list_conflicts(s, wid) == []
        status = participant_status(s, wid)
        assert all(st.files_received == 1 and st.plan_revision >= 2 for st in status)

    # Another order into a copy taken before the import: the same end state.
    reverse = list(reversed(files))
    with before.session() as s:
        import_files(s, reverse)
    assert travelling_state(before, wid) == travelling_state(facilitator, wid)

"""Deleting a participant's data for privacy: personal fields wiped, everything tombstoned."""

from __future__ import annotations

import sqlite3
from datetime import date

from sqlalchemy import select

from pcsc_workshop.core.assessment import assessment_for_participant, set_score
from pcsc_workshop.core.models import (
    ActionPlan,
    AssessmentScore,
    NextStep,
    Participant,
    QuizAttempt,
    SupportRequest,
)
from pcsc_workshop.core.plans import (
    NextStepRow,
    SupportRow,
    plan_for_delegation,
    plan_for_participant,
    save_plan,
)
from pcsc_workshop.core.setup import delete_participant_data
from pcsc_workshop.core.workshops import list_participants
from tests.core.jica_elements import element_id

SECRET = "Fatima Zahra Benali"


def test_deletion_wipes_personal_data_and_tombstones(store, db_path, demo_id):
    with store.session() as s:
        person = list_participants(s, demo_id)[2]  # ليلى بنعلي, Casablanca
        p = s.get(Participant, person.id)
        p.name, p.email = SECRET, "fatima@example.ma"
        doc = plan_for_participant(s, person.id)
        doc.key_takeaways = f"{SECRET} learned about open data"
        doc.next_steps = [NextStepRow(action="Open the bus data", responsible=SECRET,
                                      start_date=date(2025, 1, 1))]
        doc.support = [SupportRow(provider="TDLC", kind="financing", detail=f"Ask {SECRET}")]
        save_plan(s, doc)
        a = assessment_for_participant(s, person.id)
        set_score(s, a.id, element_id(16), 2, f"{SECRET}'s notes")
        s.add(QuizAttempt(workshop_id=demo_id, participant_id=person.id, module_id="m1",
                          phase="pre", score=3, total=5, answers={"q1": SECRET}))
        # the delegation plan holds a pulled copy: it is the delegation's and stays
        group = plan_for_delegation(s, person.delegation_id)
        group.next_steps = [NextStepRow(action="Open the bus data", source_ref="x")]
        save_plan(s, group)
        plan_id = doc.id
        revision_before = p.revision

    with store.session() as s:
        report = delete_participant_data(s, person.id)
    assert (report.plans, report.plan_rows, report.assessments, report.quiz_attempts) == (
        1, 2, 1, 1)

    with store.session() as s:
        p = s.get(Participant, person.id)
        assert p.deleted and p.revision > revision_before  # the deletion travels
        assert (p.name, p.email, p.organisation, p.role, p.consent) == ("", None, "", "", False)
        assert s.get(ActionPlan, plan_id).deleted
        assert all(r.deleted for r in s.scalars(select(NextStep).where(
            NextStep.plan_id == plan_id)))
        assert all(r.deleted for r in s.scalars(select(SupportRequest).where(
            SupportRequest.plan_id == plan_id)))
        assert all(r.deleted and r.score is None for r in s.scalars(select(AssessmentScore)))
        assert all(q.deleted and q.answers == {} for q in s.scalars(select(QuizAttempt)))
        assert person.id not in [x.id for x in list_participants(s, demo_id)]
        group_steps = s.scalars(select(NextStep).where(NextStep.plan_id == group.id)).all()
        assert [g.deleted for g in group_steps] == [False]

    # The name is nowhere in the file any more (WAL checkpointed into the main file).
    store.close()
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    dump = "\n".join(con.iterdump())
    con.close()
    assert SECRET not in dump and "fatima@example.ma" not in dump

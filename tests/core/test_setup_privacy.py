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
from pcsc_workshop.core.people import delete_participant_data, list_participants
from pcsc_workshop.core.plans import (
    NextStepRow,
    SupportRow,
    plan_for_delegation,
    plan_for_participant,
    save_plan,
)
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


# --- no trace left (issue 13, point 5) -------------------------------------------------------

TRACE = "Zeynep Hauptstraße-Öztürk"


def _files_holding(folder, needle: str) -> list[str]:
    """Files in `folder` whose raw bytes hold any form of `needle`: UTF-8, JSON's \\u escapes,
    or its first word (which a file-name slug keeps)."""
    import json

    forms = {needle.encode("utf-8"), json.dumps(needle).strip('"').encode("ascii"),
             needle.split()[0].encode("utf-8")}
    return sorted(p.name for p in folder.iterdir()
                  if p.is_file() and any(f in p.read_bytes() for f in forms))


def test_deleted_participant_leaves_no_trace_in_the_files(tmp_path):
    from pcsc_workshop.core import db
    from pcsc_workshop.core.exchange import (
        choose_participant,
        import_file,
        list_conflicts,
        open_pack,
        write_bundle,
        write_pack,
    )
    from pcsc_workshop.core.privacy import backups_holding, purge_backups
    from tests.core.test_exchange_support import fresh_store, make_workshop

    home = tmp_path / "facilitator"
    home.mkdir()
    facilitator = fresh_store(home, "workshops")
    wid = make_workshop(facilitator, 6)
    with facilitator.session() as s:
        person = list_participants(s, wid)[0]
        s.get(Participant, person.id).name = TRACE
    with facilitator.session() as s:
        pack = write_pack(s, wid, tmp_path / "workshop.pcsc").path
    usb = tmp_path / "usb"
    usb.mkdir()
    laptop = fresh_store(tmp_path, "laptop")

    def send(text: str):
        with laptop.session() as s:
            doc = plan_for_participant(s, person.id)
            doc.key_takeaways = text
            doc.support = [SupportRow(provider=f"{TRACE} (provider)", kind="technical")]
            save_plan(s, doc)
        with laptop.session() as s:
            return write_bundle(s, wid, person.id, usb).path

    with laptop.session() as s:
        open_pack(s, pack)
        choose_participant(s, wid, person.id)
    first = send(f"{TRACE} wants open bus data")
    with facilitator.session() as s:
        assert import_file(s, first).status == "accepted"
    with facilitator.session() as s:  # the facilitator edits the same plan...
        doc = plan_for_participant(s, person.id)
        doc.key_takeaways = "Edited by the facilitator"
        save_plan(s, doc)
    second = send(f"{TRACE} changed her mind")  # ...and so does she: a conflict
    with facilitator.session() as s:
        assert import_file(s, second).status == "accepted"
        assert list_conflicts(s, wid), "a conflict record holding her text is expected"
    from pcsc_workshop.core.polls import answer_poll, create_poll

    with facilitator.session() as s:  # her word in a live poll in the room (issue 17)
        poll = create_poll(s, wid, "words", "One word for your city?")
        answer_poll(s, poll.id, person.id, [TRACE])
    backup = db.backup(facilitator.path, "before-deletion")
    assert _files_holding(home, TRACE)  # in the database (and the backup) so far

    con = sqlite3.connect(facilitator.path)
    laptop_id = con.execute("SELECT sender_installation_id FROM exchange_imports WHERE "
                            "participant_id = ?", (person.id,)).fetchone()[0]
    assert con.execute("SELECT count(*) FROM exchange_peer_records WHERE peer_id = ?",
                       (laptop_id,)).fetchone()[0] > 0
    con.close()
    with facilitator.session() as s:
        report = delete_participant_data(s, person.id)
    assert report.exchange_rows >= 3  # two imports and at least one conflict
    con = sqlite3.connect(facilitator.path)
    for table in ("exchange_imports", "exchange_conflicts", "exchange_participant_keys",
                  "exchange_held_bundles", "live_poll_answers"):
        assert con.execute(f"SELECT count(*) FROM {table} WHERE participant_id = ?",
                           (person.id,)).fetchone()[0] == 0, table
    assert con.execute("SELECT count(*) FROM exchange_peer_records WHERE peer_id = ?",
                       (laptop_id,)).fetchone()[0] == 0  # what we knew of her laptop
    con.close()
    facilitator.scrub()
    # Raw bytes of the database, its WAL and shared-memory files: her name is gone, while the
    # app still runs (the store is open).
    db_files = [p for p in home.iterdir() if p.name.startswith("workshops.sqlite3")
                and ".backup-" not in p.name]
    assert any(p.name.endswith("-wal") for p in db_files)
    holding = _files_holding(home, TRACE)
    assert holding == [backup.name], holding
    # The older backup still holds her: said, and purged on request.
    assert backups_holding(facilitator.path, person.id) == [backup]
    assert purge_backups(backups_holding(facilitator.path, person.id)) == 1
    assert _files_holding(home, TRACE) == []

    # A later bundle from her laptop is refused with a clear reason, and changes nothing.
    third = send(f"{TRACE} is back")
    with facilitator.session() as s:
        result = import_file(s, third)
    assert result.status == "refused" and result.code == "participant-deleted"
    assert "deleted on this computer" in result.reason
    facilitator.scrub()
    assert _files_holding(home, TRACE) == []
    facilitator.close()
    laptop.close()

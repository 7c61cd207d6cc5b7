"""Merge rules: one side changed → take it; both changed → keep both; order and repeats
do not matter. Property tests drive three laptops and a facilitator with random edits."""

from __future__ import annotations

import random
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from pcsc_workshop.core.exchange import (
    choose_participant,
    import_file,
    import_files,
    list_conflicts,
    open_pack,
    participant_status,
    resolve_conflict,
    write_bundle,
    write_pack,
    write_packs,
)
from pcsc_workshop.core.models import Assessment, AssessmentScore, Participant
from pcsc_workshop.core.people import list_participants
from pcsc_workshop.core.plans import NextStepRow, plan_for_participant, save_plan
from pcsc_workshop.core.store import Store
from tests.conftest import run_temp_dir
from tests.core.test_exchange_support import (
    clone_store,
    fresh_store,
    make_workshop,
    travelling_state,
)

LAPTOPS = 3


def _world(folder: Path) -> dict:
    """Facilitator with 3 participants of one delegation (they share its assessment),
    a pack, and 3 laptops that opened it."""
    fac = fresh_store(folder, "facilitator")
    wid = make_workshop(fac, LAPTOPS, delegations=1)
    with fac.session() as s:
        write_pack(s, wid, folder / "pack.pcsc")  # makes the delegation assessments
        for a in s.scalars(select(Assessment)):
            s.add(AssessmentScore(assessment_id=a.id, element_id="e1"))
    with fac.session() as s:  # each participant's own pack: their plan, their delegation's
        order = [p.id for p in list_participants(s, wid)]
        packs = {w.participant_id: w.path for w in write_packs(s, wid, folder / "packs")}
    people = []
    for i in range(LAPTOPS):
        laptop = fresh_store(folder, f"laptop{i}")
        with laptop.session() as s:
            info = open_pack(s, packs[order[i]])
            people.append(info.participants[i].id)
            choose_participant(s, wid, people[-1])
        laptop.close()
    fac.close()
    return {"folder": folder, "wid": wid, "people": people}


_WORLD: dict = {}


def world() -> dict:
    if not _WORLD:
        _WORLD.update(_world(run_temp_dir("pcsc-merge-world-")))
    return _WORLD


def _edit(s, pid: str, kind: str, value: int) -> None:
    if kind in ("takeaway", "challenge", "step"):
        doc = plan_for_participant(s, pid)
        if kind == "takeaway":
            doc.key_takeaways = f"takeaway {value}"
        elif kind == "challenge":
            doc.challenges = f"challenge {value}"
        else:
            doc.next_steps.append(NextStepRow(action=f"step {value}"))
        save_plan(s, doc)
        return
    person = s.get(Participant, pid)
    assessment = s.scalars(select(Assessment).where(
        Assessment.delegation_id == person.delegation_id)).one()
    element = "e1" if kind == "score-e1" else "e3"  # e1 travelled in the pack; e3 did not
    score = s.scalars(select(AssessmentScore).where(
        AssessmentScore.assessment_id == assessment.id,
        AssessmentScore.element_id == element)).first()
    if score is None:
        s.add(AssessmentScore(assessment_id=assessment.id, element_id=element, score=value % 5))
    else:
        score.score = value % 5


KINDS = ["takeaway", "step", "score-e1", "score-e3"]
events = st.lists(
    st.tuples(st.integers(0, LAPTOPS - 1), st.sampled_from(KINDS + ["send"]),
              st.integers(0, 9)),
    min_size=1, max_size=12,
)
facilitator_edits = st.lists(
    st.tuples(st.integers(0, LAPTOPS - 1), st.sampled_from(KINDS), st.integers(0, 9)),
    max_size=3,
)


def _play(folder: Path, script: list, fac_script: list) -> tuple[Store, list[Path]]:
    w = world()
    for i in range(LAPTOPS):
        shutil.copy(w["folder"] / f"laptop{i}.sqlite3", folder / f"laptop{i}.sqlite3")
    shutil.copy(w["folder"] / "facilitator.sqlite3", folder / "facilitator.sqlite3")
    laptops = [Store(folder / f"laptop{i}.sqlite3") for i in range(LAPTOPS)]
    out = folder / "out"
    out.mkdir()
    files: list[Path] = []
    for who, kind, value in script + [(i, "send", 0) for i in range(LAPTOPS)]:
        with laptops[who].session() as s:
            if kind == "send":
                files.append(write_bundle(s, w["wid"], w["people"][who],
                                          out / f"{len(files)}.pcsc").path)
            else:
                _edit(s, w["people"][who], kind, value)
    for laptop in laptops:
        laptop.close()
    fac = Store(folder / "facilitator.sqlite3")
    with fac.session() as s:
        for who, kind, value in fac_script:
            _edit(s, w["people"][who], kind, 100 + value)
    return fac, files


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(script=events, fac_script=facilitator_edits, seed=st.integers(0, 10**6))
@example(script=[(0, "score-e1", 1), (2, "score-e1", 2)], fac_script=[], seed=1)
@example(script=[(0, "score-e3", 1), (1, "score-e3", 2)], fac_script=[], seed=2)
@example(script=[(0, "score-e1", 1), (0, "send", 0), (1, "score-e1", 2), (0, "score-e1", 3)],
         fac_script=[], seed=3)
@example(script=[(0, "takeaway", 1), (0, "send", 0), (0, "takeaway", 2)],
         fac_script=[(0, "takeaway", 1)], seed=4)
def test_merge_is_commutative_and_idempotent(script, fac_script, seed) -> None:
    folder = Path(tempfile.mkdtemp(prefix="pcsc-merge-"))
    try:
        fac, files = _play(folder, script, fac_script)
        other = clone_store(fac, folder, "facilitator-b")
        wid = world()["wid"]
        order = files[:]
        random.Random(seed).shuffle(order)
        with fac.session() as s:
            assert not import_files(s, files).refused
        with other.session() as s:
            assert not import_files(s, order).refused
        state = travelling_state(fac, wid)
        assert travelling_state(other, wid) == state  # any order, same end state
        with other.session() as s:
            again = import_files(s, list(reversed(order)))
        assert len(again.already_present) == len(files)
        assert travelling_state(other, wid) == state  # twice, nothing changes
        fac.close()
        other.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _setup_one(tmp_path: Path) -> tuple[Store, Store, str, str]:
    fac = fresh_store(tmp_path, "facilitator")
    wid = make_workshop(fac, 2, delegations=1)
    with fac.session() as s:
        write_pack(s, wid, tmp_path / "pack.pcsc")
    laptop = fresh_store(tmp_path, "laptop")
    with laptop.session() as s:
        pid = open_pack(s, tmp_path / "pack.pcsc").participants[0].id
        choose_participant(s, wid, pid)
    return fac, laptop, wid, pid


def _set(store: Store, pid: str, **sections: str) -> None:
    with store.session() as s:
        doc = plan_for_participant(s, pid)
        for key, value in sections.items():
            setattr(doc, key, value)
        save_plan(s, doc)


def _send(store: Store, wid: str, pid: str, path: Path) -> Path:
    with store.session() as s:
        return write_bundle(s, wid, pid, path).path


def test_both_sides_edit_the_same_field_keeps_both_and_resolves(tmp_path: Path) -> None:
    fac, laptop, wid, pid = _setup_one(tmp_path)
    _set(laptop, pid, key_takeaways="participant's words", challenges="only they wrote this")
    _set(fac, pid, key_takeaways="facilitator's words")
    bundle = _send(laptop, wid, pid, tmp_path / "b1.pcsc")
    with fac.session() as s:
        result = import_file(s, bundle)
        assert result.status == "accepted" and result.conflicts == 1
        doc = plan_for_participant(s, pid)
        assert doc.key_takeaways == "facilitator's words"  # nothing silently overwritten
        [conflict] = list_conflicts(s, wid)
        diffs = {d.field: (d.mine, d.theirs) for d in conflict.differences}
        assert diffs == {"key_takeaways": ("facilitator's words", "participant's words"),
                         "challenges": ("", "only they wrote this")}
        assert conflict.from_participant_id == pid
        assert participant_status(s, wid)[0].open_conflicts == 1
        resolve_conflict(s, conflict.id, {"key_takeaways": "mine", "challenges": "theirs"})
    with fac.session() as s:
        doc = plan_for_participant(s, pid)
        assert (doc.key_takeaways, doc.challenges) == ("facilitator's words",
                                                       "only they wrote this")
        assert list_conflicts(s, wid) == []
    # The participant goes on editing: their newer version is now a fresh conflict only if
    # the facilitator's resolution differs from what they based it on.
    _set(laptop, pid, key_takeaways="participant's words")  # unchanged: nothing new to send
    with fac.session() as s:
        assert import_file(s, bundle).status == "already-present"


def test_resolve_with_theirs_and_with_a_typed_value(tmp_path: Path) -> None:
    fac, laptop, wid, pid = _setup_one(tmp_path)
    _set(laptop, pid, approaches="theirs")
    _set(fac, pid, approaches="mine")
    with fac.session() as s:
        import_file(s, _send(laptop, wid, pid, tmp_path / "b.pcsc"))
        [c] = list_conflicts(s, wid)
        resolve_conflict(s, c.id, {"approaches": "theirs"})
        assert plan_for_participant(s, pid).approaches == "theirs"
    _set(laptop, pid, approaches="theirs, then more")
    _set(fac, pid, approaches="mine again")
    with fac.session() as s:
        import_file(s, _send(laptop, wid, pid, tmp_path / "b2.pcsc"))
        [c] = list_conflicts(s, wid)
        resolve_conflict(s, c.id, {"approaches": "both, merged by hand"})
        assert plan_for_participant(s, pid).approaches == "both, merged by hand"


def test_participant_sends_again_and_newer_wins(tmp_path: Path) -> None:
    fac, laptop, wid, pid = _setup_one(tmp_path)
    _set(laptop, pid, key_takeaways="first draft")
    first = _send(laptop, wid, pid, tmp_path / "r1.pcsc")
    _set(laptop, pid, key_takeaways="second draft")
    second = _send(laptop, wid, pid, tmp_path / "r2.pcsc")
    clone_store(fac, tmp_path, "facilitator-before").close()
    with fac.session() as s:
        assert import_file(s, first).updated == 1
        assert plan_for_participant(s, pid).key_takeaways == "first draft"
        assert import_file(s, second).updated == 1
        assert plan_for_participant(s, pid).key_takeaways == "second draft"
        assert list_conflicts(s, wid) == []
        status = participant_status(s, wid)[0]
        assert status.files_received == 2 and status.plan_revision >= 3
    # The other way round: the older file arriving last changes nothing.
    late = fresh_store(tmp_path, "late")
    late.close()
    shutil.copy(tmp_path / "facilitator-before.sqlite3", late.path)
    late = Store(late.path)
    with late.session() as s:
        assert import_file(s, second).updated == 1
        assert import_file(s, first).updated == 0
        assert plan_for_participant(s, pid).key_takeaways == "second draft"
        assert list_conflicts(s, wid) == []


def test_equal_edits_on_both_sides_are_no_conflict(tmp_path: Path) -> None:
    fac, laptop, wid, pid = _setup_one(tmp_path)
    _set(laptop, pid, key_takeaways="the same words")
    _set(fac, pid, key_takeaways="the same words")
    with fac.session() as s:
        result = import_file(s, _send(laptop, wid, pid, tmp_path / "b.pcsc"))
        assert result.conflicts == 0 and list_conflicts(s, wid) == []

"""The exchange behind the door: packs out, bundles back, each imported file one transaction.

Real SQLite files on both sides: a facilitator's database and participants' laptops (one
database each, with its own key), talking only through `.pcsc` files written by the door.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from pcsc_workshop.core.exchange.state import ImportRecord, Installation
from pcsc_workshop.core.plans import NextStepRow
from pcsc_workshop.door import NOTHING, Changes, Door
from tests.core.test_exchange_support import db_digest, fresh_store, make_workshop

PEOPLE = 3


@pytest.fixture
def facilitator(tmp_path: Path):
    store = fresh_store(tmp_path, "facilitator")
    door = Door(store)
    door.workshop_id = make_workshop(store, PEOPLE, delegations=3)  # type: ignore[attr-defined]
    yield door
    store.close()


def _laptop_bundles(facilitator: Door, tmp_path: Path) -> tuple[list[Path], list[str]]:
    """Every participant opens the pack on their own laptop, writes a plan and sends it."""
    wid = facilitator.workshop_id  # type: ignore[attr-defined]
    pack = facilitator.exchange.create_pack(wid, tmp_path / "pack.pcsc").value
    assert (pack.participants, pack.delegations, pack.agenda_items) == (PEOPLE, 3, 5)
    out = tmp_path / "bundles"
    out.mkdir()
    laptop = Door(fresh_store(tmp_path, "laptop"))
    opened = laptop.exchange.open_pack(pack.path)
    assert opened.changes == Changes.all() and opened.value.workshop_id == wid
    ids = [p.id for p in opened.value.participants]
    files = []
    for i, pid in enumerate(ids):
        with laptop.store.session() as s:  # another laptop: a new installation, a new key
            row = s.get(Installation, 1)
            if row is not None:
                s.delete(row)
        laptop.exchange.choose_participant(wid, pid)
        doc = laptop.plans.for_participant(pid)
        doc.key_takeaways = f"Takeaways of person {i}"
        doc.next_steps = [NextStepRow(action=f"Step {i}.{k}") for k in range(3)]
        laptop.plans.save(doc)
        sent = laptop.exchange.send_plan(wid, out).value
        assert sent is not None and sent.key_fingerprint
        files.append(sent.path)
    laptop.close()
    return files, ids


def _plans(door: Door, ids: list[str]) -> list[tuple[str, list[str]]]:
    docs = [door.plans.for_participant(pid) for pid in ids]
    return [(d.key_takeaways, [n.action for n in d.next_steps]) for d in docs]


@pytest.mark.parametrize("how", ["ABORT", "ROLLBACK"])
def test_a_refused_file_in_a_batch_of_three_leaves_the_other_two_whole(
        facilitator: Door, tmp_path: Path, how: str) -> None:
    """The 2nd of 3 bundles fails half-way through its merge (its plan's text already
    written, then its second next step refused by the database): files 1 and 3 come in
    whole, nothing of file 2 does. ROLLBACK is SQLite ending the whole transaction by itself,
    as after a full disk or an I/O error: the next file must start on a fresh one."""
    files, ids = _laptop_bundles(facilitator, tmp_path)
    with facilitator.store.engine.begin() as c:
        c.exec_driver_sql(f"CREATE TRIGGER poison BEFORE INSERT ON next_steps "
                          f"WHEN NEW.action = 'Step 1.1' BEGIN SELECT RAISE({how}, 'no'); END")

    out = facilitator.exchange.import_files(files)

    report = out.value.report
    assert [f.status for f in report.files] == ["accepted", "refused", "accepted"]
    assert report.files[1].code == "cannot-merge" and not out.value.stopped_early
    assert _plans(facilitator, ids) == [
        ("Takeaways of person 0", ["Step 0.0", "Step 0.1", "Step 0.2"]),
        ("", []),  # nothing of the refused file: not its text, not its first next step
        ("Takeaways of person 2", ["Step 2.0", "Step 2.1", "Step 2.2"]),
    ]
    with facilitator.store.session() as s:  # file 2 is not remembered as imported either
        names = set(s.scalars(select(ImportRecord.file_name)))
    assert names == {files[0].name, files[2].name}
    assert out.changes == Changes.all()

    # The refused file is offered again once the database takes it: it comes in whole.
    with facilitator.store.engine.begin() as c:
        c.exec_driver_sql("DROP TRIGGER poison")
    again = facilitator.exchange.import_files(files)
    assert [f.status for f in again.value.report.files] == [
        "already-present", "accepted", "already-present"]
    assert _plans(facilitator, ids)[1] == ("Takeaways of person 1",
                                          ["Step 1.0", "Step 1.1", "Step 1.2"])


def test_files_that_bring_nothing_announce_nothing(facilitator: Door, tmp_path: Path) -> None:
    files, _ids = _laptop_bundles(facilitator, tmp_path)
    assert facilitator.exchange.import_files(files).changes == Changes.all()
    junk = tmp_path / "notes.pcsc"
    junk.write_text("<b>not a zip</b>", encoding="utf-8")
    before = db_digest(facilitator.store.path)
    out = facilitator.exchange.import_files([*files, junk], allow_packs=False)
    assert [f.status for f in out.value.report.files] == ["already-present"] * PEOPLE + [
        "refused"]
    assert out.changes == NOTHING  # no page reloads for files that changed nothing
    assert db_digest(facilitator.store.path) == before


def test_cancel_stops_before_the_next_file_and_progress_counts_files(
        facilitator: Door, tmp_path: Path) -> None:
    files, ids = _laptop_bundles(facilitator, tmp_path)
    seen: list[tuple[int, int]] = []
    out = facilitator.exchange.import_files(files, progress=lambda d, t: seen.append((d, t)),
                                            cancelled=lambda: len(seen) == 2)
    assert seen == [(1, 3), (2, 3)] and out.value.stopped_early
    assert [t for t, _steps in _plans(facilitator, ids)] == [
        "Takeaways of person 0", "Takeaways of person 1", ""]


def test_a_workshop_pack_is_refused_where_plans_are_collected(facilitator: Door,
                                                              tmp_path: Path) -> None:
    wid = facilitator.workshop_id  # type: ignore[attr-defined]
    pack = facilitator.exchange.create_pack(wid, tmp_path / "pack.pcsc").value
    sorted_ = facilitator.exchange.sort_files([pack.path])
    assert sorted_.packs == [pack.path] and not sorted_.refusals
    out = facilitator.exchange.import_files([pack.path], allow_packs=False)
    assert out.value.report.files[0].code == "pack-not-bundle" and not out.changes


def test_held_bundle_accepted_then_its_plan_is_in(facilitator: Door, tmp_path: Path) -> None:
    """A second bundle of the same participant from another laptop is held; accepting it
    imports it in one transaction and says everything changed."""
    files, ids = _laptop_bundles(facilitator, tmp_path)
    wid = facilitator.workshop_id  # type: ignore[attr-defined]
    facilitator.exchange.import_files(files[:1])
    laptop = Door(fresh_store(tmp_path, "new-laptop"))
    laptop.exchange.open_pack(tmp_path / "pack.pcsc")
    laptop.exchange.choose_participant(wid, ids[0])
    doc = laptop.plans.for_participant(ids[0])
    doc.key_takeaways = "Typed on a borrowed laptop"
    laptop.plans.save(doc)
    other = laptop.exchange.send_plan(wid, tmp_path).value
    laptop.close()
    assert other is not None

    out = facilitator.exchange.import_files([other.path])
    assert [f.status for f in out.value.report.files] == ["held"] and not out.changes
    held = facilitator.exchange.held(wid)
    assert [h.participant_id for h in held] == [ids[0]]
    accepted = facilitator.exchange.accept_held(held[0].id)
    assert [f.status for f in accepted.value.files] == ["accepted"]
    assert accepted.changes == Changes.all()
    assert facilitator.plans.for_participant(ids[0]).key_takeaways == \
        "Typed on a borrowed laptop"
    assert facilitator.exchange.held(wid) == []
    with pytest.raises(KeyError):
        facilitator.exchange.discard_held(held[0].id)


def test_a_conflict_resolved_names_the_plan_it_changed(facilitator: Door,
                                                       tmp_path: Path) -> None:
    files, ids = _laptop_bundles(facilitator, tmp_path)
    wid = facilitator.workshop_id  # type: ignore[attr-defined]
    mine = facilitator.plans.for_participant(ids[0])
    mine.key_takeaways = "The facilitator's words"
    facilitator.plans.save(mine)
    facilitator.exchange.import_files(files[:1])
    conflicts = facilitator.exchange.conflicts(wid)
    assert [c.table for c in conflicts] == ["action_plans"]
    out = facilitator.exchange.resolve_conflict(conflicts[0].id, {"key_takeaways": "theirs"})
    assert out.changes == Changes.of(plans=mine.id)
    assert facilitator.plans.for_participant(ids[0]).key_takeaways == "Takeaways of person 0"
    assert facilitator.exchange.conflicts(wid) == []
    statuses = {s.participant_id: s for s in facilitator.exchange.participant_status(wid)}
    assert statuses[ids[0]].files_received == 1 and statuses[ids[1]].files_received == 0


def test_bundles_and_packs_for_the_cli(facilitator: Door, tmp_path: Path) -> None:
    wid = facilitator.workshop_id  # type: ignore[attr-defined]
    each = facilitator.exchange.create_packs(wid, tmp_path)
    assert len(each.value) == PEOPLE and not each.changes
    written = facilitator.exchange.write_bundles(wid, tmp_path / "all")
    assert len(written.value) == PEOPLE
    with pytest.raises(LookupError):
        facilitator.exchange.write_bundles("no-such-workshop", tmp_path)
    with facilitator.store.session() as s:
        assert s.scalar(select(func.count()).select_from(ImportRecord)) == 0

"""Who may send what: signed packs and bundles, pinned keys, held bundles from new laptops
(docs/exchange-format.md, "Trust model"). Real databases, real signatures, real files."""

from __future__ import annotations

import io
import json
import os
import stat
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from pcsc_workshop.core.exchange import (
    ExchangeError,
    accept_held,
    choose_participant,
    discard_held,
    import_file,
    import_files,
    list_held,
    open_pack,
    write_bundle,
    write_pack,
)
from pcsc_workshop.core.exchange.identity import installation
from pcsc_workshop.core.exchange.keys import key_folder, own_signing_key, sign
from pcsc_workshop.core.exchange.state import HeldBundle, ParticipantKey
from pcsc_workshop.core.models import AgendaItem, Participant, Workshop
from pcsc_workshop.core.plans import plan_for_participant, save_plan
from tests.core.test_exchange_support import db_digest, fresh_store, make_workshop


@pytest.fixture()
def room(tmp_path: Path) -> dict:
    """A facilitator, their pack, and two participants' laptops that opened it."""
    fac = fresh_store(tmp_path, "facilitator")
    wid = make_workshop(fac, 3, delegations=1)
    pack = tmp_path / "pack.pcsc"
    with fac.session() as s:
        write_pack(s, wid, pack)
        people = [p.id for p in s.scalars(select(Participant).where(
            Participant.workshop_id == wid).order_by(Participant.position))]
    laptops = {}
    for name, pid in (("a", people[0]), ("b", people[1])):
        laptop = fresh_store(tmp_path, f"laptop-{name}")
        with laptop.session() as s:
            open_pack(s, pack)
            choose_participant(s, wid, pid)
        laptops[name] = laptop
    yield {"fac": fac, "wid": wid, "pack": pack, "a": laptops["a"], "b": laptops["b"],
           "pa": people[0], "pb": people[1], "pc": people[2], "tmp": tmp_path}
    for store in (fac, *laptops.values()):
        store.close()


def _send(store, wid: str, pid: str, out: Path, takeaways: str) -> Path:
    with store.session() as s:
        doc = plan_for_participant(s, pid)
        doc.key_takeaways = takeaways
        save_plan(s, doc)
        return write_bundle(s, wid, pid, out).path


def _takeaways(store, pid: str) -> str:
    with store.session() as s:
        return plan_for_participant(s, pid).key_takeaways


def _seen(store, wid: str, pid: str) -> set[str]:
    """The plan's takeaways and every open conflict's other version of them."""
    from pcsc_workshop.core.exchange import list_conflicts

    with store.session() as s:
        return {_takeaways(store, pid)} | {
            d.theirs for c in list_conflicts(s, wid) for d in c.differences
            if d.field == "key_takeaways"}


def test_forged_pack_is_refused_everywhere_plans_are_collected(room) -> None:
    """The issue's attack: a participant edits the workshop (title, agenda, people, someone's
    plan) and hands the pack in where plans are collected. Nothing of it is taken."""
    fac, wid = room["fac"], room["wid"]
    with room["a"].session() as s:
        s.get(Workshop, wid).title = "Renamed by a participant"
        for item in s.scalars(select(AgendaItem).where(AgendaItem.workshop_id == wid)):
            item.deleted = True
        s.get(Participant, room["pb"]).name = "Someone else"
        doc = plan_for_participant(s, room["pb"])
        doc.key_takeaways = "Overwritten"
        save_plan(s, doc)
        forged = write_pack(s, wid, room["tmp"] / "forged.pcsc").path
    before = db_digest(fac.path)
    with fac.session() as s:  # `pcsc-workshop import` and drag-and-drop take packs in general
        result = import_file(s, forged)
    assert (result.status, result.code) == ("refused", "pack-for-own-workshop")
    assert "made on this computer" in result.reason
    with fac.session() as s:  # Collect plans and the drop folder never take a pack
        report = import_files(s, [forged], allow_packs=False)
    assert [(f.status, f.code) for f in report.files] == [("refused", "pack-not-bundle")]
    assert db_digest(fac.path) == before
    with fac.session() as s:
        assert s.get(Workshop, wid).title != "Renamed by a participant"


def test_a_pack_from_another_laptop_is_refused_by_a_participant(room) -> None:
    """Participant B's laptop pinned the facilitator's key: A's pack (signed by A) is not
    the facilitator's, however it is dressed up."""
    with room["a"].session() as s:
        s.get(Workshop, room["wid"]).title = "Renamed by A"
        forged = write_pack(s, room["wid"], room["tmp"] / "from-a.pcsc").path
    before = db_digest(room["b"].path)
    with room["b"].session() as s, pytest.raises(ExchangeError) as caught:
        open_pack(s, forged)
    assert caught.value.code == "other-facilitator"
    assert db_digest(room["b"].path) == before
    with room["fac"].session() as s:  # the facilitator's own later pack still opens
        s.get(Workshop, room["wid"]).title = "Fixed by the facilitator"
        later = write_pack(s, room["wid"], room["tmp"] / "later.pcsc").path
    with room["b"].session() as s:
        open_pack(s, later)
        assert s.get(Workshop, room["wid"]).title == "Fixed by the facilitator"


def test_a_changed_pack_fails_its_signature(room, tmp_path: Path) -> None:
    with zipfile.ZipFile(room["pack"]) as zf:
        entries = {n: zf.read(n) for n in zf.namelist()}
    data = json.loads(entries["workshop.json"])
    data["workshop"]["title"] = "Changed on the way"
    blob = json.dumps(data).encode()
    manifest = json.loads(entries["manifest.json"])
    import hashlib

    manifest["payload"].update(sha256=hashlib.sha256(blob).hexdigest(), size=len(blob))
    entries.update({"workshop.json": blob, "manifest.json": json.dumps(manifest).encode()})
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, value in entries.items():
            zf.writestr(name, value)
    path = tmp_path / "changed.pcsc"
    path.write_bytes(buf.getvalue())
    with room["b"].session() as s, pytest.raises(ExchangeError) as caught:
        open_pack(s, path)
    assert caught.value.code == "bad-signature"


def test_impersonating_bundle_is_held_and_genuine_edits_still_arrive(room) -> None:
    """A's laptop writes a bundle claiming B, with an enormous sequence number. It is kept
    aside, B's plan is untouched, and B's genuine later bundles come in as edits."""
    fac, wid, pa, pb, tmp = room["fac"], room["wid"], room["pa"], room["pb"], room["tmp"]
    with fac.session() as s:
        import_files(s, [_send(room["a"], wid, pa, tmp, "A's own words"),
                         _send(room["b"], wid, pb, tmp, "B's first words")])
    with room["a"].session() as s:
        installation(s).last_sequence = 2**61
        doc = plan_for_participant(s, pb)
        doc.key_takeaways = "Words put in B's mouth"
        save_plan(s, doc)
        forged = write_bundle(s, wid, pb, tmp / "forged.pcsc").path
    with fac.session() as s:
        result = import_file(s, forged)
    assert (result.status, result.code) == ("held", "other-participant")
    assert "comes from the laptop that sends" in result.reason
    assert _takeaways(fac, pb) == "B's first words"
    with fac.session() as s:
        late = import_file(s, _send(room["b"], wid, pb, tmp, "B's genuine later words"))
    assert (late.status, late.updated) == ("accepted", 1)
    assert _takeaways(fac, pb) == "B's genuine later words"
    with fac.session() as s:
        held = list_held(s, wid)
        assert [(h.participant_id, h.reason, h.files) for h in held] == [
            (pb, "other-participant", 1)]
        assert discard_held(s, held[0].id) == 1
        assert list_held(s, wid) == []
    assert _takeaways(fac, pb) == "B's genuine later words"


def test_new_laptop_is_held_until_accepted_then_both_laptops_count(room) -> None:
    fac, wid, pb, tmp = room["fac"], room["wid"], room["pb"], room["tmp"]
    with fac.session() as s:
        import_file(s, _send(room["b"], wid, pb, tmp, "From B's first laptop"))
    new = fresh_store(tmp, "laptop-b-new")
    try:
        with new.session() as s:
            open_pack(s, room["pack"])
            choose_participant(s, wid, pb)
        first = _send(new, wid, pb, tmp, "From B's new laptop")
        second = _send(new, wid, pb, tmp, "From B's new laptop, later")
        before = db_digest(fac.path)
        with fac.session() as s:
            report = import_files(s, [first, second])
        assert [(f.status, f.code) for f in report.files] == [("held", "new-laptop")] * 2
        assert "not seen before" in report.files[0].reason
        assert _takeaways(fac, pb) == "From B's first laptop"  # never applied silently
        with fac.session() as s:  # held again: recognised, not stored twice
            again = import_file(s, first)
            assert again.status == "held" and "kept aside before" in again.reason
            assert s.scalar(select(func.count()).select_from(HeldBundle)) == 2
            [held] = list_held(s, wid)
            assert held.files == 2 and held.participant_id == pb
            results = accept_held(s, held.id)
        assert [r.status for r in results] == ["accepted", "accepted"]
        assert before != db_digest(fac.path)
        # Both laptops changed the plan since the pack: both versions are kept (one as an
        # open conflict), the new laptop's later one among them.
        assert "From B's new laptop, later" in _seen(fac, wid, pb)
        with fac.session() as s:
            assert s.scalar(select(func.count()).select_from(HeldBundle)) == 0
            assert sorted(k.how for k in s.scalars(select(ParticipantKey).where(
                ParticipantKey.participant_id == pb))) == ["accepted", "first"]
            # the new laptop is trusted now, and the old one still is
            assert import_file(s, _send(new, wid, pb, tmp, "New again")).status == "accepted"
        assert "New again" in _seen(fac, wid, pb)
        with fac.session() as s:
            old = import_file(s, _send(room["b"], wid, pb, tmp, "Old laptop, still B"))
        assert old.status == "accepted" and old.conflicts + old.updated >= 1
    finally:
        new.close()


def test_a_bundle_is_refused_on_a_participants_laptop(room) -> None:
    bundle = _send(room["a"], room["wid"], room["pa"], room["tmp"], "For the facilitator")
    before = db_digest(room["b"].path)
    with room["b"].session() as s:
        result = import_file(s, bundle)
    assert (result.status, result.code) == ("refused", "bundle-on-participant-laptop")
    assert db_digest(room["b"].path) == before


def test_a_file_written_here_changes_nothing(room) -> None:
    bundle = _send(room["a"], room["wid"], room["pa"], room["tmp"], "Mine")
    with room["a"].session() as s:
        assert import_file(s, bundle).status == "already-present"


def test_private_key_is_the_owners_alone_and_never_travels(room) -> None:
    bundle = _send(room["a"], room["wid"], room["pa"], room["tmp"], "Signed")
    with room["a"].session() as s:
        key = own_signing_key(s)
        folder = key_folder(s)
    files = list(folder.glob("*.ed25519"))
    assert files and folder.parent == room["a"].path.parent
    if os.name == "posix":
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)
    secret = bytes(key)
    for path in (bundle, room["pack"]):
        with zipfile.ZipFile(path) as zf:
            every = b"".join(zf.read(n) for n in zf.namelist())
        assert secret not in every and secret.hex().encode() not in every
    with open(room["a"].path, "rb") as fh:  # nor in the database (nor its backups)
        assert secret.hex().encode() not in fh.read()


def test_sequence_numbers_are_kept_per_key_not_per_claimed_sender(room) -> None:
    """A bundle that claims B's installation id (but is signed by A) cannot make B's later
    files look old: the merge's bookkeeping follows the key."""
    fac, wid, pb, tmp = room["fac"], room["wid"], room["pb"], room["tmp"]
    with fac.session() as s:
        import_file(s, _send(room["b"], wid, pb, tmp, "B one"))
    with room["b"].session() as s:
        b_installation = installation(s).installation_id
    with room["a"].session() as s:
        installation(s).last_sequence = 2**61
        a_key = own_signing_key(s)
    honest = _send(room["a"], wid, pb, tmp, "Claims to be B")
    with zipfile.ZipFile(honest) as zf:  # now make it claim B's installation, re-signed by A
        entries = {n: zf.read(n) for n in zf.namelist()}
    manifest = json.loads(entries["manifest.json"])
    manifest["sender_installation_id"] = b_installation
    entries["manifest.json"] = json.dumps(manifest).encode()
    entries["manifest.sig"] = sign(a_key, entries["manifest.json"]).encode()
    forged = tmp / "claims-b.pcsc"
    with zipfile.ZipFile(forged, "w") as zf:
        for name, value in entries.items():
            zf.writestr(name, value)
    with fac.session() as s:
        assert import_file(s, forged).status == "held"
        assert import_file(s, _send(room["b"], wid, pb, tmp, "B two")).status == "accepted"
    assert _takeaways(fac, pb) == "B two"
    # Even accepted, the impersonator's huge sequence number does not hide B's later edits.
    with fac.session() as s:
        accept_held(s, list_held(s, wid)[0].id)
    with fac.session() as s:
        result = import_file(s, _send(room["b"], wid, pb, tmp, "B three"))
    assert result.status == "accepted" and result.updated + result.conflicts == 1
    assert "B three" in _seen(fac, room["wid"], pb)


def test_held_files_per_laptop_are_bounded(room, monkeypatch) -> None:
    from pcsc_workshop.core.exchange import trust

    monkeypatch.setattr(trust, "HELD_PER_KEY", 3)
    fac, wid, pb, tmp = room["fac"], room["wid"], room["pb"], room["tmp"]
    with fac.session() as s:
        import_file(s, _send(room["b"], wid, pb, tmp, "B"))
    files = [_send(room["a"], wid, pb, tmp, f"forged {i}") for i in range(6)]
    with fac.session() as s:
        assert {f.status for f in import_files(s, files).files} == {"held"}
        assert s.scalar(select(func.count()).select_from(HeldBundle)) == 3
        [held] = list_held(s, wid)
        assert held.files == 3


def test_a_new_facilitator_laptop_is_taken_only_when_the_participant_says_so(room) -> None:
    moved = fresh_store(room["tmp"], "facilitator-new-laptop")
    try:
        from pcsc_workshop.core.db import copy_database

        moved.close()
        copy_database(room["fac"].path, moved.path)  # the database, without its keys folder
        from pcsc_workshop.core.store import Store

        moved = Store(moved.path)
        with moved.session() as s:
            s.get(Workshop, room["wid"]).title = "From the facilitator's new laptop"
            row = installation(s)
            row.installation_id = "00000000-0000-4000-8000-00000000000a"  # a new laptop
        with moved.session() as s:
            pack = write_pack(s, room["wid"], room["tmp"] / "new-laptop.pcsc").path
        with room["b"].session() as s, pytest.raises(ExchangeError) as caught:
            open_pack(s, pack)
        assert caught.value.code == "other-facilitator"
        with room["b"].session() as s:
            open_pack(s, pack, new_facilitator=True)
            assert s.get(Workshop, room["wid"]).title == "From the facilitator's new laptop"
        with room["fac"].session() as s:  # the old laptop's packs are not trusted any more
            old = write_pack(s, room["wid"], room["tmp"] / "old-laptop.pcsc").path
        with room["b"].session() as s, pytest.raises(ExchangeError):
            open_pack(s, old)
    finally:
        moved.close()

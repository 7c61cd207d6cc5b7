"""A participant with the desktop app sends the bundle to the room instead of a file."""

from __future__ import annotations

import pytest

from pcsc_workshop.core.exchange import choose_participant, open_pack, write_bundle, write_pack
from pcsc_workshop.core.plans import plan_for_participant, save_plan
from pcsc_workshop.room.client import RoomSendError, send_bundle
from pcsc_workshop.room.discovery import Advertiser, find_rooms
from tests.core.test_exchange_support import fresh_store


def test_bundle_sent_to_the_room_is_imported_with_the_file_checks(hub, store, tmp_path) -> None:
    person_id = hub.person_codes()[0].participant_id
    pack = tmp_path / "pack.pcsc"
    with store.session() as s:  # the participant's own pack: it carries their plan
        write_pack(s, hub.workshop_id, pack, participant_id=person_id)
    laptop = fresh_store(tmp_path, "laptop")
    with laptop.session() as s:
        info = open_pack(s, pack)
        person = next(p for p in info.participants if p.id == person_id)
        choose_participant(s, info.workshop_id, person.id)
        doc = plan_for_participant(s, person.id)
        doc.key_takeaways = "Sent over the room's Wi-Fi"
        save_plan(s, doc)
    with laptop.session() as s:
        bundle = write_bundle(s, info.workshop_id, person.id, tmp_path / "out").path
    with pytest.raises(RoomSendError, match="room code"):
        send_bundle(hub.url, "WRONG1", bundle)
    send_bundle(hub.url, hub.room_code, bundle)
    with store.session() as s:
        assert plan_for_participant(s, person.id).key_takeaways == "Sent over the room's Wi-Fi"
    # a file that is not a bundle is refused with the importer's reason, nothing changed
    junk = tmp_path / "junk.pcsc"
    junk.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(RoomSendError):
        send_bundle(hub.url, hub.room_code, junk)
    laptop.close()


def test_room_found_on_the_network_by_mdns() -> None:
    advertiser = Advertiser("Deep Dive Tokyo", "127.0.0.1", 8765, "w-1")
    try:
        # back as soon as it answers; rooms of other test runs on this machine are left out
        rooms = [r for r in find_rooms(10, interfaces=["127.0.0.1"],
                                       wanted=lambda r: r.workshop_id == "w-1")
                 if r.workshop_id == "w-1"]
    finally:
        advertiser.close()
    assert [(r.host, r.port, r.workshop_id) for r in rooms] == [("127.0.0.1", 8765, "w-1")]
    assert rooms[0].url == "http://127.0.0.1:8765/"

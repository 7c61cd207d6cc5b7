"""Every installation makes the same demo: a demo pack must merge onto it, not double it."""

from __future__ import annotations

from pathlib import Path

from pcsc_workshop.core.demo import ensure_demo_workshop
from pcsc_workshop.core.exchange import open_pack, write_pack
from pcsc_workshop.core.people import list_delegations, list_participants
from pcsc_workshop.core.store import Store


def test_demo_pack_opened_on_a_laptop_with_the_demo_keeps_one_of_each(tmp_path: Path) -> None:
    facilitator = Store(tmp_path / "facilitator.sqlite3")
    laptop = Store(tmp_path / "laptop.sqlite3")
    with facilitator.session() as s:
        wid = ensure_demo_workshop(s)
        write_pack(s, wid, tmp_path / "demo.pcsc")
        people = len(list_participants(s, wid))
        delegations = len(list_delegations(s, wid))
    with laptop.session() as s:
        assert ensure_demo_workshop(s) == wid
    with laptop.session() as s:
        open_pack(s, tmp_path / "demo.pcsc")
    with laptop.session() as s:
        assert people and len(list_participants(s, wid)) == people
        assert delegations and len(list_delegations(s, wid)) == delegations
    facilitator.close()
    laptop.close()

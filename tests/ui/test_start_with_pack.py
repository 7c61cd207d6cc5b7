"""Starting the app to open a workshop pack on a fresh laptop: no demo workshop is made
first (it cost 1.6 s of the wait for "Who are you?" and left a second workshop)."""

from __future__ import annotations

from pathlib import Path

from pcsc_workshop.core.workshops import list_workshops


def test_a_pack_start_makes_no_demo_and_a_plain_start_does(tmp_path: Path) -> None:
    from pcsc_workshop.ui.app import prepare_store

    store = prepare_store(str(tmp_path / "laptop.sqlite3"), demo=False)
    try:
        with store.session() as s:
            assert list_workshops(s) == []
    finally:
        store.close()
    store = prepare_store(str(tmp_path / "facilitator.sqlite3"))
    try:
        with store.session() as s:
            assert len(list_workshops(s)) == 1
    finally:
        store.close()

"""After start-up the app prepares every page in the background, so later clicks are quick."""

from __future__ import annotations

import gc
import sys

import pytest

from pcsc_workshop.ui.app import UI_SWITCH_INTERVAL_S


def test_warm_up_builds_every_page_and_freezes_the_start_up_heap(make_window, qtbot) -> None:
    from pcsc_workshop.ui.heap import pause_collection

    window = make_window()
    pause_collection()  # as the app does at start
    assert len(window.pages) < len(window.specs)  # only the first page exists at start
    finished: list[bool] = []
    window.warm_up(lambda: finished.append(True))
    qtbot.waitUntil(lambda: finished == [True], timeout=60_000)  # a loaded machine: ~30 s
    assert len(window.pages) == len(window.specs)  # built by the warm-up, not by a visit
    # What start-up built is out of the collector's reach (no 60-90 ms full collections),
    # and collection is back on for what comes next.
    built_last = window.pages[-1]  # a page the warm-up built
    made_after = {"made": ["after the warm-up"]}
    tracked = gc.get_objects()  # frozen objects are in no generation
    assert not any(o is built_last for o in tracked)
    assert any(o is made_after for o in tracked)
    del tracked
    assert gc.isenabled()


def test_the_ui_process_hands_the_gil_over_quickly(make_window) -> None:
    make_window()
    assert sys.getswitchinterval() == pytest.approx(UI_SWITCH_INTERVAL_S)
    assert UI_SWITCH_INTERVAL_S < 0.005  # Python's default

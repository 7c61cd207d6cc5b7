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


def test_warm_up_fills_the_pages_so_a_first_visit_only_shows_them(make_window, qtbot) -> None:
    """The Plans page, never visited, lists every participant once the warm-up is done (read
    on a worker, filled and painted off-screen); the first visit then reads nothing."""
    from pcsc_workshop.ui.workers import Op

    window = make_window()
    finished: list[bool] = []
    window.warm_up(lambda: finished.append(True))
    qtbot.waitUntil(lambda: finished == [True], timeout=60_000)
    plans = window.page("plans")
    assert not plans.isVisible()
    listed = {item.text(0) for item in plans._plan_items()}
    people = window.ctx.door.people.participants(window.ctx.workshop_id)
    assert people and {p.name for p in people} <= listed
    window.show_page("plans")
    assert plans.isVisible()
    assert not any(op.parent is plans for op in Op._running)  # nothing left to read


def test_the_ui_process_hands_the_gil_over_quickly(make_window) -> None:
    make_window()
    assert sys.getswitchinterval() == pytest.approx(UI_SWITCH_INTERVAL_S)
    assert UI_SWITCH_INTERVAL_S < 0.005  # Python's default


def test_a_page_built_behind_the_shown_one_does_not_make_it_scroll(make_window, qtbot,
                                                                  sync_ops) -> None:
    """The stack is as large as the shown page needs: the workshop form, taller than the view,
    built and laid out behind the first page gives that page no scroll bar (nor a second
    layout and full repaint); shown, the form scrolls, at the size it was laid out at
    off-screen (not laid out again); back on the first page, the scroll bar goes."""
    window = make_window()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is not window.loading)
    first = window.stack.currentWidget()
    bar = window._scroller.verticalScrollBar()
    tall = window.page("workshop")
    tall.ensure_loaded()  # its size as shown (sync_ops: loaded now)
    short, needed = first.minimumSizeHint().height(), tall.minimumSizeHint().height()
    assert short < needed - 40
    # a window whose view is between the two pages' heights
    view = window._scroller.maximumViewportSize()
    window.resize(window.width(), window.height() - view.height() + (short + needed) // 2)
    qtbot.waitUntil(lambda: window._scroller.maximumViewportSize().height() < needed)
    qtbot.wait(20)
    view = window._scroller.maximumViewportSize()
    for step in window._paint_steps(tall):  # as the warm-up does, a step per turn
        step()
        qtbot.wait(1)
    qtbot.wait(20)
    assert window.stack.size() == view and not bar.isVisible()
    laid_out = tall.size()
    window.show_page("workshop")
    qtbot.waitUntil(bar.isVisible)
    qtbot.wait(20)
    assert tall.size() == laid_out
    window.show_page(first.NAME)
    qtbot.waitUntil(lambda: not bar.isVisible())
    assert window.stack.size() == view

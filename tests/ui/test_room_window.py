"""The facilitator opens the room from the File menu; a browser joins; the window sees it."""

from __future__ import annotations

import time
from typing import NamedTuple

import pytest
import shiboken6

from tests.conftest import _template
from tests.room.conftest import Browser
from tests.ui.conftest import SHARED, keep_between_tests


def _wait_until(condition, timeout: float) -> None:
    """qtbot.waitUntil for a module-scoped fixture (qtbot is one per test)."""
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < end, "timed out"
        QApplication.processEvents()
        time.sleep(0.01)


class OpenRoom(NamedTuple):
    window: object
    dialog: object
    hub: object


@pytest.fixture(scope="module")
def _room_shared(qapp, tmp_path_factory):
    """One window on the demo with its room open, shared by the tests that only use an open
    room's own windows (join card, poll results) and, last, closing it from its window:
    starting the room's process is ~1.5-2 s of CPU. The tests about the process's own life
    (it is a child, it ends when the window closes, a busy port, a killed process) open
    their own, and so does the dashboard's (a shared window with a pyqtgraph chart crashed
    when deleted).
    """
    import shutil

    from PySide6.QtCore import QSettings

    from pcsc_workshop.core.demo import ensure_demo_workshop
    from pcsc_workshop.core.store import Store
    from pcsc_workshop.ui.app import wait_until_attached
    from pcsc_workshop.ui.context import AppContext
    from pcsc_workshop.ui.main_window import MainWindow

    folder = tmp_path_factory.mktemp("room-shared")
    shutil.copy(_template("demo", tmp_path_factory), folder / "workshops.sqlite3")
    store = Store(folder / "workshops.sqlite3")
    with store.session() as session:
        ensure_demo_workshop(session, with_samples=False)  # finds the copied demo
    window = MainWindow()
    window.attach(AppContext(store=store, settings=QSettings(
        str(folder / "settings.ini"), QSettings.Format.IniFormat)))
    wait_until_attached(window)  # attach() reads the workshops on a worker
    window.resize(1300, 850)
    window.show()
    dialog = window.room.show_room()
    dialog.interface.setCurrentIndex(dialog.interface.findData("127.0.0.1"))
    dialog.port.setValue(0)
    dialog.open_room()
    _wait_until(lambda: window.room.hub is not None, 60)
    keep_between_tests()
    try:
        yield OpenRoom(window, dialog, window.room.hub)
    finally:
        store.close()  # the window was deleted after the module's last test (conftest)


@pytest.fixture()
def open_room(_room_shared, qtbot):
    """The shared open room, as the previous test left it but for its full-screen windows
    (closed and forgotten) and the page shown (the first again)."""
    window, dialog, hub = _room_shared
    assert shiboken6.isValid(window), "the tests sharing the room must follow one another"
    # a test closed it: the others would fail (closing it is the last test's, below)
    assert window.room.hub is hub and hub.is_open
    dialog.show()
    yield _room_shared
    for name in ("card_window", "results_window"):
        screen = getattr(dialog, name)
        if screen is not None:
            screen.close()
            screen.deleteLater()
            setattr(dialog, name, None)
    window.show_page(window.specs[0].name)
    if window.property(SHARED):
        keep_between_tests()  # and what the window made meanwhile (a page's pop-ups)
    else:  # the module's last test: deleted after it, with no room or refresh left running
        from pcsc_workshop.ui.workers import Op

        window.room.close_room()
        _wait_until(lambda: not Op._running, 30)


@pytest.fixture()
def quick_flush(monkeypatch: pytest.MonkeyPatch) -> None:
    """The window passes the room's saves on to its pages every 100 ms instead of every
    second (`FLUSH_MS`, read when the window is made: ask for this before `window`). The
    tests that wait for a save to reach a page wait that much less; coalescing is the same."""
    from pcsc_workshop.ui.room import actions

    monkeypatch.setattr(actions, "FLUSH_MS", 100)


def _open(window, qtbot):
    action = window.room.open_action
    assert action.isEnabled()
    action.trigger()
    dialog = window.room.dialog
    index = dialog.interface.findData("127.0.0.1")
    dialog.interface.setCurrentIndex(index)
    dialog.port.setValue(0)
    qtbot.mouseClick(dialog.open_button, __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.room.hub is not None, timeout=60000)
    return dialog


def test_open_the_room_join_and_see_the_save(quick_flush, window, qtbot) -> None:
    dialog = _open(window, qtbot)
    dialog.timer.setInterval(300)  # its devices re-read every 0.3 s, not 1.5 s: less waiting
    hub = window.room.hub
    assert dialog.address.text() == hub.url and hub.url.startswith("http://127.0.0.1:")
    assert hub.room_code in dialog.code.text()
    assert not dialog.qr.pixmap().isNull()
    assert dialog.codes.rowCount() == len(hub.person_codes()) > 0
    # a participant joins from a browser and writes their plan
    applied: list = []
    window.ctx.changes.applied.connect(lambda changes, origin: applied.append(changes))
    person = hub.person_codes()[0]
    browser = Browser("127.0.0.1", hub.port)
    assert browser.join(person.participant_id, person.code, hub.room_code).status == 303
    plan = browser.get("/api/plan").json()
    plan["key_takeaways"] = "Données ouvertes d'abord"
    assert browser.send("PUT", "/api/plan", plan).status == 200
    # pages hear it as the front door's change record, naming the plan that changed
    plan_id = window.ctx.door.plans.for_participant(person.participant_id).id
    qtbot.waitUntil(lambda: any(plan_id in c.plans for c in applied), timeout=3000)
    qtbot.waitUntil(lambda: dialog.devices.rowCount() == 1, timeout=5000)
    assert dialog.devices.item(0, 0).text() == person.name
    # the facilitator removes the device: its next request is refused
    dialog.devices.selectRow(0)
    dialog.remove_device()  # a request to the room's process, on a worker
    qtbot.waitUntil(lambda: browser.get("/api/plan").status == 401, timeout=5000)
    # a poll asked from the window is answered and counted
    dialog.kind.setCurrentIndex(dialog.kind.findData("choice"))
    dialog.question.setText("Which stage fits your city?")
    dialog.options.setPlainText("Small Start\nAccelerate\nSustainable Growth")
    dialog.ask()
    qtbot.waitUntil(lambda: dialog.poll_id is not None, timeout=10000)
    assert browser.join(person.participant_id, person.code, hub.room_code).status == 303
    poll = browser.get("/api/poll").json()["poll"]
    assert browser.send("POST", "/api/poll", {"poll": poll["id"], "answer": [1]}).status == 200
    dialog.refresh()
    qtbot.waitUntil(lambda: dialog.results.rowCount() == 3
                    and dialog.results.item(1, 1).text() == "1", timeout=5000)
    # closing the room stops the server
    port = hub.port
    dialog.close_room()
    qtbot.waitUntil(lambda: dialog.open_button.isEnabled(), timeout=10000)
    import http.client

    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
    try:
        conn.request("GET", "/")
        refused = False
    except OSError:
        refused = True
    assert refused


def test_desktop_participant_sends_the_plan_to_the_room(window, qtbot, tmp_path, sync_ops) -> None:
    from pcsc_workshop.core.demo import ensure_demo_workshop
    from pcsc_workshop.core.exchange import choose_participant, open_pack, write_pack
    from pcsc_workshop.core.plans import plan_for_participant, save_plan
    from pcsc_workshop.core.store import Store
    from pcsc_workshop.room.hub import RoomHub

    facilitator = Store(tmp_path / "facilitator.sqlite3")
    with facilitator.session() as s:
        wid = ensure_demo_workshop(s)
        write_pack(s, wid, tmp_path / "pack.pcsc")
    hub = RoomHub(facilitator, wid, host="127.0.0.1", port=0, advertise=False)
    hub.open()
    try:
        with window.ctx.store.session() as s:
            info = open_pack(s, tmp_path / "pack.pcsc")
            person = info.participants[2]
            choose_participant(s, info.workshop_id, person.id)
            doc = plan_for_participant(s, person.id)
            doc.approaches = "Pilot first, then scale by area"
            save_plan(s, doc)
        window.ctx.workshop_id = info.workshop_id
        window.room.send_to_room(hub.url, hub.room_code.lower())
        with facilitator.session() as s:
            assert plan_for_participant(s, person.id).approaches == \
                "Pilot first, then scale by area"
        window.room.send_to_room(hub.url, "WRONG1")  # a wrong code: said, nothing lost
        box = window.room.last_message
        assert box is not None and "room code" in box.informativeText()
    finally:
        hub.close()
        facilitator.close()


def _port_is_free(port: int) -> bool:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def test_the_room_runs_in_its_own_process_and_quitting_stops_it(window, qtbot) -> None:
    """The server is a child process, not a thread of the window's; closing the main window
    (quitting the app) ends that process and frees the port: no orphan server."""
    import os

    dialog = _open(window, qtbot)
    hub = window.room.hub
    pid, port = hub.pid, hub.port
    assert pid is not None and pid != os.getpid()
    assert not _port_is_free(port)  # the child is listening
    assert Browser("127.0.0.1", port).get("/").status == 200
    window.close()
    assert window.room.hub is None and dialog.hub is None
    assert hub.process.poll() is not None, "the room's process outlived the app"
    assert _port_is_free(port)


def test_a_busy_port_is_said_in_the_window(window, qtbot) -> None:
    """The child's own message (port in use) reaches the room window in words."""
    import socket

    from PySide6.QtCore import Qt

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        window.room.open_action.trigger()
        dialog = window.room.dialog
        dialog.interface.setCurrentIndex(dialog.interface.findData("127.0.0.1"))
        dialog.port.setValue(taken.getsockname()[1])
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.open_button.isEnabled(), timeout=60000)
    assert window.room.hub is None
    text = dialog.status.text()
    assert text.startswith("The room could not be opened: Cannot listen on 127.0.0.1:"), text
    assert "in use" in text


def test_a_room_process_that_dies_is_said_and_can_be_opened_again(window, qtbot) -> None:
    import os
    import signal

    dialog = _open(window, qtbot)
    os.kill(window.room.hub.pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: window.room.hub is None, timeout=10000)
    assert dialog.status.text().startswith("The room stopped unexpectedly.")
    assert dialog.open_button.isEnabled() and not dialog.close_button.isEnabled()


def test_a_plan_saved_in_the_browser_shows_on_the_dashboard(quick_flush, window,
                                                          qtbot) -> None:
    """Real process, real HTTP on 127.0.0.1: the participant's plan parts and last change
    appear on the shown dashboard within a few seconds, without pressing Refresh."""
    assert window.room._flush.interval() == 100  # noqa: SLF001 - quick_flush came first
    dialog = _open(window, qtbot)
    dialog.close()
    hub = window.room.hub
    page = window.show_page("dashboard")
    qtbot.waitUntil(lambda: page.data is not None, timeout=10000)

    def row_of(participant_id: str):
        for i in range(page.tree.topLevelItemCount()):
            top = page.tree.topLevelItem(i)
            for j in range(top.childCount()):
                child = top.child(j)
                if child.data(0, 0x0100) == participant_id:  # Qt.UserRole
                    return child
        raise AssertionError("the participant has no row")

    # someone who has written nothing yet: "Last change" reads "—"
    person = next(p for p in hub.person_codes() if row_of(p.participant_id).text(4) == "—")

    def row():
        return row_of(person.participant_id)

    before = row().text(2)
    # the facilitator is looking at someone's row: a refresh must not take it away
    watched = row_of(next(p for p in hub.person_codes()
                          if p.participant_id != person.participant_id).participant_id)
    page.tree.setCurrentItem(watched)
    bars = list(page.bars.bars)
    browser = Browser("127.0.0.1", hub.port)
    assert browser.join(person.participant_id, person.code, hub.room_code).status == 303
    plan = browser.get("/api/plan").json()
    plan["key_takeaways"] = "Open data first; people before platforms"
    plan["challenges"] = "التمويل المستدام"
    plan["approaches"] = "Pilot in one district"
    reply = browser.send("PUT", "/api/plan", plan)
    assert reply.status == 200, reply.text
    qtbot.waitUntil(lambda: row().text(2) != before, timeout=8000)
    assert row().text(4) != "—"  # "Last change" now says when
    # updated in place: the same rows (selection kept) and the same bars, new figures
    assert page.tree.currentItem() is watched and watched.isSelected()
    assert page.bars.bars == bars and len(bars) == len(page.data.delegations)

    # the facilitator reads the same plan on the Plans page while the participant goes on
    # writing: the open plan shows the save at once, and the (hidden) dashboard shows it as
    # soon as it is shown again
    plans = window.show_page("plans")
    plans.select_participant(person.participant_id)
    takeaways = plans.editor.sections["key_takeaways"]
    assert takeaways.toPlainText() == "Open data first; people before platforms"
    dashboard_before = row().text(2)
    plan = browser.get("/api/plan").json()
    plan["key_takeaways"] = "Open data first — البيانات المفتوحة أولاً"
    plan["next_steps"] = [{"action": "Open data portal", "status": "planned"}]  # 4 parts of 5
    assert browser.send("PUT", "/api/plan", plan).status == 200
    qtbot.waitUntil(lambda: takeaways.toPlainText()
                    == "Open data first — البيانات المفتوحة أولاً", timeout=8000)
    window.show_page("dashboard")
    qtbot.waitUntil(lambda: row().text(2) != dashboard_before, timeout=8000)
    window.room.close_room()


def test_before_any_workshop_the_room_says_what_it_needs(qtbot, tmp_path) -> None:
    """With no workshop yet, Open waits and the window says why, instead of doing nothing;
    once a workshop exists and is chosen, the next showing offers Open."""
    from PySide6.QtCore import QSettings

    from pcsc_workshop.ui.app import open_store, wait_until_attached
    from pcsc_workshop.ui.context import AppContext
    from pcsc_workshop.ui.main_window import MainWindow

    store = open_store(str(tmp_path / "empty.sqlite3"))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow()
    qtbot.addWidget(window)
    ctx = AppContext(store=store, settings=settings)
    window.attach(ctx)
    wait_until_attached(window)
    assert not ctx.workshop_id
    window.room.open_action.trigger()
    dialog = window.room.dialog
    assert not dialog.open_button.isEnabled()
    assert dialog.status.text().startswith("Choose or create a workshop first")
    dialog.open_room()  # a keyboard shortcut or a stale click: still nothing silent
    assert window.room.hub is None
    assert dialog.status.text().startswith("Choose or create a workshop first")

    dialog.hide()
    ctx.select_workshop(ctx.door.workshops.ensure_demo().value)
    dialog.show()
    assert dialog.open_button.isEnabled()
    assert dialog.status.text() == "The room is closed. Open it to let browsers join."
    dialog.close()
    store.close()


# -- with the shared open room (`open_room`): these follow one another ------------------

def test_join_card_full_screen_shows_address_and_code(open_room) -> None:
    window, dialog, _hub = open_room
    dialog.show_full_screen()
    card = dialog.card_window
    assert card.isFullScreen()
    texts = [w.text() for w in card.findChildren(__import__("PySide6.QtWidgets").QtWidgets.QLabel)]
    assert window.room.hub.url in texts
    assert any(window.room.hub.room_code in t for t in texts)


def test_poll_results_full_screen_follow_the_answers(open_room, qtbot) -> None:
    window, dialog, hub = open_room
    dialog.kind.setCurrentIndex(dialog.kind.findData("dots"))
    dialog.question.setText("Pick the three JICA elements to start with")
    dialog.options.setPlainText("Data utilization\nCitizen participation\nFinance\nPolicy")
    dialog.picks.setValue(3)
    dialog.ask()
    qtbot.waitUntil(lambda: dialog.poll_id is not None, timeout=10000)
    dialog.show_results_full_screen()
    people = hub.person_codes()[:3]
    for person in people:
        b = Browser("127.0.0.1", hub.port)
        assert b.join(person.participant_id, person.code, hub.room_code).status == 303
        poll = b.get("/api/poll").json()["poll"]
        assert b.send("POST", "/api/poll", {"poll": poll["id"], "answer": [0, 2]}).status == 200
    dialog.refresh()
    screen = dialog.results_window
    qtbot.waitUntil(lambda: screen.count.text().endswith("3"), timeout=5000)
    values = {label.text(): value.text() for label, _bar, value in screen.rows
              if label.isVisible()}
    assert values == {"Data utilization": "3", "Citizen participation": "0", "Finance": "3",
                      "Policy": "0"}


def test_closing_the_room_from_its_window_ends_the_process(open_room, qtbot) -> None:
    """The last of the tests sharing the open room (it closes it)."""
    window, dialog, hub = open_room
    assert hub.process.poll() is None  # the room's own process, serving
    port = hub.port
    dialog.close_room()
    qtbot.waitUntil(lambda: dialog.open_button.isEnabled(), timeout=15000)
    assert hub.process.poll() == 0  # stopped cleanly, asked to
    assert _port_is_free(port)
    assert "closed" in dialog.status.text()
    assert window.room.hub is None

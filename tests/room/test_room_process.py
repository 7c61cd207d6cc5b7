"""The room in its own process, as the desktop app runs it: a real child `pcsc-workshop room`,
real HTTP on 127.0.0.1, the same SQLite file."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.room.conftest import Browser


def _port_is_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _ended(pid: int) -> bool:
    """Gone, or a zombie nobody has reaped yet (it serves nothing any more)."""
    status = Path(f"/proc/{pid}/status")
    try:
        return "\nState:\tZ" in status.read_text()
    except OSError:
        return True


@pytest.fixture()
def process_hub(store, scored_demo_id):
    from pcsc_workshop.room.process import ProcessHub

    changes: list[tuple[str, str | None]] = []
    hub = ProcessHub(store, scored_demo_id, host="127.0.0.1", port=0, advertise=False,
                     on_change=lambda kind, pid: changes.append((kind, pid)))
    hub.changes = changes  # type: ignore[attr-defined]
    hub.open()
    yield hub
    hub.close()


def test_a_plan_written_through_the_process_is_in_the_database_and_heard(process_hub,
                                                                          store) -> None:
    from pcsc_workshop.core.plans import plan_for_participant

    hub = process_hub
    assert hub.pid != os.getpid() and hub.url == f"http://127.0.0.1:{hub.port}/"
    person = next(p for p in hub.person_codes() if p.delegation)
    browser = Browser("127.0.0.1", hub.port)
    assert browser.join(person.participant_id, person.code, hub.room_code).status == 303
    plan = browser.get("/api/plan").json()
    plan["key_takeaways"] = "Les données ouvertes d'abord — البيانات المفتوحة"
    assert browser.send("PUT", "/api/plan", plan).status == 200
    with store.session() as s:  # this process reads what the child wrote
        doc = plan_for_participant(s, person.participant_id)
        assert doc.key_takeaways == "Les données ouvertes d'abord — البيانات المفتوحة"
    deadline = time.monotonic() + 3
    while ("plans", doc.id) not in hub.changes and time.monotonic() < deadline:
        time.sleep(0.05)
    assert ("plans", doc.id) in hub.changes  # heard within a second or so (the plan's id)
    devices = hub.devices()
    assert [d.participant_id for d in devices] == [person.participant_id]
    assert devices[0].csrf == ""  # the device's secret stays in the room's process
    assert hub.remove_device(devices[0].id) is True
    assert browser.get("/api/plan").status == 401


def test_polls_asked_through_the_process(process_hub) -> None:
    from pcsc_workshop.core.polls import PollError

    hub = process_hub
    poll = hub.ask("dots", "Which elements first?", ["Data", "Skills", "Funding"], 2)
    assert poll.is_open and poll.options == ("Data", "Skills", "Funding")
    person = hub.person_codes()[0]
    browser = Browser("127.0.0.1", hub.port)
    assert browser.join(person.participant_id, person.code, hub.room_code).status == 303
    assert browser.get("/api/poll").json()["poll"]["id"] == poll.id  # the child's cache knew
    assert browser.send("POST", "/api/poll", {"poll": poll.id, "answer": [0, 2]}).status == 200
    results = hub.results(poll.id)
    assert results.respondents == 1 and dict(results.counts) == {"Data": 1, "Skills": 0,
                                                                 "Funding": 1}
    with pytest.raises(PollError) as refused:
        hub.ask("choice", "   ", ["a", "b"])
    assert refused.value.code == "empty-question"  # the window words it as before
    hub.close_poll(poll.id)
    assert browser.get("/api/poll").json()["poll"] is None


def test_a_busy_port_and_a_foreign_address_are_said_in_words(process_hub, store,
                                                             scored_demo_id) -> None:
    from pcsc_workshop.room.process import ProcessHub
    from pcsc_workshop.room.server import RoomServerError

    busy = ProcessHub(store, scored_demo_id, host="127.0.0.1", port=process_hub.port,
                      advertise=False)
    with pytest.raises(RoomServerError, match=r"Cannot listen on 127\.0\.0\.1:\d+: .*in use"):
        busy.open()
    assert busy.process.poll() is not None  # nothing left running
    foreign = ProcessHub(store, scored_demo_id, host="192.0.2.7", port=0, advertise=False)
    with pytest.raises(RoomServerError, match=r"Cannot listen on 192\.0\.2\.7:0"):
        foreign.open()
    unknown = ProcessHub(store, "no-such-workshop", host="127.0.0.1", port=0, advertise=False)
    with pytest.raises(RoomServerError, match="No workshop with id no-such-workshop"):
        unknown.open()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_the_room_stops_when_the_apps_process_dies(store, scored_demo_id, tmp_path) -> None:
    """kill -9 of the facilitator's process: its pipe closes, the child stops by itself."""
    script = tmp_path / "facilitator.py"
    script.write_text(textwrap.dedent(f"""
        import sys, time
        from pcsc_workshop.core.store import Store
        from pcsc_workshop.room.process import ProcessHub
        hub = ProcessHub(Store({str(store.path)!r}), {scored_demo_id!r}, host="127.0.0.1",
                         port=0, advertise=False)
        hub.open()
        print(hub.pid, hub.port, flush=True)
        time.sleep(120)
    """))
    root = Path(__file__).resolve().parents[2]
    facilitator = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE,
                                   text=True, cwd=root,
                                   env={**os.environ, "PYTHONPATH": str(root)})
    try:
        line = facilitator.stdout.readline()  # type: ignore[union-attr]
        child, port = (int(x) for x in line.split())
        assert Browser("127.0.0.1", port).get("/").status == 200
        facilitator.send_signal(signal.SIGKILL)
        facilitator.wait(10)
        deadline = time.monotonic() + 20
        while not (_ended(child) and _port_is_free(port)) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert _ended(child), "the room's process outlived the app"
        assert _port_is_free(port)
    finally:
        facilitator.kill()
        facilitator.wait(10)


def test_the_dashboards_figures_computed_by_the_room_are_the_window_s_own(process_hub,
                                                                          store) -> None:
    """While the room is open the window asks its process for the dashboard's figures (so
    that work holds none of the window's GIL): they must be exactly the ones it would
    compute itself, saves from the browser included."""
    from pcsc_workshop.core.curriculum import load_curriculum
    from pcsc_workshop.core.framework import load_framework
    from pcsc_workshop.door import Door

    hub = process_hub
    person = next(p for p in hub.person_codes() if p.delegation)
    browser = Browser("127.0.0.1", hub.port)
    assert browser.join(person.participant_id, person.code, hub.room_code).status == 303
    plan = browser.get("/api/plan").json()
    plan["approaches"] = "Pilot in one district, then scale"
    assert browser.send("PUT", "/api/plan", plan).status == 200
    elements = load_framework(load_curriculum()).elements
    remote = hub.dashboard_figures(elements)
    local = Door(store).dashboard.figures(hub.workshop_id, elements)
    assert remote.data.participants == local.data.participants
    assert remote.data.delegations == local.data.delegations
    assert remote.data.support == local.data.support and remote.arrived == local.arrived
    mine = next(p for p in remote.data.participants if p.id == person.participant_id)
    assert mine.last_change is not None

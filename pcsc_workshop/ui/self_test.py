"""`pcsc-workshop --self-test`: prove an installation (frozen or not) works end to end.

Opens a throw-away database (migrations run), loads the curriculum, renders an action-plan
PDF with the bundled fonts, exports the demo's plans in a child process as the Export menu
does, draws a chart offscreen and serves the room. Prints one line per check and
exits 0 only when every check passed — what a facilitator or CI runs after installing.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pcsc_workshop.core.curriculum import Curriculum
    from pcsc_workshop.door import Door
    from pcsc_workshop.door.people import ParticipantInfo


@dataclass
class _State:
    """What one check leaves for the next (a check that failed leaves it unset)."""

    door: Door | None = None
    workshop_id: str = ""
    people: list[ParticipantInfo] = field(default_factory=list)
    curriculum: Curriculum | None = None

    def open_door(self) -> Door:
        if self.door is None:
            raise RuntimeError("the database check failed first")
        return self.door


def _check(name: str, fn: Callable[[], str]) -> bool:
    started = time.perf_counter()
    try:
        detail = fn()
    except Exception as exc:  # noqa: BLE001 - every failure is reported, none is fatal
        print(f"FAIL  {name}: {type(exc).__name__}: {exc}")
        return False
    print(f"ok    {name} ({(time.perf_counter() - started) * 1000:.0f} ms) {detail}")
    return True


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    work = Path(tempfile.mkdtemp(prefix="pcsc-self-test-"))
    state = _State()

    def database() -> str:
        from pcsc_workshop.core.migrations import HEAD
        from pcsc_workshop.door import open_door

        door = open_door(str(work / "self-test.sqlite3"))  # migrations run here
        state.door = door
        workshop_id = door.workshops.ensure_demo().value
        people = door.people.participants(workshop_id)
        state.workshop_id, state.people = workshop_id, people
        return f"schema {HEAD}, {len(people)} demo participants"

    def curriculum() -> str:
        from pcsc_workshop.core.curriculum import load_curriculum

        cur = load_curriculum()
        state.curriculum = cur
        if len(cur.elements) != 21 or len(cur.pillars) != 8:
            raise RuntimeError(f"{len(cur.pillars)} pillars, {len(cur.elements)} elements")
        return f"{len(cur.pillars)} pillars, {len(cur.elements)} elements"

    def pdf() -> str:
        from pcsc_workshop.core.reports.plan_pdf import write_plan_pdf

        doc = state.open_door().plans.for_participant(state.people[0].id)
        cur = state.curriculum
        out = write_plan_pdf(doc, work / "plan.pdf",
                             link_titles=cur.title_of if cur else None)
        data = Path(out).read_bytes()
        if not data.startswith(b"%PDF") or b"/FontFile2" not in data:
            raise RuntimeError("the PDF has no embedded fonts")
        return f"{len(data) // 1024} KB"

    def chart() -> str:
        import pyqtgraph as pg
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication([sys.argv[0]])
        plot = pg.PlotWidget()
        plot.plot([0, 1, 2, 3, 4], [1, 3, 2, 4, 0], symbol="o")
        plot.resize(320, 240)
        image = plot.grab().toImage()
        plot.deleteLater()
        app.processEvents()
        if image.isNull() or image.width() < 100:
            raise RuntimeError("the chart rendered nothing")
        return f"{image.width()}x{image.height()} px"

    def export() -> str:
        from pcsc_workshop.door.export_child import run_in_child
        from pcsc_workshop.door.exports import Options

        # as the Export menu runs it: in a child process of this very executable
        folder = work / "plans"
        folder.mkdir(exist_ok=True)
        done = run_in_child(state.open_door().store.path, "plans", state.workshop_id, folder,
                            Options(), curriculum_language="en")
        if not done.files or not done.files[0].read_bytes().startswith(b"%PDF"):
            raise RuntimeError("the export's child process wrote no plan")
        return f"{len(done.files)} plan PDF(s) written by a child process"

    def room() -> str:
        import http.client

        from pcsc_workshop.room.process import ProcessHub

        # as the window opens it: in a child process of this very executable (frozen or not)
        hub = ProcessHub(state.open_door().store, state.workshop_id, host="127.0.0.1", port=0,
                         advertise=False)
        hub.open()
        try:
            conn = http.client.HTTPConnection("127.0.0.1", hub.port, timeout=10)
            conn.request("GET", "/", headers={"Host": f"127.0.0.1:{hub.port}"})
            response = conn.getresponse()
            page = response.read()
            if response.status != 200 or b"<form" not in page:
                raise RuntimeError(f"the join page answered {response.status}")
        finally:
            hub.close()
        return f"join page {len(page) // 1024} KB, served by process {hub.pid}"

    results = [_check(n, f) for n, f in (("database", database), ("curriculum", curriculum),
                                         ("pdf", pdf), ("export", export), ("chart", chart),
                                         ("room", room))]
    if state.door is not None:
        state.door.close()
    ok = all(results)
    print("self-test passed" if ok else "self-test FAILED")
    return 0 if ok else 1

"""`RoomHub`: open the room for one workshop, and everything the facilitator does with it.

The one object the headless `pcsc-workshop room` command and the tests use: it binds the
server, advertises it, holds the codes and devices, asks polls and reads their results. The
desktop window runs it in a child process (`process.py`'s `ProcessHub`, the same API), so that
the hub's Python work never holds the window's GIL.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pcsc_workshop.core import polls
from pcsc_workshop.room.access import Device, RoomAccess
from pcsc_workshop.room.server import DEFAULT_PORT, RoomServer, default_host
from pcsc_workshop.room.service import RoomService
from pcsc_workshop.room.web import RoomApp


@dataclass(frozen=True)
class PersonCode:
    participant_id: str
    name: str
    delegation: str
    code: str


_LOADED: dict[str, Any] = {}


def _curriculum_for(language: str) -> Any:
    """The curriculum in `language`, loaded once per open room.

    The loader's own cache checks every curriculum file's time stamp on each call (~50 stat
    calls, 1.4 ms); a save every 30 ms from 60 phones does not need that.
    """
    cached = _LOADED.get(language)
    if cached is not None:
        return cached
    from pcsc_workshop.core.curriculum import load_curriculum

    try:
        loaded = load_curriculum(language=language)
    except Exception:  # noqa: BLE001 - a translation that fails to load: English still works
        loaded = load_curriculum(language="en")
    _LOADED[language] = loaded
    return loaded


class RoomHub:
    """The room for `workshop_id` on `store`, served on (host, port) while open."""

    def __init__(self, store: Any, workshop_id: str, host: str | None = None,
                 port: int = DEFAULT_PORT, advertise: bool = True,
                 on_change: Callable[[str, str | None], None] | None = None) -> None:
        self.store = store
        self.workshop_id = workshop_id
        self.host = host or default_host()
        self.port_wanted = port
        self.advertise = advertise
        self._listeners: list[Callable[[str, str | None], None]] = []
        if on_change is not None:
            self._listeners.append(on_change)
        self.service = RoomService(store, workshop_id, _curriculum_for, self._changed)
        self.access = RoomAccess(self.service.participant_ids())
        self.web = RoomApp(self.service, self.access, import_bundle=self._import_bundle)
        self.server: RoomServer | None = None
        self._advertiser: Any = None
        self.advertise_error = ""

    # -- lifecycle --------------------------------------------------------------------------

    def open(self) -> str:
        """Start serving; returns the address to join. Raises RoomServerError."""
        # bound first: a busy port or a wrong address is said before the curriculum loads
        self.server = RoomServer(self.web.app, self.host, self.port_wanted)
        self.web.port = self.server.port
        try:
            _LOADED.clear()  # a curriculum edited since the last room is read again
            _curriculum_for(self.service.language)  # loaded now, not on the first phone's save
            _curriculum_for("en")
            self.server.start()
        except BaseException:
            self.server.stop()  # never a bound port left behind
            self.server = None
            raise
        if self.advertise:
            try:
                from pcsc_workshop.room.discovery import Advertiser

                self._advertiser = Advertiser(self.service.title, self.host, self.server.port,
                                              self.workshop_id)
            except Exception as exc:  # noqa: BLE001 - discovery is a convenience only
                self.advertise_error = str(exc)
        return self.url

    def close(self) -> None:
        """Stop serving (requests in flight finish) and stop advertising. Idempotent."""
        if self._advertiser is not None:
            with contextlib.suppress(Exception):  # the network side must not block closing
                self._advertiser.close()
            self._advertiser = None
        if self.server is not None:
            self.server.stop()
            self.server = None

    @property
    def is_open(self) -> bool:
        return self.server is not None and self.server.running

    @property
    def url(self) -> str:
        return self.server.url if self.server else ""

    @property
    def port(self) -> int:
        """The port actually bound (0 asks for any free one); 0 while closed."""
        return self.server.port if self.server else 0

    @property
    def title(self) -> str:
        return self.service.title

    @property
    def language(self) -> str:
        """The workshop's language: the join card's and the curriculum's default."""
        return self.service.language

    @property
    def room_code(self) -> str:
        return self.access.room_code

    # -- people and devices -----------------------------------------------------------------

    def person_codes(self) -> list[PersonCode]:
        codes = []
        for person in self.service.people():
            codes.append(PersonCode(person["id"], person["name"], person["delegation"],
                                    self.access.person_code(person["id"])))
        return codes

    def devices(self) -> list[Device]:
        return self.access.devices()

    def remove_device(self, device_id: str) -> bool:
        removed = self.access.remove_device(device_id)
        if removed:
            self._changed("devices", None)
        return removed

    def add_listener(self, callback: Callable[[str, str | None], None]) -> None:
        self._listeners.append(callback)

    def _changed(self, kind: str, item_id: str | None) -> None:
        for callback in list(self._listeners):
            with contextlib.suppress(Exception):  # a listener's fault must not fail a save
                callback(kind, item_id)

    # -- polls ------------------------------------------------------------------------------

    def ask(self, kind: str, question: str, options: list[str] | None = None,
            picks: int = 1) -> polls.PollInfo:
        with self.store.session(write=True) as session:
            poll = polls.create_poll(session, self.workshop_id, kind, question, options, picks)
        self.service.forget_open_poll()
        self._changed("polls", poll.id)
        return poll

    def close_poll(self, poll_id: str) -> None:
        with self.store.session(write=True) as session:
            polls.close_poll(session, poll_id)
        self.service.forget_open_poll()
        self._changed("polls", poll_id)

    def results(self, poll_id: str) -> polls.PollResults:
        with self.store.session() as session:
            return polls.poll_results(session, poll_id)

    # -- bundles from desktop participants ----------------------------------------------------

    def _import_bundle(self, path: Path) -> tuple[bool, str]:
        """The same import a file gets from Collect plans (same checks, same refusals)."""
        from pcsc_workshop.core.exchange.importer import ACCEPTED, ALREADY_PRESENT, import_file

        with self.store.session(write=True) as session:
            result = import_file(session, path, allow_packs=False)
        ok = result.status in (ACCEPTED, ALREADY_PRESENT)
        return ok, result.reason or result.status

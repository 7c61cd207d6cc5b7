"""Fixtures of the room hub: a real server on 127.0.0.1 over a real demo database."""

from __future__ import annotations

import http.client
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

import pytest


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Browser:
    """A minimal HTTP client that keeps cookies, as a participant's browser would."""

    host: str
    port: int
    cookies: dict[str, str] = field(default_factory=dict)
    csrf: str = ""

    def request(self, method: str, path: str, body: bytes | None = None,
                headers: dict[str, str] | None = None) -> Reply:
        conn = http.client.HTTPConnection(self.host, self.port, timeout=10)
        h = {"Host": f"{self.host}:{self.port}"}
        if self.cookies:
            h["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        h.update(headers or {})
        conn.request(method, path, body=body, headers=h)
        r = conn.getresponse()
        data = r.read()
        for key, value in r.getheaders():
            if key.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                val = rest.split(";", 1)[0].strip('"')
                if "max-age=0" in value.lower() or 'expires=thu, 01 jan 1970' in value.lower():
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = val
        conn.close()
        return Reply(r.status, {k.lower(): v for k, v in r.getheaders()}, data)

    def get(self, path: str, **kw: Any) -> Reply:
        return self.request("GET", path, **kw)

    def join(self, person_id: str, person_code: str, room_code: str) -> Reply:
        body = urlencode({"person": person_id, "person_code": person_code,
                          "room_code": room_code}).encode()
        reply = self.request("POST", "/join", body,
                             {"Content-Type": "application/x-www-form-urlencoded"})
        if reply.status == 303:
            page = self.get("/home")
            marker = 'data-csrf="'
            start = page.text.index(marker) + len(marker)
            self.csrf = page.text[start:page.text.index('"', start)]
        return reply

    def send(self, method: str, path: str, data: Any, csrf: str | None = None) -> Reply:
        return self.request(method, path, json.dumps(data).encode(),
                            {"Content-Type": "application/json",
                             "X-CSRF-Token": self.csrf if csrf is None else csrf})


@pytest.fixture()
def hub(store, scored_demo_id) -> Iterator[Any]:
    from pcsc_workshop.room.hub import RoomHub

    changes: list[tuple[str, str | None]] = []
    room = RoomHub(store, scored_demo_id, host="127.0.0.1", port=0, advertise=False,
                   on_change=lambda kind, pid: changes.append((kind, pid)))
    room.changes = changes  # type: ignore[attr-defined]
    room.open()
    yield room
    room.close()


@pytest.fixture()
def browser(hub) -> Browser:
    return Browser("127.0.0.1", hub.server.port)


@pytest.fixture()
def joined(hub, browser) -> tuple[Browser, Any]:
    """A browser joined as the first participant who belongs to a delegation."""
    person = next(p for p in hub.person_codes() if p.delegation)
    reply = browser.join(person.participant_id, person.code, hub.room_code)
    assert reply.status == 303, reply.text
    return browser, person

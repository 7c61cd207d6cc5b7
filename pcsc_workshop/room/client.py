"""The desktop app's side of the room: find rooms, send a plan bundle to one.

A participant with the app installed sends the same `.pcsc` bundle a USB stick would carry,
over HTTP to the room's `/api/bundle` (with the room code read off the screen); the hub runs
the same import, with the same checks and refusals, as *Collect plans* does for a file.
"""

from __future__ import annotations

import http.client
import json
from pathlib import Path
from urllib.parse import urlsplit


class RoomSendError(OSError):
    """The room could not be reached, or refused the bundle (the message says why)."""


def send_bundle(url: str, room_code: str, bundle: Path, timeout: float = 30.0) -> str:
    """POST the bundle; returns the hub's message on success, raises RoomSendError if not."""
    parts = urlsplit(url)
    if parts.scheme != "http" or not parts.hostname:
        raise RoomSendError(f"Not a room address: {url}")
    port = parts.port or 80
    data = bundle.read_bytes()
    try:
        conn = http.client.HTTPConnection(parts.hostname, port, timeout=timeout)
        conn.request("POST", "/api/bundle", body=data, headers={
            "Host": f"{parts.hostname}:{port}", "Content-Type": "application/zip",
            "X-Room-Code": room_code.strip().upper()})
        response = conn.getresponse()
        body = response.read()
        conn.close()
    except (OSError, http.client.HTTPException) as exc:
        raise RoomSendError(f"The room at {url} did not answer: {exc}") from exc
    try:
        answer = json.loads(body)
    except ValueError:
        answer = {}
    if response.status == 200 and answer.get("accepted"):
        return str(answer.get("message", "accepted"))
    if response.status == 403:
        raise RoomSendError("The room code is not this room's: check the code on the screen.")
    raise RoomSendError(str(answer.get("message") or answer.get("error")
                            or f"HTTP {response.status}"))

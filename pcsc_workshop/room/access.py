"""Who may join the room, and who each request speaks for.

A room opening has its own random secret: a short **room code** (shown on the join card, so a
device on the wrong Wi-Fi or a stale QR photo cannot join), and one **person code** per
participant (six digits the facilitator hands out, like a cloakroom ticket). Joining with the
right pair gives the device a **token** (kept in an HttpOnly, SameSite=Strict cookie) and a
**CSRF token** (sent back in a header on every write). Tokens are stored hashed, die with the
room, and can be revoked by the facilitator one device at a time.

Wrong codes are rate-limited per client address and per person, so six digits cannot be
guessed by brute force within a workshop (10 wrong tries a minute per address; 5 wrong codes
lock that person's code for a minute). Successful joins are never limited: a room of 60 phones
behind one hotspot's address must all get in.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass, field

# No 0/O, 1/I/L: the room code is read off a projector and typed on a phone.
_ROOM_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
ROOM_CODE_LENGTH = 6
PERSON_CODE_DIGITS = 6
JOIN_TRIES_PER_MINUTE = 10  # wrong tries per address
WRONG_CODES_BEFORE_LOCK = 5
LOCK_SECONDS = 60.0


class JoinRefused(Exception):
    """A join that cannot be allowed; `reason` is a key of `words.py` (the page words it)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class Device:
    """A browser that joined: it speaks for one participant until removed or the room closes."""

    id: str
    participant_id: str
    label: str
    address: str
    joined_at: float
    csrf: str
    last_seen: float = 0.0
    requests: int = 0


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass
class RoomAccess:
    """The room's codes and devices. Thread-safe: the server's handlers run concurrently."""

    participant_ids: list[str]
    room_code: str = field(default_factory=lambda: "".join(
        secrets.choice(_ROOM_ALPHABET) for _ in range(ROOM_CODE_LENGTH)))
    clock: object = time.monotonic  # replaced in tests that need minutes to pass at once

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._codes: dict[str, str] = {}
        for pid in self.participant_ids:
            self._codes[pid] = self._new_person_code()
        self._devices: dict[str, Device] = {}  # token digest -> device
        self._tries: dict[str, deque[float]] = {}
        self._wrong: dict[str, deque[float]] = {}
        self.locked_out: dict[str, float] = {}

    # -- codes ------------------------------------------------------------------------------

    def _new_person_code(self) -> str:
        used = set(self._codes.values())
        while True:
            code = f"{secrets.randbelow(10 ** PERSON_CODE_DIGITS):0{PERSON_CODE_DIGITS}d}"
            if code not in used:
                return code

    def person_code(self, participant_id: str) -> str:
        with self._lock:
            if participant_id not in self._codes:  # a participant added while the room is open
                self._codes[participant_id] = self._new_person_code()
            return self._codes[participant_id]

    def person_codes(self) -> dict[str, str]:
        with self._lock:
            return dict(self._codes)

    def forget_person(self, participant_id: str) -> None:
        """A participant deleted while the room is open: their code and devices stop working."""
        with self._lock:
            self._codes.pop(participant_id, None)
            for digest, device in list(self._devices.items()):
                if device.participant_id == participant_id:
                    del self._devices[digest]

    # -- joining ----------------------------------------------------------------------------

    def _now(self) -> float:
        return self.clock()  # type: ignore[operator]

    def _window(self, store: dict[str, deque[float]], key: str, span: float) -> deque[float]:
        now = self._now()
        tries = store.setdefault(key, deque())
        while tries and now - tries[0] > span:
            tries.popleft()
        return tries

    def join(self, *, address: str, participant_id: str, person_code: str, room_code: str,
             label: str) -> tuple[str, Device]:
        """Check the codes; on success return (token, device). Raises JoinRefused."""
        with self._lock:
            tries = self._window(self._tries, address, 60.0)
            if len(tries) >= JOIN_TRIES_PER_MINUTE:
                raise JoinRefused("too-many-tries")
            until = self.locked_out.get(participant_id, 0.0)
            if until > self._now():
                raise JoinRefused("person-locked")
            if not hmac.compare_digest(room_code.strip().upper().encode(),
                                       self.room_code.encode()):
                tries.append(self._now())
                raise JoinRefused("wrong-room-code")
            expected = self._codes.get(participant_id)
            if expected is None:
                tries.append(self._now())
                raise JoinRefused("unknown-person")
            if not hmac.compare_digest(person_code.strip().encode(), expected.encode()):
                tries.append(self._now())
                wrong = self._window(self._wrong, participant_id, LOCK_SECONDS)
                wrong.append(self._now())
                if len(wrong) >= WRONG_CODES_BEFORE_LOCK:
                    self.locked_out[participant_id] = self._now() + LOCK_SECONDS
                    wrong.clear()
                raise JoinRefused("wrong-person-code")
            self._wrong.pop(participant_id, None)
            token = secrets.token_urlsafe(32)
            device = Device(id=secrets.token_hex(6), participant_id=participant_id,
                            label=label[:120], address=address, joined_at=time.time(),
                            csrf=secrets.token_urlsafe(24), last_seen=time.time())
            self._devices[_digest(token)] = device
            return token, device

    # -- requests ---------------------------------------------------------------------------

    def device_for(self, token: str | None) -> Device | None:
        if not token or len(token) > 200:
            return None
        with self._lock:
            device = self._devices.get(_digest(token))
            if device is not None:
                device.last_seen = time.time()
                device.requests += 1
            return device

    def room_code_ok(self, sent: str) -> bool:
        return hmac.compare_digest(sent.strip().upper().encode(), self.room_code.encode())

    def csrf_ok(self, device: Device, sent: str | None) -> bool:
        return bool(sent) and hmac.compare_digest(sent.encode(), device.csrf.encode())

    def devices(self) -> list[Device]:
        with self._lock:
            return sorted(self._devices.values(), key=lambda d: d.joined_at)

    def remove_device(self, device_id: str) -> bool:
        """The facilitator removes a device: its token is refused from the next request on."""
        with self._lock:
            for digest, device in list(self._devices.items()):
                if device.id == device_id:
                    del self._devices[digest]
                    return True
            return False

    def leave(self, token: str) -> None:
        with self._lock:
            self._devices.pop(_digest(token), None)

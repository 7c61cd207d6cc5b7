"""The room in its own process: the desktop app drives a child `pcsc-workshop room`.

Why a process and not a thread: the hub's Python work (uvicorn's event loop parsing 30
requests a second, JSON, validation, the ORM on its writer thread) holds the GIL, and a
thread of the facilitator's Qt process had the UI thread wait for it: 60 phones made the
window stall 0.4–0.7 s. In a child process the hub has its own interpreter and its own GIL;
the window's process only reads a few short lines a second.

The channel is JSON lines on the child's stdin and stdout (no port of its own, nothing to
secure, works the same frozen or not):

    child → UI   {"event": "ready", "url": ..., "port": ..., "room_code": ..., ...}
                 {"event": "error", "message": "Cannot listen on ...: Address in use"}
                 {"event": "changes", "items": [["plans", "<plan id>"], ...]}
                 {"id": 7, "ok": true, "value": ...} | {"id": 7, "ok": false, "error": ..}
    UI → child   {"id": 7, "op": "devices" | "remove_device" | "ask" | ..., "args": {...}}

The child writes to the same SQLite file (WAL, with a busy timeout), stops when asked, and
**stops by itself when its stdin closes**: the app quitting, or dying, closes that pipe, so no
orphan server is left holding the port. `RoomHub` itself stays usable in-process (the
headless command without `--control`, the tests).
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import pickle
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from pcsc_workshop.core import polls
from pcsc_workshop.core.child_process import NO_WINDOW, child_env
from pcsc_workshop.room.access import Device
from pcsc_workshop.room.hub import PersonCode, RoomHub
from pcsc_workshop.room.server import DEFAULT_PORT, RoomServerError, default_host

# Change notices are gathered this long in the child before one line carries them all: 60
# phones saving every 2 s are 30 notices a second, the window needs to hear them once.
CHANGES_EVERY_S = 0.25
START_TIMEOUT_S = 60.0  # importing the web stack on a slow laptop, frozen, cold disk
CALL_TIMEOUT_S = 30.0  # a write waits at most the database's busy timeout, then fails


class RoomStopped(RoomServerError):
    """The room's process is not running (closed, or it stopped on its own)."""


# -- the child: serve the room, answer the window on stdin/stdout ---------------------------

def _device_json(device: Device) -> dict[str, Any]:
    # the window never needs a device's CSRF token: it stays in the hub
    return {"id": device.id, "participant_id": device.participant_id, "label": device.label,
            "address": device.address, "joined_at": device.joined_at,
            "last_seen": device.last_seen, "requests": device.requests}


def _poll_json(info: polls.PollInfo) -> dict[str, Any]:
    return {"id": info.id, "workshop_id": info.workshop_id, "kind": info.kind,
            "question": info.question, "options": list(info.options), "picks": info.picks,
            "is_open": info.is_open, "created_at": info.created_at.isoformat()}


def _poll_info(raw: dict[str, Any]) -> polls.PollInfo:
    return polls.PollInfo(id=raw["id"], workshop_id=raw["workshop_id"], kind=raw["kind"],
                          question=raw["question"], options=tuple(raw["options"]),
                          picks=int(raw["picks"]), is_open=bool(raw["is_open"]),
                          created_at=datetime.fromisoformat(raw["created_at"]))


def _codes_json(hub: RoomHub) -> list[dict[str, str]]:
    return [{"participant_id": p.participant_id, "name": p.name, "delegation": p.delegation,
             "code": p.code} for p in hub.person_codes()]


class _Channel:
    """The child's end: one line per message, written whole under a lock (threads share it)."""

    def __init__(self, out: IO[str]) -> None:
        self._out = out
        self._lock = threading.Lock()

    def send(self, message: dict[str, Any]) -> None:
        line = json.dumps(message, ensure_ascii=True, separators=(",", ":")) + "\n"
        with self._lock, contextlib.suppress(OSError, ValueError):  # the window has gone
            self._out.write(line)
            self._out.flush()


def _private_stdout() -> IO[str]:
    """The channel on a copy of fd 1; fd 1 itself then points at stderr.

    Anything else that prints (a library's warning, a stray print, C code) goes to stderr and
    can never break a line of the channel.
    """
    sys.stdout.flush()
    channel = os.fdopen(os.dup(1), "w", encoding="utf-8", newline="\n")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    return channel


def serve_control(hub: RoomHub, stdin: IO[str] | None = None,
                  out: IO[str] | None = None) -> int:
    """Open `hub` for the window that started this process; return the exit code.

    Serves until stdin closes (the window closed it, or its process died), a "close"
    request, or SIGTERM/SIGINT; then closes the hub (requests in flight finish).
    """
    import signal

    channel = _Channel(out or _private_stdout())
    stdin = stdin or sys.stdin
    pending: dict[tuple[str, str], None] = {}
    pending_lock = threading.Lock()
    running = threading.Event()
    running.set()

    def on_change(kind: str, item_id: str | None) -> None:
        with pending_lock:
            pending[(kind, item_id or "")] = None

    def flush_changes() -> None:
        while running.is_set():
            time.sleep(CHANGES_EVERY_S)
            with pending_lock:
                items = list(pending)
                pending.clear()
            if items:
                channel.send({"event": "changes", "items": [list(i) for i in items]})

    hub.add_listener(on_change)
    try:
        hub.open()
    except RoomServerError as exc:
        channel.send({"event": "error", "kind": "server", "message": str(exc)})
        return 1
    except Exception as exc:  # noqa: BLE001 - whatever it is, the window says it in words
        channel.send({"event": "error", "kind": "other",
                      "message": f"{type(exc).__name__}: {exc}"})
        return 1

    class _Stop(Exception):
        pass

    def on_signal(*_args: Any) -> None:
        raise _Stop

    previous = {}
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(ValueError, OSError):  # not the main thread (tests)
            previous[sig] = signal.signal(sig, on_signal)
    threading.Thread(target=flush_changes, name="room-changes", daemon=True).start()
    channel.send({"event": "ready", "url": hub.url, "port": hub.port,
                  "room_code": hub.room_code, "advertise_error": hub.advertise_error,
                  "title": hub.title, "language": hub.language, "pid": os.getpid(),
                  "person_codes": _codes_json(hub)})
    try:
        for line in stdin:
            if not line.strip():
                continue
            try:
                request = json.loads(line)
                ident, op, args = request["id"], request["op"], request.get("args") or {}
            except (ValueError, KeyError, TypeError):
                continue  # not a request from our window: ignored
            if op == "close":
                channel.send({"id": ident, "ok": True, "value": None})
                break
            channel.send(_answer(hub, ident, op, args))
    except _Stop:
        pass
    finally:
        running.clear()
        hub.close()
        with pending_lock:  # the last saves' notices, so the dashboard hears them too
            items = list(pending)
        if items:
            channel.send({"event": "changes", "items": [list(i) for i in items]})
        channel.send({"event": "closed"})
        for sig, handler in previous.items():
            with contextlib.suppress(ValueError, OSError):
                signal.signal(sig, handler)
    return 0


def _dashboard(hub: RoomHub, elements: str) -> str:
    """The dashboard's figures computed here, pickled for the window (see `dashboard_figures`).

    Pickle is safe on this channel: both ends are this app, started by the window itself.
    """
    from pcsc_workshop.door import Door

    door = getattr(hub, "_door", None)
    if door is None:
        door = hub._door = Door(hub.store)  # type: ignore[attr-defined]
    view = door.dashboard.figures(hub.workshop_id, pickle.loads(base64.b64decode(elements)))
    return base64.b64encode(pickle.dumps(view, protocol=pickle.HIGHEST_PROTOCOL)).decode()


def _answer(hub: RoomHub, ident: Any, op: str, args: dict[str, Any]) -> dict[str, Any]:
    try:
        if op == "devices":
            value: Any = [_device_json(d) for d in hub.devices()]
        elif op == "person_codes":
            value = _codes_json(hub)
        elif op == "remove_device":
            value = hub.remove_device(str(args["device_id"]))
        elif op == "ask":
            value = _poll_json(hub.ask(str(args["kind"]), str(args["question"]),
                                       args.get("options"), int(args.get("picks", 1))))
        elif op == "close_poll":
            hub.close_poll(str(args["poll_id"]))
            value = None
        elif op == "dashboard":
            value = _dashboard(hub, str(args["elements"]))
        elif op == "results":
            results = hub.results(str(args["poll_id"]))
            value = {"poll": _poll_json(results.poll), "respondents": results.respondents,
                     "counts": [list(c) for c in results.counts]}
        else:
            return {"id": ident, "ok": False, "error": f"unknown request {op!r}"}
    except polls.PollError as exc:
        return {"id": ident, "ok": False, "error": str(exc), "code": exc.code,
                "detail": exc.detail}
    except Exception as exc:  # noqa: BLE001 - the window shows it; the room keeps serving
        return {"id": ident, "ok": False, "error": f"{type(exc).__name__}: {exc}"}
    return {"id": ident, "ok": True, "value": value}


# -- the window's side: the same small API as RoomHub, over the pipe --------------------------

def room_command(db_path: Path, workshop_id: str, host: str, port: int,
                 advertise: bool) -> list[str]:
    """The command line of the child: this very app's `room` command, frozen or not."""
    if getattr(sys, "frozen", False):
        start = [sys.executable]  # the PyInstaller app is itself the CLI
    else:
        start = [sys.executable, "-m", "pcsc_workshop"]
    command = start + ["--db", str(db_path), "room", "--workshop", workshop_id,
                       "--host", host, "--port", str(port), "--control"]
    if not advertise:
        command.append("--no-advertise")
    return command


class _Reply:
    __slots__ = ("done", "message")

    def __init__(self) -> None:
        self.done = threading.Event()
        self.message: dict[str, Any] = {}


class ProcessHub:
    """A `RoomHub` look-alike whose room runs in a child process (see the module notes).

    Every call is a short request over the pipe: call it on a worker, as the room window
    does; listeners are called on the reader thread, as RoomHub calls them on server threads.
    """

    def __init__(self, store: Any, workshop_id: str, host: str | None = None,
                 port: int = DEFAULT_PORT, advertise: bool = True,
                 on_change: Callable[[str, str | None], None] | None = None) -> None:
        self.db_path = Path(store.path)
        self.workshop_id = workshop_id
        self.host = host or default_host()
        self.port_wanted = port
        self.advertise = advertise
        self._listeners: list[Callable[[str, str | None], None]] = []
        if on_change is not None:
            self._listeners.append(on_change)
        self.process: subprocess.Popen[str] | None = None
        self._ready: dict[str, Any] = {}
        self._started = threading.Event()
        self._write_lock = threading.Lock()
        self._replies: dict[int, _Reply] = {}
        self._next_id = 0
        self._stderr: deque[str] = deque(maxlen=30)
        self._closing = False

    # -- lifecycle --------------------------------------------------------------------------

    def open(self) -> str:
        """Start the child and wait until it serves; returns the address. Raises
        RoomServerError with the child's own message (port in use, no such address...)."""
        env, flags = child_env(), NO_WINDOW
        try:
            self.process = subprocess.Popen(
                room_command(self.db_path, self.workshop_id, self.host, self.port_wanted,
                             self.advertise),
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                text=True, encoding="utf-8", errors="replace", bufsize=1, env=env,
                creationflags=flags)
        except OSError as exc:
            raise RoomServerError(f"The room could not start: {exc.strerror or exc}") from exc
        threading.Thread(target=self._read, name="room-channel", daemon=True).start()
        self._stderr_reader = threading.Thread(target=self._read_stderr, name="room-stderr",
                                               daemon=True)
        self._stderr_reader.start()
        if not self._started.wait(START_TIMEOUT_S):
            self.close()
            raise RoomServerError("The room did not start in time.")
        if self._ready.get("event") != "ready":
            message = self._ready.get("message") or self._why_stopped()
            self.close()
            raise RoomServerError(message)
        return self.url

    def close(self) -> None:
        """Ask the child to stop (requests in flight finish), wait, and make sure. Idempotent."""
        process, self._closing = self.process, True
        if process is None:
            return
        if process.poll() is None:
            with contextlib.suppress(OSError, ValueError, RoomServerError):
                self._send({"id": 0, "op": "close"})
            with contextlib.suppress(OSError, ValueError):
                process.stdin.close()  # type: ignore[union-attr]
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(5)
        self._fail_waiting("The room is closed.")

    @property
    def is_open(self) -> bool:
        return (self.process is not None and self.process.poll() is None
                and bool(self._ready.get("url")) and not self._closing)

    @property
    def pid(self) -> int | None:
        return self.process.pid if self.process is not None else None

    @property
    def url(self) -> str:
        return str(self._ready.get("url", ""))

    @property
    def port(self) -> int:
        return int(self._ready.get("port", 0))

    @property
    def room_code(self) -> str:
        return str(self._ready.get("room_code", ""))

    @property
    def advertise_error(self) -> str:
        return str(self._ready.get("advertise_error", ""))

    @property
    def title(self) -> str:
        return str(self._ready.get("title", ""))

    @property
    def language(self) -> str:
        return str(self._ready.get("language", "en"))

    # -- the same calls as RoomHub ------------------------------------------------------------

    def person_codes(self) -> list[PersonCode]:
        return [PersonCode(**p) for p in self._call("person_codes")]

    def devices(self) -> list[Device]:
        return [Device(csrf="", **d) for d in self._call("devices")]

    def remove_device(self, device_id: str) -> bool:
        return bool(self._call("remove_device", device_id=device_id))

    def add_listener(self, callback: Callable[[str, str | None], None]) -> None:
        self._listeners.append(callback)

    def ask(self, kind: str, question: str, options: list[str] | None = None,
            picks: int = 1) -> polls.PollInfo:
        return _poll_info(self._call("ask", kind=kind, question=question,
                                     options=options, picks=picks))

    def close_poll(self, poll_id: str) -> None:
        self._call("close_poll", poll_id=poll_id)

    def results(self, poll_id: str) -> polls.PollResults:
        raw = self._call("results", poll_id=poll_id)
        return polls.PollResults(poll=_poll_info(raw["poll"]), respondents=raw["respondents"],
                                 counts=tuple((str(t), int(n)) for t, n in raw["counts"]))

    def dashboard_figures(self, elements: Any) -> Any:
        """The dashboard's figures (`door.dashboard.figures`), computed in the room's process.

        Why here: while 60 phones save, the dashboard refreshes once a second, and computing
        its figures is 30-60 ms of Python; on a worker of the window's process it held the
        GIL the UI thread needs (on a loaded laptop, a descheduled worker holding the GIL
        stalled the window 100-250 ms). The room's process has the database open already.
        """
        raw = self._call("dashboard", elements=base64.b64encode(
            pickle.dumps(list(elements), protocol=pickle.HIGHEST_PROTOCOL)).decode())
        return pickle.loads(base64.b64decode(raw))

    # -- the pipe ---------------------------------------------------------------------------

    def _send(self, message: dict[str, Any]) -> None:
        process = self.process
        if process is None or process.poll() is not None or process.stdin is None:
            raise RoomStopped("The room is not running.")
        line = json.dumps(message, ensure_ascii=True, separators=(",", ":")) + "\n"
        with self._write_lock:
            try:
                process.stdin.write(line)
                process.stdin.flush()
            except (OSError, ValueError) as exc:
                raise RoomStopped("The room is not running.") from exc

    def _call(self, op: str, **args: Any) -> Any:
        reply = _Reply()
        with self._write_lock:
            self._next_id += 1
            ident = self._next_id
            self._replies[ident] = reply
        try:
            self._send({"id": ident, "op": op, "args": args})
            if not reply.done.wait(CALL_TIMEOUT_S):
                raise RoomServerError("The room did not answer in time.")
        finally:
            self._replies.pop(ident, None)
        message = reply.message
        if message.get("ok"):
            return message.get("value")
        if "code" in message:
            raise polls.PollError(message["code"], message.get("detail", ""))
        raise RoomServerError(message.get("error") or "The room has stopped.")

    def _read(self) -> None:
        assert self.process is not None and self.process.stdout is not None
        for line in self.process.stdout:
            try:
                message = json.loads(line)
            except ValueError:
                continue
            if not isinstance(message, dict):
                continue
            event = message.get("event")
            if event in ("ready", "error"):
                self._ready = message
                self._started.set()
            elif event == "changes":
                for kind, item_id in message.get("items", ()):
                    for callback in list(self._listeners):
                        with contextlib.suppress(Exception):  # a listener's fault stays its own
                            callback(kind, item_id or None)
            elif "id" in message:
                reply = self._replies.get(message["id"])
                if reply is not None:
                    reply.message = message
                    reply.done.set()
        # the child has gone (closed, or crashed): nobody waits for it any longer
        self._started.set()
        self._fail_waiting("The room has stopped.")
        # "stopped" only for a room that was serving: one that failed to open says why
        # through open()'s error, not as a stop
        if not self._closing and self._ready.get("event") == "ready":
            for callback in list(self._listeners):
                with contextlib.suppress(Exception):
                    callback("stopped", None)

    def _read_stderr(self) -> None:
        assert self.process is not None and self.process.stderr is not None
        for line in self.process.stderr:
            if line.strip():
                self._stderr.append(line.rstrip())

    def _why_stopped(self) -> str:
        if self.process is not None:
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(2)
            self._stderr_reader.join(2)  # its last line is the reason
        for line in reversed(self._stderr):
            if line.startswith("pcsc-workshop: "):  # the CLI's own one-line message
                return line.removeprefix("pcsc-workshop: ")
        last = self._stderr[-1] if self._stderr else "it stopped at once"
        return f"The room did not start: {last}"

    def _fail_waiting(self, why: str) -> None:
        for reply in list(self._replies.values()):
            reply.message = {"ok": False, "error": why}
            reply.done.set()

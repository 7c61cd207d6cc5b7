"""Run the room's web app with uvicorn in a background thread, beside Qt or a terminal.

Why a thread with its own asyncio loop: the desktop app's event loop is Qt's, and the headless
`pcsc-workshop room` command waits on signals in the main thread; uvicorn's `Server.serve()`
runs happily in any thread when it is handed an already-bound socket and signal handling is
left to the caller. The socket is bound here, before the thread starts, so "address in use"
or "no such interface" is reported at once, as a message, not as a log line in a thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
from dataclasses import dataclass
from typing import Any

DEFAULT_PORT = 8765


class RoomServerError(OSError):
    """The room could not be opened (address in use, no such interface...)."""


@dataclass(frozen=True)
class Interface:
    name: str
    address: str


def local_interfaces() -> list[Interface]:
    """IPv4 addresses of this machine's network interfaces, loopback last.

    A laptop that is itself the Wi-Fi hotspot shows the hotspot's address here too.
    """
    found: list[Interface] = []
    try:
        import ifaddr  # installed with python-zeroconf

        for adapter in ifaddr.get_adapters():
            for ip in adapter.ips:
                if isinstance(ip.ip, str):
                    found.append(Interface(adapter.nice_name, ip.ip))
    except Exception:  # noqa: BLE001 - any failure: fall back to what the socket module knows
        pass
    if not found:
        try:
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
                probe.connect(("10.255.255.255", 1))  # no packet is sent for UDP connect
                found.append(Interface("default", probe.getsockname()[0]))
        except OSError:
            pass
    seen: set[str] = set()
    unique = [i for i in found if not (i.address in seen or seen.add(i.address))]
    unique.sort(key=lambda i: (i.address.startswith("127."), i.name))
    if not any(i.address.startswith("127.") for i in unique):
        unique.append(Interface("loopback", "127.0.0.1"))
    return unique


def default_host() -> str:
    """The first non-loopback address (the room's Wi-Fi), else loopback."""
    return local_interfaces()[0].address


class RoomServer:
    """uvicorn serving `app` on (host, port) in a daemon thread until `stop()`."""

    def __init__(self, app: Any, host: str, port: int = DEFAULT_PORT) -> None:
        import uvicorn

        self.host = host
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            try:
                sock.bind((host, port))
            except OSError:
                if port != DEFAULT_PORT:
                    raise
                sock.bind((host, 0))  # the usual port is taken: any free one
        except OSError as exc:
            sock.close()
            raise RoomServerError(f"Cannot listen on {host}:{port}: {exc.strerror or exc}") \
                from exc
        sock.listen(128)
        sock.setblocking(False)
        self._socket = sock
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off",
                                server_header=False, date_header=False,
                                limit_concurrency=500, timeout_keep_alive=30)
        self._server = uvicorn.Server(config)
        self._server.install_signal_handlers = lambda: None  # type: ignore[method-assign]
        self._thread = threading.Thread(target=self._run, name="room-hub", daemon=True)
        self._error: BaseException | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/"

    def _run(self) -> None:
        try:
            asyncio.run(self._server.serve(sockets=[self._socket]))
        except BaseException as exc:  # noqa: BLE001 - reported by start()/stop()
            self._error = exc

    def start(self, timeout: float = 10.0) -> None:
        self._thread.start()
        waited = 0.0
        while not self._server.started and self._thread.is_alive() and waited < timeout:
            threading.Event().wait(0.01)
            waited += 0.01
        if not self._server.started:
            self.stop()
            raise RoomServerError(f"The room did not start: {self._error or 'timed out'}")

    def stop(self, timeout: float = 10.0) -> None:
        """Stop accepting, finish requests in flight, close the socket."""
        self._server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(timeout)
        with contextlib.suppress(OSError):
            self._socket.close()

    @property
    def running(self) -> bool:
        return self._thread.is_alive() and self._server.started

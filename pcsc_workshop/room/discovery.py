"""Advertise an open room on the local network (mDNS / DNS-SD), and find rooms from the app.

Service type `_pcsc-room._tcp.local.`; TXT record: `workshop` (id), `path` ("/"), `v` (1).
The desktop app of a participant browses for it to send its plan bundle to the room instead
of writing a file. Failures (no multicast on this network, a firewall) are not fatal: the
join card's address and QR code work without discovery.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass

SERVICE_TYPE = "_pcsc-room._tcp.local."


@dataclass(frozen=True)
class FoundRoom:
    name: str
    host: str
    port: int
    workshop_id: str

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/"


class Advertiser:
    """Registers the room while it is open; `close()` unregisters it."""

    def __init__(self, title: str, host: str, port: int, workshop_id: str) -> None:
        from zeroconf import IPVersion, ServiceInfo, Zeroconf

        label = "".join(c for c in title if c.isprintable() and c not in ".\\")[:40].strip()
        self.info = ServiceInfo(
            SERVICE_TYPE, f"{label or 'PCSC room'} ({port}).{SERVICE_TYPE}",
            addresses=[socket.inet_aton(host)], port=port,
            properties={"workshop": workshop_id, "path": "/", "v": "1"},
            server=f"pcsc-room-{port}.local.")
        self.zc = Zeroconf(interfaces=[host], ip_version=IPVersion.V4Only)
        self.zc.register_service(self.info, allow_name_change=True)

    def close(self) -> None:
        try:
            self.zc.unregister_service(self.info)
        finally:
            self.zc.close()


def find_rooms(timeout: float = 2.0, interfaces: list[str] | None = None,
               wanted: Callable[[FoundRoom], bool] | None = None) -> list[FoundRoom]:
    """Rooms answering on the local network within `timeout` seconds; with `wanted`, as soon
    as a room it accepts has answered (a caller looking for one room need not wait the
    whole time)."""
    from zeroconf import IPVersion, ServiceBrowser, ServiceListener, Zeroconf

    found: dict[str, FoundRoom] = {}
    lock = threading.Lock()
    answered = threading.Event()
    zc = Zeroconf(interfaces=interfaces or ["0.0.0.0"], ip_version=IPVersion.V4Only) \
        if interfaces else Zeroconf(ip_version=IPVersion.V4Only)

    class Listener(ServiceListener):
        def add_service(self, zc: Zeroconf, type_: str, name: str) -> None:
            info = zc.get_service_info(type_, name, timeout=int(timeout * 1000))
            if info is None or not info.addresses:
                return
            props = {k.decode(): (v or b"").decode() for k, v in info.properties.items()}
            room = FoundRoom(name=name.removesuffix("." + SERVICE_TYPE),
                             host=socket.inet_ntoa(info.addresses[0]), port=info.port or 0,
                             workshop_id=props.get("workshop", ""))
            with lock:
                found[name] = room
                if wanted is not None and wanted(room):
                    answered.set()

        def update_service(self, zc: Zeroconf, type_: str, name: str) -> None:
            self.add_service(zc, type_, name)

        def remove_service(self, zc: Zeroconf, type_: str, name: str) -> None:
            with lock:
                found.pop(name, None)

    browser = ServiceBrowser(zc, SERVICE_TYPE, Listener())
    try:
        answered.wait(timeout)
    finally:
        browser.cancel()
        zc.close()
    with lock:
        return sorted(found.values(), key=lambda r: r.name)

"""`pcsc-workshop room --workshop ID [--host ADDR] [--port N]`: open the room, headless.

For a small always-on box in the room (or a facilitator who prefers a terminal): prints the
address, the room code and every participant's personal code, serves until Ctrl+C or
SIGTERM, then stops the server and closes the database cleanly (every write is committed
when its request is answered, so nothing is lost on exit).
"""

from __future__ import annotations

import argparse
import signal
import threading
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("room", help="open the room: serve the workshop to browsers on this network")
    p.add_argument("--workshop", required=True, metavar="ID", help="the workshop's id")
    p.add_argument("--host", metavar="ADDR",
                   help="the local address to listen on (default: this machine's Wi-Fi address)")
    p.add_argument("--port", type=int, default=None, metavar="N",
                   help="the port (default 8765, or any free one if taken)")
    p.add_argument("--no-advertise", action="store_true",
                   help="do not announce the room on the network (mDNS)")
    p.add_argument("--card", metavar="FILE.pdf",
                   help="also write the printable join card with everyone's personal code")
    # The desktop app runs the room as this command in a child process and drives it with
    # JSON lines on stdin/stdout (pcsc_workshop/room/process.py); not for typing by hand.
    p.add_argument("--control", action="store_true", help=argparse.SUPPRESS)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx) -> int:
    from pcsc_workshop.cli import UserError
    from pcsc_workshop.room.hub import RoomHub
    from pcsc_workshop.room.server import DEFAULT_PORT, RoomServerError

    if args.port is not None and not 0 <= args.port <= 65535:
        raise UserError(f"--port must be between 0 and 65535, not {args.port}")
    try:
        hub = RoomHub(ctx.store(), args.workshop, host=args.host,
                      port=DEFAULT_PORT if args.port is None else args.port,
                      advertise=not args.no_advertise)
    except KeyError as exc:
        raise UserError(f"No workshop with id {args.workshop} (see: pcsc-workshop workshops)") \
            from exc
    if args.control:
        from pcsc_workshop.room.process import serve_control

        try:
            return serve_control(hub)
        finally:
            ctx.store().close()
    try:
        url = hub.open()
    except RoomServerError as exc:
        raise UserError(str(exc)) from exc
    stop = threading.Event()
    previous = {s: signal.signal(s, lambda *_: stop.set())
                for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        print(f"Room open: {url}")
        print(f"Room code: {hub.room_code}")
        if hub.advertise_error:
            print(f"(not announced on the network: {hub.advertise_error})")
        print("Personal codes:")
        for person in hub.person_codes():
            where = f"  ({person.delegation})" if person.delegation else ""
            print(f"  {person.code}  {person.name}{where}")
        if args.card:
            from pcsc_workshop.room.joincard import write_card_pdf

            card = write_card_pdf(Path(args.card), title=hub.service.title, url=url,
                                  room_code=hub.room_code, language=hub.service.language,
                                  person_codes=[(p.name, p.code) for p in hub.person_codes()])
            print(f"Join card: {card}")
        print("Press Ctrl+C to close the room.", flush=True)
        while not stop.wait(0.5):
            pass
    finally:
        hub.close()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        print("Room closed.", flush=True)
    return 0

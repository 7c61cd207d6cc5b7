"""`pcsc-workshop held --workshop ID [--accept HELD_ID | --discard HELD_ID]`: plan bundles
kept aside because they came from a laptop not trusted for their participant.

Without an option: list them (one line per participant and laptop, with the held id). With
--accept: trust that laptop for that participant and import its held files. With --discard:
drop them (the laptop stays untrusted).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pcsc_workshop.cli import CommandContext

def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("held", help="list, accept or discard plan bundles from new laptops")
    p.add_argument("--workshop", required=True, metavar="ID", help="the workshop's id")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--accept", metavar="HELD_ID",
                       help="accept that laptop for its participant and import its files")
    group.add_argument("--discard", metavar="HELD_ID", help="drop those held files")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    from pcsc_workshop.cli import UserError
    from pcsc_workshop.commands import door_of

    door = door_of(ctx)
    try:
        if args.accept:
            results = door.exchange.accept_held(args.accept).value.files
            for r in results:
                print(f"{r.status:9} {r.file_name}: {r.reason or ''}".rstrip(": ")
                      if r.status != "accepted" else
                      f"accepted  {r.file_name}: {r.new} new, {r.updated} updated, "
                      f"{r.unchanged} unchanged, {r.conflicts} conflicts")
            return 0 if all(r.status != "refused" for r in results) else 1
        if args.discard:
            print(f"{door.exchange.discard_held(args.discard).value} held file(s) discarded")
            return 0
    except KeyError as exc:
        raise UserError(f"No held bundle {args.accept or args.discard} "
                        "(see: pcsc-workshop held --workshop ID)") from exc
    held = door.exchange.held(args.workshop)
    if not held:
        print("No plan bundles are held.")
    for h in held:
        why = (f"from the laptop that sends {h.known_for_name}'s plans"
               if h.reason == "other-participant" else "from a laptop not seen before for them")
        print(f"{h.id}  {h.participant_name}: {h.files} file(s) {why}; laptop key "
              f"{h.key_fingerprint}; newest {h.file_name}")
    return 0

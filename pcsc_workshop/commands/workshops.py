"""`pcsc-workshop workshops [--json]`: list workshops with their ids and counts."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pcsc_workshop.cli import CommandContext


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("workshops", help="list workshops (id, title, counts)")
    p.add_argument("--json", action="store_true", help="print JSON for other tools")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    from pcsc_workshop.door import Door

    rows = Door(ctx.store()).workshops.all()
    if args.json:
        print(json.dumps([
            {
                "id": w.id, "title": w.title, "city": w.city, "country": w.country,
                "start_date": w.start_date.isoformat() if w.start_date else None,
                "end_date": w.end_date.isoformat() if w.end_date else None,
                "delegations": w.delegations, "participants": w.participants, "plans": w.plans,
            }
            for w in rows
        ], ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("No workshops yet. Create the demo with: pcsc-workshop demo")
    for w in rows:
        print(f"{w.id}  {w.title}  ({w.delegations} delegations, {w.participants} participants)")
    return 0

"""`pcsc-workshop pack --workshop ID --out FILE.pcsc [--participant ID | --each]`: packs.

Without options: the pack for everyone (names, delegations, agenda, local content; no plans).
--participant ID: that participant's own pack (adds their plan and self-assessment and their
delegation's shared plan and assessment). --each: one own pack per participant into the
folder --out.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pcsc_workshop.cli import CommandContext

def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("pack", help="write a workshop pack (.pcsc) for participants' laptops")
    p.add_argument("--workshop", required=True, metavar="ID", help="the workshop's id")
    p.add_argument("--out", required=True, metavar="FILE.pcsc", help="where to write the pack")
    who = p.add_mutually_exclusive_group()
    who.add_argument("--participant", metavar="ID", help="that participant's own pack")
    who.add_argument("--each", action="store_true",
                     help="one own pack per participant into the folder --out")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    from pcsc_workshop.cli import UserError
    from pcsc_workshop.commands import door_of
    from pcsc_workshop.core.exchange import ExchangeError

    out = Path(args.out)
    if args.each:
        try:
            written = door_of(ctx).exchange.create_packs(args.workshop, out).value
        except KeyError as exc:
            raise UserError(f"No workshop with id {args.workshop} (see: pcsc-workshop "
                            "workshops)") from exc
        except (ExchangeError, OSError) as exc:
            raise UserError(f"Could not write the packs: {exc}") from exc
        for w in written:
            print(f"{w.path}  ({w.records} records)")
        return 0
    if out.is_dir():
        raise UserError(f"{out} is a folder; give a file name such as {out / 'workshop.pcsc'}")
    if not out.parent.exists():
        raise UserError(f"The folder {out.parent} does not exist.")
    try:
        pack = door_of(ctx).exchange.create_pack(
            args.workshop, out, participant_id=args.participant).value
    except KeyError as exc:
        raise UserError(f"No workshop with id {args.workshop}, or no such participant in it "
                        "(see: pcsc-workshop workshops)") from exc
    except (ExchangeError, OSError) as exc:
        raise UserError(f"Could not write the pack: {exc}") from exc
    print(f"{pack.path}  ({pack.records} records, sha256 {pack.sha256[:12]})")
    return 0

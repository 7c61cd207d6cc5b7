"""`pcsc-workshop bundle --workshop ID [--participant ID] --out FILE_OR_DIR`: plan bundles.

With --participant: that participant's bundle (to a file, or named automatically in a folder).
Without: one bundle per participant into the folder (rehearsals, tests, benchmarks).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pcsc_workshop.cli import CommandContext

def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("bundle", help="write plan bundle(s) to send back to the facilitator")
    p.add_argument("--workshop", required=True, metavar="ID", help="the workshop's id")
    p.add_argument("--participant", metavar="ID", help="one participant (default: everyone)")
    p.add_argument("--out", required=True, metavar="FILE_OR_DIR",
                   help="a .pcsc file, or a folder to write into")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    from pcsc_workshop.cli import UserError
    from pcsc_workshop.commands import door_of
    from pcsc_workshop.core.exchange import ExchangeError

    out = Path(args.out)
    if not args.participant and out.exists() and not out.is_dir():
        raise UserError("Without --participant, --out must be a folder (one file per person).")
    if args.participant and not out.is_dir() and not out.parent.exists():
        raise UserError(f"The folder {out.parent} does not exist.")
    door = door_of(ctx)
    try:
        written = door.exchange.write_bundles(args.workshop, out, args.participant).value
    except KeyError as exc:
        raise UserError(f"No participant {args.participant} in that workshop.") from exc
    except LookupError as exc:
        raise UserError(f"No workshop with id {args.workshop} "
                        "(see: pcsc-workshop workshops)") from exc
    except (ExchangeError, OSError) as exc:
        raise UserError(f"Could not write the bundle: {exc}") from exc
    for w in written:
        print(f"{w.path}  (plan revision {w.plan_revision}, {w.records} records)")
    return 0

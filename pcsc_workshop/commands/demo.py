"""`pcsc-workshop demo`: create the demo workshop (idempotent) and print its id."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pcsc_workshop.cli import CommandContext


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="create the demo workshop (idempotent); print its id")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    from pcsc_workshop.door import Door

    print(Door(ctx.store()).workshops.ensure_demo().value)
    return 0

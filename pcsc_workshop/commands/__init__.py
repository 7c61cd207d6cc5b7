"""One module per `pcsc-workshop` sub-command; each has `register(subparsers)`."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pcsc_workshop.cli import CommandContext
    from pcsc_workshop.door import Door


def door_of(ctx: CommandContext) -> Door:
    """The front door over the command's database (opened, checked and migrated on first
    use by `ctx.store()`): commands read and change workshop data only through it, with the
    same operations as the app."""
    from pcsc_workshop.door import Door

    return Door(ctx.store())

"""The `pcsc-workshop` command line: headless sub-commands for scripts, tests and CI.

Each sub-command lives in its own module under `pcsc_workshop.commands` with a `register()`
function, so adding one is one new file plus a line in COMMANDS. This module never
imports Qt (an import-linter contract checks it); `launcher.py` starts the GUI when no
sub-command is given.

Exit codes: 0 success, 1 user error (one line on stderr), 2 usage.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pcsc_workshop import __version__

# Sub-command name -> module in pcsc_workshop.commands. The names are listed here (not read
# from the parser) so that the launcher can tell a sub-command from a GUI start without
# importing every command module.
COMMANDS: dict[str, str] = {
    "demo": "demo",
    "workshops": "workshops",
    "export": "export",
    "participants": "participants",
    "curriculum": "curriculum",
    "pack": "pack",
    "bundle": "bundle",
    "import": "import_files",  # `import` is a Python keyword, so the module is named apart
    "held": "held",
    "room": "room",
}


class UserError(Exception):
    """A problem the user can fix; printed as one line, exit code 1."""


@dataclass
class CommandContext:
    """What a sub-command needs: the database path it was given, opened on demand."""

    db_path: Path
    _store: object | None = field(default=None, repr=False)

    def store(self):  # -> Store; typed loosely to keep this import light
        if self._store is None:
            from pcsc_workshop.core.db import DatabaseError
            from pcsc_workshop.core.store import Store

            try:
                self._store = Store(self.db_path)
            except DatabaseError as exc:
                raise UserError(str(exc)) from exc
        return self._store


Handler = Callable[[argparse.Namespace, CommandContext], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pcsc-workshop",
        description="Run capacity-building workshops on people-centred smart cities, offline. "
        "Without a sub-command the desktop app starts.",
    )
    parser.add_argument("--version", action="version", version=f"pcsc-workshop {__version__}")
    parser.add_argument("--db", metavar="PATH", help="use this database file "
                        "(default: $PCSC_WORKSHOP_DB, else the user data folder)")
    parser.add_argument("--exit-after-show", action="store_true",
                        help="GUI: quit as soon as the main window has been shown (timing)")
    parser.add_argument("--self-test", action="store_true",
                        help="check the installation (database, curriculum, PDF, chart) and exit "
                        "(handled by the launcher: it needs Qt for the chart)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_name in COMMANDS.values():
        module = importlib.import_module(f"pcsc_workshop.commands.{module_name}")
        module.register(sub)
    return parser


def command_names() -> set[str]:
    return set(COMMANDS)


def wants_gui(argv: Sequence[str]) -> bool:
    """True when no sub-command is named (plain start, --db, a .pcsc file to open...)."""
    names = command_names()
    skip_next = False
    for token in argv:
        if skip_next:
            skip_next = False
            continue
        if token == "--db":
            skip_next = True
            continue
        if token in ("--version", "-h", "--help", "--self-test"):
            return False
        if not token.startswith("-") and token in names:
            return False
    return True


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    from pcsc_workshop.paths import default_db_path

    ctx = CommandContext(db_path=default_db_path(args.db))
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    from pcsc_workshop.core.errors import DatabaseError

    try:
        return handler(args, ctx)
    except (UserError, DatabaseError) as exc:
        # DatabaseError: a busy, full, failing or damaged database met mid-command (the
        # store names it); one line, never a traceback.
        print(f"pcsc-workshop: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("pcsc-workshop: interrupted", file=sys.stderr)
        return 130

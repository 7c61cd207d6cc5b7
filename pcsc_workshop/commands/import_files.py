"""`pcsc-workshop import FILE_OR_FOLDER...`: merge packs and plan bundles.

Each file is all of it or none of it, in a transaction of its own committed at once (a busy
database is waited for and the file tried again). A folder means every .pcsc file in it.
Exit code 1 when any file was refused; the reason is printed for each. A bundle from a laptop
not trusted for its participant is held (`pcsc-workshop held` lists and accepts them).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pcsc_workshop.cli import CommandContext
    from pcsc_workshop.core.exchange import FileResult

def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="import .pcsc files (plan bundles or a workshop pack)")
    p.add_argument("files", nargs="+", metavar="FILE", help=".pcsc files or folders of them")
    p.add_argument("--new-facilitator", action="store_true",
                   help="take a workshop pack signed by another laptop than the facilitator's "
                   "earlier packs (only when the facilitator changed laptops)")
    p.set_defaults(handler=run)


def _expand(items: list[str]) -> list[Path]:
    paths: list[Path] = []
    for item in items:
        path = Path(item)
        paths.extend(sorted(path.glob("*.pcsc")) if path.is_dir() else [path])
    return paths


def _line(result: FileResult) -> str:
    who = result.participant_name or ("workshop pack" if result.kind == "workshop-pack" else "")
    rev = f", plan revision {result.plan_revision}" if result.plan_revision else ""
    return (f"accepted  {result.file_name}  ({who}{rev}): {result.new} new, {result.updated} "
            f"updated, {result.unchanged} unchanged, {result.conflicts} conflicts")


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    from pcsc_workshop.commands import door_of

    paths = _expand(args.files)
    if not paths:
        print("pcsc-workshop: no .pcsc files found", file=sys.stderr)
        return 1
    refused = 0
    totals = {"new": 0, "updated": 0, "unchanged": 0, "conflicts": 0}
    # one explicit transaction per file (BEGIN IMMEDIATE), as in the app: door/exchange.py
    results = door_of(ctx).exchange.import_files(
        paths, new_facilitator=args.new_facilitator).value.report.files
    for path, result in zip(paths, results, strict=True):
        if result.status == "refused":
            refused += 1
            print(f"REFUSED   {path.name}: {result.reason}", file=sys.stderr)
            continue
        if result.status == "held":
            print(f"HELD      {path.name}: {result.reason} (see: pcsc-workshop held)")
            continue
        if result.status == "already-present":
            print(f"already   {path.name}: {result.reason or 'already imported'}")
            continue
        for key in totals:
            totals[key] += getattr(result, key)
        print(_line(result))
    present = sum(r.status == "already-present" for r in results)
    held = sum(r.status == "held" for r in results)
    held_text = f"{held} held, " if held else ""
    print(f"{len(paths)} files: {len(paths) - refused - present - held} accepted, {held_text}"
          f"{present} already present, {refused} refused; records: "
          f"{totals['new']} new, {totals['updated']} updated, {totals['unchanged']} unchanged, "
          f"{totals['conflicts']} conflicts")
    return 1 if refused else 0

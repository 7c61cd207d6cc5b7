"""`pcsc-workshop participants import|list`: participant lists, headless.

`import --workshop ID FILE.csv` adds delegations and participants from a CSV file, all or
nothing: when any row is bad, each bad row is printed with its number and reason and nothing
is imported (exit 1). `--skip-bad-rows` imports the valid rows and lists the others.
`--dry-run` only checks. `template --out FILE.csv` writes a list to fill in. The core reports
codes; this module words them.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pcsc_workshop.cli import CommandContext
    from pcsc_workshop.core.participants_csv import CsvPreview, CsvProblem

_REASONS = {
    "empty": "{field} is empty",
    "too-long": "{field} is longer than {detail} characters",
    "bad-email": "the email address is not valid",
    "bad-consent": "consent must be yes or no (got \"{detail}\")",
    "duplicate": "same name and delegation as row {other_row}",
    "column-count": "wrong number of columns ({detail} expected)",
    "not-utf8": "the file is not UTF-8 text (line {other_row}); save it as \"CSV UTF-8\"",
    "no-header": "the first row must name the columns",
    "missing-column": "the required column \"{field}\" is missing",
    "unknown-column": "unknown column \"{field}\" (expected name, organisation, role, "
                      "country, city, email, consent)",
    "duplicate-column": "the column \"{field}\" appears twice",
    "too-many-rows": "more than {detail} rows",
    "no-rows": "no participant rows after the header",
    "nul-byte": "{field} holds a NUL byte (a damaged or non-text file?)",
    "invisible": "{field} is made only of invisible characters",
    "unreadable": "a cell ({field}) is longer than {detail} characters: row not read",
}


def reason(problem: CsvProblem) -> str:
    """One English phrase for a CsvProblem code."""
    detail = problem.detail.replace("/", " found, ") if problem.code == "column-count" \
        else problem.detail
    template = _REASONS.get(problem.code, problem.code + " ({field})")
    return template.format(field=problem.field, detail=detail, other_row=problem.other_row)


def _n(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("participants", help="import or list a workshop's participants")
    psub = p.add_subparsers(dest="participants_command", metavar="ACTION", required=True)
    imp = psub.add_parser("import", help="add delegations and participants from a CSV file "
                          "(columns: name, organisation, role, country, city, email, consent)")
    imp.add_argument("--workshop", required=True, metavar="ID")
    imp.add_argument("file", metavar="FILE.csv", type=Path)
    imp.add_argument("--dry-run", action="store_true", help="check the file, import nothing")
    imp.add_argument("--skip-bad-rows", action="store_true",
                     help="import the valid rows and list the others (default: all or nothing)")
    imp.set_defaults(handler=run)
    tpl = psub.add_parser("template", help="write a CSV template to fill in")
    tpl.add_argument("--out", required=True, metavar="FILE.csv", type=Path)
    tpl.add_argument("--language", default="en", choices=("en", "fr", "es", "pt", "ar"),
                     help="language of the column headers (all are recognised on import)")
    tpl.set_defaults(handler=run)
    lst = psub.add_parser("list", help="list participants of a workshop")
    lst.add_argument("--workshop", required=True, metavar="ID")
    lst.add_argument("--json", action="store_true", help="print JSON for other tools")
    lst.set_defaults(handler=run)
    lang = psub.add_parser("language", help="the language of a participant's own plan and "
                                            "certificate")
    lang.add_argument("--participant", required=True, metavar="ID")
    lang.add_argument("--language", metavar="LANG",
                      help="en, fr, es, pt or ar; leave out for the workshop's language")
    lang.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    if args.participants_command == "list":
        return _list(args, ctx)
    if args.participants_command == "language":
        return _language(args, ctx)
    if args.participants_command == "template":
        return _template(args)
    return _import(args, ctx)


def _language(args: argparse.Namespace, ctx: CommandContext) -> int:
    from pcsc_workshop.cli import UserError
    from pcsc_workshop.core.validation import InvalidInput, NotFound
    from pcsc_workshop.door import Door

    try:
        Door(ctx.store()).people.set_participant_language(args.participant, args.language)
    except NotFound as exc:
        raise UserError(f"no participant with id {args.participant}") from exc
    except InvalidInput as exc:
        raise UserError(f"cannot set the language {args.language!r}: use en, fr, es, pt "
                        "or ar") from exc
    print(f"{args.participant}: documents in {args.language or 'the workshop language'}")
    return 0


def _template(args: argparse.Namespace) -> int:
    from pcsc_workshop.cli import UserError
    from pcsc_workshop.core.participants_csv import template_csv

    try:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(template_csv(args.language), encoding="utf-8", newline="")
    except OSError as exc:
        raise UserError(f"cannot write {args.out}: {exc.strerror}") from exc
    print(args.out.resolve())
    return 0


def _list(args: argparse.Namespace, ctx: CommandContext) -> int:
    from pcsc_workshop.cli import UserError
    from pcsc_workshop.door import Door

    door = Door(ctx.store())
    try:
        door.workshops.details(args.workshop)
    except KeyError as exc:
        raise UserError(f"no workshop with id {args.workshop}") from exc
    people = door.people.participants(args.workshop)
    if args.json:
        print(json.dumps([{
            "id": p.id, "name": p.name, "organisation": p.organisation, "role": p.role,
            "delegation": p.delegation_label, "delegation_id": p.delegation_id,
            "email": p.email, "consent": p.consent,
        } for p in people], ensure_ascii=False, indent=2))
        return 0
    for p in people:
        print(f"{p.id}  {p.name}  ({p.delegation_label or 'no delegation'})")
    return 0


def _import(args: argparse.Namespace, ctx: CommandContext) -> int:
    from pcsc_workshop.cli import UserError
    from pcsc_workshop.core.participants_csv import CsvRefused
    from pcsc_workshop.core.validation import NotFound
    from pcsc_workshop.door import Door

    try:
        data = args.file.read_bytes()
    except OSError as exc:
        raise UserError(f"cannot read {args.file}: {exc.strerror}") from exc
    door = Door(ctx.store())
    try:
        if args.dry_run:
            preview = door.people.preview_csv(args.workshop, data)
            if not preview.ok:
                raise CsvRefused(preview)
            new = [r for r in preview.rows if r.status == "new"]
            print(f"{args.file.name}: OK — would add {_n(len(new), 'participant')} and "
                  f"{_n(len(preview.new_delegations()), 'delegation')} "
                  f"({len(preview.rows) - len(new)} already registered)")
            return 0
        result = door.people.import_csv(args.workshop, data,
                                        skip_bad=args.skip_bad_rows).value
    except NotFound as exc:
        raise UserError(f"no workshop with id {args.workshop}") from exc
    except CsvRefused as exc:
        _print_problems(exc.preview, args.file)
        raise UserError(f"{args.file.name} refused: nothing was imported; fix the rows above "
                        "and run the import again") from exc
    for row in result.skipped:  # --skip-bad-rows: the rows left out, each with its reason
        for problem in row.problems:
            print(f"{args.file.name}: row {row.row} not imported: {reason(problem)}",
                  file=sys.stderr)
    if result.skipped:
        print(f"{args.file.name}: {_n(len(result.skipped), 'row')} not imported "
              f"(rows {', '.join(str(r.row) for r in result.skipped)})", file=sys.stderr)
    print(f"Imported {_n(result.participants, 'participant')} and created "
          f"{_n(result.delegations, 'delegation')} from {args.file.name}"
          + (f"; {result.existing} already registered were skipped" if result.existing else ""))
    return 0


def _print_problems(preview: CsvPreview, path: Path) -> None:
    for problem in preview.file_problems:
        where = "header (row 1)" if problem.code in ("unknown-column", "missing-column",
                                                     "duplicate-column", "no-header") else "file"
        print(f"{path.name}: {where}: {reason(problem)}", file=sys.stderr)
    for row in preview.bad_rows:
        for problem in row.problems:
            print(f"{path.name}: row {row.row}: {reason(problem)}", file=sys.stderr)
    if preview.rows:
        print(f"{path.name}: rows are counted as in a spreadsheet, the header being row 1; "
              f"{len(preview.bad_rows)} of {len(preview.rows)} rows are bad", file=sys.stderr)

"""`pcsc-workshop export plans|certificates|csv|report|dossier|agenda`: documents, headless.

reportlab is imported only when an export runs, so the rest of the CLI stays quick.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from pcsc_workshop.cli import UserError

if TYPE_CHECKING:  # the door and the database layer load only when an export runs
    from datetime import date
    from typing import Any

    from pcsc_workshop.cli import CommandContext
    from pcsc_workshop.door.exports import Options


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="export plans, certificates or a CSV of a workshop")
    kinds = p.add_subparsers(dest="export_kind", metavar="WHAT", required=True)
    plans = kinds.add_parser("plans", help="one PDF per action plan")
    plans.add_argument("--workshop", required=True, metavar="ID")
    plans.add_argument("--out", required=True, metavar="DIR", help="folder for the PDFs")
    plans.add_argument("--anonymised", action="store_true",
                       help="leave out personal names and e-mail addresses")
    one_plan = plans.add_mutually_exclusive_group()
    one_plan.add_argument("--participant", metavar="ID",
                          help="only this participant's plan")
    one_plan.add_argument("--delegation", metavar="ID",
                          help="only this delegation's shared plan")
    plans.add_argument("--hide-lone-delegations", action="store_true",
                       help="with --anonymised: show a one-person delegation as "
                       "'Delegation N' (its city would name the person)")
    certs = kinds.add_parser("certificates", help="one certificate of participation per person")
    certs.add_argument("--workshop", required=True, metavar="ID")
    certs.add_argument("--out", required=True, metavar="DIR", help="folder for the PDFs")
    # A certificate exists to name the person it certifies, so there is no anonymised one;
    # the flag is accepted (a user types it by analogy with the other exports) and answered
    # with one line instead of argparse's "unrecognized arguments".
    certs.add_argument("--anonymised", action="store_true", help=argparse.SUPPRESS)
    table = kinds.add_parser("csv", help="all next steps and support requests as one CSV")
    table.add_argument("--workshop", required=True, metavar="ID")
    table.add_argument("--out", required=True, metavar="FILE", help="the CSV file to write")
    table.add_argument("--anonymised", action="store_true",
                       help="leave out personal names and e-mail addresses")
    table.add_argument("--hide-lone-delegations", action="store_true",
                       help="with --anonymised: show a one-person delegation as "
                       "'Delegation N' (its city would name the person)")
    report = kinds.add_parser("report", help="the workshop report as one PDF")
    report.add_argument("--workshop", required=True, metavar="ID")
    report.add_argument("--out", required=True, metavar="FILE", help="the PDF to write")
    report.add_argument("--anonymised", action="store_true",
                        help="leave out personal names and e-mail addresses")
    dossier = kinds.add_parser("dossier", help="a delegation's dossier (or every delegation's)")
    dossier.add_argument("--workshop", required=True, metavar="ID")
    dossier.add_argument("--delegation", metavar="ID",
                         help="one delegation; without it, one dossier per delegation")
    dossier.add_argument("--out", required=True, metavar="FILE|DIR",
                         help="the PDF to write, or a folder for one PDF per delegation")
    dossier.add_argument("--anonymised", action="store_true",
                         help="leave out personal names and e-mail addresses")
    agenda = kinds.add_parser("agenda", help="the agenda, day by day, as a PDF")
    agenda.add_argument("--workshop", required=True, metavar="ID")
    agenda.add_argument("--out", required=True, metavar="FILE", help="the PDF to write")
    for kind in (plans, certs, report, dossier, agenda):
        _document_options(kind)
    certs.add_argument("--issued", metavar="YYYY-MM-DD", type=_iso_date,
                       help="the date of issue printed (default: the workshop's last day)")
    for kind in (plans, report, dossier):
        kind.add_argument("--docx", action="store_true",
                          help="also write an editable .docx next to each PDF")
    agenda.add_argument("--run-sheet", action="store_true",
                        help="the facilitator's copy, with each session's notes")
    # the window's exports run here, in a child process (door/export_child.py): not listed
    kinds.add_parser("child")
    p.set_defaults(handler=run)


def _document_options(parser: argparse.ArgumentParser) -> None:
    from pcsc_workshop.core.languages import LANGUAGES

    parser.add_argument("--language", choices=LANGUAGES, metavar="LANG",
                        help="language of the documents: " + ", ".join(LANGUAGES) +
                             " (default: each participant's own, else the workshop's)")
    parser.add_argument("--paper", choices=("a4", "letter"), default="a4",
                        help="paper size (default: a4)")


def _iso_date(text: str) -> date:
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from exc


def link_titles() -> Callable[[str], str] | None:
    """Curriculum names for pillar/element ids when the curriculum can be loaded."""
    try:
        from pcsc_workshop.core.curriculum import load_curriculum

        curriculum = load_curriculum()
    except Exception:  # no curriculum yet, or a broken one: ids are humanised instead
        return None

    def title(ref: str) -> str:
        try:
            return curriculum.title_of(ref) or ref
        except Exception:
            return ref

    return title


def _print_written(paths: list[Path]) -> None:
    for path in paths:
        print(path)


def prepare_out(out: Path, *, folder: bool) -> Path:
    """Create the folder `out` (or the folder a file `out` goes in) when it is missing.

    Users expect `--out reports/2027` to make the folder, as `cp`, `zip` or any export dialog
    does; what cannot be created (a read-only place, a file in the way) is one clear line.
    """
    out = Path(out).expanduser()
    target = out if folder else out.parent
    if target.exists() and not target.is_dir():
        raise UserError(f"The output path is not a folder: {target}")
    try:
        target.mkdir(parents=True, exist_ok=True)
    except PermissionError as exc:
        raise UserError(f"Cannot create the output folder {target}: no permission to write "
                        f"in {_existing_parent(target)}") from exc
    except OSError as exc:
        raise UserError(f"Cannot create the output folder {target}: "
                        f"{exc.strerror or exc}") from exc
    if not os.access(target, os.W_OK | os.X_OK):
        raise UserError(f"The output folder is read-only (no permission to write): {target}")
    return out


def _existing_parent(path: Path) -> Path:
    for parent in (path, *path.parents):
        if parent.exists():
            return parent
    return path


def _prepare(args: argparse.Namespace) -> None:
    """Make the output folder once the data is read (an unknown workshop leaves nothing)."""
    if not (args.export_kind == "dossier" and not args.delegation
            and Path(args.out).suffix.lower() == ".pdf"):
        prepare_out(Path(args.out), folder=_wants_folder(args))


def _wants_folder(args: argparse.Namespace) -> bool:
    if args.export_kind in ("plans", "certificates"):
        return True
    if args.export_kind == "dossier" and not args.delegation:
        return Path(args.out).suffix.lower() != ".pdf"
    if args.export_kind == "dossier":
        return Path(args.out).is_dir()
    return False


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    from pcsc_workshop.core.reports.fonts import unprintable_report
    from pcsc_workshop.core.reports.output import ExportError

    if args.export_kind == "child":
        return _serve_window(ctx)
    if args.export_kind == "certificates" and args.anonymised:
        raise UserError("A certificate names the person it certifies, so there is no "
                        "anonymised certificate: leave out --anonymised")
    try:
        with unprintable_report() as unprintable:
            code = _run(args, ctx)
    except ExportError as exc:
        raise UserError(str(exc)) from exc
    warn_unprintable(unprintable)
    return code


def _serve_window(ctx: CommandContext) -> int:
    """`export child`: one export for the window, over stdin/stdout (door/export_child.py).
    Anything else printed goes to stderr, so the answer lines stay the only output."""
    from pcsc_workshop.commands import door_of
    from pcsc_workshop.door.export_child import serve

    answers, sys.stdout = sys.stdout, sys.stderr
    try:
        return serve(door_of(ctx), sys.stdin, answers)
    finally:
        sys.stdout = answers


def warn_unprintable(unprintable: dict[Path, str]) -> None:
    """Name, per file, the characters that printed as boxes (no bundled font has them)."""
    for path, chars in unprintable.items():
        shown = " ".join(f"{c} (U+{ord(c):04X})" for c in chars)
        print(f"warning: {path.name}: no bundled font can print {shown}", file=sys.stderr)


def _curriculum() -> Any | None:
    try:
        from pcsc_workshop.core.curriculum import load_curriculum

        return load_curriculum()
    except Exception:  # a broken curriculum: documents fall back to humanised ids
        return None


def _options(args: argparse.Namespace) -> Options:
    from pcsc_workshop.door.exports import Options

    return Options(language=getattr(args, "language", None),
                   paper=getattr(args, "paper", None) or "a4",
                   docx=getattr(args, "docx", False),
                   anonymised=getattr(args, "anonymised", False),
                   hide_lone_delegations=getattr(args, "hide_lone_delegations", False))


def _no_workshop(args: argparse.Namespace) -> UserError:
    return UserError(f"No workshop with id {args.workshop} "
                     "(list them with: pcsc-workshop workshops)")


class _Ready:
    """The door's `ready` hook: make the output folder (and check --out) once the data is
    read; remembers that it ran, so a KeyError after it is not "no such workshop"."""

    def __init__(self, check: Callable[[], None]) -> None:
        self.check, self.ran = check, False

    def __call__(self) -> None:
        self.ran = True
        self.check()


def _run_documents(args: argparse.Namespace, ctx: CommandContext) -> int:
    """report, dossier and agenda: the report's data read once, then rendered (door)."""
    from pcsc_workshop.commands import door_of
    from pcsc_workshop.door.exports import NoSuchOwner

    exports = door_of(ctx).exports
    kind, out, options = args.export_kind, Path(args.out), _options(args)
    one = getattr(args, "delegation", None)

    def check() -> None:
        _prepare(args)
        if kind == "dossier" and not one and out.suffix.lower() == ".pdf" and not out.is_dir():
            raise UserError("Without --delegation, --out must be a folder (one PDF per "
                            "delegation)")

    ready = _Ready(check)

    try:
        if kind == "report":
            done = exports.report(args.workshop, out, options, curriculum=_curriculum(),
                                  ready=ready)
        elif kind == "agenda":
            done = exports.agenda(args.workshop, out, options, run_sheet=args.run_sheet,
                                  curriculum=_curriculum(), ready=ready)
        else:
            done = exports.dossiers(args.workshop, out, options, curriculum=_curriculum(),
                                    delegation_id=one, ready=ready)
    except NoSuchOwner as exc:
        raise UserError(f"No delegation with id {exc.owner_id} in workshop "
                        f"{args.workshop}") from exc
    except KeyError as exc:
        if ready.ran:
            raise
        raise _no_workshop(args) from exc
    _print_written([*done.files, *done.docx])
    if kind == "dossier" and not one:
        print(f"{len(done.files)} dossier(s) written to {out.resolve()}", file=sys.stderr)
    return 0


def _run(args: argparse.Namespace, ctx: CommandContext) -> int:
    from pcsc_workshop.commands import door_of
    from pcsc_workshop.door.exports import EmptyPlan, NoSuchOwner

    if args.export_kind in ("report", "dossier", "agenda"):
        return _run_documents(args, ctx)

    exports = door_of(ctx).exports
    out, options = Path(args.out), _options(args)
    ready = _Ready(lambda: _prepare(args))
    try:
        if args.export_kind == "plans":
            done = exports.plans(args.workshop, out, options, link_titles=link_titles(),
                                 participant_id=args.participant,
                                 delegation_id=args.delegation, ready=ready)
        elif args.export_kind == "certificates":
            done = exports.certificates(args.workshop, out, options, issued=args.issued,
                                        ready=ready)
        else:
            done = exports.csv(args.workshop, out, options, link_titles=link_titles(),
                               ready=ready)
    except NoSuchOwner as exc:
        raise UserError(f"No {exc.kind} with id {exc.owner_id} in workshop {args.workshop} "
                        f"(list them with: pcsc-workshop participants list --workshop "
                        f"{args.workshop} --json)") from exc
    except EmptyPlan as exc:
        raise UserError(f"The {exc.kind}'s plan is still empty: nothing to export") from exc
    except KeyError as exc:
        if ready.ran:
            raise
        raise _no_workshop(args) from exc
    _print_written([*done.files, *done.docx])
    if args.export_kind == "plans":
        print(f"{len(done.files)} plan PDF(s) written to {out.resolve()}", file=sys.stderr)
    elif args.export_kind == "certificates":
        print(f"{len(done.files)} certificate(s) written to {out.resolve()}", file=sys.stderr)
    else:
        print(f"{done.rows} row(s) written", file=sys.stderr)
    return 0

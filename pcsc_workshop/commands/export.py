"""`pcsc-workshop export plans|certificates|csv`: documents for a workshop, headless.

reportlab is imported only when an export runs, so the rest of the CLI stays quick.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from pcsc_workshop.cli import UserError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="export plans, certificates or a CSV of a workshop")
    kinds = p.add_subparsers(dest="export_kind", metavar="WHAT", required=True)
    plans = kinds.add_parser("plans", help="one PDF per action plan")
    plans.add_argument("--workshop", required=True, metavar="ID")
    plans.add_argument("--out", required=True, metavar="DIR", help="folder for the PDFs")
    plans.add_argument("--anonymised", action="store_true",
                       help="leave out personal names and e-mail addresses")
    certs = kinds.add_parser("certificates", help="one certificate of participation per person")
    certs.add_argument("--workshop", required=True, metavar="ID")
    certs.add_argument("--out", required=True, metavar="DIR", help="folder for the PDFs")
    table = kinds.add_parser("csv", help="all next steps and support requests as one CSV")
    table.add_argument("--workshop", required=True, metavar="ID")
    table.add_argument("--out", required=True, metavar="FILE", help="the CSV file to write")
    table.add_argument("--anonymised", action="store_true",
                       help="leave out personal names and e-mail addresses")
    p.set_defaults(handler=run)


def link_titles() -> Callable[[str], str] | None:
    """Curriculum names for pillar/element ids when the curriculum can be loaded."""
    try:
        from pcsc_workshop.core.curriculum import load_curriculum  # type: ignore[attr-defined]

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


def run(args: argparse.Namespace, ctx) -> int:
    from pcsc_workshop.core.reports.output import ExportError

    try:
        return _run(args, ctx)
    except ExportError as exc:
        raise UserError(str(exc)) from exc


def _run(args: argparse.Namespace, ctx) -> int:
    from pcsc_workshop.core.reports import batch, csv_export

    store = ctx.store()
    try:
        with store.session() as session:
            if args.export_kind == "plans":
                plans = batch.collect_plans(session, args.workshop, anonymised=args.anonymised)
            elif args.export_kind == "certificates":
                facts, jobs = batch.collect_certificates(session, args.workshop)
            else:
                rows = csv_export.collect_rows(session, args.workshop,
                                               anonymised=args.anonymised,
                                               link_titles=link_titles())
    except KeyError as exc:
        raise UserError(f"No workshop with id {args.workshop} "
                        "(list them with: pcsc-workshop workshops)") from exc
    if args.export_kind == "plans":
        result = batch.write_plans(plans, Path(args.out), link_titles=link_titles())
        _print_written(result.written)
        print(f"{len(result.written)} plan PDF(s) written to {Path(args.out).resolve()}",
              file=sys.stderr)
    elif args.export_kind == "certificates":
        result = batch.write_certificates(facts, jobs, Path(args.out))
        _print_written(result.written)
        print(f"{len(result.written)} certificate(s) written to {Path(args.out).resolve()}",
              file=sys.stderr)
    else:
        path = csv_export.write_csv(rows, Path(args.out))
        print(path)
        print(f"{len(rows)} row(s) written", file=sys.stderr)
    return 0

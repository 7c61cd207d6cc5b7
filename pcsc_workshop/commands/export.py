"""`pcsc-workshop export plans|certificates|csv|report|dossier|agenda`: documents, headless.

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
    plans.add_argument("--hide-lone-delegations", action="store_true",
                       help="with --anonymised: show a one-person delegation as "
                       "'Delegation N' (its city would name the person)")
    certs = kinds.add_parser("certificates", help="one certificate of participation per person")
    certs.add_argument("--workshop", required=True, metavar="ID")
    certs.add_argument("--out", required=True, metavar="DIR", help="folder for the PDFs")
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


def _curriculum():
    try:
        from pcsc_workshop.core.curriculum import load_curriculum

        return load_curriculum()
    except Exception:  # a broken curriculum: documents fall back to humanised ids
        return None


def _run_documents(args: argparse.Namespace, ctx) -> int:
    """report, dossier and agenda: read once with `collect_report`, then render."""
    from pcsc_workshop.core.reports import agenda_pdf, dossier_pdf, report_pdf
    from pcsc_workshop.core.reports.report_data import collect_report

    kind = args.export_kind
    anonymised = getattr(args, "anonymised", False)
    one = getattr(args, "delegation", None)
    store = ctx.store()
    try:
        with store.session() as session:
            data = collect_report(session, args.workshop, curriculum=_curriculum(),
                                  anonymised=anonymised, member_plans=kind == "dossier",
                                  only_delegation=one)
    except KeyError as exc:
        raise UserError(f"No workshop with id {args.workshop} "
                        "(list them with: pcsc-workshop workshops)") from exc
    out = Path(args.out)
    if kind == "report":
        print(report_pdf.write_report_pdf(data, out))
    elif kind == "agenda":
        print(agenda_pdf.write_agenda_pdf(data, out))
    elif one:
        if not any(d.id == one for d in data.delegations):
            raise UserError(f"No delegation with id {one} in workshop {args.workshop}")
        if out.is_dir():
            out = out / f"{_dossier_stem(data, one)}.pdf"
        print(dossier_pdf.write_dossier_pdf(data, one, out))
    else:
        if out.suffix.lower() == ".pdf" and not out.is_dir():
            raise UserError("Without --delegation, --out must be a folder (one PDF per "
                            "delegation)")
        result = dossier_pdf.write_dossiers(data, out)
        _print_written(result.written)
        print(f"{len(result.written)} dossier(s) written to {out.resolve()}", file=sys.stderr)
    return 0


def _dossier_stem(data, delegation_id: str) -> str:
    from pcsc_workshop.core.reports.labels import label
    from pcsc_workshop.core.reports.output import safe_filename

    d = data.delegation(delegation_id)
    return safe_filename(f"{label('delegation_dossier').title()} {d.label}", "dossier")


def _run(args: argparse.Namespace, ctx) -> int:
    from pcsc_workshop.core.reports import batch, csv_export

    if args.export_kind in ("report", "dossier", "agenda"):
        return _run_documents(args, ctx)

    store = ctx.store()
    try:
        with store.session() as session:
            if args.export_kind == "plans":
                plans = batch.collect_plans(session, args.workshop, anonymised=args.anonymised,
                                            hide_lone_delegations=args.hide_lone_delegations)
            elif args.export_kind == "certificates":
                facts, jobs = batch.collect_certificates(session, args.workshop)
            else:
                rows = csv_export.collect_rows(session, args.workshop,
                                               anonymised=args.anonymised,
                                               link_titles=link_titles(),
                                               hide_lone_delegations=args.hide_lone_delegations)
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

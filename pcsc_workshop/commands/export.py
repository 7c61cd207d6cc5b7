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
    certs = kinds.add_parser("certificates", help="one certificate of participation per person")
    certs.add_argument("--workshop", required=True, metavar="ID")
    certs.add_argument("--out", required=True, metavar="DIR", help="folder for the PDFs")
    table = kinds.add_parser("csv", help="all next steps and support requests as one CSV")
    table.add_argument("--workshop", required=True, metavar="ID")
    table.add_argument("--out", required=True, metavar="FILE", help="the CSV file to write")
    table.add_argument("--anonymised", action="store_true",
                       help="leave out personal names and e-mail addresses")
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
    p.set_defaults(handler=run)


def _document_options(parser: argparse.ArgumentParser) -> None:
    from pcsc_workshop.core.reports.labels import LANGUAGES

    parser.add_argument("--language", choices=LANGUAGES, metavar="LANG",
                        help="language of the documents: " + ", ".join(LANGUAGES) +
                             " (default: each participant's own, else the workshop's)")
    parser.add_argument("--paper", choices=("a4", "letter"), default="a4",
                        help="paper size (default: a4)")


def _iso_date(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from exc


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
    from pcsc_workshop.core.reports.fonts import unprintable_report
    from pcsc_workshop.core.reports.output import ExportError

    try:
        with unprintable_report() as unprintable:
            code = _run(args, ctx)
    except ExportError as exc:
        raise UserError(str(exc)) from exc
    warn_unprintable(unprintable)
    return code


def warn_unprintable(unprintable: dict[Path, str]) -> None:
    """Name, per file, the characters that printed as boxes (no bundled font has them)."""
    for path, chars in unprintable.items():
        shown = " ".join(f"{c} (U+{ord(c):04X})" for c in chars)
        print(f"warning: {path.name}: no bundled font can print {shown}", file=sys.stderr)


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
                                  only_delegation=one, language=args.language)
    except KeyError as exc:
        raise UserError(f"No workshop with id {args.workshop} "
                        "(list them with: pcsc-workshop workshops)") from exc
    out = Path(args.out)
    options = {"language": args.language, "paper": args.paper}
    docx = getattr(args, "docx", False)
    if kind == "report":
        print(report_pdf.write_report_pdf(data, out, **options))
        if docx:
            from pcsc_workshop.core.reports.docx_export import write_report_docx

            print(write_report_docx(data, out.with_suffix(".docx"), language=args.language))
    elif kind == "agenda":
        print(agenda_pdf.write_agenda_pdf(data, out, **options))
    elif one:
        if not any(d.id == one for d in data.delegations):
            raise UserError(f"No delegation with id {one} in workshop {args.workshop}")
        if out.is_dir():
            out = out / f"{_dossier_stem(data, one)}.pdf"
        print(dossier_pdf.write_dossier_pdf(data, one, out, **options))
        if docx:
            from pcsc_workshop.core.reports.docx_export import write_dossier_docx

            print(write_dossier_docx(data, one, out.with_suffix(".docx"),
                                     language=args.language))
    else:
        if out.suffix.lower() == ".pdf" and not out.is_dir():
            raise UserError("Without --delegation, --out must be a folder (one PDF per "
                            "delegation)")
        result = dossier_pdf.write_dossiers(data, out, **options)
        _print_written(result.written)
        if docx:
            from pcsc_workshop.core.reports.docx_export import write_dossier_docx

            for d, path in zip(data.delegations, result.written, strict=False):
                print(write_dossier_docx(data, d.id, path.with_suffix(".docx"),
                                         language=args.language))
        print(f"{len(result.written)} dossier(s) written to {out.resolve()}", file=sys.stderr)
    return 0


def _dossier_stem(data, delegation_id: str) -> str:
    from pcsc_workshop.core.reports.labels import label
    from pcsc_workshop.core.reports.output import safe_filename

    d = data.delegation(delegation_id)
    return safe_filename(f"{label('delegation_dossier_title')} {d.label}", "dossier")


def _run(args: argparse.Namespace, ctx) -> int:
    from pcsc_workshop.core.reports import batch, csv_export

    if args.export_kind in ("report", "dossier", "agenda"):
        return _run_documents(args, ctx)

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
        titles = link_titles()
        result = batch.write_plans(plans, Path(args.out), link_titles=titles,
                                   language=args.language, paper=args.paper)
        _print_written(result.written)
        if args.docx:
            from pcsc_workshop.core.reports.docx_export import write_plan_docx

            for job, path in zip(plans.jobs, result.written, strict=False):
                print(write_plan_docx(job.doc, path.with_suffix(".docx"), link_titles=titles,
                                      language=args.language or job.language
                                      or plans.workshop.language))
        print(f"{len(result.written)} plan PDF(s) written to {Path(args.out).resolve()}",
              file=sys.stderr)
    elif args.export_kind == "certificates":
        result = batch.write_certificates(facts, jobs, Path(args.out), issued=args.issued,
                                          language=args.language, paper=args.paper)
        _print_written(result.written)
        print(f"{len(result.written)} certificate(s) written to {Path(args.out).resolve()}",
              file=sys.stderr)
    else:
        path = csv_export.write_csv(rows, Path(args.out))
        print(path)
        print(f"{len(rows)} row(s) written", file=sys.stderr)
    return 0

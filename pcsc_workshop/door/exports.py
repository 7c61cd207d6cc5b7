"""Documents people keep: action plans, dossiers, the workshop report, certificates, the
agenda and run sheet, the CSV of next steps — each orchestrated once, for the Export menu
and for `pcsc-workshop export`.

Why here: reading the data, choosing each document's language, pairing an editable .docx
with each PDF, collecting the characters no font could print, and stopping cleanly on
Cancel were written twice (ui/exports.py, commands/export.py) and had drifted apart. Each
operation reads in one transaction, then writes files outside it (the database is never held
while reportlab works). Exports change no workshop data: they return `Exported`, not an
`Outcome`. The protocol is Qt-free: `progress(done, total)` and `cancelled()` between
documents of a batch; a cancelled batch keeps the files finished and never leaves a
half-written one (core/reports/output.py writes to a temporary name and renames).

`ready()`, when given, is called once the data is read and before the first file is
written: the CLI makes the output folder there, so an unknown workshop leaves nothing behind.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pcsc_workshop.door.changes import Changes
from pcsc_workshop.door.outcome import Outcome
from pcsc_workshop.door.section import Section

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from pcsc_workshop.core.certificates import CertificateSettings
    from pcsc_workshop.core.reports.batch import PlanJob
    from pcsc_workshop.core.reports.report_data import ReportData

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Ready = Callable[[], None]
Titles = Callable[[str], str]


@dataclass(frozen=True)
class Options:
    """How the documents come out; the menu's ticks and the CLI's flags say the same."""

    language: str | None = None  # None: each participant's own, else the workshop's
    paper: str = "a4"  # "a4" or "letter"
    docx: bool = False  # also an editable .docx next to each PDF (plans, report, dossiers)
    anonymised: bool = False  # no personal names or e-mail addresses
    hide_lone_delegations: bool = False  # with anonymised: a one-person delegation unnamed


@dataclass(frozen=True)
class Exported:
    """What an export wrote, in order: the PDFs (or the CSV), then the editable copies."""

    files: list[Path]
    docx: list[Path] = field(default_factory=list)
    cancelled: bool = False  # Cancel was pressed: `files` are the ones finished before
    unprintable: dict[Path, str] = field(default_factory=dict)  # file -> characters as boxes
    rows: int = 0  # the CSV's rows


class NoSuchOwner(LookupError):
    """The participant or delegation a one-document export names is not in the workshop."""

    def __init__(self, kind: str, owner_id: str) -> None:
        super().__init__(f"No {kind} {owner_id}")
        self.kind, self.owner_id = kind, owner_id


class EmptyPlan(ValueError):
    """The one plan asked for holds nothing yet (there is nothing to print)."""

    def __init__(self, kind: str, owner_id: str) -> None:
        super().__init__(f"The {kind}'s plan is still empty")
        self.kind, self.owner_id = kind, owner_id


def _collecting() -> AbstractContextManager[dict[Path, str]]:
    from pcsc_workshop.core.reports.fonts import unprintable_report

    return unprintable_report()


class ExportsSection(Section):
    # -- plans and certificates ----------------------------------------------------------
    def plans(self, workshop_id: str, folder: Path, options: Options = Options(), *,
              link_titles: Titles | None = None, participant_id: str | None = None,
              delegation_id: str | None = None, progress: Progress | None = None,
              cancelled: Cancelled | None = None, ready: Ready | None = None) -> Exported:
        """One PDF per action plan (every participant's, and each delegation plan with
        content), or only the one plan of `participant_id` / `delegation_id`; with
        `options.docx` an editable copy next to each. KeyError: no such workshop."""
        from pcsc_workshop.core.reports.batch import collect_plans, write_plans

        with self._read() as s:
            batch = collect_plans(s, workshop_id, anonymised=options.anonymised,
                                  hide_lone_delegations=options.hide_lone_delegations)
            if participant_id or delegation_id:
                batch.jobs = _one_plan(s, workshop_id, batch.jobs, participant_id,
                                       delegation_id)
        if ready is not None:
            ready()
        with _collecting() as unprintable:
            result = write_plans(batch, folder, link_titles=link_titles, progress=progress,
                                 cancelled=cancelled, language=options.language,
                                 paper=options.paper)
            copies: list[Path] = []
            if options.docx:
                from pcsc_workshop.core.reports.docx_export import write_plan_docx

                for job, path in zip(batch.jobs, result.written, strict=False):
                    copies.append(write_plan_docx(
                        job.doc, path.with_suffix(".docx"), link_titles=link_titles,
                        anonymised=options.anonymised, organisation=job.organisation,
                        language=options.language or job.language or batch.workshop.language))
        return Exported(list(result.written), copies, result.cancelled, dict(unprintable))

    def plan(self, plan_id: str, path: Path, options: Options = Options(), *,
             link_titles: Titles | None = None) -> Exported:
        """The one plan open in the Plans page, as a PDF: in `options.language`, else its
        owner's own language, else the workshop's. KeyError: no such plan."""
        from pcsc_workshop.core.reports.plan_pdf import write_plan_pdf

        doc, own = self._door.plans.pdf_source(plan_id)
        language = options.language or own
        with _collecting() as unprintable:
            written = write_plan_pdf(doc, path, link_titles=link_titles, language=language,
                                     paper=options.paper)
        return Exported([written], unprintable=dict(unprintable))

    def certificates(self, workshop_id: str, folder: Path, options: Options = Options(), *,
                     issued: date | None = None, progress: Progress | None = None,
                     cancelled: Cancelled | None = None, ready: Ready | None = None
                     ) -> Exported:
        """One certificate of participation per participant (it names them: never
        anonymised). `issued` overrides the date of issue. KeyError: no such workshop."""
        from pcsc_workshop.core.reports.batch import collect_certificates, write_certificates

        with self._read() as s:
            facts, jobs = collect_certificates(s, workshop_id)
        if ready is not None:
            ready()
        with _collecting() as unprintable:
            result = write_certificates(facts, jobs, folder, progress=progress,
                                        cancelled=cancelled, issued=issued,
                                        language=options.language, paper=options.paper)
        return Exported(list(result.written), [], result.cancelled, dict(unprintable))

    def csv(self, workshop_id: str, path: Path, options: Options = Options(), *,
            link_titles: Titles | None = None, ready: Ready | None = None) -> Exported:
        """Every next step and support request as one CSV (UTF-8 with BOM, cells that a
        spreadsheet would run as formulas neutralised). KeyError: no such workshop."""
        from pcsc_workshop.core.reports.csv_export import collect_rows, write_csv

        with self._read() as s:
            rows = collect_rows(s, workshop_id, anonymised=options.anonymised,
                                link_titles=link_titles,
                                hide_lone_delegations=options.hide_lone_delegations)
        if ready is not None:
            ready()
        return Exported([write_csv(rows, path)], rows=len(rows))

    def certificate_settings(self, workshop_id: str) -> CertificateSettings:
        """The logos, signatories and date of issue printed on every certificate."""
        from pcsc_workshop.core.certificates import certificate_settings

        with self._read() as s:
            return certificate_settings(s, workshop_id)

    def set_certificate_settings(self, workshop_id: str,
                                 settings: CertificateSettings) -> Outcome[bool]:
        """Store them (InvalidInput names a picture or a field that cannot be used)."""
        from pcsc_workshop.core.certificates import set_certificate_settings

        with self._write() as s:
            changed = set_certificate_settings(s, workshop_id, settings)
        return Outcome(changed, Changes.of(workshops=workshop_id) if changed else Changes())

    # -- documents read with the report's data -------------------------------------------
    def _report_data(self, workshop_id: str, options: Options, *, curriculum: Any | None,
                     member_plans: bool = False, only_delegation: str | None = None,
                     anonymised: bool | None = None) -> ReportData:
        from pcsc_workshop.core.reports.report_data import collect_report

        with self._read() as s:
            return collect_report(
                s, workshop_id, curriculum=curriculum,
                anonymised=options.anonymised if anonymised is None else anonymised,
                member_plans=member_plans, only_delegation=only_delegation,
                language=options.language)

    def report(self, workshop_id: str, path: Path, options: Options = Options(), *,
               curriculum: Any | None = None, ready: Ready | None = None) -> Exported:
        """The workshop report as one PDF (and .docx). KeyError: no such workshop."""
        from pcsc_workshop.core.reports.report_pdf import write_report_pdf

        data = self._report_data(workshop_id, options, curriculum=curriculum)
        if ready is not None:
            ready()
        with _collecting() as unprintable:
            written = write_report_pdf(data, path, language=options.language,
                                       paper=options.paper)
            copies: list[Path] = []
            if options.docx:
                from pcsc_workshop.core.reports.docx_export import write_report_docx

                copies.append(write_report_docx(data, written.with_suffix(".docx"),
                                                language=options.language))
        return Exported([written], copies, unprintable=dict(unprintable))

    def dossiers(self, workshop_id: str, out: Path, options: Options = Options(), *,
                 curriculum: Any | None = None, delegation_id: str | None = None,
                 progress: Progress | None = None, cancelled: Cancelled | None = None,
                 ready: Ready | None = None) -> Exported:
        """One dossier per delegation into the folder `out`, or with `delegation_id` that
        delegation's alone (to the file `out`, or named after it in the folder `out`).
        KeyError: no such workshop; NoSuchOwner: no such delegation in it."""
        from pcsc_workshop.core.reports import dossier_pdf

        data = self._report_data(workshop_id, options, curriculum=curriculum,
                                 member_plans=True, only_delegation=delegation_id)
        if delegation_id and not any(d.id == delegation_id for d in data.delegations):
            raise NoSuchOwner("delegation", delegation_id)
        if ready is not None:
            ready()
        with _collecting() as unprintable:
            if delegation_id:
                target = out / f"{_dossier_stem(data, delegation_id)}.pdf" if out.is_dir() \
                    else out
                files = [dossier_pdf.write_dossier_pdf(data, delegation_id, target,
                                                       language=options.language,
                                                       paper=options.paper)]
                stopped = False
                owners = [delegation_id]
            else:
                result = dossier_pdf.write_dossiers(data, out, progress=progress,
                                                    cancelled=cancelled,
                                                    language=options.language,
                                                    paper=options.paper)
                files, stopped = list(result.written), result.cancelled
                owners = [d.id for d in data.delegations]
            copies: list[Path] = []
            if options.docx:
                from pcsc_workshop.core.reports.docx_export import write_dossier_docx

                for owner, path in zip(owners, files, strict=False):
                    copies.append(write_dossier_docx(data, owner, path.with_suffix(".docx"),
                                                     language=options.language))
        return Exported(files, copies, stopped, dict(unprintable))

    def agenda(self, workshop_id: str, path: Path, options: Options = Options(), *,
               run_sheet: bool = False, curriculum: Any | None = None,
               ready: Ready | None = None) -> Exported:
        """The agenda day by day as a PDF; `run_sheet`: the facilitator's copy with each
        session's notes. Names nobody, so never anonymised. KeyError: no such workshop."""
        from pcsc_workshop.core.reports.agenda_pdf import write_agenda_pdf

        data = self._report_data(workshop_id, options, curriculum=curriculum,
                                 anonymised=False)
        if ready is not None:
            ready()
        with _collecting() as unprintable:
            written = write_agenda_pdf(data, path, run_sheet=run_sheet,
                                       language=options.language, paper=options.paper)
        return Exported([written], unprintable=dict(unprintable))


def _dossier_stem(data: ReportData, delegation_id: str) -> str:
    from pcsc_workshop.core.reports.labels import label
    from pcsc_workshop.core.reports.output import safe_filename

    d = data.delegation(delegation_id)
    return safe_filename(f"{label('delegation_dossier_title')} {d.label}", "dossier")


def _one_plan(session: Session, workshop_id: str, jobs: list[PlanJob],
              participant_id: str | None, delegation_id: str | None) -> list[PlanJob]:
    """The one job for that participant or delegation; NoSuchOwner or EmptyPlan if none."""
    from pcsc_workshop.core.models import Delegation, Participant

    kind, wanted = (("participant", participant_id) if participant_id
                    else ("delegation", delegation_id or ""))
    found = [job for job in jobs if job.doc.owner_kind == kind and job.doc.owner_id == wanted]
    if found:
        return found
    row: Participant | Delegation | None = (session.get(Participant, wanted)
                                            if kind == "participant"
                                            else session.get(Delegation, wanted))
    if row is None or row.workshop_id != workshop_id or row.deleted:
        raise NoSuchOwner(kind, wanted)
    raise EmptyPlan(kind, wanted)

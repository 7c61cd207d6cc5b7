"""Batch exports of a workshop: every plan, every certificate — with progress and cancel.

Reading and writing are split: `collect_*` reads the database into plain data inside one
session (so a worker thread holds the session briefly), `write_*` renders files with no
database at all. Each file is written to a temporary name and renamed when complete, so a
cancelled or failed batch leaves finished files and no half-written one.
Threading: run the whole batch on a worker; `progress` and `cancelled` are called there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from pcsc_workshop.core.models import ActionPlan
from pcsc_workshop.core.people import list_delegations, list_participants
from pcsc_workshop.core.plans import PlanDoc, load_plan, plan_for_participant
from pcsc_workshop.core.reports.anonymise import Pseudonyms, anonymise_plan
from pcsc_workshop.core.reports.facts import WorkshopFacts, workshop_facts
from pcsc_workshop.core.reports.fonts import unprintable_report
from pcsc_workshop.core.reports.labels import (
    document_language,
    label,
    normalise_language,
)
from pcsc_workshop.core.reports.output import check_folder, safe_filename, unique_name

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass
class PlanJob:
    doc: PlanDoc
    file_stem: str
    organisation: str = ""
    language: str = ""  # the owner's own language; "" for the workshop's


@dataclass
class PlanBatch:
    workshop: WorkshopFacts
    jobs: list[PlanJob] = field(default_factory=list)
    anonymised: bool = False


@dataclass
class BatchResult:
    """What a batch wrote; `cancelled` when the user stopped it before the end."""

    written: list[Path] = field(default_factory=list)
    cancelled: bool = False
    # file -> the characters no bundled font could print in it (they show as boxes)
    unprintable: dict[Path, str] = field(default_factory=dict)


def plan_language(session: Session, doc: PlanDoc) -> str:
    """The language a plan is printed in by default: its participant's own, else the
    workshop's (a delegation plan: the workshop's)."""
    from pcsc_workshop.core.models import Participant, Workshop

    if doc.owner_kind == "participant" and doc.owner_id:
        person = session.get(Participant, doc.owner_id)
        if person is not None and person.language:
            return normalise_language(person.language)
    workshop = session.get(Workshop, doc.workshop_id)
    return normalise_language(workshop.language if workshop is not None else None)


def lone_delegation_numbers(session: Session, workshop_id: str) -> dict[str, int]:
    """Delegation id -> N (for "Delegation N") for delegations of exactly one participant.

    Why: in an anonymised copy, "Maputo, Mozambique" names the person when only one person came
    from Maputo. N is the delegation's place in the workshop's list."""
    from collections import Counter

    people = list_participants(session, workshop_id)
    members = Counter(p.delegation_id for p in people if p.delegation_id)
    return {d.id: n
            for n, d in enumerate(list_delegations(session, workshop_id), start=1)
            if members.get(d.id) == 1}


def collect_plans(session: Session, workshop_id: str, *, anonymised: bool = False,
                  hide_lone_delegations: bool = False) -> PlanBatch:
    """Every participant's plan (in the workshop's order) and every delegation plan with content.

    `hide_lone_delegations` (with `anonymised`): a one-person delegation is shown as
    "Delegation N" instead of its city and country."""
    facts = workshop_facts(session, workshop_id)
    people = list_participants(session, workshop_id)
    names = Pseudonyms.for_people(people) if anonymised else None
    lone = lone_delegation_numbers(session, workshop_id) if (
        anonymised and hide_lone_delegations) else {}
    batch = PlanBatch(workshop=facts, anonymised=anonymised)
    for n, person in enumerate(people, start=1):
        doc = plan_for_participant(session, person.id, create=False)
        stem = safe_filename(person.name, f"participant-{n}")
        own = normalise_language(person.language, facts.language) if person.language else ""
        if names is not None:
            with document_language(own or facts.language):  # "Participant 3" in their words
                doc = anonymise_plan(doc, names, _lone_alias(lone, person.delegation_id))
            stem = doc.owner_name
        batch.jobs.append(PlanJob(doc=doc, file_stem=stem, language=own,
                                  organisation="" if anonymised else person.organisation))
    rows = session.scalars(
        select(ActionPlan.id).where(
            ActionPlan.workshop_id == workshop_id, ActionPlan.participant_id.is_(None),
            ActionPlan.delegation_id.is_not(None), ActionPlan.deleted.is_(False))
        .order_by(ActionPlan.created_at)
    ).all()
    for plan_id in rows:
        doc = load_plan(session, plan_id)
        if doc.is_empty():
            continue
        with document_language(facts.language):
            if names is not None:
                plan = session.get(ActionPlan, plan_id)
                delegation_id = plan.delegation_id if plan is not None else None
                doc = anonymise_plan(doc, names, _lone_alias(lone, delegation_id))
            stem = safe_filename(f"{label('delegation')} {doc.delegation_label}",
                                 f"delegation-{plan_id[:8]}")
        batch.jobs.append(PlanJob(doc=doc, file_stem=stem))
    return batch


def _lone_alias(lone: dict[str, int], delegation_id: str | None) -> str | None:
    """ "Delegation N" in the current document language, or None when the delegation has
    more than one person (or hiding is off). Call inside `document_language`."""
    n = lone.get(delegation_id or "")
    return None if n is None else label("delegation_anon", n=n)


def write_plans(batch: PlanBatch, out_dir: Path, *,
                link_titles: Callable[[str], str] | None = None,
                progress: Progress | None = None, cancelled: Cancelled | None = None,
                generated: date | None = None, language: str | None = None,
                paper: str | None = None) -> BatchResult:
    """One PDF per plan in out_dir; ExportError when the folder cannot take files.

    Each plan is in `language` when one is chosen, else in its owner's own language, else
    in the workshop's."""
    from pcsc_workshop.core.reports.plan_pdf import PlanContext, write_plan_pdf

    folder = check_folder(Path(out_dir))
    result = BatchResult()
    taken: set[str] = set()
    total = len(batch.jobs)
    for done, job in enumerate(batch.jobs):
        if cancelled is not None and cancelled():
            result.cancelled = True
            break
        if progress is not None:
            progress(done, total)
        name = unique_name(job.file_stem, ".pdf", taken)
        chosen = language or job.language or batch.workshop.language
        with document_language(chosen):  # the workshop's dates in the plan's language
            context = PlanContext(workshop_dates=batch.workshop.when(),
                                  venue=batch.workshop.venue, organisation=job.organisation)
        with unprintable_report() as found:
            result.written.append(write_plan_pdf(
                job.doc, folder / name, link_titles=link_titles, anonymised=batch.anonymised,
                generated=generated, context=context, paper=paper, language=chosen))
        result.unprintable.update(found)
    else:
        if progress is not None:
            progress(total, total)
    return result


@dataclass(frozen=True)
class CertificateJob:
    name: str
    file_stem: str
    language: str = ""  # the participant's own language; "" for the workshop's
    number: str = ""  # the certificate number printed on it


def collect_certificates(session: Session, workshop_id: str) -> tuple[WorkshopFacts,
                                                                       list[CertificateJob]]:
    facts = workshop_facts(session, workshop_id)
    jobs = [CertificateJob(name=p.name, file_stem=safe_filename(p.name, f"participant-{n}"),
                           language=normalise_language(p.language) if p.language else "",
                           number=certificate_number(facts, n))
            for n, p in enumerate(list_participants(session, workshop_id), start=1)]
    return facts, jobs


def certificate_number(facts: WorkshopFacts, n: int) -> str:
    """'2016-3F2A-007': the workshop's year, its id's first letters, the participant's place
    — unique per workshop and the same each time the certificates are printed again."""
    when = facts.end or facts.start
    year = when.year if when else 0
    prefix = facts.id.replace("-", "")[:4].upper()
    return f"{year:04d}-{prefix}-{n:03d}" if year else f"{prefix}-{n:03d}"


def write_certificates(facts: WorkshopFacts, jobs: list[CertificateJob], out_dir: Path, *,
                       progress: Progress | None = None, cancelled: Cancelled | None = None,
                       generated: date | None = None, issued: date | None = None,
                       language: str | None = None, paper: str | None = None) -> BatchResult:
    """One one-page certificate of participation per participant, each in `language` when
    chosen, else in the participant's own language, else in the workshop's."""
    from pcsc_workshop.core.reports.certificate import write_certificate

    folder = check_folder(Path(out_dir))
    result = BatchResult()
    taken: set[str] = set()
    for done, job in enumerate(jobs):
        if cancelled is not None and cancelled():
            result.cancelled = True
            break
        if progress is not None:
            progress(done, len(jobs))
        name = unique_name(f"{job.file_stem} - certificate", ".pdf", taken)
        with unprintable_report() as found:
            result.written.append(write_certificate(
                job.name, facts, folder / name, generated=generated, issued=issued,
                number=job.number, paper=paper,
                language=language or job.language or facts.language))
        result.unprintable.update(found)
    else:
        if progress is not None:
            progress(len(jobs), len(jobs))
    return result

"""The facilitator's dashboard: who has done what, at a glance, in a handful of queries.

Per delegation and participant: assessment completeness (scored of 21), plan completeness and
quality score, last change, and whether their file was collected (supplied by the exchange
code through `collected`); per delegation the domain scores and stage suggestion for the
comparison charts; the workshop average per element; and the desired future support across
delegations: who asks whom for what.

Why batched: the dashboard refreshes while files arrive; with 12 delegations and 40
participants it must stay under 100 ms (bench/dashboard_bench.py), so every table is read once
(eight queries whatever the size) and everything else is computed in memory.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from pcsc_workshop.core.assessment import (
    Coverage,
    ElementRef,
    StageSuggestion,
    average_scores,
    coverage,
    domain_ids,
    domain_scores,
    stage_for,
)
from pcsc_workshop.core.coaching import Completeness, plan_completeness, plan_quality
from pcsc_workshop.core.models import (
    ActionPlan,
    Assessment,
    AssessmentScore,
    Delegation,
    NextStep,
    Participant,
    SupportRequest,
    Workshop,
)
from pcsc_workshop.core.plans import NextStepRow, PlanDoc, SupportRow
from pcsc_workshop.core.validation import NotFound


@dataclass(frozen=True)
class SupportAsk:
    """One desired-support request: who (owner, delegation) asks whom (provider) for what."""

    owner_kind: str  # participant / delegation
    owner_id: str
    owner_name: str
    delegation_id: str | None
    delegation_label: str
    provider: str
    kind: str
    detail: str


@dataclass(frozen=True)
class SupportSummary:
    """Counts per (provider, kind) — spellings grouped ignoring case — and every request.

    A request pulled into a delegation plan counts once, for the delegation.
    """

    counts: dict[tuple[str, str], int]
    providers: list[str]  # most asked first
    kinds: list[str]
    asks: list[SupportAsk]


@dataclass(frozen=True)
class ParticipantStatus:
    id: str
    name: str
    delegation_id: str | None
    delegation_label: str
    consent: bool
    assessment: Coverage  # their own assessment (many score with the delegation instead)
    plan: Completeness
    quality: int
    plan_id: str | None
    last_change: datetime | None
    collected: bool | None = None  # None: not known (no exchange information given)


@dataclass(frozen=True)
class DelegationStatus:
    id: str
    label: str
    country: str
    city: str
    stage: str  # as set by the facilitator
    members: int
    assessment: Coverage
    domain_scores: dict[str, float | None]
    stage_suggestion: StageSuggestion
    plan: Completeness
    quality: int
    plan_id: str | None
    last_change: datetime | None
    collected: bool | None = None


@dataclass(frozen=True)
class DashboardData:
    workshop_id: str
    domain_ids: list[str]
    delegations: list[DelegationStatus]
    participants: list[ParticipantStatus]
    averages: dict[str, float | None]  # per element, over delegations that scored it
    average_domains: dict[str, float | None]  # per domain, mean of delegations' domain means
    support: SupportSummary
    refreshed_at: datetime = field(default_factory=datetime.now)


def _latest(*times: datetime | None) -> datetime | None:
    found = [t for t in times if t is not None]
    return max(found) if found else None


def workshop_dashboard(session: Session, workshop_id: str, elements: Sequence[ElementRef], *,
                       collected: Mapping[str, bool] | None = None,
                       today: date | None = None) -> DashboardData:
    """Everything the dashboard shows, read in eight queries. `collected` maps participant or
    delegation ids to whether their file has arrived (from the exchange code)."""
    start = session.scalar(select(Workshop.start_date).where(
        Workshop.id == workshop_id, Workshop.deleted.is_(False)))
    if start is None and session.get(Workshop, workshop_id) is None:
        raise NotFound("workshop_id", workshop_id)
    delegations = session.execute(
        select(Delegation.id, Delegation.country, Delegation.city, Delegation.stage)
        .where(Delegation.workshop_id == workshop_id, Delegation.deleted.is_(False))
        .order_by(Delegation.position, Delegation.country)).all()
    labels = {d.id: (f"{d.city}, {d.country}" if d.city else d.country) for d in delegations}
    people = session.execute(
        select(Participant.id, Participant.name, Participant.delegation_id,
               Participant.consent, Participant.updated_at)
        .where(Participant.workshop_id == workshop_id, Participant.deleted.is_(False))
        .order_by(Participant.position, Participant.name)).all()

    docs, plan_times, owner_plan = _plans(session, workshop_id)
    scores, score_times, owner_assessment = _assessments(session, workshop_id)
    collected = collected or {}

    def plan_figures(owner: str
                     ) -> tuple[str | None, Completeness, int, datetime | None]:
        plan_id = owner_plan.get(owner)
        doc = docs.get(plan_id or "")
        if doc is None:
            return None, Completeness(0, 5), 0, None
        q = plan_quality(doc, workshop_start=start, today=today).score
        return plan_id, plan_completeness(doc), q, plan_times.get(plan_id or "")

    participants = []
    members: dict[str, int] = {}
    for p in people:
        if p.delegation_id:
            members[p.delegation_id] = members.get(p.delegation_id, 0) + 1
        plan_id, complete, quality, plan_time = plan_figures(p.id)
        aid = owner_assessment.get(("participant", p.id))
        participants.append(ParticipantStatus(
            id=p.id, name=p.name, delegation_id=p.delegation_id,
            delegation_label=labels.get(p.delegation_id or "", ""), consent=p.consent,
            assessment=coverage(scores.get(aid or "", {}), elements), plan=complete,
            quality=quality, plan_id=plan_id,
            last_change=_latest(plan_time, score_times.get(aid or "")),
            collected=collected.get(p.id)))

    out_delegations = []
    group_scores = []
    for d in delegations:
        aid = owner_assessment.get(("delegation", d.id))
        s = scores.get(aid or "", {})
        if aid:
            group_scores.append(s)
        plan_id, complete, quality, plan_time = plan_figures(d.id)
        out_delegations.append(DelegationStatus(
            id=d.id, label=labels[d.id], country=d.country, city=d.city, stage=d.stage,
            members=members.get(d.id, 0), assessment=coverage(s, elements),
            domain_scores=domain_scores(s, elements), stage_suggestion=stage_for(s, elements),
            plan=complete, quality=quality, plan_id=plan_id,
            last_change=_latest(plan_time, score_times.get(aid or "")),
            collected=collected.get(d.id)))

    domains = domain_ids(elements)
    average_domains = {}
    for dom in domains:
        means = [d.domain_scores[dom] for d in out_delegations
                 if d.domain_scores.get(dom) is not None]
        average_domains[dom] = sum(means) / len(means) if means else None  # type: ignore[arg-type]
    person_names = {p.id: p.name for p in people}
    person_delegation = {p.id: p.delegation_id for p in people}
    return DashboardData(
        workshop_id=workshop_id, domain_ids=domains, delegations=out_delegations,
        participants=participants, averages=average_scores(group_scores, elements),
        average_domains=average_domains,
        support=_support(docs, labels, person_names, person_delegation))


def _plans(session: Session, workshop_id: str
           ) -> tuple[dict[str, PlanDoc], dict[str, datetime], dict[str, str]]:
    """Plans as PlanDocs (three queries), their last change, and owner id -> plan id."""
    docs: dict[str, PlanDoc] = {}
    times: dict[str, datetime] = {}
    owner_plan: dict[str, str] = {}
    for row in session.execute(
            select(ActionPlan.id, ActionPlan.participant_id, ActionPlan.delegation_id,
                   ActionPlan.key_takeaways, ActionPlan.challenges, ActionPlan.approaches,
                   ActionPlan.updated_at, ActionPlan.revision)
            .where(ActionPlan.workshop_id == workshop_id, ActionPlan.deleted.is_(False))
            .order_by(ActionPlan.created_at)):
        owner = row.participant_id or row.delegation_id
        if not owner or owner in owner_plan:
            continue  # the first plan per owner is the one the editor shows (plans.py)
        owner_plan[owner] = row.id
        docs[row.id] = PlanDoc(
            id=row.id, workshop_id=workshop_id, workshop_title="",
            owner_kind="participant" if row.participant_id else "delegation",
            owner_id=owner, owner_name="", delegation_label="",
            key_takeaways=row.key_takeaways, challenges=row.challenges,
            approaches=row.approaches, revision=row.revision)
        times[row.id] = row.updated_at
    for s in session.execute(
            select(NextStep.id, NextStep.plan_id, NextStep.action, NextStep.responsible,
                   NextStep.start_date, NextStep.end_date, NextStep.resources,
                   NextStep.indicator, NextStep.link_ref, NextStep.status,
                   NextStep.source_ref, NextStep.updated_at)
            .join(ActionPlan, NextStep.plan_id == ActionPlan.id)
            .where(ActionPlan.workshop_id == workshop_id, NextStep.deleted.is_(False))
            .order_by(NextStep.position, NextStep.created_at)):
        doc = docs.get(s.plan_id)
        if doc is not None:
            doc.next_steps.append(NextStepRow(
                s.id, s.action, s.responsible, s.start_date, s.end_date, s.resources,
                s.indicator, s.link_ref, s.status, s.source_ref))
            times[s.plan_id] = max(times[s.plan_id], s.updated_at)
    for r in session.execute(
            select(SupportRequest.id, SupportRequest.plan_id, SupportRequest.provider,
                   SupportRequest.kind, SupportRequest.detail, SupportRequest.source_ref,
                   SupportRequest.updated_at)
            .join(ActionPlan, SupportRequest.plan_id == ActionPlan.id)
            .where(ActionPlan.workshop_id == workshop_id, SupportRequest.deleted.is_(False))
            .order_by(SupportRequest.position, SupportRequest.created_at)):
        doc = docs.get(r.plan_id)
        if doc is not None:
            doc.support.append(SupportRow(r.id, r.provider, r.kind, r.detail, r.source_ref))
            times[r.plan_id] = max(times[r.plan_id], r.updated_at)
    # "Last change" is what a person wrote: a plan nobody has touched yet (made empty when a
    # pack was written or a page first opened it) has no change, so packs and exports do
    # not move it.
    for plan_id, doc in docs.items():
        if doc.is_empty() and doc.revision <= 1:
            times.pop(plan_id, None)
    return docs, times, owner_plan


def _assessments(session: Session, workshop_id: str) -> tuple[
        dict[str, dict[str, int | None]], dict[str, datetime], dict[tuple[str, str], str]]:
    """Scores per assessment id, last change per assessment, (kind, owner) -> assessment id."""
    owner: dict[tuple[str, str], str] = {}
    times: dict[str, datetime] = {}
    for a in session.execute(
            select(Assessment.id, Assessment.delegation_id, Assessment.participant_id,
                   Assessment.updated_at)
            .where(Assessment.workshop_id == workshop_id, Assessment.deleted.is_(False))
            .order_by(Assessment.created_at)):
        key = ("participant", a.participant_id) if a.participant_id else (
            "delegation", a.delegation_id or "")
        if key not in owner:
            owner[key] = a.id
            times[a.id] = a.updated_at
    scores: dict[str, dict[str, int | None]] = {aid: {} for aid in owner.values()}
    scored_at: dict[str, datetime] = {}
    for c in session.execute(
            select(AssessmentScore.assessment_id, AssessmentScore.element_id,
                   AssessmentScore.score, AssessmentScore.updated_at)
            .join(Assessment, AssessmentScore.assessment_id == Assessment.id)
            .where(Assessment.workshop_id == workshop_id, AssessmentScore.deleted.is_(False))):
        if c.assessment_id in scores:
            scores[c.assessment_id][c.element_id] = c.score
            scored_at[c.assessment_id] = max(scored_at.get(c.assessment_id, c.updated_at),
                                             c.updated_at, times[c.assessment_id])
    # an assessment with no score yet is no one's change (as for untouched plans)
    return scores, scored_at, owner


def _support(docs: Mapping[str, PlanDoc], labels: Mapping[str, str],
             names: Mapping[str, str], person_delegation: Mapping[str, str | None]
             ) -> SupportSummary:
    pulled = {r.source_ref for d in docs.values() if d.owner_kind == "delegation"
              for r in d.support if r.source_ref}
    spelling: dict[str, str] = {}

    def canon(text: str) -> str:
        text = " ".join(text.split())
        return spelling.setdefault(text.casefold(), text)

    counts: dict[tuple[str, str], int] = {}
    asks = []
    for doc in docs.values():
        if doc.owner_kind == "participant":
            if doc.owner_id not in names:
                continue  # a deleted participant's plan
            delegation_id = person_delegation.get(doc.owner_id)
            owner_name = names[doc.owner_id]
        else:
            if doc.owner_id not in labels:
                continue
            delegation_id, owner_name = doc.owner_id, labels[doc.owner_id]
        for r in doc.support:
            if doc.owner_kind == "participant" and r.id in pulled:
                continue
            if not (r.provider + r.kind + r.detail).strip():
                continue
            provider, kind = canon(r.provider), canon(r.kind)
            counts[(provider, kind)] = counts.get((provider, kind), 0) + 1
            asks.append(SupportAsk(doc.owner_kind, doc.owner_id, owner_name, delegation_id,
                                   labels.get(delegation_id or "", ""), provider, kind,
                                   r.detail))
    by_provider: dict[str, int] = {}
    by_kind: dict[str, int] = {}
    for (provider, kind), n in counts.items():
        by_provider[provider] = by_provider.get(provider, 0) + n
        by_kind[kind] = by_kind.get(kind, 0) + n
    asks.sort(key=lambda a: (a.delegation_label, a.owner_kind != "delegation", a.owner_name))
    return SupportSummary(
        counts=counts,
        providers=sorted(by_provider, key=lambda p: (-by_provider[p], p.casefold())),
        kinds=sorted(by_kind, key=lambda k: (-by_kind[k], k.casefold())),
        asks=asks)

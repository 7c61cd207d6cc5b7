"""Everything the workshop report, delegation plans and dossiers print, read in one session.

Reading and rendering are split as in `batch.py`: `collect_report` reads the database into
plain data (the worker holds a session briefly and writes nothing — no empty plan or
assessment is created just because a document was printed), and the documents are rendered
from that data with no database at all.

Consent is applied here, once, so no document can forget it: a participant who did not
consent to being named is "Participant N" (N = their place in the workshop's list, the same
number in every document) and their name is scrubbed from every free-text field; in an
anonymised copy everybody is. Figures come from `core.assessment` and `core.dashboard`, the
functions the pages use, so a PDF and the screen never disagree.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pcsc_workshop.core.agenda import AgendaEntry, list_agenda
from pcsc_workshop.core.assessment import (
    ElementRef,
    elements_from_curriculum,
    stable_elements,
    workshop_assessments,
)
from pcsc_workshop.core.dashboard import SupportSummary, workshop_dashboard
from pcsc_workshop.core.models import ActionPlan
from pcsc_workshop.core.people import list_delegations, list_participants
from pcsc_workshop.core.plans import PlanDoc, load_plan
from pcsc_workshop.core.polls import PollResults, list_polls, poll_results
from pcsc_workshop.core.quiz import GroupGain, learning_gain
from pcsc_workshop.core.reports.anonymise import Pseudonyms, anonymise_plan
from pcsc_workshop.core.reports.facts import WorkshopFacts, workshop_facts
from pcsc_workshop.core.reports.titles import curriculum_titles, humanise_ref
from pcsc_workshop.core.workshops import get_workshop

if TYPE_CHECKING:
    from pcsc_workshop.core.curriculum import Curriculum


@dataclass(frozen=True)
class PersonRow:
    """A participant as documents may show them: `name` is already "Participant N" when
    they may not be named (then organisation and role are left out too)."""

    id: str
    number: int
    name: str
    organisation: str
    role: str
    delegation_id: str | None
    delegation_label: str
    named: bool


@dataclass(frozen=True)
class StageInfo:
    id: str
    name: str
    applies_to: str = ""
    description: str = ""
    recommendations: tuple[str, ...] = ()


@dataclass
class DelegationData:
    id: str
    label: str
    city_type: str
    stage: str  # as set by the facilitator ("" when not set)
    members: list[PersonRow] = field(default_factory=list)
    scores: dict[str, int | None] = field(default_factory=dict)
    plan: PlanDoc | None = None
    member_plans: list[tuple[PersonRow, PlanDoc]] = field(default_factory=list)


@dataclass
class ReportData:
    workshop: WorkshopFacts
    start_date: date | None
    agenda: list[AgendaEntry]
    people: list[PersonRow]
    delegations: list[DelegationData]
    elements: list[ElementRef]
    domain_names: dict[str, str]
    stages: dict[str, StageInfo]
    averages: dict[str, float | None]  # per element, over delegations that scored it
    average_domains: dict[str, float | None]  # mean of the delegations' domain means
    support: SupportSummary | None
    gains: dict[str, GroupGain]
    module_titles: dict[str, str]
    titles: Callable[[str], str] = humanise_ref
    anonymised: bool = False
    polls: list[PollResults] = field(default_factory=list)  # asked in the room (issue 17)

    def delegation(self, delegation_id: str) -> DelegationData:
        for d in self.delegations:
            if d.id == delegation_id:
                return d
        raise KeyError(f"No delegation {delegation_id} in this workshop")

    def stage_name(self, stage_id: str | None) -> str:
        if not stage_id:
            return ""
        info = self.stages.get(stage_id)
        return info.name if info else humanise_ref(stage_id)


def _stages(curriculum: Curriculum | None) -> dict[str, StageInfo]:
    if curriculum is None:
        return {}
    return {s.id: StageInfo(s.id, s.name, s.applies_to, s.description,
                            tuple(s.recommendations)) for s in curriculum.stages}


def _pseudonyms(people: list, hidden: set[str]) -> Pseudonyms:
    """Aliases numbered over everybody (stable N) but patterns and ids only for `hidden`."""
    shown = [SimpleNamespace(id=p.id, name=p.name if p.id in hidden else "") for p in people]
    full = Pseudonyms.for_people(shown)
    return dataclasses.replace(full, by_id={k: v for k, v in full.by_id.items() if k in hidden})


def _scrub_support(summary: SupportSummary, names: Pseudonyms) -> SupportSummary:
    if not names.patterns:
        return summary
    counts: dict[tuple[str, str], int] = {}
    for (provider, kind), n in summary.counts.items():
        key = (names.scrub(provider), names.scrub(kind))
        counts[key] = counts.get(key, 0) + n
    asks = [a.__class__(**{**vars(a), "owner_name": "", "provider": names.scrub(a.provider),
                           "kind": names.scrub(a.kind), "detail": names.scrub(a.detail)})
            for a in summary.asks]
    return SupportSummary(counts=counts, providers=[names.scrub(p) for p in summary.providers],
                          kinds=[names.scrub(k) for k in summary.kinds], asks=asks)


def _plan_ids(session: Session, workshop_id: str) -> dict[str, str]:
    """owner id (participant or delegation) -> the plan the editor shows (the first)."""
    out: dict[str, str] = {}
    for plan_id, pid, did in session.execute(
            select(ActionPlan.id, ActionPlan.participant_id, ActionPlan.delegation_id)
            .where(ActionPlan.workshop_id == workshop_id, ActionPlan.deleted.is_(False))
            .order_by(ActionPlan.created_at)):
        owner = pid or did
        if owner:
            out.setdefault(owner, plan_id)
    return out


def collect_report(session: Session, workshop_id: str, *, curriculum: Any | None = None,
                   anonymised: bool = False, member_plans: bool = False,
                   only_delegation: str | None = None,
                   language: str | None = None) -> ReportData:
    """`_collect_report` with the words it writes ("Participant 3") in the document's
    language: `language`, else the workshop's."""
    from pcsc_workshop.core.reports.labels import document_language, normalise_language

    w = get_workshop(session, workshop_id)
    with document_language(normalise_language(language or w.language)):
        return _collect_report(session, workshop_id, curriculum=curriculum,
                               anonymised=anonymised, member_plans=member_plans,
                               only_delegation=only_delegation)


def _collect_report(session: Session, workshop_id: str, *, curriculum: Any | None = None,
                    anonymised: bool = False, member_plans: bool = False,
                    only_delegation: str | None = None) -> ReportData:
    """Read one workshop for the report, delegation plans and dossiers.

    `member_plans` also loads every member's own plan (the dossier needs them, the report
    does not); `only_delegation` loads plans of that delegation only. KeyError when the
    workshop does not exist.
    """
    w = get_workshop(session, workshop_id)
    facts = workshop_facts(session, workshop_id)
    elements = elements_from_curriculum(curriculum) if curriculum is not None \
        else stable_elements()
    titles = curriculum_titles(curriculum)
    people = list_participants(session, workshop_id)
    hidden = {p.id for p in people if anonymised or not p.consent}
    names = _pseudonyms(people, hidden)
    rows = [PersonRow(p.id, n, names.by_id.get(p.id, p.name),
                      "" if p.id in hidden else p.organisation,
                      "" if p.id in hidden else p.role,
                      p.delegation_id, p.delegation_label, p.id not in hidden)
            for n, p in enumerate(people, start=1)]
    assessments = workshop_assessments(session, workshop_id)
    plan_ids = _plan_ids(session, workshop_id)

    def plan(owner_id: str) -> PlanDoc | None:
        plan_id = plan_ids.get(owner_id)
        if plan_id is None:
            return None
        doc = load_plan(session, plan_id)
        return anonymise_plan(doc, names) if names.patterns or names.by_id else doc

    delegations = []
    for d in list_delegations(session, workshop_id):
        wanted = only_delegation is None or d.id == only_delegation
        data = DelegationData(d.id, d.label, d.city_type, d.stage,
                              members=[r for r in rows if r.delegation_id == d.id])
        doc = assessments.get(d.id)
        data.scores = dict(doc.scores) if doc else {}
        if wanted:
            data.plan = plan(d.id)
            if member_plans:
                data.member_plans = [(m, p) for m in data.members if (p := plan(m.id))]
        delegations.append(data)
    dashboard = workshop_dashboard(session, workshop_id, elements)
    support = _scrub_support(dashboard.support, names)
    gains = learning_gain(session, workshop_id).by_module
    polls = [poll_results(session, p.id) for p in list_polls(session, workshop_id)]
    return ReportData(
        workshop=facts, start_date=w.start_date, agenda=list_agenda(session, workshop_id),
        people=rows, delegations=delegations, elements=elements,
        domain_names={d: titles(d) for d in dict.fromkeys(e.domain_id for e in elements)},
        stages=_stages(curriculum),
        averages=dashboard.averages, average_domains=dashboard.average_domains,
        support=support,
        gains=gains, module_titles={m: titles(m) for m in gains}, titles=titles,
        anonymised=anonymised, polls=[p for p in polls if p.respondents])

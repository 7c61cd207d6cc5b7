"""From assessment to action: the weakest JICA elements suggest guideline pillars and next steps.

A delegation's weakest elements (see `assessment.weakest_elements`) map to the UN-Habitat
guideline pillars that address them (`ELEMENT_PILLARS`, justified entry by entry below); each
pillar offers its example action for the delegation's level of government (national, local,
stakeholders) and related case studies. The result is a list of *draft* suggestions that a
participant accepts (a NextStep is added, idempotently), edits (after accepting) or dismisses.

Dismissals: the schema has no column for them, so each is a `LocalItem` of kind
"dismissed-suggestion" with data {plan_id, suggestion_id, element_id, pillar_id}; LocalItems
travel with the workshop, and a tombstone undoes a dismissal.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from pcsc_workshop.core.assessment import (
    AssessmentDoc,
    ElementRef,
    ScoresLike,
    weakest_elements,
    workshop_assessments,
)
from pcsc_workshop.core.models import ActionPlan, LocalItem, NextStep, Participant
from pcsc_workshop.core.validation import InvalidInput, NotFound

ACTORS: tuple[str, ...] = ("national", "local", "stakeholders")
DISMISSED_KIND = "dismissed-suggestion"
_NAMESPACE = uuid.UUID("0f6c1b8e-5c2a-4a8e-9d0b-7a1e5c3d9f21")

_G = "pillar.governance-regulations"
_DPI = "pillar.digital-public-infrastructure"
_LIT = "pillar.digital-literacy"
_FIN = "pillar.budgeting-financing"
_PROS = "pillar.shared-prosperity"
_RES = "pillar.sustainability-resilience"
_PART = "pillar.community-participation"
_RIGHTS = "pillar.digital-human-rights"

# Which guideline pillars help a city raise each JICA element (1-3 each, strongest first).
# The reasons follow the element descriptions of the fact sheet (seed 002) and the pillars'
# scope (seed 001); facilitators may read it as a starting point, not a doctrine.
ELEMENT_PILLARS: dict[str, tuple[str, ...]] = {
    # 1 vision aimed at residents' well-being and sustainable development
    "jica.element.philosophy-and-vision": (_PROS, _RES),
    # 2 a strategy spanning disciplines needs cross-sector governance and resilience thinking
    "jica.element.comprehensiveness-of-vision": (_G, _RES),
    # 3 clear purpose and measurable targets: strategy frameworks, and data to track them
    "jica.element.specifics-of-vision": (_G, _DPI),
    # 4 consistency with urban planning and digital strategies is a governance matter
    "jica.element.policy-alignment": (_G, _DPI),
    # 5 backed by a budget plan and business models
    "jica.element.sustainability-of-vision": (_FIN, _G),
    # 6 citizens and all parties share the vision: participation, and the skills to take part
    "jica.element.sharing-of-vision": (_PART, _LIT),
    # 7 a capable lead body: institutional set-up and staff skills
    "jica.element.promotion-body": (_G, _LIT),
    # 8 public, private, academia and citizens: collaboration and an economy that shares gains
    "jica.element.helix-partnership": (_PART, _PROS),
    # 9 a body able to specify, procure and steer: governance and skills
    "jica.element.organizational-capacity": (_G, _LIT),
    # 10 a lasting ecosystem including funding (JICA support menu, "System")
    "jica.element.building-ecosystems": (_PROS, _FIN, _PART),
    # 11 trust among stakeholders: rights and safeguards, accountable rules, participation
    "jica.element.creating-trust": (_RIGHTS, _G, _PART),
    # 12 laws, regulations, incentives: governance, with rights protected
    "jica.element.laws-regulations-systems": (_G, _RIGHTS),
    # 13 participation and co-creation mechanisms, open to everyone
    "jica.element.citizen-participation": (_PART, _RIGHTS),
    # 14 linked to decarbonisation, crisis response, growth and quality of life
    "jica.element.cross-disciplinary": (_RES, _PROS),
    # 15 an ICT platform (City OS) connecting infrastructure and data, and paying for it
    "jica.element.urban-infrastructure-platform": (_DPI, _FIN),
    # 16 open data used as big data with privacy protected
    "jica.element.data-utilization": (_DPI, _G, _RIGHTS),
    # 17 protection from attacks and contingencies: rules, rights (privacy), secure infrastructure
    "jica.element.digital-security": (_G, _RIGHTS, _DPI),
    # 18 technology choices that fit civil society: inclusion, co-design, skills
    "jica.element.social-systems-design": (_RIGHTS, _PART, _LIT),
    # 19 adapting to political, social, technological change and citizens' needs
    "jica.element.flexibility-of-promotion": (_RES, _G),
    # 20 inter-city and international partnerships sharing knowledge
    "jica.element.collaboration-and-partnerships": (_PART, _LIT),
    # 21 medium- to long-term commitment: finance and resilience
    "jica.element.ensuring-sustainability": (_FIN, _RES),
}


@dataclass(frozen=True)
class PillarRef:
    """What a suggestion needs of a guideline pillar (plain data from the curriculum)."""

    id: str
    name: str
    kind: str = ""  # thematic / enabling
    example_actions: Mapping[str, str] = field(default_factory=dict)  # actor -> text
    links: tuple[str, ...] = ()


@dataclass(frozen=True)
class CaseRef:
    id: str
    title: str
    links: tuple[str, ...] = ()  # pillar and element ids the case illustrates


def _examples(pillar: Any) -> dict[str, str]:
    actions = getattr(pillar, "actions", None)
    if actions is not None and hasattr(actions, "for_actor"):
        return {a: str(getattr(actions.for_actor(a), "example", "") or "") for a in ACTORS}
    return dict(getattr(pillar, "example_actions", None) or {})


def _links(item: Any) -> tuple[str, ...]:
    return tuple(getattr(item, "related", None) or getattr(item, "links", None) or ())


def pillars_from_curriculum(curriculum: Any) -> list[PillarRef]:
    """Adapt `curriculum.pillars`: `.id`, `.name`, `.kind`, the example action per actor from
    `.actions.for_actor(actor).example` (or a plain `.example_actions` dict), and the linked
    ids from `.related` (or `.links`)."""
    return [PillarRef(p.id, str(p.name), str(getattr(p, "kind", "") or ""), _examples(p),
                      _links(p))
            for p in curriculum.pillars]


def cases_from_curriculum(curriculum: Any) -> list[CaseRef]:
    """Adapt `curriculum.case_studies`: `.id`, `.name` (or `.title`), and the ids it is linked
    with in either direction (its `.related`, and pillars/elements whose `.related` name it)."""
    back: dict[str, list[str]] = {}
    for item in [*curriculum.pillars, *curriculum.elements]:
        for ref in _links(item):
            back.setdefault(ref, []).append(item.id)
    return [CaseRef(c.id, str(getattr(c, "name", None) or getattr(c, "title", "")),
                    tuple(dict.fromkeys([*_links(c), *back.get(c.id, [])])))
            for c in curriculum.case_studies]


def suggestion_id(element_id: str, pillar_id: str) -> str:
    """A stable id (fits NextStep.source_ref) so that accepting twice adds one step."""
    return str(uuid.uuid5(_NAMESPACE, f"{element_id}|{pillar_id}"))


@dataclass(frozen=True)
class Suggestion:
    """A draft next step: raise `element_id` with `pillar_id`'s example action for `actor`.

    text_code: "example-action" (fields["example_action"] holds the curriculum's text) or
    "pillar-actions" (the pillar has no example for that actor: point to its actions).
    `also_for` lists weaker-ranked elements the same pillar serves (suggested only once).
    state: open / accepted / dismissed (set by `suggestions_for_plan`).
    """

    id: str
    element_id: str
    pillar_id: str
    actor: str
    text_code: str
    fields: Mapping[str, Any]
    link_ref: str
    case_ids: tuple[str, ...] = ()
    also_for: tuple[str, ...] = ()
    state: str = "open"

    @property
    def ids(self) -> tuple[str, ...]:
        """Every suggestion id that counts as this one (for idempotency across re-ranking)."""
        return tuple(suggestion_id(e, self.pillar_id) for e in (self.element_id, *self.also_for))


def _check_actor(actor: str) -> str:
    if actor not in ACTORS:
        raise InvalidInput("bad-value", "actor", actor)
    return actor


def suggest(scores: ScoresLike, elements: Sequence[ElementRef], pillars: Sequence[PillarRef],
            cases: Sequence[CaseRef] = (), *, actor: str = "local", n: int = 5,
            mapping: Mapping[str, Sequence[str]] = ELEMENT_PILLARS, max_cases: int = 3
            ) -> list[Suggestion]:
    """Suggestions for the `n` weakest scored elements, weakest first; each pillar once."""
    _check_actor(actor)
    by_id = {p.id: p for p in pillars}
    out: dict[str, Suggestion] = {}
    for weak in weakest_elements(scores, elements, n).priorities:
        element = weak.element
        for pillar_id in mapping.get(element.id, ()):
            pillar = by_id.get(pillar_id)
            if pillar is None:
                continue
            if pillar_id in out:
                first = out[pillar_id]
                out[pillar_id] = replace(first, also_for=(*first.also_for, element.id))
                continue
            example = (pillar.example_actions.get(actor) or "").strip()
            related = sorted(
                (c for c in cases if element.id in c.links or pillar_id in c.links),
                key=lambda c: (-(element.id in c.links) - (pillar_id in c.links), c.id))
            out[pillar_id] = Suggestion(
                id=suggestion_id(element.id, pillar_id), element_id=element.id,
                pillar_id=pillar_id, actor=actor,
                text_code="example-action" if example else "pillar-actions",
                fields={"example_action": example, "score": weak.score,
                        "element_number": element.number, "pillar_name": pillar.name},
                link_ref=element.id, case_ids=tuple(c.id for c in related[:max_cases]),
            )
    return list(out.values())


# --- per plan: accepted and dismissed -----------------------------------------------------------

def _plan(session: Session, plan_id: str) -> ActionPlan:
    plan = session.get(ActionPlan, plan_id)
    if plan is None or plan.deleted:
        raise NotFound("plan_id", plan_id)
    return plan


def _dismissals(session: Session, plan: ActionPlan) -> list[LocalItem]:
    return list(session.scalars(select(LocalItem).where(
        LocalItem.kind == DISMISSED_KIND, LocalItem.workshop_id == plan.workshop_id,
        LocalItem.data["plan_id"].as_string() == plan.id)))


def dismissed_suggestions(session: Session, plan_id: str) -> set[str]:
    plan = _plan(session, plan_id)
    return {i.data.get("suggestion_id", "") for i in _dismissals(session, plan) if not i.deleted}


def dismiss_suggestion(session: Session, plan_id: str, suggestion: Suggestion) -> None:
    """Remember that this plan does not want the suggestion (idempotent)."""
    plan = _plan(session, plan_id)
    for item in _dismissals(session, plan):
        if item.data.get("suggestion_id") in suggestion.ids:
            if item.deleted:
                item.deleted = False
            session.flush()
            return
    session.add(LocalItem(workshop_id=plan.workshop_id, kind=DISMISSED_KIND, data={
        "plan_id": plan.id, "suggestion_id": suggestion.id,
        "element_id": suggestion.element_id, "pillar_id": suggestion.pillar_id}))
    session.flush()


def restore_suggestion(session: Session, plan_id: str, suggestion: Suggestion) -> None:
    """Undo a dismissal (a tombstone, so that the change travels)."""
    plan = _plan(session, plan_id)
    for item in _dismissals(session, plan):
        if item.data.get("suggestion_id") in suggestion.ids and not item.deleted:
            item.deleted = True
    session.flush()


@dataclass(frozen=True)
class Accepted:
    step_id: str
    created: bool


def accept_suggestion(session: Session, plan_id: str, suggestion: Suggestion, *,
                      action_text: str | None = None) -> Accepted:
    """Add the suggestion as a next step (once): action from the example action unless the
    UI passes its own words, link to the element, owner/dates/indicator left blank so that
    coaching asks for them. A step deleted after an earlier accept is brought back."""
    plan = _plan(session, plan_id)
    text = (action_text if action_text is not None
            else suggestion.fields.get("example_action", "")).strip()
    existing = session.scalars(select(NextStep).where(
        NextStep.plan_id == plan.id, NextStep.source_ref.in_(suggestion.ids))
        .order_by(NextStep.deleted, NextStep.created_at)).first()
    if existing is not None and not existing.deleted:
        return Accepted(existing.id, False)
    restore_suggestion(session, plan.id, suggestion)
    last = session.scalar(select(func.max(NextStep.position)).where(
        NextStep.plan_id == plan.id, NextStep.deleted.is_(False)))
    position = 0 if last is None else last + 1
    if existing is not None:
        existing.deleted, existing.position, existing.action = False, position, text
        step = existing
    else:
        step = NextStep(plan_id=plan.id, position=position, action=text,
                        link_ref=suggestion.link_ref, source_ref=suggestion.id)
        session.add(step)
    if not session.is_modified(plan, include_collections=False):
        flag_modified(plan, "key_takeaways")  # the plan as a whole gets a new revision
    session.flush()
    return Accepted(step.id, True)


def plan_assessment(session: Session, plan_id: str) -> AssessmentDoc | None:
    """The assessment a plan's suggestions come from: the delegation's, else (for a
    participant whose delegation scored nothing) the participant's own."""
    plan = _plan(session, plan_id)
    delegation_id = plan.delegation_id
    if plan.participant_id:
        person = session.get(Participant, plan.participant_id)
        delegation_id = person.delegation_id if person else None
    group = workshop_assessments(session, plan.workshop_id, "delegation")
    doc = group.get(delegation_id or "")
    if doc is not None and any(v is not None for v in doc.scores.values()):
        return doc
    if plan.participant_id:
        own = workshop_assessments(session, plan.workshop_id, "participant")
        return own.get(plan.participant_id)
    return doc


def suggestions_for_plan(session: Session, plan_id: str, elements: Sequence[ElementRef],
                         pillars: Sequence[PillarRef], cases: Sequence[CaseRef] = (), *,
                         actor: str = "local", n: int = 5) -> list[Suggestion]:
    """Suggestions for a plan with their state (open / accepted / dismissed)."""
    doc = plan_assessment(session, plan_id)
    if doc is None:
        return []
    accepted = set(session.scalars(select(NextStep.source_ref).where(
        NextStep.plan_id == plan_id, NextStep.deleted.is_(False), NextStep.source_ref != "")))
    dismissed = dismissed_suggestions(session, plan_id)
    out = []
    for s in suggest(doc, elements, pillars, cases, actor=actor, n=n):
        ids = set(s.ids)
        state = "accepted" if ids & accepted else "dismissed" if ids & dismissed else "open"
        out.append(replace(s, state=state))
    return out

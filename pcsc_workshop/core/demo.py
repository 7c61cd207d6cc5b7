"""The demo workshop: the 2016 Smart Cities Technical Deep Dive in Tokyo and Yokohama.

Delegations come from the event's countries (seed 003); participants are fictional and carry
names in several scripts so that every screen and PDF shows multi-script text from the start.
Idempotent: the demo has a fixed id, so running it twice finds the existing workshop.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy.orm import Session

from pcsc_workshop.core.models import AgendaItem, Delegation, Participant, Workshop
from pcsc_workshop.core.plans import NextStepRow, SupportRow, plan_for_participant, save_plan

DEMO_WORKSHOP_ID = "5a1d0c1e-2016-4d1e-9e1a-0000000d3e70"
DEMO_TITLE = "Smart Cities Technical Deep Dive, Tokyo and Yokohama"

# (country, city, city type, stage) — cities chosen from the 2016 event's countries.
_DELEGATIONS = [
    ("Bangladesh", "Dhaka", "jica.city-type.large-representative", "jica.stage.small-start"),
    ("Morocco", "Casablanca", "jica.city-type.large-representative", "jica.stage.accelerate"),
    ("Tunisia", "Sfax", "jica.city-type.regional-core", "jica.stage.small-start"),
    ("Mozambique", "Maputo", "jica.city-type.large-representative", "jica.stage.small-start"),
    ("Chile", "Santiago", "jica.city-type.large-representative", "jica.stage.accelerate"),
    ("India", "Pune", "jica.city-type.large-representative", "jica.stage.accelerate"),
]

# (delegation index, name, organisation, role, consent)
_PEOPLE = [
    (0, "আনিকা রহমান", "Dhaka North City Corporation", "Urban planner", True),
    (0, "Tanvir Hossain", "Ministry of Local Government", "Deputy Secretary", True),
    (1, "ليلى بنعلي", "Commune de Casablanca", "Cheffe de projet numérique", True),
    (1, "Youssef El Amrani", "Casablanca Events & Animation", "Data officer", False),
    (2, "سامي الطرابلسي", "Municipalité de Sfax", "Directeur technique", True),
    (3, "Ana Cossa", "Conselho Municipal de Maputo", "Urban mobility lead", True),
    (4, "José Ignacio Muñoz", "Municipalidad de Santiago", "Jefe de innovación", True),
    (5, "प्रिया देशपांडे", "Pune Smart City Development Corporation", "GIS specialist", True),
    (5, "Олена Коваленко", "World Bank (TTL)", "Task team leader", True),
]

_AGENDA = [
    (1, "09:00", 90, "lecture", "What makes a city smart? Beyond ICT", ["jica.framework"]),
    (1, "11:00", 90, "lecture", "LOCAL GOOD YOKOHAMA: open data innovation", []),
    (1, "14:00", 120, "exercise", "City self-assessment on JICA's 21 elements", []),
    (2, "09:00", 90, "lecture", "Yokohama's growth, Minato Mirai 21 and the Smart City Project", []),
    (2, "13:00", 240, "site-visit", "Site visit: Yokohama Smart City Project", []),
    (3, "08:30", 300, "site-visit", "Site visit: Kashiwa-no-ha smart city (PPAP)", []),
    (3, "15:00", 120, "exercise", "Action plans: key takeaways and challenges", []),
    (4, "09:30", 420, "conference", "World Bank Smart Cities Conference (with City of Yokohama)", []),
    (5, "09:30", 240, "conference", "5th Annual Asia Smart Cities Conference (Yokohama, ADB)", []),
    (5, "14:30", 120, "exercise", "Action plans: next steps and desired future support", []),
]


def _demo_id(kind: str, index: int) -> str:
    """Stable ids for the demo's rows: every installation makes the same demo, so a demo
    pack opened on a laptop that already has the demo merges instead of doubling people."""
    return str(uuid.uuid5(uuid.UUID(DEMO_WORKSHOP_ID), f"{kind}-{index}"))


def ensure_demo_workshop(session: Session, *, with_samples: bool = True) -> str:
    """Create the demo workshop unless it exists; return its id.

    `with_samples=False` leaves out the sample delegation plan, self-assessments and
    knowledge checks (tests that start each of those from zero).
    """
    existing = session.get(Workshop, DEMO_WORKSHOP_ID)
    if existing is not None and not existing.deleted:
        return existing.id
    if existing is not None:  # deleted earlier: bring it back rather than clash on the id
        existing.deleted = False
        return existing.id
    workshop = Workshop(
        id=DEMO_WORKSHOP_ID,
        title=DEMO_TITLE,
        organisers="World Bank Tokyo Development Learning Center (TDLC); Government of Japan; "
        "City of Yokohama; Y-PORT Center; World Bank GSURR",
        venue="TDLC, Tokyo, and Yokohama",
        city="Tokyo and Yokohama",
        country="Japan",
        start_date=date(2016, 11, 14),
        end_date=date(2016, 11, 18),
        language="en",
        description="A five-day deep dive for city delegations: what a smart city takes, "
        "site visits, two conferences, and a practical action plan per delegation.",
        template_id="template.tdd-5day",
    )
    session.add(workshop)
    for pos, (day, start, minutes, kind, title, refs) in enumerate(_AGENDA):
        session.add(
            AgendaItem(
                id=_demo_id("agenda", pos), workshop_id=workshop.id, day=day, position=pos, start_time=start,
                duration_min=minutes, kind=kind, title=title, curriculum_refs=refs,
            )
        )
    delegations = []
    for pos, (country, city, city_type, stage) in enumerate(_DELEGATIONS):
        d = Delegation(
            id=_demo_id("delegation", pos), workshop_id=workshop.id, country=country, city=city, city_type=city_type,
            stage=stage, position=pos,
        )
        session.add(d)
        delegations.append(d)
    session.flush()
    people = []
    for pos, (d_index, name, org, role, consent) in enumerate(_PEOPLE):
        p = Participant(
            id=_demo_id("participant", pos), workshop_id=workshop.id,
            delegation_id=delegations[d_index].id, name=name,
            organisation=org, role=role, consent=consent, position=pos,
        )
        session.add(p)
        people.append(p)
    session.flush()
    _seed_example_plan(session, people[0].id)
    if with_samples:
        _seed_delegation_plan(session, delegations[0].id)
        _seed_assessments(session, delegations)
        _seed_knowledge_checks(session, workshop.id, people)
    return workshop.id


def _seed_knowledge_checks(session: Session, workshop_id: str,
                           people: list[Participant]) -> None:
    """Before/after checks on the guidelines module for four people, so the learning-gain
    views and the report show what they look like. Answers are right for the first
    `k` questions and wrong after, so the scores are exact and explainable."""
    from pcsc_workshop.core.curriculum import load_curriculum
    from pcsc_workshop.core.quiz import record_attempt

    curriculum = load_curriculum()
    module = "module.guidelines"
    questions = curriculum.questions_for(module)
    if not questions:
        return
    for person, (before, after) in zip(people, ((3, 7), (2, 6), (4, 8), (5, 6)), strict=False):
        for phase, right in (("pre", before), ("post", after)):
            answers = {q.id: (q.answer if i < right else (q.answer + 1) % len(q.options))
                       for i, q in enumerate(questions)}
            record_attempt(session, curriculum, workshop_id, person.id, module, phase, answers)



def _seed_delegation_plan(session: Session, delegation_id: str) -> None:
    """Dhaka's group plan, built the way a facilitator would: members' items pulled in."""
    from pcsc_workshop.core.delegation_plan import members_items, pull_into_delegation_plan
    from pcsc_workshop.core.plans import plan_for_delegation

    doc = plan_for_delegation(session, delegation_id)
    doc.key_takeaways = (
        "Open data works when citizens can use it (LOCAL GOOD YOKOHAMA); partnerships with "
        "universities and firms (Kashiwa-no-ha) spread the cost and the know-how."
    )
    doc.challenges = "Data silos between departments; no budget line for smart city pilots."
    doc.approaches = "Small Start: one ward, one data set, one service co-designed with residents."
    save_plan(session, doc)
    pull_into_delegation_plan(session, doc.id, [i.id for i in members_items(session, delegation_id)])


# Illustrative self-assessments (scores 0-4 in element order 1..21; None = not scored yet),
# so that the radar, stage suggestion and dashboard show something on a first start.
_DEMO_SCORES: dict[int, list[int | None]] = {
    0: [1, 1, 0, 1, 0, 1, 1, 0, 1, 1, 1, 0, 2, 1, 0, 1, 0, 1, 1, 1, 0],  # Dhaka: Small Start
    1: [3, 2, 2, 3, 2, 2, 3, 2, 2, 2, 2, 2, 2, 3, 2, 3, 2, 2, 2, 3, 2],  # Casablanca: Accelerate
    4: [3, 3, 3, 3, 2, 3, 3, 3, 3, 3, 3, 2, 3, 3, 3, 4, 3, 3, 3, 3, 3],  # Santiago: growth
    5: [2, 2, 3, None, 2, 2, 3, 2, 2, 2, None, 2, 3, 2, 3, 3, 2, 2, None, 2, 2],  # Pune
}
_DEMO_EVIDENCE = {
    0: {"jica.element.citizen-participation": "Ward committees meet monthly; no digital channel"},
    5: {"jica.element.data-utilization": "City data portal with 60 data sets since 2019"},
}


def _seed_assessments(session: Session, delegations: list[Delegation]) -> None:
    from pcsc_workshop.core.assessment import (
        JICA_ELEMENT_IDS,
        assessment_for_delegation,
        save_assessment,
    )

    for index, scores in _DEMO_SCORES.items():
        doc = assessment_for_delegation(session, delegations[index].id)
        doc.scores = dict(zip(JICA_ELEMENT_IDS, scores, strict=True))
        doc.evidence = dict(_DEMO_EVIDENCE.get(index, {}))
        save_assessment(session, doc)


def _seed_example_plan(session: Session, participant_id: str) -> None:
    """One filled plan so that a newcomer sees what a good plan looks like."""
    doc = plan_for_participant(session, participant_id)
    doc.key_takeaways = (
        "A smart city is more than ICT: inclusiveness, service delivery, sustainability and "
        "competitiveness matter as much. Yokohama's open data platform grew from citizens' needs."
    )
    doc.challenges = (
        "No city-wide data inventory; departments keep data in separate systems; limited budget "
        "for pilots; residents of informal settlements are hard to reach online."
    )
    doc.approaches = (
        "Start small with existing assets (JICA's Small Start stage); publish a first open data "
        "set on flood-prone wards; co-design services with ward councillors and residents."
    )
    doc.next_steps = [
        NextStepRow(
            action="Inventory the data held by each department",
            responsible="ICT cell, Dhaka North City Corporation",
            start_date=date(2017, 1, 15), end_date=date(2017, 4, 30),
            indicator="Share of departments with a published data inventory",
            link_ref="jica.element.data-utilization", status="planned",
        ),
        NextStepRow(
            action="Pilot a ward-level issue reporting map with residents",
            responsible="Urban planning department",
            start_date=date(2017, 5, 1), end_date=date(2017, 12, 31),
            indicator="Reports received per month; share resolved within 30 days",
            link_ref="pillar.community-participation", status="planned",
        ),
    ]
    doc.support = [
        SupportRow(provider="TDLC", kind="knowledge exchange",
                   detail="Peer exchange with Yokohama's open data desk"),
        SupportRow(provider="World Bank", kind="technical assistance",
                   detail="Review of the data governance policy draft"),
    ]
    save_plan(session, doc)

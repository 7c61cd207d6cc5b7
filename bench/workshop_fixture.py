"""A realistic large workshop for benchmarks: delegations and participants with filled plans
and scored assessments (about 1 in 6 elements left unscored), names in several scripts.

    from bench.workshop_fixture import build_workshop
    store, workshop_id = build_workshop(path, delegations=12, participants=200)
"""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pcsc_workshop.core.assessment import (  # noqa: E402
    assessment_for_delegation,
    assessment_for_participant,
    save_assessment,
    stable_elements,
)
from pcsc_workshop.core.people import (  # noqa: E402
    ParticipantFields,
    add_delegation,
    add_participant,
)
from pcsc_workshop.core.plans import (  # noqa: E402
    NextStepRow,
    SupportRow,
    plan_for_delegation,
    plan_for_participant,
    save_plan,
)
from pcsc_workshop.core.store import Store  # noqa: E402
from pcsc_workshop.core.workshops import WorkshopFields, create_workshop  # noqa: E402

CITIES = [("Bangladesh", "Dhaka"), ("Chile", "Santiago"), ("Ecuador", "Quito"),
          ("India", "Pune"), ("Morocco", "Casablanca"), ("Mozambique", "Maputo"),
          ("South Africa", "Cape Town"), ("Saint Lucia", "Castries"), ("Tunisia", "Sfax"),
          ("India", "Bhubaneswar"), ("Morocco", "Rabat"), ("Chile", "Valparaíso")]
NAMES = ["আনিকা রহমান", "ليلى بنعلي", "प्रिया देशपांडे", "Олена Коваленко", "José Muñoz",
         "Ana Cossa", "Sami Trabelsi", "Thandiwe Nkosi"]
PILLARS = ["pillar.community-participation", "pillar.digital-public-infrastructure",
           "pillar.governance-regulations", "pillar.budgeting-financing"]


def fill_plan(doc, rng: random.Random, start: date) -> None:
    doc.key_takeaways = "A smart city is more than ICT; inclusiveness matters. " * 3
    doc.challenges = "Data kept in separate systems; limited budget for pilots. " * 2
    doc.approaches = "Start small with existing assets; co-design with residents. " * 2
    doc.next_steps = [
        NextStepRow(action=f"Step {i}: publish a data set on flood-prone wards",
                    responsible=rng.choice(["ICT cell", "Planning department", ""]),
                    start_date=start + timedelta(days=30 * i),
                    end_date=start + timedelta(days=30 * i + rng.randint(-10, 200)),
                    indicator=rng.choice(["Data sets published", ""]),
                    link_ref=rng.choice([*PILLARS, ""]))
        for i in range(5)
    ]
    doc.support = [SupportRow(provider=rng.choice(["TDLC", "World Bank", "JICA", "tdlc"]),
                              kind=rng.choice(["technical assistance", "financing"]),
                              detail="Peer exchange with Yokohama") for _ in range(2)]


def build_workshop(path: Path, delegations: int = 12, participants: int = 40,
                   seed: int = 2016, knowledge_checks: int = 0) -> tuple[Store, str]:
    """`knowledge_checks`: modules each participant took a before and an after check on."""
    rng = random.Random(seed)
    elements = stable_elements()
    store = Store(path)
    start = date(2025, 3, 10)
    with store.session() as s:
        wid = create_workshop(s, WorkshopFields("Bench workshop", start_date=start,
                                                end_date=start + timedelta(days=4)))
        dels = [add_delegation(s, wid, *CITIES[i % len(CITIES)]) for i in range(delegations)]
        people = [
            add_participant(s, wid, ParticipantFields(
                f"{NAMES[i % len(NAMES)]} {i}", "City", "Planner", dels[i % delegations],
                consent=True))
            for i in range(participants)
        ]
        owners = [(True, d) for d in dels] + [(False, p) for p in people]
        for is_delegation, owner in owners:
            a = (assessment_for_delegation(s, owner) if is_delegation
                 else assessment_for_participant(s, owner))
            a.scores = {e.id: rng.choice([0, 1, 2, 3, 4, None]) for e in elements}
            a.evidence = {elements[0].id: "Vision adopted by the council in 2023"}
            save_assessment(s, a)
            doc = (plan_for_delegation(s, owner) if is_delegation
                   else plan_for_participant(s, owner))
            fill_plan(doc, rng, start)
            save_plan(s, doc)
        if knowledge_checks:
            _take_checks(s, wid, people, knowledge_checks, rng)
    return store, wid


def _take_checks(session, workshop_id: str, people: list[str], modules: int,
                 rng: random.Random) -> None:
    from pcsc_workshop.core.curriculum import load_curriculum
    from pcsc_workshop.core.quiz import record_attempt

    curriculum = load_curriculum()
    module_ids = [m.id for m in curriculum.modules if curriculum.questions_for(m.id)][:modules]
    for person in people:
        for module_id in module_ids:
            questions = curriculum.questions_for(module_id)
            for phase in ("pre", "post"):
                answers = {q.id: rng.randrange(len(q.options)) for q in questions}
                record_attempt(session, curriculum, workshop_id, person, module_id, phase,
                               answers)

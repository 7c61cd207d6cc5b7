"""Dashboard refresh time with 12 delegations and 40 participants (target: under 100 ms).

Builds a temporary database with every delegation's and participant's assessment scored and
every plan filled (sections, 5 next steps, 2 support requests), then times
`workshop_dashboard` (a fresh session each time, as a page refresh does).

    python bench/dashboard_bench.py [--runs 30]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pcsc_workshop.core.assessment import (  # noqa: E402
    assessment_for_delegation,
    assessment_for_participant,
    save_assessment,
    stable_elements,
)
from pcsc_workshop.core.dashboard import workshop_dashboard  # noqa: E402
from pcsc_workshop.core.plans import (  # noqa: E402
    NextStepRow,
    SupportRow,
    plan_for_delegation,
    plan_for_participant,
    save_plan,
)
from pcsc_workshop.core.setup import (  # noqa: E402
    ParticipantFields,
    WorkshopFields,
    add_delegation,
    add_participant,
    create_workshop,
)
from pcsc_workshop.core.store import Store  # noqa: E402

CITIES = [("Bangladesh", "Dhaka"), ("Chile", "Santiago"), ("Ecuador", "Quito"),
          ("India", "Pune"), ("Morocco", "Casablanca"), ("Mozambique", "Maputo"),
          ("South Africa", "Cape Town"), ("Saint Lucia", "Castries"), ("Tunisia", "Sfax"),
          ("India", "Bhubaneswar"), ("Morocco", "Rabat"), ("Chile", "Valparaíso")]
NAMES = ["আনিকা রহমান", "ليلى بنعلي", "प्रिया देशपांडे", "Олена Коваленко", "José Muñoz",
         "Ana Cossa", "Sami Trabelsi", "Thandiwe Nkosi"]
PILLARS = ["pillar.community-participation", "pillar.digital-public-infrastructure",
           "pillar.governance-regulations", "pillar.budgeting-financing"]


def _fill_plan(doc, rng: random.Random, start: date) -> None:
    doc.key_takeaways = "A smart city is more than ICT; inclusiveness matters. " * 3
    doc.challenges = "Data kept in separate systems; limited budget for pilots. " * 2
    doc.approaches = "Start small with existing assets; co-design with residents. " * 2
    doc.next_steps = [
        NextStepRow(action=f"Step {i}: publish a data set on flood-prone wards",
                    responsible=rng.choice(["ICT cell", "Planning department", ""]),
                    start_date=start + timedelta(days=30 * i),
                    end_date=start + timedelta(days=30 * i + rng.randint(-10, 200)),
                    indicator=rng.choice(["Data sets published", ""]),
                    link_ref=rng.choice(PILLARS + [""]))
        for i in range(5)
    ]
    doc.support = [SupportRow(provider=rng.choice(["TDLC", "World Bank", "JICA", "tdlc"]),
                              kind=rng.choice(["technical assistance", "financing"]),
                              detail="Peer exchange with Yokohama") for _ in range(2)]


def build(path: Path) -> tuple[Store, str]:
    rng = random.Random(2016)
    elements = stable_elements()
    store = Store(path)
    start = date(2025, 3, 10)
    with store.session() as s:
        wid = create_workshop(s, WorkshopFields("Bench workshop", start_date=start,
                                                end_date=start + timedelta(days=4)))
        delegations = [add_delegation(s, wid, country, city) for country, city in CITIES]
        people = [
            add_participant(s, wid, ParticipantFields(
                f"{NAMES[i % len(NAMES)]} {i}", "City", "Planner", delegations[i % 12],
                consent=True))
            for i in range(40)
        ]
        for owner_is_delegation, owner in [(True, d) for d in delegations] + [
                (False, p) for p in people]:
            a = (assessment_for_delegation(s, owner) if owner_is_delegation
                 else assessment_for_participant(s, owner))
            a.scores = {e.id: rng.choice([0, 1, 2, 3, 4, None]) for e in elements}
            a.evidence = {elements[0].id: "Vision adopted by the council in 2023"}
            save_assessment(s, a)
            doc = (plan_for_delegation(s, owner) if owner_is_delegation
                   else plan_for_participant(s, owner))
            _fill_plan(doc, rng, start)
            save_plan(s, doc)
    return store, wid


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    elements = stable_elements()
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        store, wid = build(Path(tmp) / "bench.sqlite3")
        build_s = time.perf_counter() - t0
        with store.session() as s:  # warm-up (imports, statement cache)
            data = workshop_dashboard(s, wid, elements)
        times = []
        for _ in range(args.runs):
            t = time.perf_counter()
            with store.session() as s:
                data = workshop_dashboard(s, wid, elements)
            times.append((time.perf_counter() - t) * 1000)
        store.close()
    steps = 52 * 5
    print(f"database: 12 delegations, 40 participants, 52 plans, {steps} next steps, "
          f"104 support requests, {52 * 21} assessment cells (about 1 in 6 left unscored) (built in {build_s:.1f} s)")
    print(f"dashboard refresh over {args.runs} runs: median {statistics.median(times):.1f} ms, "
          f"min {min(times):.1f} ms, max {max(times):.1f} ms (target < 100 ms)")
    print(f"check: {len(data.delegations)} delegations, {len(data.participants)} participants, "
          f"{len(data.support.asks)} support requests in the summary")


if __name__ == "__main__":
    main()

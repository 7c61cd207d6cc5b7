"""The facilitator dashboard's figures, on the demo workshop."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import event

from pcsc_workshop.core.assessment import (
    assessment_for_delegation,
    assessment_for_participant,
    set_score,
)
from pcsc_workshop.core.dashboard import workshop_dashboard
from pcsc_workshop.core.delegation_plan import members_items, pull_into_delegation_plan
from pcsc_workshop.core.people import delete_participant_data, list_delegations, list_participants
from pcsc_workshop.core.plans import (
    SupportRow,
    plan_for_delegation,
    plan_for_participant,
    save_plan,
)
from pcsc_workshop.core.validation import NotFound
from tests.core.jica_elements import DOMAINS, element_id, jica_elements

ELEMENTS = jica_elements()


@pytest.fixture()
def filled(store, demo_id):
    with store.session() as s:
        ds = list_delegations(s, demo_id)
        people = list_participants(s, demo_id)
        dhaka = assessment_for_delegation(s, ds[0].id)
        for e in ELEMENTS[:12]:
            set_score(s, dhaka.id, e.id, 1)
        casa = assessment_for_delegation(s, ds[1].id)
        set_score(s, casa.id, element_id(1), 3)
        set_score(s, casa.id, element_id(2), None, "not sure yet")
        own = assessment_for_participant(s, people[1].id)
        set_score(s, own.id, element_id(16), 2)
        leila = plan_for_participant(s, people[2].id)
        leila.key_takeaways = "Open data first"
        leila.support = [SupportRow(provider="tdlc ", kind="Knowledge exchange",
                                    detail="Study visit to Yokohama's open data desk")]
        save_plan(s, leila)
    return {"delegations": ds, "people": people}


def test_per_delegation_and_participant_figures(store, demo_id, filled):
    with store.session() as s:
        data = workshop_dashboard(s, demo_id, ELEMENTS)
    assert data.domain_ids == list(DOMAINS)
    dhaka, casa, sfax = data.delegations[:3]
    assert (dhaka.label, dhaka.members, dhaka.assessment.scored) == ("Dhaka, Bangladesh", 2, 12)
    assert dhaka.domain_scores["jica.domain.policy"] == 1.0
    assert dhaka.domain_scores["jica.domain.technology"] is None  # unscored, not zero
    assert dhaka.stage_suggestion.stage_id == "jica.stage.small-start"
    assert casa.assessment.scored == 1 and casa.stage_suggestion.reason_code == "insufficient"
    assert sfax.assessment.scored == 0 and sfax.plan_id is None and sfax.quality == 0
    anika, tanvir, leila = data.participants[:3]
    assert (anika.plan.filled, anika.quality) == (5, 100)  # the demo's example plan
    assert anika.last_change is not None and anika.collected is None
    assert tanvir.assessment.scored == 1 and tanvir.plan.filled == 0
    assert leila.plan.filled == 2 and 0 < leila.quality < 100
    # workshop averages only over delegations that scored the element
    assert data.averages[element_id(1)] == 2.0  # Dhaka 1, Casablanca 3
    assert data.averages[element_id(2)] == 1.0  # Casablanca left it unscored
    assert data.averages[element_id(21)] is None
    assert data.average_domains["jica.domain.policy"] == (1.0 + 3.0) / 2


def test_support_summary_groups_spellings_and_says_who_asks_whom(store, demo_id, filled):
    with store.session() as s:
        support = workshop_dashboard(s, demo_id, ELEMENTS).support
    # "tdlc " / "Knowledge exchange" group with the first spelling seen (the demo plan's)
    assert support.counts == {("TDLC", "knowledge exchange"): 2,
                              ("World Bank", "technical assistance"): 1}
    assert support.providers == ["TDLC", "World Bank"]
    who = {(a.owner_name, a.provider, a.delegation_label) for a in support.asks}
    assert ("ليلى بنعلي", "TDLC", "Casablanca, Morocco") in who
    assert ("আনিকা রহমান", "World Bank", "Dhaka, Bangladesh") in who


def test_pulled_support_counts_once_for_the_delegation(store, demo_id, filled):
    with store.session() as s:
        dhaka = filled["delegations"][0].id
        group = plan_for_delegation(s, dhaka)
        wb = [i for i in members_items(s, dhaka) if i.provider == "World Bank"][0]
        pull_into_delegation_plan(s, group.id, [wb.id])
        support = workshop_dashboard(s, demo_id, ELEMENTS).support
    assert support.counts[("World Bank", "technical assistance")] == 1
    assert [a.owner_kind for a in support.asks if a.provider == "World Bank"] == ["delegation"]


def test_collected_status_is_passed_through(store, demo_id, filled):
    people = filled["people"]
    with store.session() as s:
        data = workshop_dashboard(s, demo_id, ELEMENTS,
                                  collected={people[0].id: True, people[1].id: False})
    assert [p.collected for p in data.participants[:3]] == [True, False, None]


def test_deleted_participants_disappear(store, demo_id, filled):
    with store.session() as s:
        delete_participant_data(s, filled["people"][2].id)
        data = workshop_dashboard(s, demo_id, ELEMENTS)
    assert len(data.participants) == 8
    assert all(a.owner_name != "ليلى بنعلي" for a in data.support.asks)
    assert data.delegations[1].members == 1


def test_quality_uses_the_workshop_start(store, demo_id, filled):
    with store.session() as s:
        data = workshop_dashboard(s, demo_id, ELEMENTS, today=date(2030, 1, 1))
    assert data.participants[0].quality == 100  # 2017 dates are fine for a 2016 workshop


def test_query_count_does_not_grow_with_rows(store, demo_id, filled):
    statements: list[str] = []

    def count(*args):
        statements.append(args[2])

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        with store.session() as s:
            workshop_dashboard(s, demo_id, ELEMENTS)
    finally:
        event.remove(store.engine, "before_cursor_execute", count)
    assert len([q for q in statements if q.lstrip().upper().startswith("SELECT")]) <= 8


def test_unknown_workshop(store):
    with store.session() as s, pytest.raises(NotFound):
        workshop_dashboard(s, "nope", ELEMENTS)

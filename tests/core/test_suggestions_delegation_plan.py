"""The delegation plan from members' items: listing candidates and pulling idempotently."""

from __future__ import annotations

from datetime import date

import pytest

from pcsc_workshop.core.delegation_plan import (
    NEXT_STEP,
    SUPPORT,
    members_items,
    pull_into_delegation_plan,
)
from pcsc_workshop.core.people import list_participants
from pcsc_workshop.core.plans import (
    NextStepRow,
    load_plan,
    plan_for_delegation,
    plan_for_participant,
    save_plan,
)
from pcsc_workshop.core.validation import InvalidInput


@pytest.fixture()
def dhaka(store, demo_id):
    """Dhaka's two members, each with a plan (আনিকা's demo plan; Tanvir adds one step)."""
    with store.session() as s:
        people = list_participants(s, demo_id)
        anika, tanvir = people[0], people[1]
        plan = plan_for_participant(s, tanvir.id)
        plan.next_steps = [NextStepRow(action="Draft a data-sharing decree", responsible="MoLG",
                                       start_date=date(2017, 2, 1), end_date=date(2017, 8, 1),
                                       link_ref="pillar.governance-regulations")]
        save_plan(s, plan)
        group = plan_for_delegation(s, anika.delegation_id)
        other = plan_for_participant(s, people[2].id)  # Casablanca
        other.next_steps = [NextStepRow(action="Not Dhaka's")]
        save_plan(s, other)
        return {"delegation": anika.delegation_id, "group": group.id,
                "other_step": other.next_steps[0].id}


def test_members_items_lists_steps_and_support_with_owners(store, dhaka):
    with store.session() as s:
        items = members_items(s, dhaka["delegation"])
    assert [(i.owner_name, i.kind) for i in items] == [
        ("আনিকা রহমান", NEXT_STEP), ("আনিকা রহমান", NEXT_STEP),
        ("আনিকা রহমান", SUPPORT), ("আনিকা রহমান", SUPPORT), ("Tanvir Hossain", NEXT_STEP)]
    assert items[0].text == "Inventory the data held by each department"
    assert items[2].provider == "TDLC" and not any(i.pulled for i in items)


def test_pulling_copies_rows_with_source_ref_and_twice_adds_nothing(store, dhaka):
    with store.session() as s:
        items = members_items(s, dhaka["delegation"])
        chosen = [items[0].id, items[3].id, items[4].id]
        first = pull_into_delegation_plan(s, dhaka["group"], chosen)
        second = pull_into_delegation_plan(s, dhaka["group"], chosen + chosen)
        assert len(first.added) == 3 and first.already == ()
        assert second.added == () and second.already == tuple(chosen)
    with store.session() as s:
        group = load_plan(s, dhaka["group"])
        assert [(n.action, n.source_ref) for n in group.next_steps] == [
            ("Inventory the data held by each department", items[0].id),
            ("Draft a data-sharing decree", items[4].id)]
        assert group.next_steps[1].responsible == "MoLG"
        assert [(r.provider, r.source_ref) for r in group.support] == [("World Bank", items[3].id)]
        assert [i.pulled for i in members_items(s, dhaka["delegation"])] == [
            True, False, False, True, True]


def test_the_copy_is_independent_and_a_deleted_copy_returns_on_pull(store, dhaka):
    with store.session() as s:
        item = members_items(s, dhaka["delegation"])[0]
        pull_into_delegation_plan(s, dhaka["group"], [item.id])
        group = load_plan(s, dhaka["group"])
        group.next_steps[0].action = "Inventory data in all departments (delegation wording)"
        save_plan(s, group)
        assert members_items(s, dhaka["delegation"])[0].text == item.text
        group.next_steps = []
        save_plan(s, group)
        assert not members_items(s, dhaka["delegation"])[0].pulled
        again = pull_into_delegation_plan(s, dhaka["group"], [item.id])
        assert len(again.added) == 1
        assert len(load_plan(s, dhaka["group"]).next_steps) == 1


def test_items_of_other_delegations_are_refused(store, dhaka):
    with store.session() as s, pytest.raises(InvalidInput) as err:
        pull_into_delegation_plan(s, dhaka["group"], [dhaka["other_step"]])
    assert err.value.code == "not-member"


def test_only_delegation_plans_receive_pulls(store, demo_id, dhaka):
    with store.session() as s:
        personal = plan_for_participant(s, list_participants(s, demo_id)[0].id)
        with pytest.raises(InvalidInput) as err:
            pull_into_delegation_plan(s, personal.id, [])
        assert err.value.code == "bad-value"

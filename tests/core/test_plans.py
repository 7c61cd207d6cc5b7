"""Action plans: the five sections round-trip, revisions move only on real changes."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from pcsc_workshop.core.models import NextStep, Participant, SupportRequest
from pcsc_workshop.core.people import list_delegations, list_participants
from pcsc_workshop.core.plans import (
    MAX_FIELD_CHARS,
    NextStepRow,
    SupportRow,
    load_plan,
    plan_for_delegation,
    plan_for_participant,
    save_plan,
)

MULTI = "ليلى بنعلي · আনিকা রহমান · प्रिया देशपांडे · Олена Коваленко · José Muñoz"


def _first_person(store, demo_id):
    with store.session() as s:
        return list_participants(s, demo_id)[2]  # an Arabic name, empty plan


def test_plan_round_trip_in_every_script(store, demo_id) -> None:
    person = _first_person(store, demo_id)
    with store.session() as s:
        doc = plan_for_participant(s, person.id)
        assert doc.is_empty() and doc.owner_name == "ليلى بنعلي"
        doc.key_takeaways = MULTI
        doc.next_steps = [
            NextStepRow(action="Open data portal", responsible="ICT", start_date=date(2017, 1, 1),
                        end_date=date(2017, 6, 30), indicator="datasets",
                        link_ref="jica.element.data-utilization"),
            NextStepRow(action="تدريب الموظفين"),
        ]
        doc.support = [SupportRow(provider="JICA", kind="capacity building", detail="Training")]
        save_plan(s, doc)
    with store.session() as s:
        again = load_plan(s, doc.id)
    assert again.key_takeaways == MULTI
    assert [r.action for r in again.next_steps] == ["Open data portal", "تدريب الموظفين"]
    assert again.next_steps[0].end_date == date(2017, 6, 30)
    assert again.support[0].provider == "JICA"


def test_reorder_and_remove_rows_keeps_tombstones(store, demo_id) -> None:
    person = _first_person(store, demo_id)
    with store.session() as s:
        doc = plan_for_participant(s, person.id)
        doc.next_steps = [NextStepRow(action=a) for a in ("one", "two", "three")]
        save_plan(s, doc)
    with store.session() as s:
        doc = load_plan(s, doc.id)
        doc.next_steps = [doc.next_steps[2], doc.next_steps[0]]  # move three up, drop two
        save_plan(s, doc)
    with store.session() as s:
        doc2 = load_plan(s, doc.id)
        tomb = s.scalars(select(NextStep).where(NextStep.action == "two")).one()
    assert [r.action for r in doc2.next_steps] == ["three", "one"]
    assert tomb.deleted is True  # the deletion can travel to other laptops


def test_revision_moves_only_when_something_changed(store, demo_id) -> None:
    person = _first_person(store, demo_id)
    with store.session() as s:
        doc = plan_for_participant(s, person.id)
        first = save_plan(s, doc)
    assert not first.changed
    with store.session() as s:
        doc = load_plan(s, doc.id)
        doc.challenges = "Financing"
        changed = save_plan(s, doc)
    assert changed.changed and changed.revision == first.revision + 1
    with store.session() as s:
        doc = load_plan(s, doc.id)
        same = save_plan(s, doc)
    assert not same.changed and same.revision == changed.revision
    with store.session() as s:
        doc = load_plan(s, doc.id)
        doc.support = [SupportRow(provider="TDLC")]
        row_change = save_plan(s, doc)
    assert row_change.changed and row_change.revision == changed.revision + 1


def test_huge_field_is_clipped_to_the_limit_not_rejected(store, demo_id) -> None:
    person = _first_person(store, demo_id)
    with store.session() as s:
        doc = plan_for_participant(s, person.id)
        doc.approaches = "x" * (MAX_FIELD_CHARS + 500)
        save_plan(s, doc)
    with store.session() as s:
        assert len(load_plan(s, doc.id).approaches) == MAX_FIELD_CHARS


def test_delegation_plan_and_listing(store, demo_id) -> None:
    with store.session() as s:
        delegation = list_delegations(s, demo_id)[0]
        plan = plan_for_delegation(s, delegation.id)
        assert plan.owner_kind == "delegation" and plan.delegation_label == "Dhaka, Bangladesh"
        assert plan_for_delegation(s, delegation.id).id == plan.id  # one plan, not two
        people = s.scalars(select(Participant.id).where(
            Participant.workshop_id == demo_id, Participant.deleted.is_(False))).all()
        summaries = [plan_for_participant(s, p.id, create=False)
                     for p in list_participants(s, demo_id)]
    # one plan per participant the database holds, each that participant's own
    assert len(people) > 1
    assert sorted(p.owner_id for p in summaries) == sorted(people)
    assert {p.owner_kind for p in summaries} == {"participant"}
    filled = [p for p in summaries if not p.is_empty()]
    assert len(filled) == 1 and len(filled[0].next_steps) == 2


def test_support_rows_deleted_when_removed(store, demo_id) -> None:
    with store.session() as s:
        person = list_participants(s, demo_id)[0]
        doc = plan_for_participant(s, person.id)
        assert len(doc.support) == 2
        doc.support = []
        save_plan(s, doc)
        live = s.scalars(select(SupportRequest).where(SupportRequest.deleted.is_(False))).all()
    assert live == []


def test_the_demo_arrives_with_sample_assessments(store, scored_demo_id) -> None:
    from pcsc_workshop.core.assessment import (
        assessment_for_delegation,
        stable_elements,
        stage_for,
    )

    elements = stable_elements()
    with store.session() as s:
        stages = [stage_for(assessment_for_delegation(s, d.id).scores, elements).stage_id
                  for d in list_delegations(s, scored_demo_id)]
    assert stages[0] == "jica.stage.small-start"
    assert "jica.stage.accelerate" in stages
    assert stages.count(None) == 2  # two delegations left for the participants to score


def test_the_demo_shows_learning_gains(store, scored_demo_id) -> None:
    from pcsc_workshop.core.curriculum import load_curriculum
    from pcsc_workshop.core.quiz import learning_gain

    with store.session() as s:
        report = learning_gain(s, scored_demo_id)
    gain = report.by_module["module.guidelines"]
    assert len(report.pairs) == 4
    # The demo's four people get 3->7, 2->6, 4->8, 5->6 right (capped at the module's size):
    # the mean gain is the mean of those differences, in points of the module's questions.
    n = len(load_curriculum().questions_for("module.guidelines"))
    pairs = [(min(b, n), min(a, n)) for b, a in ((3, 7), (2, 6), (4, 8), (5, 6))]
    expected = sum(a - b for b, a in pairs) / len(pairs) / n * 100
    assert gain.mean_gain == pytest.approx(expected) and gain.mean_gain > 0

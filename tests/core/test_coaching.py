"""Plan-quality coaching: flags, score and what would raise it most."""

from __future__ import annotations

from datetime import date

from pcsc_workshop.core.coaching import (
    BEFORE_WORKSHOP,
    BEYOND_HORIZON,
    EMPTY_ACTION,
    EMPTY_SECTION,
    END_BEFORE_START,
    MISSING_END,
    MISSING_INDICATOR,
    MISSING_LINK,
    MISSING_OWNER,
    MISSING_START,
    NO_NEXT_STEPS,
    NO_SUPPORT,
    UNKNOWN_LINK,
    plan_completeness,
    plan_quality,
)
from pcsc_workshop.core.people import list_participants
from pcsc_workshop.core.plans import NextStepRow, PlanDoc, SupportRow, plan_for_participant

START = date(2025, 3, 10)


def good_step(**kw) -> NextStepRow:
    base = dict(action="Publish a first open data set", responsible="ICT cell",
                start_date=date(2025, 4, 1), end_date=date(2025, 9, 30),
                indicator="Data sets published", link_ref="jica.element.data-utilization")
    base.update(kw)
    return NextStepRow(**base)


def doc(**kw) -> PlanDoc:
    base = dict(id="p", workshop_id="w", workshop_title="", owner_kind="participant",
                owner_id="x", owner_name="", delegation_label="", key_takeaways="Takeaways",
                challenges="Challenges", approaches="Approaches", next_steps=[good_step()],
                support=[SupportRow(provider="TDLC", kind="knowledge exchange")])
    base.update(kw)
    return PlanDoc(**base)


def kinds(quality, step_id=None):
    return [(i.kind, i.field) for i in quality.issues if i.step_id == step_id]


def test_a_complete_plan_scores_100_with_no_issues():
    q = plan_quality(doc(), workshop_start=START)
    assert q.score == 100 and q.issues == [] and q.improvements == []


def test_an_empty_plan_scores_0_and_asks_for_next_steps_first():
    q = plan_quality(doc(key_takeaways="", challenges=" ", approaches="", next_steps=[],
                         support=[]), workshop_start=START)
    assert q.score == 0
    assert q.improvements[0].kind == NO_NEXT_STEPS and q.improvements[0].gain == 60
    assert {(i.kind, i.field) for i in q.issues} == {
        (EMPTY_SECTION, "key_takeaways"), (EMPTY_SECTION, "challenges"),
        (EMPTY_SECTION, "approaches"), (NO_NEXT_STEPS, None), (NO_SUPPORT, None)}


def test_each_missing_field_of_a_step_is_flagged():
    step = NextStepRow(action=" ")
    q = plan_quality(doc(next_steps=[step]), workshop_start=START)
    assert kinds(q, step.id) == [
        (EMPTY_ACTION, "action"), (MISSING_OWNER, "responsible"), (MISSING_START, "start_date"),
        (MISSING_END, "end_date"), (MISSING_INDICATOR, "indicator"), (MISSING_LINK, "link_ref")]
    # 6 of 7 checks fail on the only step: 60 * 1/7 = 8.6 of 60 points kept
    assert q.score == 30 + 9 + 10


def test_dates_end_before_start_before_workshop_and_beyond_horizon():
    backwards = good_step(start_date=date(2025, 9, 1), end_date=date(2025, 6, 1))
    early = good_step(start_date=date(2024, 12, 1))
    late = good_step(end_date=date(2030, 3, 11))
    edge = good_step(end_date=date(2030, 3, 10))  # exactly five years: fine
    q = plan_quality(doc(next_steps=[backwards, early, late, edge]), workshop_start=START)
    assert kinds(q, backwards.id) == [(END_BEFORE_START, "end_date")]
    assert kinds(q, early.id) == [(BEFORE_WORKSHOP, "start_date")]
    assert kinds(q, late.id) == [(BEYOND_HORIZON, "end_date")]
    assert kinds(q, edge.id) == []


def test_without_workshop_start_the_horizon_counts_from_today():
    step = good_step(start_date=date(2020, 1, 1), end_date=date(2031, 1, 1))
    q = plan_quality(doc(next_steps=[step]), today=date(2025, 1, 1))
    assert kinds(q, step.id) == [(BEYOND_HORIZON, "end_date")]  # no workshop: no "before"


def test_unknown_link_only_with_known_refs():
    step = good_step(link_ref="pillar.unknown")
    assert plan_quality(doc(next_steps=[step]), workshop_start=START).score == 100
    q = plan_quality(doc(next_steps=[step]), workshop_start=START,
                     known_refs={"jica.element.data-utilization"})
    assert kinds(q, step.id) == [(UNKNOWN_LINK, "link_ref")]


def test_improvements_rank_by_gain_and_group_steps():
    a = good_step(indicator="")
    b = good_step(indicator="", responsible="")
    c = good_step()
    q = plan_quality(doc(next_steps=[a, b, c], approaches=""), workshop_start=START)
    first, second, third = q.improvements[:3]
    assert (first.kind, first.field, first.gain) == (EMPTY_SECTION, "approaches", 10)
    # two indicators at 60/(3*7) each = 5.7 points; one owner = 2.9 points
    assert (second.kind, second.gain, second.step_ids) == (MISSING_INDICATOR, 6, (a.id, b.id))
    assert (third.kind, third.gain, third.step_ids) == (MISSING_OWNER, 3, (b.id,))
    assert q.score == round(100 - 10 - 3 * 60 / 21)


def test_fixing_the_top_improvement_raises_the_score_by_its_gain():
    a = good_step(indicator="", link_ref="")
    before = plan_quality(doc(next_steps=[a], support=[]), workshop_start=START)
    top = before.improvements[0]
    assert top.kind == NO_SUPPORT
    after = plan_quality(doc(next_steps=[a]), workshop_start=START)
    assert after.score - before.score == top.gain


def test_completeness_counts_filled_parts():
    assert plan_completeness(doc()).filled == 5
    c = plan_completeness(doc(challenges="", next_steps=[NextStepRow()], support=[]))
    assert (c.filled, c.total, c.share) == (2, 5, 0.4)


def test_the_demo_plan_is_coached(store, demo_id):
    with store.session() as s:
        plan = plan_for_participant(s, list_participants(s, demo_id)[0].id)
    q = plan_quality(plan, workshop_start=date(2016, 11, 14))
    assert q.score == 100  # the demo shows what a good plan looks like
    q_late = plan_quality(plan, workshop_start=date(2018, 1, 1))
    assert {i.kind for i in q_late.issues} == {BEFORE_WORKSHOP}

"""Polls, the dashboard's read and the presenter's reads behind the door (real SQLite)."""

from __future__ import annotations

import pytest

from pcsc_workshop.core.assessment import stable_elements
from pcsc_workshop.core.polls import PollError, answer_poll
from pcsc_workshop.door import Door


@pytest.fixture
def door(store):
    return Door(store)


def test_asking_closes_the_open_poll_and_both_are_in_the_changes(door, demo_id):
    first = door.polls.ask(demo_id, "choice", "Which pillar first?", ["Data", "People"])
    assert first.changes.polls == {first.value.id}
    second = door.polls.ask(demo_id, "words", "One word for your city")
    assert second.changes.polls == {first.value.id, second.value.id}
    assert door.polls.open_poll(demo_id).id == second.value.id
    assert [p.is_open for p in door.polls.polls(demo_id)] == [False, True]
    closed = door.polls.close(second.value.id)
    assert closed.value and closed.changes.polls == {second.value.id}
    again = door.polls.close(second.value.id)
    assert not again.value and not again.changes
    assert door.polls.open_poll(demo_id) is None


def test_poll_results_count_answers(door, store, demo_id):
    poll = door.polls.ask(demo_id, "choice", "Which pillar first?", ["Data", "People"]).value
    people = [p.id for p in door.people.participants(demo_id)]
    with store.session(write=True) as s:  # answers come in through the room hub
        answer_poll(s, poll.id, people[0], [1])
        answer_poll(s, poll.id, people[1], [1])
    results = door.polls.results(poll.id)
    assert results.respondents == 2 and results.counts == (("Data", 0), ("People", 2))
    with pytest.raises(PollError):
        door.polls.results("no-such-poll")
    with pytest.raises(PollError):
        door.polls.ask(demo_id, "choice", "Only one option?", ["Yes"])


def test_dashboard_figures_list_every_delegation_and_participant(door, demo_id):
    view = door.dashboard.figures(demo_id, [e for e in stable_elements()])
    people = door.people.participants(demo_id)
    delegations = door.people.delegations(demo_id)
    assert len(view.data.delegations) == len(delegations) > 0
    assert {p.id for p in view.data.participants} == {p.id for p in people}
    assert {a.participant_id for a in view.arrived} == {p.id for p in people}
    # the exchange status is read with the figures: nobody's file has arrived yet (known)
    assert {p.collected for p in view.data.participants} == {False}


def test_present_choices_are_the_agenda_and_presentable_local_items(door, demo_id):
    door.local_content.add(demo_id, "note", "Private note")
    case = door.local_content.add(demo_id, "case_study", "Casablanca's tramway").value
    choices = door.presenting.choices(demo_id)
    assert [x.id for x in choices.local] == [case.id]
    assert choices.agenda and [(a.day, a.position) for a in choices.agenda] == sorted(
        (a.day, a.position) for a in choices.agenda)
    first = choices.agenda[0]
    assert door.presenting.agenda_session(first.id) == first
    assert door.presenting.agenda_session("no-such-session") is None

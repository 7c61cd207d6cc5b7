"""door.agenda: add, edit, move, delete sessions; each undoable, the agenda restored whole."""

from __future__ import annotations

import pytest

from pcsc_workshop.core.validation import InvalidInput
from pcsc_workshop.door import Changes, Door


@pytest.fixture
def door(store):
    return Door(store)


def shown(door, wid):
    """What the agenda tab shows: per session its day, order, start and title."""
    return [(a.day, a.position, a.start_time, a.title) for a in door.agenda.sessions(wid)]


def test_move_to_another_day_then_undo_puts_both_days_back(door, demo_id):
    before = shown(door, demo_id)
    day1 = [a for a in door.agenda.sessions(demo_id) if a.day == 1]
    out = door.agenda.move(day1[0].id, day=2, index=0, label="Move session")
    assert out.changes == Changes.of(agenda=demo_id)
    after = shown(door, demo_id)
    assert after != before
    assert next(a for a in door.agenda.sessions(demo_id) if a.id == day1[0].id).day == 2
    assert door.undo_label() == "Move session"
    undone = door.undo()
    assert undone.changes == Changes.of(agenda=demo_id)
    assert shown(door, demo_id) == before  # times, order and days as they were
    door.redo()
    assert shown(door, demo_id) == after


def test_add_edit_delete_each_undo_to_the_agenda_before(door, demo_id):
    start = shown(door, demo_id)
    sid = door.agenda.add(demo_id, day=1, start="17:30", duration=30, kind="discussion",
                          title="Questions — أسئلة", index=None).value
    with_new = shown(door, demo_id)
    assert (1, max(p for d, p, _s, _t in with_new if d == 1), "17:30",
            "Questions — أسئلة") in with_new
    door.agenda.update(sid, title="Questions et réponses", duration=45)
    (entry,) = [a for a in door.agenda.sessions(demo_id) if a.id == sid]
    assert (entry.title, entry.duration_min) == ("Questions et réponses", 45)
    door.agenda.delete(sid)
    assert sid not in {a.id for a in door.agenda.sessions(demo_id)}
    door.undo()  # the delete
    (entry,) = [a for a in door.agenda.sessions(demo_id) if a.id == sid]
    assert entry.title == "Questions et réponses"
    door.undo()  # the edit
    assert shown(door, demo_id) == with_new
    door.undo()  # the add
    assert shown(door, demo_id) == start
    assert door.undo_label() is None


def test_a_refused_session_changes_nothing_and_records_nothing(door, demo_id):
    before = shown(door, demo_id)
    with pytest.raises(InvalidInput):
        door.agenda.add(demo_id, day=1, start="25:00", duration=30, kind="lecture", title="x")
    with pytest.raises(InvalidInput):
        door.agenda.add(demo_id, day=1, start="10:00", duration=30, kind="lecture", title=" ")
    assert shown(door, demo_id) == before and door.undo_label() is None


def test_an_edit_that_changes_nothing_is_not_an_undo_step(door, demo_id):
    first = door.agenda.sessions(demo_id)[0]
    out = door.agenda.update(first.id, title=first.title)
    assert out.changes == Changes() and door.undo_label() is None

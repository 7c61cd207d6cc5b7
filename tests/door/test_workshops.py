"""door.workshops: details in and out as plain data, undoable edits, duplicate, delete,
backup and restore, each one transaction saying what it changed."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from pcsc_workshop.core.backups import BackupRefused
from pcsc_workshop.core.templates import SessionTemplate, WorkshopTemplate
from pcsc_workshop.core.validation import InvalidInput
from pcsc_workshop.core.workshops import WorkshopFields
from pcsc_workshop.door import Changes, Door


@pytest.fixture
def door(store):
    return Door(store)


def test_create_from_a_template_then_read_the_details_back(door):
    template = WorkshopTemplate("template.mini", (
        SessionTemplate(1, "09:00", 90, "lecture", "Why people first"),
        SessionTemplate(2, "10:00", 60, "exercise", "Self-assessment", ("jica.element.1",)),
    ))
    out = door.workshops.create(WorkshopFields(
        title="Atelier des villes — Sfax", city="صفاقس", country="Tunisie",
        start_date=date(2026, 4, 6), end_date=date(2026, 4, 7), language="ar"), template)
    wid = out.value
    assert out.changes == Changes.of(workshops=wid, agenda=wid)
    details = door.workshops.details(wid)
    assert (details.title, details.city, details.language, details.template_id) == (
        "Atelier des villes — Sfax", "صفاقس", "ar", "template.mini")
    with pytest.raises(dataclasses.FrozenInstanceError):
        details.title = "x"  # type: ignore[misc]  # plain frozen data, not a live row
    assert door.workshops.working_language(wid) == "ar"
    assert [(a.day, a.title) for a in door.agenda.sessions(wid)] == [
        (1, "Why people first"), (2, "Self-assessment")]
    assert wid in [w.id for w in door.workshops.all()]
    assert door.undo_label() is None  # creating is not on the undo stack


def test_editing_details_is_undoable_and_a_bad_edit_changes_nothing(door, demo_id):
    before = door.workshops.details(demo_id)
    fields = before.fields()
    fields.venue = "Centre de conférences, Rabat"
    out = door.workshops.update(demo_id, fields, label="Edit workshop details")
    assert out.value and out.changes == Changes.of(workshops=demo_id)
    fields.venue = "typed on after the save"  # the form's own copy keeps changing
    assert door.workshops.details(demo_id).venue == "Centre de conférences, Rabat"
    bad = before.fields()
    bad.end_date = date(2000, 1, 1)
    with pytest.raises(InvalidInput) as refused:
        door.workshops.update(demo_id, bad)
    assert refused.value.code == "end-before-start"
    assert door.workshops.details(demo_id).venue == "Centre de conférences, Rabat"
    assert door.workshops.update(demo_id, door.workshops.details(demo_id).fields()).changes \
        == Changes()  # nothing changed: nothing to undo
    assert door.undo_label() == "Edit workshop details"
    undone = door.undo()
    assert undone.changes.workshops == {demo_id}
    assert door.workshops.details(demo_id) == before
    door.redo()
    assert door.workshops.details(demo_id).venue == "Centre de conférences, Rabat"


def test_duplicate_and_delete_say_what_changed(door, demo_id):
    copy = door.workshops.duplicate(demo_id, title="Deep Dive, second edition",
                                    start_date=date(2027, 11, 15), with_delegations=True)
    new = copy.value.workshop_id
    assert copy.changes.workshops == {new} and copy.changes.agenda == {new}
    assert copy.changes.delegations == {d.id for d in door.people.delegations(new)}
    assert len(copy.changes.delegations) == len(door.people.delegations(demo_id)) > 0
    assert door.people.participants(new) == []
    assert door.workshops.details(new).start_date == date(2027, 11, 15)
    gone = door.workshops.delete(new)
    assert gone.changes.everything
    assert [w.id for w in door.workshops.all()] == [demo_id]
    with pytest.raises(KeyError):
        door.workshops.details(new)


def test_backup_check_and_restore_through_the_door(door, demo_id, tmp_path):
    fields = door.workshops.details(demo_id).fields()
    fields.title = "Before the backup"
    door.workshops.update(demo_id, fields)
    target = door.workshops.backup_to(tmp_path / "backup.sqlite3")
    info = door.workshops.check_backup(target)
    assert info.workshops == 1 and info.participants == len(door.people.participants(demo_id))
    fields.title = "After the backup"
    door.workshops.update(demo_id, fields)
    restored = door.workshops.restore(target)
    assert restored.changes.everything and restored.value.exists()  # the replaced one kept
    assert door.workshops.details(demo_id).title == "Before the backup"
    assert door.undo_label() is None  # the steps referred to the replaced database
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("my notes")
    with pytest.raises(BackupRefused, match="not an SQLite file"):
        door.workshops.check_backup(notes)


def test_ensure_demo_is_idempotent(door):
    first = door.workshops.ensure_demo()
    assert first.changes.everything
    again = door.workshops.ensure_demo()
    assert again.value == first.value and again.changes == Changes()


def test_the_workshop_list_counts_each_workshops_own_people(door, demo_id, store):
    """The picker's and the CLI's list: each workshop with its own counts (one statement)."""
    from sqlalchemy import func, select

    from pcsc_workshop.core.models import ActionPlan

    empty = door.workshops.create(WorkshopFields(
        title="Empty", start_date=date(2027, 1, 4), end_date=date(2027, 1, 5))).value
    with store.session() as s:
        plans = s.scalar(select(func.count()).select_from(ActionPlan)
                         .where(ActionPlan.workshop_id == demo_id,
                                ActionPlan.deleted.is_(False)))
    listed = {w.id: w for w in door.workshops.all()}
    assert list(listed) == [demo_id, empty]  # oldest first
    demo = listed[demo_id]
    assert demo.delegations == len(door.people.delegations(demo_id)) > 0
    assert demo.participants == len(door.people.participants(demo_id)) > 0
    assert demo.plans == plans
    assert (listed[empty].delegations, listed[empty].participants, listed[empty].plans) == (
        0, 0, 0)
    assert listed[empty].title == "Empty" and listed[empty].end_date == date(2027, 1, 5)

"""The door's plans section on a real SQLite file: the plan list, opening a plan, suggestions
(accept, dismiss, restore) and pulling members' items, each with its Changes and its undo."""

from __future__ import annotations

from datetime import date

import pytest

from pcsc_workshop.core.people import ParticipantFields
from pcsc_workshop.core.plans import NextStepRow, SupportRow
from pcsc_workshop.core.store import Store
from pcsc_workshop.core.suggestions import PillarRef
from pcsc_workshop.core.validation import InvalidInput
from pcsc_workshop.core.workshops import WorkshopFields, create_workshop
from pcsc_workshop.door import Changes, Door
from tests.core.jica_elements import element_id, jica_elements

ELEMENTS = jica_elements()
PILLARS = [PillarRef(pid, pid.split(".")[1], "", {"local": f"Local action for {pid}"})
           for pid in ("pillar.shared-prosperity", "pillar.sustainability-resilience",
                       "pillar.community-participation", "pillar.digital-human-rights",
                       "pillar.governance-regulations",
                       "pillar.digital-public-infrastructure", "pillar.digital-literacy",
                       "pillar.budgeting-financing")]


@pytest.fixture
def door(tmp_path):
    store = Store(tmp_path / "w.sqlite3")
    with store.session() as s:
        wid = create_workshop(s, WorkshopFields(title="Taller — Valparaíso", city="Valparaíso",
                                                country="Chile", start_date=date(2025, 5, 5),
                                                end_date=date(2025, 5, 9), language="es"))
    d = Door(store)
    d.workshop_id = wid  # type: ignore[attr-defined]
    yield d
    store.close()


def _people(door):
    wid = door.workshop_id
    did = door.people.add_delegation(wid, "Morocco", "Rabat").value
    ana = door.people.add_participant(wid, ParticipantFields(name="Amina <b>Benali</b>",
                                                             delegation_id=did)).value
    omar = door.people.add_participant(wid, ParticipantFields(name="عمر", delegation_id=did)
                                       ).value
    door.history.clear()
    return did, ana, omar


def test_plan_list_and_opening_a_plan_give_what_the_page_and_editor_show(door):
    did, ana, omar = _people(door)
    listed = door.plans.plan_list(door.workshop_id)
    assert [d.id for d in listed.delegations] == [did] and not listed.scoped
    assert {p.name for p in listed.participants} == {"Amina <b>Benali</b>", "عمر"}

    opened = door.plans.open_participant(ana)
    assert opened.doc.owner_name == "Amina <b>Benali</b>"  # as typed, never markup
    assert opened.workshop_start == date(2025, 5, 5) and opened.members_items == ()
    group = door.plans.open_delegation(did)
    assert group.doc.owner_kind == "delegation" and group.members_items == ()
    assert door.plans.open(group.doc.id).doc.id == group.doc.id
    with pytest.raises(KeyError):
        door.plans.open_participant("nobody")


def test_pulling_members_items_is_one_undoable_step(door):
    did, ana, omar = _people(door)
    mine = door.plans.for_participant(ana)
    mine.next_steps = [NextStepRow(action="Open data portal", responsible="IT office")]
    mine.support = [SupportRow(detail="Training on GIS", provider="JICA")]
    door.plans.save(mine)
    group = door.plans.open_delegation(did)
    items = group.members_items
    assert [(i.kind, i.text, i.pulled) for i in items] == [
        ("next-step", "Open data portal", False), ("support", "Training on GIS", False)]

    pulled = door.plans.pull_members_items(group.doc.id, [i.id for i in items],
                                           label="Tirer les éléments")
    assert len(pulled.value.added) == 2 and pulled.changes == Changes.of(plans=group.doc.id)
    plan = door.plans.load(group.doc.id)
    assert [s.action for s in plan.next_steps] == ["Open data portal"]
    assert all(i.pulled for i in door.plans.members_items(did))
    again = door.plans.pull_members_items(group.doc.id, [i.id for i in items])
    assert again.value.added == () and not again.changes  # nothing new: no step either
    assert door.undo_label() == "Tirer les éléments"

    door.undo()
    plan = door.plans.load(group.doc.id)
    assert plan.next_steps == [] and plan.support == []
    assert not any(i.pulled for i in door.plans.members_items(did))
    door.redo()
    assert [s.detail for s in door.plans.load(group.doc.id).support] == ["Training on GIS"]

    with pytest.raises(InvalidInput):  # a participant's plan is not a delegation plan
        door.plans.pull_members_items(mine.id, [items[0].id])


def _scored(door, did):
    doc = door.assessments.for_delegation(did)
    door.assessments.set_scores(doc.id, {element_id(3): (0, ""), element_id(10): (1, "")})
    door.history.clear()


def test_accept_a_suggestion_then_undo_makes_it_open_again(door):
    did, ana, _omar = _people(door)
    _scored(door, did)
    plan = door.plans.for_delegation(did)
    found = door.plans.suggestions(plan.id, ELEMENTS, PILLARS)
    assert found and all(s.state == "open" for s in found)
    first = found[0]

    out = door.plans.accept_suggestion(plan.id, first, action_text="Publicar datos abiertos",
                                       label="Aceptar una sugerencia")
    assert out.value.created and out.changes == Changes.of(plans=plan.id)
    assert [s.action for s in door.plans.load(plan.id).next_steps] == ["Publicar datos abiertos"]
    assert next(s for s in door.plans.suggestions(plan.id, ELEMENTS, PILLARS)
                if s.id == first.id).state == "accepted"
    twice = door.plans.accept_suggestion(plan.id, first)
    assert not twice.value.created and not twice.changes
    assert door.undo_label() == "Aceptar una sugerencia"

    undone = door.undo()
    assert undone.changes == Changes.of(plans=plan.id)
    assert door.plans.load(plan.id).next_steps == []
    assert next(s for s in door.plans.suggestions(plan.id, ELEMENTS, PILLARS)
                if s.id == first.id).state == "open"
    door.redo()
    assert [s.action for s in door.plans.load(plan.id).next_steps] == ["Publicar datos abiertos"]


def test_dismiss_restore_and_their_undo(door):
    did, _ana, _omar = _people(door)
    _scored(door, did)
    plan = door.plans.for_delegation(did)
    first = door.plans.suggestions(plan.id, ELEMENTS, PILLARS)[0]

    def state() -> str:
        return next(s for s in door.plans.suggestions(plan.id, ELEMENTS, PILLARS)
                    if s.id == first.id).state

    out = door.plans.dismiss_suggestion(plan.id, first, label="Écarter")
    assert out.changes == Changes.of(plans=plan.id) and state() == "dismissed"
    door.undo()
    assert state() == "open"
    door.redo()
    assert state() == "dismissed"
    door.plans.restore_suggestion(plan.id, first)
    assert state() == "open"
    door.undo()
    assert state() == "dismissed"

    # accepting a dismissed suggestion, then undoing it, leaves it dismissed as it was
    door.plans.accept_suggestion(plan.id, first)
    assert state() == "accepted"
    door.undo()
    assert state() == "dismissed" and door.plans.load(plan.id).next_steps == []


def test_pdf_source_is_the_stored_plan_in_the_workshop_language(door):
    _did, ana, _omar = _people(door)
    doc = door.plans.for_participant(ana)
    doc.challenges = "Tráfico"
    door.plans.save(doc)
    stored, language = door.plans.pdf_source(doc.id)
    assert stored.challenges == "Tráfico" and language == "es"

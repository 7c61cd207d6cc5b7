"""The door's assessments section on a real SQLite file: a delegation's and a participant's
assessment, scores with evidence, the workshop's figures, and undo one element at a time."""

from __future__ import annotations

from datetime import date

import pytest

from pcsc_workshop.core.people import ParticipantFields
from pcsc_workshop.core.store import Store
from pcsc_workshop.core.validation import InvalidInput
from pcsc_workshop.core.workshops import WorkshopFields, create_workshop
from pcsc_workshop.door import Changes, Door
from tests.core.jica_elements import element_id, jica_elements

ELEMENTS = jica_elements()


@pytest.fixture
def door(tmp_path):
    store = Store(tmp_path / "w.sqlite3")
    with store.session() as s:
        wid = create_workshop(s, WorkshopFields(title="Atelier — Sfax", city="Sfax",
                                                country="Tunisia", start_date=date(2025, 3, 10),
                                                end_date=date(2025, 3, 12), language="fr"))
    d = Door(store)
    d.workshop_id = wid  # type: ignore[attr-defined]
    yield d
    store.close()


def test_scores_and_evidence_are_stored_and_each_element_undoes_on_its_own(door):
    wid = door.workshop_id
    sfax = door.people.add_delegation(wid, "Tunisia", "Sfax").value
    door.history.clear()
    doc = door.assessments.for_delegation(sfax)
    assert doc.scores == {} and doc.owner_kind == "delegation"

    out = door.assessments.set_scores(
        doc.id, {element_id(1): (2, "Plan adopté en 2023"), element_id(2): (None, "")},
        label=lambda e: f"Noter {e[-6:]}")
    assert out.value.changed and out.changes == Changes.of(assessments=doc.id)
    stored = door.assessments.load(doc.id)
    assert stored.scores[element_id(1)] == 2
    assert stored.evidence == {element_id(1): "Plan adopté en 2023"}
    assert stored.score(element_id(2)) is None  # unscored stays unscored, not 0
    assert door.undo_label() == f"Noter {element_id(1)[-6:]}"  # only the real change

    door.assessments.set_score(doc.id, element_id(1), 3, "Plan adopté en 2023",
                               label="Noter 1")
    door.assessments.set_score(doc.id, element_id(5), 0, "", label="Noter 5")
    door.undo()  # element 5 back to unscored; element 1 untouched
    stored = door.assessments.load(doc.id)
    assert stored.score(element_id(5)) is None and stored.score(element_id(1)) == 3
    door.undo()  # element 1 back to 2
    assert door.assessments.load(doc.id).score(element_id(1)) == 2
    door.undo()  # element 1 unscored and its note gone
    stored = door.assessments.load(doc.id)
    assert stored.score(element_id(1)) is None and stored.evidence == {}
    assert door.undo_label() is None
    door.redo()
    assert door.assessments.load(doc.id).evidence == {element_id(1): "Plan adopté en 2023"}


def test_a_refused_score_stores_nothing_of_the_batch(door):
    wid = door.workshop_id
    did = door.people.add_delegation(wid, "Ecuador", "Cuenca").value
    door.history.clear()
    doc = door.assessments.for_delegation(did)
    with pytest.raises(InvalidInput):
        door.assessments.set_scores(doc.id, {element_id(1): (2, ""), element_id(2): (7, "")})
    assert door.assessments.load(doc.id).scores == {} and door.undo_label() is None
    unchanged = door.assessments.set_score(doc.id, element_id(3), None, "")
    assert not unchanged.changes and door.undo_label() is None


def test_the_page_view_and_workshop_figures(door):
    wid = door.workshop_id
    rabat = door.people.add_delegation(wid, "Morocco", "Rabat").value
    sfax = door.people.add_delegation(wid, "Tunisia", "Sfax").value
    person = door.people.add_participant(wid, ParticipantFields(name="Leïla",
                                                                delegation_id=sfax)).value
    a = door.assessments.for_delegation(rabat)
    b = door.assessments.for_delegation(sfax)
    door.assessments.set_score(a.id, element_id(1), 1)
    door.assessments.set_score(b.id, element_id(1), 4)
    door.assessments.set_score(b.id, element_id(2), 2)

    view = door.assessments.delegation_view(rabat)
    assert view.doc.id == a.id and view.doc.scores == {element_id(1): 1}
    assert dict(view.others) == {sfax: {element_id(1): 4, element_id(2): 2}}
    averages = door.assessments.workshop_averages(wid, ELEMENTS)
    assert averages[element_id(1)] == 2.5 and averages[element_id(2)] == 2
    assert averages[element_id(3)] is None

    own = door.assessments.for_participant(person)
    assert own.owner_kind == "participant" and own.owner_id == person
    door.assessments.set_score(own.id, element_id(4), 3)
    assert set(door.assessments.workshop_assessments(wid, "participant")) == {person}
    assert set(door.assessments.workshop_assessments(wid)) == {rabat, sfax}

"""Self-assessment: storing scores, unscored is not zero, domain means, coverage, averages."""

from __future__ import annotations

import pytest

from pcsc_workshop.core.assessment import (
    JICA_ELEMENT_IDS,
    assessment_for_delegation,
    assessment_for_participant,
    average_scores,
    coverage,
    domain_scores,
    load_assessment,
    save_assessment,
    set_score,
    stable_elements,
    weakest_elements,
    workshop_averages,
)
from pcsc_workshop.core.people import list_delegations, list_participants
from pcsc_workshop.core.validation import InvalidInput
from tests.core.jica_elements import DOMAINS, element_id, jica_elements


@pytest.fixture()
def elements():
    return jica_elements()


def test_stable_ids_match_the_common_numbering(elements):
    assert list(JICA_ELEMENT_IDS) == [e.id for e in elements]
    assert [(e.id, e.number, e.domain_id) for e in stable_elements()] == [
        (e.id, e.number, e.domain_id) for e in elements]
    split = [sum(e.domain_id == d for e in elements) for d in DOMAINS]
    assert split == [6, 3, 5, 4, 3]


def test_scores_and_evidence_are_stored_and_read_back(store, demo_id, elements):
    with store.session() as s:
        dhaka = list_delegations(s, demo_id)[0].id
        doc = assessment_for_delegation(s, dhaka)
        set_score(s, doc.id, element_id(16), 1, "Data sits in separate systems")
        set_score(s, doc.id, element_id(13), 3)
        set_score(s, doc.id, element_id(1), evidence="Vision drafted, not adopted — مسودة")
    with store.session() as s:
        again = assessment_for_delegation(s, dhaka)
        assert again.id == doc.id  # get, not create a second one
        assert again.scores[element_id(16)] == 1
        assert again.scores[element_id(13)] == 3
        assert again.score(element_id(1)) is None  # a note alone leaves it unscored
        assert again.evidence[element_id(1)].endswith("مسودة")
        assert coverage(again, elements).scored == 2


def test_clearing_a_score_makes_it_unscored_not_zero(store, demo_id, elements):
    with store.session() as s:
        doc = assessment_for_delegation(s, list_delegations(s, demo_id)[0].id)
        set_score(s, doc.id, element_id(7), 2)
        set_score(s, doc.id, element_id(8), 4)
        set_score(s, doc.id, element_id(7), None)
        loaded = load_assessment(s, doc.id)
    assert loaded.scores[element_id(7)] is None
    # organisation's mean is 4 (only element 8 scored), not (0 + 4) / 2
    assert domain_scores(loaded, elements)["jica.domain.organization"] == 4.0
    assert coverage(loaded, elements).scored == 1


@pytest.mark.parametrize("bad", [-1, 5, 2.5, "3", True])
def test_scores_outside_0_to_4_are_refused(store, demo_id, bad):
    with store.session() as s:
        doc = assessment_for_delegation(s, list_delegations(s, demo_id)[0].id)
        with pytest.raises(InvalidInput) as err:
            set_score(s, doc.id, element_id(1), bad)
        assert err.value.code == "bad-value" and err.value.field == "score"


def test_only_real_changes_bump_the_revision(store, demo_id):
    with store.session() as s:
        doc = assessment_for_delegation(s, list_delegations(s, demo_id)[0].id)
        first = set_score(s, doc.id, element_id(2), 2)
        same = set_score(s, doc.id, element_id(2), 2)
        assert first.changed and not same.changed
        assert same.revision == first.revision
        later = set_score(s, doc.id, element_id(2), 3)
        assert later.revision > first.revision


def test_save_assessment_writes_a_whole_doc(store, demo_id):
    with store.session() as s:
        doc = assessment_for_delegation(s, list_delegations(s, demo_id)[1].id)
        doc.scores = {element_id(n): n % 5 for n in range(1, 22)}
        doc.evidence = {element_id(4): "Aligned with the master plan 2030"}
        assert save_assessment(s, doc).changed
        assert not save_assessment(s, doc).changed
    with store.session() as s:
        back = load_assessment(s, doc.id)
    assert back.scores == doc.scores and back.evidence == doc.evidence


def test_participant_assessment_is_separate_from_the_delegation(store, demo_id):
    with store.session() as s:
        person = list_participants(s, demo_id)[0]
        mine = assessment_for_participant(s, person.id)
        theirs = assessment_for_delegation(s, person.delegation_id)
        set_score(s, mine.id, element_id(3), 4)
        assert mine.id != theirs.id and mine.owner_kind == "participant"
        assert load_assessment(s, theirs.id).scores == {}


def test_domain_scores_are_none_when_a_domain_is_unscored(elements):
    scores = {element_id(1): 0, element_id(2): 1, element_id(15): 3, element_id(16): None}
    got = domain_scores(scores, elements)
    assert list(got) == list(DOMAINS)
    assert got["jica.domain.policy"] == 0.5
    assert got["jica.domain.technology"] == 3.0
    assert got["jica.domain.system"] is None and got["jica.domain.operation"] is None


def test_zero_is_a_score_and_counts(elements):
    got = domain_scores({element_id(19): 0, element_id(20): 2}, elements)
    assert got["jica.domain.operation"] == 1.0
    assert coverage({element_id(19): 0}, elements).scored == 1


def test_workshop_average_only_over_delegations_that_scored(store, demo_id, elements):
    with store.session() as s:
        ds = list_delegations(s, demo_id)
        a = assessment_for_delegation(s, ds[0].id)
        b = assessment_for_delegation(s, ds[1].id)
        assessment_for_delegation(s, ds[2].id)  # exists, scores nothing
        set_score(s, a.id, element_id(16), 1)
        set_score(s, b.id, element_id(16), 4)
        set_score(s, a.id, element_id(17), 2)
        set_score(s, b.id, element_id(17), None)
        person = list_participants(s, demo_id)[0]
        set_score(s, assessment_for_participant(s, person.id).id, element_id(16), 0)
        avg = workshop_averages(s, demo_id, elements)
    assert avg[element_id(16)] == 2.5  # participants' own scores are not delegations'
    assert avg[element_id(17)] == 2.0
    assert avg[element_id(1)] is None


def test_average_scores_pure(elements):
    avg = average_scores([{element_id(5): 1}, {element_id(5): 2}, {element_id(5): None}, {}],
                         elements)
    assert avg[element_id(5)] == 1.5


def test_weakest_elements_lowest_first_ties_by_number_unscored_apart(elements):
    scores = {element_id(n): 3 for n in range(1, 22)}
    scores.update({element_id(17): 1, element_id(4): 1, element_id(9): 0,
                   element_id(12): 2, element_id(2): 2, element_id(20): 4})
    scores[element_id(6)] = None
    del scores[element_id(11)]
    got = weakest_elements(scores, elements, n=4)
    assert [(p.element.number, p.score) for p in got.priorities] == [(9, 0), (4, 1), (17, 1),
                                                                     (2, 2)]
    assert [e.number for e in got.to_assess] == [6, 11]


def test_weakest_elements_never_lists_top_scores_as_priorities(elements):
    got = weakest_elements({e.id: 4 for e in elements}, elements)
    assert got.priorities == [] and got.to_assess == []

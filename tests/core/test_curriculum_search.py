"""Search answers while typing: any word, any field, accents ignored, last word as a prefix."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from pcsc_workshop.core.curriculum import load_curriculum


@pytest.fixture(scope="module")
def cur():
    return load_curriculum()


def _ids(hits):
    return [h.id for h in hits]


def test_finds_an_element_by_a_word_of_its_description(cur):
    # "contingencies" only appears in Digital Security's description
    hits = cur.search("contingencies")
    assert hits[0].id == "jica.element.digital-security"
    assert hits[0].kind == "element" and hits[0].title == "Digital Security"
    assert "contingencies" in hits[0].snippet


def test_prefix_of_the_word_being_typed(cur):
    assert "jica.element.building-ecosystems" in _ids(cur.search("ecosys")[:3])
    typed = [cur.search("helix"[:n]) for n in range(1, 6)]
    assert all(typed[:2])  # every keystroke answers
    assert typed[-1][0].id == "jica.element.helix-partnership"


def test_case_and_accent_insensitive(cur):
    plain = _ids(cur.search("resilience"))
    assert plain and _ids(cur.search("RÉSILIENCE")) == plain
    assert "pillar.sustainability-resilience" in plain[:3]


def test_all_words_rank_before_some_words(cur):
    hits = cur.search("data protection law")
    assert hits[0].id == "stat.no-data-protection-law"


def test_actor_filter_drops_other_actors_actions(cur):
    national = _ids(cur.search("digital", actor="national"))
    assert "pillar.digital-literacy.actions.national" in national
    assert "pillar.digital-literacy.actions.local" not in national
    assert "pillar.digital-literacy.actions.local" in _ids(cur.search("digital"))


def test_pillar_filter_keeps_linked_items(cur):
    hits = _ids(cur.search("open data", pillar="pillar.community-participation"))
    assert "case.local-good-yokohama" in hits
    assert "case.urban-data-portal" not in hits
    everything = _ids(cur.search("", pillar="pillar.budgeting-financing"))
    assert "pillar.budgeting-financing.actions.national" in everything
    assert "stat.insufficient-funding" in everything


def test_empty_query_without_filters_finds_nothing(cur):
    assert cur.search("") == [] and cur.search("   ") == []


def test_unknown_word_finds_nothing(cur):
    assert cur.search("zyxwvut") == []


@dataclass
class _Local:
    id: str
    kind: str
    title: str
    body: str


def test_local_items_join_the_ranking(cur):
    local = [_Local("l-1", "case_study", "Dhaka flood sensors",
                    "Community water-level sensors along the Buriganga river"),
             _Local("l-2", "note", "Room booking", "Ask the venue")]
    hits = cur.search("buriganga", extra=local)
    assert _ids(hits) == ["l-1"] and hits[0].kind == "local-case-study"
    assert "Buriganga" in hits[0].snippet
    assert "l-1" in _ids(cur.search("flood", extra=local))
    assert "l-1" not in _ids(cur.search("flood", extra=local, pillar="pillar.shared-prosperity"))


def test_non_latin_local_text_is_searchable(cur):
    local = [_Local("l-3", "note", "ঢাকা স্মার্ট সিটি", "নাগরিক অংশগ্রহণ"),
             _Local("l-4", "note", "Москва", "Открытые данные")]
    assert _ids(cur.search("স্মার্ট", extra=local)) == ["l-3"]
    assert _ids(cur.search("откры", extra=local)) == ["l-4"]


@pytest.mark.parametrize("text, query, expected", [
    # ASCII text (the fast path): the snippet starts at the word, whatever the case
    ("x " * 200 + "The Data Charter sets rules. " + "y " * 200, "data", "Data Charter sets rules"),
    # accents folded away: "resilience" finds "Résilience", and the snippet is cut in the
    # original text at the right place although folding changed nothing in its length
    ("é" * 150 + " La Résilience urbaine compte. " + "z " * 100, "resilience",
     "La Résilience urbaine compte"),
    # a ligature folds to two letters ("ﬁ" -> "fi"): positions after it still point home
    ("ﬁ" * 120 + " Financement public des données. " + "w " * 100, "financement",
     "Financement public des données"),
])
def test_snippet_is_cut_around_the_word_in_the_original_text(text, query, expected):
    from pcsc_workshop.core.curriculum.search import snippet, words

    extract = snippet([text], words(query))
    assert expected in extract
    assert extract.startswith("…")  # cut before the word, not from the start of the text

"""The knowledge checks test understanding and the rubric is one two groups apply alike.

These assert the shipped content (curricula/pcsc), as a trainer would read it: scenarios are
the majority, no cue gives a key away, every answer can be found, every level can be checked.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from pcsc_workshop.core.curriculum import load_curriculum


@pytest.fixture(scope="module")
def cur():
    return load_curriculum()


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.casefold())


def test_most_questions_apply_a_framework_and_recall_is_a_minority(cur):
    kinds = Counter(q.kind for q in cur.questions)
    assert kinds["scenario"] * 2 >= len(cur.questions), kinds
    assert kinds["recall"] * 4 <= len(cur.questions), kinds


def test_every_module_has_questions_and_its_answers_are_in_the_curriculum(cur):
    for module in cur.modules:
        assert len(cur.questions_for(module.id)) >= 6, module.id
    for q in cur.questions:
        assert cur.get(q.answer_item) is not None, (q.id, q.answer_item)


def test_every_option_says_why_it_is_right_or_wrong(cur):
    for q in cur.questions:
        assert len(q.option_explanations) == len(q.options), q.id
        assert len(set(q.option_explanations)) == len(q.options), q.id


def test_no_cue_gives_the_key_away(cur):
    # a fixed list (the four pillars of a kind) is the same in every question: no cue there
    fixed = [{p.name for p in cur.pillars if p.kind == kind} for kind in ("thematic", "enabling")]
    for q in cur.questions:
        key = q.options[q.answer]
        others = [o for i, o in enumerate(q.options) if i != q.answer]
        # the key is not much longer than every other option
        assert set(q.options) in fixed or len(key) <= 1.3 * max(map(len, others)) + 5, q.id
        # the stem does not repeat the key (a run of 3+ of its words)
        stem, words = " ".join(_words(q.prompt)), _words(key)
        for i in range(len(words) - 2):
            assert " ".join(words[i:i + 3]) not in stem, (q.id, words[i:i + 3])
        # no "only" marking one option out among round figures
        assert not key.casefold().startswith("only ") or any(
            o.casefold().startswith("only ") for o in others), q.id


def test_keys_are_spread_over_the_positions(cur):
    positions = Counter(q.answer for q in cur.questions)
    assert max(positions.values()) <= 0.35 * len(cur.questions), positions


def test_the_rubric_is_ours_and_states_how_to_score_partial_matches(cur):
    rubric = cur.get("jica.rubric")
    assert cur.kind_of("jica.rubric") == "rubric"
    assert "PCSC Workshop" in rubric.name and "JICA" in rubric.name
    assert "our rubric" in rubric.source
    assert any("partly" in rule or "in part" in rule for rule in rubric.scoring_rules)
    assert any("not scored" in rule for rule in rubric.scoring_rules)


def test_every_level_has_one_observable_check_and_level_4_is_the_elements_own(cur):
    level4 = [e.descriptors[4] for e in cur.elements]
    assert len(set(level4)) == 21
    assert not any("regularly" in text or "reviewed" in text.split()[-3:] for text in level4)
    for e in cur.elements:
        assert len(e.descriptors) == len(e.checks) == 5, e.id
        assert len(set(e.checks)) == 5, e.id
        for lower, higher in zip(e.descriptors, e.descriptors[1:], strict=False):
            assert set(_words(lower)) != set(_words(higher)), e.id


@pytest.mark.parametrize("number", [8, 11, 19, 21])
def test_neighbouring_levels_of_the_named_elements_differ_in_what_is_checked(cur, number):
    e = next(e for e in cur.elements if e.number == number)
    for lower, higher in zip(e.checks, e.checks[1:], strict=False):
        shared = set(_words(lower)) & set(_words(higher)) - {"a", "the", "of", "and", "or",
                                                               "for", "its", "with", "in", "no"}
        assert len(shared) <= 2, (e.id, lower, higher, shared)

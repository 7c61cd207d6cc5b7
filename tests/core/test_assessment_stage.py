"""The documented stage rule (docs/stage-rule.md), at and around each boundary."""

from __future__ import annotations

import pytest

from pcsc_workshop.core.assessment import stage_for
from tests.core.jica_elements import element_id, jica_elements

ELEMENTS = jica_elements()
SMALL, ACCEL, GROWTH = ("jica.stage.small-start", "jica.stage.accelerate",
                        "jica.stage.sustainable-growth")


def all_scored(value: int) -> dict[str, int | None]:
    return {e.id: value for e in ELEMENTS}


def test_fewer_than_half_scored_gives_no_suggestion():
    below_half = (len(ELEMENTS) - 1) // 2  # 10 of JICA's 21
    scores = {element_id(n): 4 for n in range(1, below_half + 1)}
    got = stage_for(scores, ELEMENTS)
    assert got.stage_id is None and got.reason_code == "insufficient"
    assert got.figures["scored"] == below_half and got.figures["total"] == len(ELEMENTS)


def test_eleven_of_21_is_enough():
    scores = {element_id(n): 2 for n in range(1, 12)}
    assert stage_for(scores, ELEMENTS).stage_id == ACCEL


def test_unscored_elements_are_not_zero_in_the_rule():
    # 11 scored at 3 in every domain but operation... fill operation too; rest unscored.
    scores: dict[str, int | None] = {e.id: None for e in ELEMENTS}
    for n in (1, 2, 3, 7, 8, 10, 11, 15, 16, 19, 20):
        scores[element_id(n)] = 3
    got = stage_for(scores, ELEMENTS)
    assert got.figures["mean"] == 3.0  # if None counted as 0 the mean would be ~1.6
    assert got.stage_id == GROWTH


def test_all_zero_is_small_start_low_overall():
    got = stage_for(all_scored(0), ELEMENTS)
    assert (got.stage_id, got.reason_code) == (SMALL, "low-overall")


@pytest.mark.parametrize(("last", "stage"), [(None, ACCEL), (0, SMALL)])
def test_mean_boundary_at_1_5(last, stage):
    # 20 elements, ten 1s and ten 2s: mean exactly 1.5 -> not Small Start;
    # a 0 on element 21 pulls it to 30/21 = 1.43 -> Small Start.
    scores: dict[str, int | None] = {element_id(n): (1 if n % 2 else 2) for n in range(1, 21)}
    scores[element_id(21)] = last
    got = stage_for(scores, ELEMENTS)
    assert got.figures["mean"] == (1.5 if last is None else 30 / 21)
    assert got.stage_id == stage


def test_one_weak_domain_is_small_start_even_with_a_good_mean():
    scores = all_scored(3)
    for n in (19, 20, 21):  # operation
        scores[element_id(n)] = 0
    got = stage_for(scores, ELEMENTS)
    assert (got.stage_id, got.reason_code) == (SMALL, "weak-domain")
    assert got.figures["weakest_domain_id"] == "jica.domain.operation"
    assert got.figures["weakest_domain_mean"] == 0.0


def test_domain_mean_exactly_1_is_not_weak():
    scores = all_scored(3)
    scores.update({element_id(19): 1, element_id(20): 1, element_id(21): 1})
    got = stage_for(scores, ELEMENTS)
    assert got.stage_id == ACCEL and got.figures["weakest_domain_mean"] == 1.0


def test_growth_boundary_mean_2_75_and_domains_2():
    # policy 6x3, organization 3x2 (=2.0), system 5x3, technology 4x3, operation 3x3:
    # sum = 18 + 6 + 15 + 12 + 9 = 60 -> 60/21 = 2.857
    scores = all_scored(3)
    for n in (7, 8, 9):
        scores[element_id(n)] = 2
    got = stage_for(scores, ELEMENTS)
    assert (got.stage_id, got.reason_code) == (GROWTH, "strong-all-domains")
    # exactly 2.75: 16 scored, twelve 3s and four 2s = 44/16 = 2.75, every domain >= 2
    exact: dict[str, int | None] = {e.id: None for e in ELEMENTS}
    for n in (1, 2, 3, 4, 7, 8, 10, 11, 12, 15, 16, 19):
        exact[element_id(n)] = 3
    for n in (5, 9, 17, 20):
        exact[element_id(n)] = 2
    got = stage_for(exact, ELEMENTS)
    assert got.figures["mean"] == 2.75 and got.stage_id == GROWTH


def test_just_below_2_75_is_accelerate():
    exact: dict[str, int | None] = {e.id: None for e in ELEMENTS}
    for n in (1, 2, 3, 4, 7, 8, 10, 11, 12, 15, 16):
        exact[element_id(n)] = 3
    for n in (5, 9, 17, 20, 19):
        exact[element_id(n)] = 2
    got = stage_for(exact, ELEMENTS)  # 43/16 = 2.6875
    assert (got.stage_id, got.reason_code) == (ACCEL, "ongoing")


def test_a_domain_below_2_holds_growth_back():
    scores = all_scored(4)
    scores.update({element_id(7): 1, element_id(8): 2, element_id(9): 2})  # org 1.67
    got = stage_for(scores, ELEMENTS)
    assert got.figures["mean"] >= 2.75
    assert (got.stage_id, got.reason_code) == (ACCEL, "ongoing-domain-gap")


def test_an_unscored_domain_holds_growth_back():
    scores: dict[str, int | None] = {e.id: 4 for e in ELEMENTS}
    for n in (19, 20, 21):
        scores[element_id(n)] = None
    got = stage_for(scores, ELEMENTS)
    assert got.stage_id == ACCEL and got.figures["unscored_domains"] == ["jica.domain.operation"]

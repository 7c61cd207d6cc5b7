"""The JICA framework as the pages need it, with a fallback when the curriculum is missing.

The assessment page, the dashboard, the radar and the plan coach all want the 21 elements
(with their 5 descriptors), domain names, stages, city types and scaling approaches. They come
from the curriculum; when it cannot be loaded (a broken edit, an old install) the pages still
work on the stable ids with readable names, and descriptors fall back to the level number.

Why here and not under `curriculum/`: the framework pairs the curriculum's content with the
assessment's element references (`core/assessment.py`), which sit above the curriculum. The
stage and city-type ids are the framework's own (a delegation is validated against them).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pcsc_workshop.core.assessment import ElementRef, elements_from_curriculum, stable_elements
from pcsc_workshop.core.curriculum.models import Rubric

if TYPE_CHECKING:
    from pcsc_workshop.core.curriculum import Curriculum


def _humanise(item_id: str) -> str:
    return item_id.rsplit(".", 1)[-1].replace("-", " ").capitalize()


@dataclass(frozen=True)
class StageInfo:
    id: str
    name: str
    description: str = ""
    recommendations: tuple[str, ...] = ()


@dataclass(frozen=True)
class ScalingInfo:
    id: str
    name: str
    description: str = ""


@dataclass
class Framework:
    elements: list[ElementRef]
    domain_names: dict[str, str]
    stages: dict[str, StageInfo] = field(default_factory=dict)
    scaling: list[ScalingInfo] = field(default_factory=list)
    city_types: dict[str, str] = field(default_factory=dict)
    from_curriculum: bool = False
    # How to score with the rubric (stated once in the curriculum's `jica.rubric`).
    rubric_rules: tuple[str, ...] = ()

    def element(self, element_id: str) -> ElementRef | None:
        return next((e for e in self.elements if e.id == element_id), None)

    def stage_name(self, stage_id: str) -> str:
        stage = self.stages.get(stage_id)
        return stage.name if stage else _humanise(stage_id) if stage_id else ""


# The framework's stable ids: what a delegation's stage and city type may be, and the
# fallback when the curriculum is missing.
STAGES: tuple[str, ...] = (
    "jica.stage.small-start", "jica.stage.accelerate", "jica.stage.sustainable-growth",
)
CITY_TYPES: tuple[str, ...] = (
    "jica.city-type.large-representative",
    "jica.city-type.regional-core",
    "jica.city-type.industry-specialized",
    "jica.city-type.area-development",
)


def load_framework(curriculum: Curriculum | Callable[[], Curriculum] | None) -> Framework:
    """The framework from the curriculum, or from the stable ids if there is none.

    Pass the loader itself (e.g. the UI's `ctx.curriculum`) rather than its result, so that a
    curriculum that fails to load falls back here instead of at every caller.
    """
    try:
        cur = curriculum() if callable(curriculum) else curriculum
        if cur is None:
            raise ValueError("no curriculum")
        elements = elements_from_curriculum(cur)
        if len(elements) != 21:
            raise ValueError("curriculum without the 21 elements")
    except Exception:  # noqa: BLE001 - the page still works on stable ids
        elements = [ElementRef(e.id, e.number, _humanise(e.id), e.domain_id)
                    for e in stable_elements()]
        domains = {e.domain_id: _humanise(e.domain_id) for e in elements}
        return Framework(
            elements, domains,
            stages={s: StageInfo(s, _humanise(s)) for s in STAGES},
            city_types={c: _humanise(c) for c in CITY_TYPES})
    domains = {d.id: d.name for d in cur.domains}
    for e in elements:
        domains.setdefault(e.domain_id, _humanise(e.domain_id))
    stages = {s.id: StageInfo(s.id, s.name, s.description, tuple(s.recommendations))
              for s in cur.stages}
    for s in STAGES:
        stages.setdefault(s, StageInfo(s, _humanise(s)))
    scaling = [ScalingInfo(s.id, s.name, s.description) for s in cur.scaling]
    city_types = {c.id: c.name for c in cur.city_types}
    for c in CITY_TYPES:
        city_types.setdefault(c, _humanise(c))
    rubric = cur.get("jica.rubric")
    rules = tuple(rubric.scoring_rules) if isinstance(rubric, Rubric) else ()
    return Framework(elements, domains, stages, scaling, city_types, from_curriculum=True,
                     rubric_rules=rules)

"""Pydantic models of the curriculum files (YAML with Markdown text fields).

The models are strict (unknown fields are refused, required fields must be present) so that a
typo in a facilitator's edit is reported with its file and field instead of silently dropping
content. Cross-item rules (ids unique, links resolving, counts adding up) live in `check.py`,
because they need the whole curriculum, not one item.
"""

from __future__ import annotations

import math
import re
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    NonNegativeInt,
    StringConstraints,
    field_validator,
)

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
ItemId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+([.][a-z0-9][a-z0-9-]*)*$")]
Clock = Annotated[str, StringConstraints(pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$")]

ACTORS: tuple[str, ...] = ("national", "local", "stakeholders")
PillarKind = Literal["thematic", "enabling"]
SessionKind = Literal["lecture", "exercise", "site-visit", "conference", "discussion", "break"]
SupportArea = Literal["assessment", "policy", "organization", "system", "technology", "operation"]


def pillar_part_ids(pillar_id: str) -> list[str]:
    """Ids of a pillar's principles and per-actor actions (derived, not written in files)."""
    return [f"{pillar_id}.principles"] + [f"{pillar_id}.actions.{a}" for a in ACTORS]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Item(Strict):
    """Anything with a stable id that plans, agendas and quizzes may link to."""

    id: ItemId
    source: Text

    @property
    def title(self) -> str:
        for name in ("name", "label", "statement", "prompt"):
            value = getattr(self, name, None)
            if isinstance(value, str) and value:
                return value
        return self.id


# --- manifest ----------------------------------------------------------------------------

class Totals(Strict):
    """Figures the content must add up to; `check` compares them with the items."""

    pillars: NonNegativeInt | None = None
    principles: NonNegativeInt | None = None
    actions: NonNegativeInt | None = None
    actions_national: NonNegativeInt | None = None
    actions_local: NonNegativeInt | None = None
    actions_stakeholders: NonNegativeInt | None = None
    domains: NonNegativeInt | None = None
    elements: NonNegativeInt | None = None
    min_questions: NonNegativeInt | None = None


class Manifest(Strict):
    id: ItemId
    title: Text
    version: Text
    languages: list[Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}$")]] = Field(min_length=1)
    files: list[Text] = Field(min_length=1)
    # Before translations/<lang>/ was read whole, the manifest listed one file per language.
    # Still accepted (an older folder loads), ignored, and reported by `curriculum check`.
    translations: dict[str, Text] | None = None
    totals: Totals = Field(default_factory=Totals)
    description: str = ""


# --- UN-Habitat guidelines -----------------------------------------------------------------

class Characteristic(Item):
    name: Text
    description: Text


class ProcessFigure(Item):
    value: NonNegativeInt
    qualifier: str = ""
    label: Text
    statement: Text


class GuidelinesOverview(Item):
    name: Text
    summary: Text
    why: Text
    mandate: Text
    member_states: NonNegativeInt
    binding: bool
    resolution: Text
    full_text_note: Text
    playbooks: list[Text] = Field(default_factory=list)
    related: list[ItemId] = Field(default_factory=list)


class CountedExample(Strict):
    """How many principles or actions the guidelines give, and the one example the seed shows."""

    count: NonNegativeInt
    example: Text


class ActorActions(Strict):
    national: CountedExample
    local: CountedExample
    stakeholders: CountedExample

    def for_actor(self, actor: str) -> CountedExample:
        return getattr(self, actor)


class Pillar(Item):
    number: int = Field(ge=1)
    kind: PillarKind
    name: Text
    summary: Text
    explanation: Text
    principles: CountedExample
    actions: ActorActions
    discussion_questions: list[Text] = Field(min_length=3)
    # Our reading and advice, not the guidelines' words: shown under "Our advice".
    our_advice: list[Text] = Field(default_factory=list)
    related: list[ItemId] = Field(default_factory=list)

    @property
    def action_total(self) -> int:
        return sum(self.actions.for_actor(a).count for a in ACTORS)


class ResolutionPrinciple(Item):
    letter: Annotated[str, StringConstraints(pattern=r"^[a-z]$")]
    name: Text
    summary: Text
    # The seed is the negotiating draft of 22 May 2023: a principle that was wholly a bracketed
    # proposal is flagged, and `draft_note` says which parts were still in brackets or reserved.
    bracketed: bool = False
    draft_note: str = ""
    related: list[ItemId] = Field(default_factory=list)


class Topic(Item):
    """A piece of seed content that is neither a pillar nor a statistic: the guidelines'
    objectives and expected impacts, the flagship programme's offer, the Outlook's method, the
    resolution's preamble... `points` are its parts in the source's order."""

    name: Text
    summary: Text
    points: list[Text] = Field(default_factory=list)
    our_advice: list[Text] = Field(default_factory=list)
    related: list[ItemId] = Field(default_factory=list)


# --- JICA smart city approach ------------------------------------------------------------

class JicaFramework(Item):
    name: Text
    summary: Text
    rubric_note: Text
    related: list[ItemId] = Field(default_factory=list)


class Domain(Item):
    number: int = Field(ge=1)
    name: Text
    description: Text


class Element(Item):
    number: int = Field(ge=1)
    name: Text
    domain_id: ItemId
    description: Text
    # Our rubric, levels 0-4: the condition of each level and the observable test that shows
    # it holds (a document, a filled post, published data...), in the same order.
    descriptors: list[Text]
    checks: list[Text] = Field(default_factory=list)
    name_note: str = ""
    related: list[ItemId] = Field(default_factory=list)


class Rubric(Item):
    """Our maturity rubric for the elements: who wrote it, and the rules for scoring with it
    (stated once here, shown on the scoring form) so that two groups apply it alike."""

    name: Text
    summary: Text
    scoring_rules: list[Text] = Field(min_length=1)
    related: list[ItemId] = Field(default_factory=list)


class Stage(Item):
    number: int = Field(ge=1)
    name: Text
    applies_to: Text
    description: Text
    # Only what JICA's brochure says for this stage; our own suggestions go to `our_advice`.
    recommendations: list[Text] = Field(min_length=1)
    our_advice: list[Text] = Field(default_factory=list)


class ScalingApproach(Item):
    name: Text
    starts_with: Text
    grows_by: Text
    description: Text


class CityType(Item):
    name: Text
    # The brochure prints the directions beside the types without tying each one to a type
    # (except for area development): `directions` holds only what it ties to this type, and
    # `layout_note` says how the source lays them out.
    directions: list[Text] = Field(default_factory=list)
    layout_note: str = ""
    related: list[ItemId] = Field(default_factory=list)


class CityCharacteristic(Item):
    name: Text
    description: Text


class CityScope(Item):
    name: Text
    led_by: Text
    description: Text


class SupportOffer(Item):
    # `name` is content (translated like any text): "Policy support, city level". Older
    # curricula without it get a name built from the codes, in English.
    name: str = ""
    area: SupportArea
    level: Literal["country", "city", "both"]
    instrument: Text
    activities: list[Text] = Field(min_length=1)
    related: list[ItemId] = Field(default_factory=list)

    @property
    def title(self) -> str:
        return self.name or f"{self.area.title()} support ({self.level})"


# --- evidence and cases ---------------------------------------------------------------------

class Statistic(Item):
    name: Text
    statement: Text
    value: int | float | None
    unit: str = ""
    qualifier: str = ""
    theme: Literal["strategy", "regulation", "capacity", "ecosystem", "infrastructure",
                   "digital-divide", "urban-context"]
    population: Text
    region: str = ""
    year: int | None = None
    related: list[ItemId] = Field(default_factory=list)

    @property
    def figure(self) -> str:
        """The figure as a slide would show it, e.g. 'more than 60%' or '58 countries'."""
        if self.value is None:
            return ""
        number = f"{self.value:g}"
        unit = self.unit if self.unit == "%" else f" {self.unit}" if self.unit else ""
        return f"{self.qualifier + ' ' if self.qualifier else ''}{number}{unit}"


class Figure(Strict):
    label: Text
    value: Text
    approximate: bool = False
    target: str = ""


class CaseStudy(Item):
    name: Text
    place: Text
    period: Text
    context: Text
    actors: list[Text] = Field(min_length=1)
    what_was_done: Text
    results: Text
    figures: list[Figure] = Field(default_factory=list)
    lessons: list[Text] = Field(min_length=1)
    related: list[ItemId] = Field(default_factory=list)


# --- workshop templates and learning ---------------------------------------------------------

class TemplateSession(Strict):
    day: int = Field(ge=1)
    start: Clock
    duration_min: int = Field(gt=0, le=720)
    kind: SessionKind
    title: Text
    refs: list[ItemId] = Field(default_factory=list)
    notes: str = ""
    # What a facilitator needs to run it (empty for breaks): observable objectives, the steps
    # of an exercise, what to prepare, who does what.
    objectives: list[Text] = Field(default_factory=list)
    instructions: list[Text] = Field(default_factory=list)
    materials: list[Text] = Field(default_factory=list)
    roles: list[Text] = Field(default_factory=list)


class TemplateDay(Strict):
    """One day of a template: when it starts and ends (the sessions must fill it exactly)."""

    day: int = Field(ge=1)
    start: Clock
    end: Clock
    theme: str = ""


class Template(Item):
    name: Text
    # Length in days: 0.5 for a half-day briefing, 5 for the Deep Dive. The number of
    # `schedule` days is this rounded up; a half day is at most HALF_DAY_MAX_MIN long.
    days: int | float = Field(gt=0, le=30)  # an int when whole, so `range()` works
    audience: Text
    description: Text
    schedule: list[TemplateDay] = Field(default_factory=list)
    sessions: list[TemplateSession] = Field(min_length=1)

    @field_validator("days")
    @classmethod
    def _half_days(cls, value: int | float) -> int | float:
        if value * 2 != int(value * 2):
            raise ValueError("days must be a whole or half number (0.5, 1, 1.5...)")
        return int(value) if value == int(value) else value

    @property
    def day_count(self) -> int:
        """Calendar days the template occupies (a half day still takes one)."""
        return math.ceil(self.days)


class Worksheet(Item):
    """A handout participants fill in during an exercise (self-assessment, action plan...)."""

    name: Text
    purpose: Text
    instructions: list[Text] = Field(min_length=1)
    # The worksheet's columns or boxes, in order: what each one asks participants to write.
    prompts: list[Text] = Field(min_length=1)
    related: list[ItemId] = Field(default_factory=list)


class Activity(Strict):
    """One activity of a module's session plan, written for the facilitator who runs it."""

    title: Text
    duration_min: int = Field(gt=0, le=480)
    kind: SessionKind = "exercise"
    grouping: str = ""  # e.g. "groups of 4-6, one city per group"
    steps: list[Text] = Field(min_length=1)
    materials: list[Text] = Field(default_factory=list)
    output: str = ""  # what participants have in hand at the end
    worksheet: ItemId | None = None


class Module(Item):
    name: Text
    summary: Text
    # The session plan. Optional so older curricula still load; `curriculum check` requires
    # them for every module (the field order is the order the curriculum page shows them).
    objectives: list[Text] = Field(default_factory=list)
    duration_min: int | None = Field(default=None, gt=0, le=1440)
    key_points: list[Text] = Field(min_length=1)
    items: list[ItemId] = Field(default_factory=list)
    activities: list[Activity] = Field(default_factory=list)
    facilitator_notes: list[Text] = Field(default_factory=list)
    discussion_prompts: list[Text] = Field(default_factory=list)


QuestionKind = Literal["scenario", "concept", "recall"]


class Question(Item):
    """A knowledge check. `kind` says what it tests: applying a framework to a city
    (scenario), understanding an idea (concept) or remembering a fact (recall).
    `answer_item` is the curriculum item that holds the answer (it must be on the module's
    deck); `option_explanations[n]` says why option n is right or wrong, shown after answering."""

    module: ItemId
    kind: QuestionKind
    prompt: Text
    options: list[Text]
    answer: NonNegativeInt
    explanation: Text
    option_explanations: list[Text] = Field(default_factory=list)
    answer_item: ItemId
    related: list[ItemId] = Field(default_factory=list)


class CurriculumFile(Strict):
    """One content file: any of these sections; lists from several files are concatenated."""

    guidelines: list[GuidelinesOverview] = Field(default_factory=list)
    characteristics: list[Characteristic] = Field(default_factory=list)
    process: list[ProcessFigure] = Field(default_factory=list)
    pillars: list[Pillar] = Field(default_factory=list)
    resolution_principles: list[ResolutionPrinciple] = Field(default_factory=list)
    topics: list[Topic] = Field(default_factory=list)
    jica: list[JicaFramework] = Field(default_factory=list)
    domains: list[Domain] = Field(default_factory=list)
    elements: list[Element] = Field(default_factory=list)
    rubrics: list[Rubric] = Field(default_factory=list)
    stages: list[Stage] = Field(default_factory=list)
    scaling: list[ScalingApproach] = Field(default_factory=list)
    city_types: list[CityType] = Field(default_factory=list)
    city_characteristics: list[CityCharacteristic] = Field(default_factory=list)
    city_scopes: list[CityScope] = Field(default_factory=list)
    support_menu: list[SupportOffer] = Field(default_factory=list)
    statistics: list[Statistic] = Field(default_factory=list)
    case_studies: list[CaseStudy] = Field(default_factory=list)
    templates: list[Template] = Field(default_factory=list)
    worksheets: list[Worksheet] = Field(default_factory=list)
    modules: list[Module] = Field(default_factory=list)
    questions: list[Question] = Field(default_factory=list)


SECTIONS: tuple[str, ...] = tuple(CurriculumFile.model_fields)

# The item model of each section, so each item can be validated (and reported) on its own.
SECTION_MODELS: dict[str, type[Item]] = {
    name: info.annotation.__args__[0]  # type: ignore[union-attr]
    for name, info in CurriculumFile.model_fields.items()
}

# What a search hit or a JSON consumer calls each section's items.
KIND_OF_SECTION: dict[str, str] = {
    "guidelines": "guidelines", "characteristics": "characteristic", "process": "process-figure",
    "pillars": "pillar", "resolution_principles": "resolution-principle", "jica": "jica-framework",
    "domains": "domain", "elements": "element", "rubrics": "rubric", "stages": "stage", "scaling": "scaling",
    "city_types": "city-type", "city_characteristics": "city-characteristic",
    "city_scopes": "city-scope", "support_menu": "support", "statistics": "statistic",
    "case_studies": "case-study", "templates": "template", "modules": "module",
    "topics": "topic", "worksheets": "worksheet",
    "questions": "question",
}


LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


class Translation(Strict):
    """One translation file: item id -> field name -> translated value (fallback: English).

    A text field takes a string; a list or nested field is given whole, in the English shape
    (see `overlays.py`). Shapes are checked against the English item in `check.py`, because a
    file on its own does not know them.
    """

    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}$")]
    items: dict[ItemId, dict[str, Any]] = Field(default_factory=dict)

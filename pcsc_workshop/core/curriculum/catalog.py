"""`Curriculum`: the loaded content as one front door (lists, look-up by id, search, JSON).

Items are immutable pydantic models. A curriculum loaded with `language="fr"` holds copies whose
text fields are replaced by the French overlay where one exists (English otherwise), so pages
and PDFs need not know about translations; `text()` answers for any language on demand, and
`is_english_fallback()` tells a screen which fields it must mark as shown in English.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError

from pcsc_workshop.core.curriculum.loader import FolderContent
from pcsc_workshop.core.curriculum.models import (
    ACTORS,
    KIND_OF_SECTION,
    SECTIONS,
    CityType,
    Domain,
    Element,
    Item,
    Pillar,
    ScalingApproach,
    Stage,
    pillar_part_ids,
)
from pcsc_workshop.core.curriculum.overlays import ShapeError, merge, translatable_fields
from pcsc_workshop.core.curriculum.search import SearchDoc, SearchHit, SearchIndex, merge_hits

ACTOR_LABELS = {
    "national": "national governments",
    "local": "local and regional governments",
    "stakeholders": "other stakeholders",
}
# Titles of the derived pillar parts, in the words of terms.yaml (actors, principle / action).
PART_TITLES: dict[str, dict[str, str]] = {
    "en": {"principles": "{pillar}: principles", "actions": "{pillar}: actions for {actor}",
           **ACTOR_LABELS},
    "fr": {"principles": "{pillar} : principes", "actions": "{pillar} : actions pour {actor}",
           "national": "les gouvernements nationaux",
           "local": "les gouvernements locaux et régionaux",
           "stakeholders": "les autres parties prenantes"},
    "es": {"principles": "{pillar}: principios", "actions": "{pillar}: acciones para {actor}",
           "national": "los gobiernos nacionales", "local": "los gobiernos locales y regionales",
           "stakeholders": "las otras partes interesadas"},
    "pt": {"principles": "{pillar}: princípios", "actions": "{pillar}: ações para {actor}",
           "national": "os governos nacionais", "local": "os governos locais e regionais",
           "stakeholders": "as outras partes interessadas"},
    "ar": {"principles": "{pillar}: المبادئ", "actions": "{pillar}: إجراءات موجهة إلى {actor}",
           "national": "الحكومات الوطنية", "local": "الحكومات المحلية والإقليمية",
           "stakeholders": "أصحاب المصلحة الآخرين"},
}
_NOT_TEXT = {"id", "source", "related", "items", "refs", "domain_id", "module", "kind",
             "level", "area", "answer", "number", "day", "start", "duration_min", "value",
             "year", "approximate", "binding", "member_states", "days", "letter",
             "answer_item"}


@dataclass(frozen=True)
class PillarPart:
    """A pillar's principles, or its actions for one actor: the count and the seed's example."""

    id: str
    pillar_id: str
    part: str  # "principles" or "actions"
    actor: str | None
    count: int
    example: str
    title: str
    source: str


def _texts(value: Any, key: str = "") -> list[str]:
    if key in _NOT_TEXT:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for k, v in value.items() for t in _texts(v, k)]
    if isinstance(value, list):
        return [t for v in value for t in _texts(v)]
    return []


class Curriculum:
    """The curriculum content in one language, with an index built for instant search."""

    def __init__(self, content: FolderContent, language: str = "en") -> None:
        assert content.manifest is not None
        self.manifest = content.manifest
        self.folder = content.folder
        self.language = language
        self._translations = content.translations
        self._english_items: dict[str, Item] = {}  # the English item behind each localised one
        # fields shown in English although the curriculum is in another language
        self._fallbacks: set[tuple[str, str]] = set()
        self._sections: dict[str, list[Any]] = {
            name: [self._localised(item, language) for item in content.sections[name]]
            for name in SECTIONS
        }
        s = self._sections
        self.guidelines = s["guidelines"][0] if s["guidelines"] else None
        self.characteristics = s["characteristics"]
        self.process = s["process"]
        self.pillars: list[Pillar] = sorted(s["pillars"], key=lambda p: p.number)
        self.resolution_principles = sorted(s["resolution_principles"], key=lambda p: p.letter)
        self.jica = s["jica"][0] if s["jica"] else None
        self.domains: list[Domain] = sorted(s["domains"], key=lambda d: d.number)
        self.elements: list[Element] = sorted(s["elements"], key=lambda e: e.number)
        self.stages: list[Stage] = sorted(s["stages"], key=lambda st: st.number)
        self.scaling: list[ScalingApproach] = s["scaling"]
        self.city_types: list[CityType] = s["city_types"]
        self.city_characteristics = s["city_characteristics"]
        self.city_scopes = s["city_scopes"]
        self.support_menu = s["support_menu"]
        self.statistics = s["statistics"]
        self.case_studies = s["case_studies"]
        self.templates = s["templates"]
        self.modules = s["modules"]
        self.questions = s["questions"]
        self._kind: dict[str, str] = {}
        self._by_id: dict[str, Any] = {}
        for name in SECTIONS:
            for item in s[name]:
                self._by_id[item.id] = item
                self._kind[item.id] = KIND_OF_SECTION[name]
        self.pillar_parts: dict[str, list[PillarPart]] = {}
        for pillar in self.pillars:
            parts = self._parts_of(pillar)
            self.pillar_parts[pillar.id] = parts
            for part in parts:
                self._by_id[part.id] = part
                self._kind[part.id] = part.part
        self._index = SearchIndex(self._search_docs())

    # --- identity ------------------------------------------------------------------------
    @property
    def id(self) -> str:
        return self.manifest.id

    @property
    def title(self) -> str:
        return self.manifest.title

    @property
    def version(self) -> str:
        return self.manifest.version

    @property
    def languages(self) -> list[str]:
        """Languages the manifest requires to be complete (always including "en")."""
        return list(self.manifest.languages)

    @property
    def available_languages(self) -> list[str]:
        """English plus every language with a translation folder, complete or not."""
        return ["en", *sorted(lang for lang in self._translations if lang != "en")]

    # --- look-up ---------------------------------------------------------------------------
    def get(self, item_id: str) -> Any | None:
        """The item with this id (a pydantic model or a PillarPart), or None."""
        return self._by_id.get(item_id)

    def __contains__(self, item_id: object) -> bool:
        return item_id in self._by_id

    def kind_of(self, item_id: str) -> str | None:
        return self._kind.get(item_id)

    def title_of(self, item_id: str) -> str:
        """A name for a link: the item's name in this curriculum's language, else the id."""
        item = self._by_id.get(item_id)
        return item.title if item is not None else item_id

    def ids(self) -> list[str]:
        return list(self._by_id)

    def elements_of(self, domain_id: str) -> list[Any]:
        return [e for e in self.elements if e.domain_id == domain_id]

    def questions_for(self, module_id: str) -> list[Any]:
        return [q for q in self.questions if q.module == module_id]

    def linked_to(self, item_id: str) -> list[str]:
        """Ids this item links to and ids linking to it (for 'see also' lists)."""
        out: list[str] = list(getattr(self._by_id.get(item_id), "related", []) or [])
        for other in self._by_id.values():
            if item_id in (getattr(other, "related", None) or []) and other.id not in out:
                out.append(other.id)
        return out

    # --- translations ----------------------------------------------------------------------
    def english(self, item: Any) -> Any:
        """The English version of an item (or item id) of this curriculum."""
        item_id = item if isinstance(item, str) else getattr(item, "id", None)
        if item_id is None:
            return None
        return self._english_items.get(item_id) or self._by_id.get(item_id)

    def text(self, item: Any, field: str, language: str | None = None) -> Any:
        """`field` of `item` (or item id) in `language`, falling back to English.

        A text field answers a string; a list or nested field answers the value in the
        English shape (a list of strings, or plain dicts for nested models).
        """
        english = self.english(item)
        if english is None:
            return ""
        language = language or self.language
        value = getattr(english, field, "")
        if isinstance(value, BaseModel) or (isinstance(value, list) and value
                                            and isinstance(value[0], BaseModel)):
            value = english.model_dump(mode="json")[field]
        if language == "en":
            return value if value is not None else ""
        translated = self._translations.get(language, {}).get(english.id, {}).get(field)
        shape = translatable_fields(english).get(field)
        if translated is None or shape is None:
            return value if value is not None else ""
        try:
            return merge(shape, english.model_dump(mode="json")[field], translated)
        except ShapeError:
            return value

    def is_english_fallback(self, item: Any, field: str, language: str | None = None) -> bool:
        """True when `field` of `item` has English text that `language` does not translate."""
        english = self.english(item)
        language = language or self.language
        if english is None or language == "en":
            return False
        if language == self.language:
            return (english.id, field) in self._fallbacks
        if field not in translatable_fields(english):
            return False
        if field not in self._translations.get(language, {}).get(english.id, {}):
            return True
        return self.text(english, field, language) == getattr(english, field)

    def missing_fields(self, item: Any) -> list[str]:
        """The fields of `item` shown in English in this curriculum's language."""
        english = self.english(item)
        if english is None:
            return []
        return [f for (i, f) in sorted(self._fallbacks) if i == english.id]

    def _localised(self, item: Item, language: str) -> Item:
        """A copy of `item` with each translated field laid over; English where one is missing.

        A field whose translation has the wrong shape (a list of the wrong length, a nested
        number changed) keeps its English value: one bad field never hides the item.
        """
        self._english_items[item.id] = item
        if language == "en":
            return item
        text_fields = translatable_fields(item)
        overlay = self._translations.get(language, {}).get(item.id, {})
        english = item.model_dump(mode="json")
        update: dict[str, Any] = {}
        for name, shape in text_fields.items():
            if name not in overlay:
                self._fallbacks.add((item.id, name))
                continue
            try:
                update[name] = merge(shape, english[name], overlay[name])
            except ShapeError:
                self._fallbacks.add((item.id, name))
        if not update:
            return item
        try:
            return type(item).model_validate({**english, **update})
        except ValidationError:  # one value refused by the model: keep it English, try the rest
            good: dict[str, Any] = {}
            for name, value in update.items():
                try:
                    type(item).model_validate({**english, **good, name: value})
                    good[name] = value
                except ValidationError:
                    self._fallbacks.add((item.id, name))
            return type(item).model_validate({**english, **good})

    # --- pillars -----------------------------------------------------------------------------
    def _parts_of(self, pillar: Pillar) -> list[PillarPart]:
        ids = pillar_part_ids(pillar.id)
        words = PART_TITLES.get(self.language, PART_TITLES["en"])
        parts = [PillarPart(ids[0], pillar.id, "principles", None, pillar.principles.count,
                            pillar.principles.example,
                            words["principles"].format(pillar=pillar.name), pillar.source)]
        for part_id, actor in zip(ids[1:], ACTORS, strict=True):
            counted = pillar.actions.for_actor(actor)
            parts.append(PillarPart(part_id, pillar.id, "actions", actor, counted.count,
                                    counted.example,
                                    words["actions"].format(pillar=pillar.name,
                                                            actor=words[actor]),
                                    pillar.source))
        return parts

    # --- search ----------------------------------------------------------------------------
    def _search_docs(self) -> list[SearchDoc]:
        pillar_ids = {p.id for p in self.pillars}
        pillars_of: dict[str, set[str]] = {}
        for item in self._by_id.values():
            if isinstance(item, PillarPart):
                continue
            links = {t for t in (getattr(item, "related", None) or []) if t in pillar_ids}
            pillars_of.setdefault(item.id, set()).update(links)
            if item.id in pillar_ids:
                pillars_of[item.id].add(item.id)
                for target in item.related:
                    pillars_of.setdefault(target, set()).add(item.id)
        docs = []
        for item_id, item in self._by_id.items():
            if isinstance(item, PillarPart):
                docs.append(SearchDoc(item_id, item.part, item.title, (item.example,),
                                      actor=item.actor, pillars=frozenset({item.pillar_id})))
                continue
            texts = tuple(t for t in _texts(item.model_dump()) if t != item.title)
            kind = self._kind[item_id]
            docs.append(SearchDoc(item_id, kind, item.title, texts,
                                  pillars=frozenset(pillars_of.get(item_id, ())),
                                  boost=0.5 if kind == "question" else 1.0))
        return docs

    def search(self, text: str, actor: str | None = None, pillar: str | None = None,
               extra: Iterable[Any] = (), limit: int = 50) -> list[SearchHit]:
        """Ranked hits (id, kind, title, snippet); `extra` adds local items (id, kind, title,
        body) from the workshop database to the same ranking."""
        hits = self._index.search(text, actor=actor, pillar=pillar, limit=limit)
        extra = list(extra)
        if not extra or pillar is not None:  # local items are not tied to a pillar
            return hits
        local = SearchIndex(
            SearchDoc(x.id, "local-" + x.kind.replace("_", "-"), x.title, (x.body,))
            for x in extra
        ).search(text, actor=actor, limit=limit)
        return merge_hits(hits, local, limit=limit)

    # --- export ------------------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        """The whole curriculum as plain JSON-able data with stable ids (for other tools)."""
        out: dict[str, Any] = {
            "id": self.id, "title": self.title, "version": self.version,
            "language": self.language, "languages": self.languages,
            "available_languages": self.available_languages,
        }
        if self.language != "en":  # which fields are shown in English (no translation yet)
            fallback: dict[str, list[str]] = {}
            for item_id, field in sorted(self._fallbacks):
                fallback.setdefault(item_id, []).append(field)
            out["english_fallback"] = fallback
        for name in SECTIONS:
            items = getattr(self, name, None)
            if items is None or not isinstance(items, list):
                items = self._sections[name]
            out[name] = [item.model_dump(mode="json") for item in items]
        for pillar in out["pillars"]:
            pillar["action_total"] = sum(pillar["actions"][a]["count"] for a in ACTORS)
        for element in out["elements"]:
            element["levels"] = {str(level): text for level, text in
                                 enumerate(element["descriptors"])}
        return out

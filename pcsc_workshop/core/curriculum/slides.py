"""Slides for presenter mode: any curriculum module or item becomes a list of `Slide`s.

Why here and not in the UI: what goes on which slide (a pillar's counts, one example, its
discussion questions, a related statistic and case) is a teaching decision that should be
testable without a display and reusable by other outputs (a PDF handout later).

Core speaks in codes: a slide carries its `kind` and curriculum text only. Fixed headings
("Key points", "Discussion questions") and the wording of count rows ("actions for national
governments") are supplied, translated, by the UI from `kind` and `Row.code`. Speaker notes are
curriculum text (explanations, examples, answers, sources), never invented wording.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from pcsc_workshop.core.curriculum.catalog import PillarPart

# title: a module's or item's opening slide; points: a list of short statements; text: one
# paragraph; counts: a pillar's principles and actions per actor; examples: the seed's example
# principle and actions; statistic: one big figure; case: a case study; lessons: its lessons;
# questions: discussion questions; rows: a labelled table (domains and elements, levels...);
# quiz: a knowledge-check question (the answer is in the notes only); check: the closing
# slide of a module, announcing its knowledge check (the prompts are in the notes only);
# objectives: a module's learning objectives.
SLIDE_KINDS = ("title", "points", "text", "counts", "examples", "statistic", "case", "lessons",
               "questions", "rows", "quiz", "check", "objectives")

_SEED_FILE = re.compile(r"\b\d{3}_[0-9a-f]{16}\.txt\b[;,]?\s*")
_MARKDOWN_EMPHASIS = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")


@dataclass(frozen=True)
class Row:
    """One line of a table slide: `code` (worded by the UI) or `label`, a value, a detail."""

    label: str = ""
    value: str = ""
    detail: str = ""
    code: str = ""  # e.g. "principles", "actions.national", "level"


@dataclass(frozen=True)
class Slide:
    kind: str
    title: str = ""  # curriculum text; empty: the UI shows the heading for `kind`
    subtitle: str = ""
    body: str = ""  # a paragraph (plain text; **bold** kept as Markdown)
    points: tuple[str, ...] = ()
    figure: str = ""  # the big figure of a statistic slide, e.g. "46%"
    rows: tuple[Row, ...] = ()
    notes: tuple[str, ...] = ()  # speaker-note paragraphs
    citation: str = ""  # a short source for the audience (seed file names removed)
    item_id: str = ""
    # Our own advice and facilitator's notes (never a source's words): speaker notes only,
    # under a heading the UI supplies ("Facilitator's notes").
    advice: tuple[str, ...] = ()
    item_kind: str = ""  # the kind of item the slide presents ("stage", "worksheet"...)


def citation_of(source: str, registry: dict[str, Any] | None = None) -> str:
    """The source as the audience reads it: each seed by publisher, title and year (from the
    sources registry) with any detail after it; public sources as written. A seed missing from
    the registry shows only its detail, never its file name."""
    from pcsc_workshop.core.curriculum.sources import citations

    parts = []
    for c in citations(source or "", registry):
        if c.seed and c.publisher:
            head = ", ".join(x for x in (c.publisher, c.title, str(c.year) if c.year else "") if x)
            parts.append(f"{head} — {c.detail}" if c.detail else head)
        elif c.seed:
            if c.detail:
                parts.append(c.detail)
        else:
            parts.append(_SEED_FILE.sub("", c.text).strip())
    return "; ".join(p for p in parts if p)


def plain(text: str) -> str:
    """One paragraph without line breaks inside it (YAML block text keeps its wrapping)."""
    paragraphs = [" ".join(p.split()) for p in (text or "").split("\n\n")]
    return "\n\n".join(p for p in paragraphs if p)


def first_paragraph(text: str) -> str:
    return plain(text).split("\n\n")[0] if text else ""


def _note_source(source: str) -> str:
    return f"[{source}]" if source else ""


def _notes(*parts: str) -> tuple[str, ...]:
    return tuple(plain(p) for p in parts if p and p.strip())


# --- one item ------------------------------------------------------------------------------

def _related_of(cur: Any, item: Any, kind: str) -> Any | None:
    for target in getattr(item, "related", None) or []:
        if cur.kind_of(target) == kind:
            return cur.get(target)
    return None


def _pillar(cur: Any, pillar: Any, related: bool) -> list[Slide]:
    parts = cur.pillar_parts.get(pillar.id, [])
    rows = tuple(Row(value=str(p.count), code="principles" if p.actor is None
                     else f"actions.{p.actor}") for p in parts)
    examples = tuple(Row(detail=plain(p.example), code="principles" if p.actor is None
                         else f"actions.{p.actor}") for p in parts)
    slides = [
        Slide("title", pillar.name, plain(pillar.summary), item_id=pillar.id,
              notes=_notes(pillar.explanation, _note_source(pillar.source)),
              advice=_notes(*pillar.our_advice),
              rows=(Row(code=f"pillar.{pillar.kind}", value=str(pillar.number)),)),
        Slide("counts", pillar.name, rows=rows, item_id=pillar.id,
              notes=_notes(pillar.explanation)),
        Slide("examples", pillar.name, rows=examples, item_id=pillar.id,
              notes=_notes(*(p.example for p in parts))),
        Slide("questions", pillar.name, points=tuple(plain(q) for q in
                                                     pillar.discussion_questions),
              item_id=pillar.id, notes=_notes(pillar.explanation)),
    ]
    if related:
        slides += _linked_evidence(cur, pillar)
    return slides


def _linked_evidence(cur: Any, item: Any) -> list[Slide]:
    out: list[Slide] = []
    stat = _related_of(cur, item, "statistic")
    if stat is not None:
        out += _statistic(stat)
    case = _related_of(cur, item, "case-study")
    if case is not None:
        out += _case(case)[:1]
    return out


def _statistic(stat: Any) -> list[Slide]:
    subtitle = ", ".join(str(x) for x in (stat.population, stat.region, stat.year) if x)
    return [Slide("statistic", stat.name, subtitle, body=plain(stat.statement),
                  figure=stat.figure, citation=citation_of(stat.source), item_id=stat.id,
                  notes=_notes(stat.statement, _note_source(stat.source)))]


def _case(case: Any) -> list[Slide]:
    figures = tuple(Row(label=f.label, value=f.value) for f in case.figures)
    return [
        Slide("case", case.name, f"{case.place} · {case.period}",
              body=first_paragraph(case.what_was_done), points=tuple(case.actors),
              rows=figures, citation=citation_of(case.source), item_id=case.id,
              notes=_notes(case.context, case.what_was_done, case.results,
                           _note_source(case.source))),
        Slide("lessons", case.name, points=tuple(plain(x) for x in case.lessons),
              item_id=case.id, notes=_notes(case.results)),
    ]


def _element(cur: Any, element: Any) -> list[Slide]:
    domain = cur.get(element.domain_id)
    levels = tuple(Row(value=str(level), detail=plain(text), code="level")
                   for level, text in enumerate(element.descriptors))
    return [
        Slide("title", f"{element.number}. {element.name}",
              domain.name if domain is not None else "", body=plain(element.description),
              item_id=element.id, notes=_notes(element.description, element.name_note,
                                               _note_source(element.source))),
        Slide("rows", element.name, rows=levels, item_id=element.id,
              notes=_notes(element.description)),
    ]


def _domain_rows(cur: Any, domains: list[Any]) -> tuple[Row, ...]:
    return tuple(Row(label=d.name, value=str(len(cur.elements_of(d.id))),
                     detail=" · ".join(f"{e.number} {e.name}" for e in cur.elements_of(d.id)))
                 for d in domains)


def _domain(cur: Any, domain: Any) -> list[Slide]:
    rows = tuple(Row(label=e.name, value=str(e.number), detail=plain(e.description))
                 for e in cur.elements_of(domain.id))
    return [Slide("title", domain.name, body=plain(domain.description), item_id=domain.id,
                  notes=_notes(domain.description, _note_source(domain.source))),
            Slide("rows", domain.name, rows=rows, item_id=domain.id,
                  notes=_notes(domain.description))]


def _framework(cur: Any, framework: Any) -> list[Slide]:
    return [
        Slide("text", framework.name, body=first_paragraph(framework.summary),
              item_id=framework.id, notes=_notes(framework.summary,
                                                 _note_source(framework.source))),
        Slide("rows", framework.name, rows=_domain_rows(cur, cur.domains), item_id=framework.id,
              notes=_notes(framework.rubric_note)),
    ]


def _guidelines(overview: Any) -> list[Slide]:
    return [
        Slide("title", overview.name, plain(overview.summary), item_id=overview.id,
              notes=_notes(overview.why, _note_source(overview.source))),
        Slide("text", overview.name, body=first_paragraph(overview.why), item_id=overview.id,
              notes=_notes(overview.mandate, overview.full_text_note)),
    ]


def _topic(topic: Any) -> list[Slide]:
    points = tuple(plain(x) for x in topic.points)
    if len(points) > 6 and all(len(x) <= 24 for x in points):  # a list of names: one line
        return [Slide("text", topic.name, body=plain(topic.summary) + "\n\n" +
                      " · ".join(points), item_id=topic.id, citation=citation_of(topic.source),
                      advice=_notes(*topic.our_advice),
                      notes=_notes(topic.summary, _note_source(topic.source)))]
    return [Slide("points" if points else "text", topic.name, body=plain(topic.summary),
                  points=points, item_id=topic.id,
                  citation=citation_of(topic.source), advice=_notes(*topic.our_advice),
                  notes=_notes(topic.summary, *topic.points, _note_source(topic.source)))]


MAX_POINTS = 7  # more bullets than this do not stay readable from the back of a room


def _worksheet(sheet: Any) -> list[Slide]:
    """What participants fill in on the slide (over several slides, "1 / 2", when the sheet
    is long); how to fill it in, in the notes."""
    prompts = [plain(x) for x in sheet.prompts]
    parts = -(-len(prompts) // MAX_POINTS)
    size = -(-len(prompts) // parts)
    slides = []
    for n in range(parts):
        chunk = prompts[n * size:(n + 1) * size]
        slides.append(Slide("points", sheet.name, f"{n + 1} / {parts}" if parts > 1 else "",
                            body=plain(sheet.purpose) if n == 0 else "", points=tuple(chunk),
                            item_id=sheet.id,
                            notes=_notes(*sheet.instructions, _note_source(sheet.source))))
    return slides


def _stage(stage: Any) -> list[Slide]:
    """JICA's words on the slide; our advice in the speaker notes only, labelled."""
    return [Slide("points", f"{stage.number}. {stage.name}", plain(stage.applies_to),
                  body=plain(stage.description),
                  points=tuple(plain(x) for x in stage.recommendations), item_id=stage.id,
                  advice=_notes(*stage.our_advice),
                  notes=_notes(stage.description, _note_source(stage.source)))]


def _principle(principle: Any) -> list[Slide]:
    """The draft's principle; the subtitle says what was still in brackets on 22 May 2023."""
    return [Slide("text", f"({principle.letter}) {principle.name}",
                  plain(principle.draft_note), body=plain(principle.summary),
                  citation=citation_of(principle.source), item_id=principle.id,
                  notes=_notes(principle.summary, principle.draft_note,
                               _note_source(principle.source)))]


def _city_type(city_type: Any) -> list[Slide]:
    points = tuple(plain(x) for x in city_type.directions)
    return [Slide("points" if points else "text", city_type.name,
                  body=plain(city_type.layout_note), points=points, item_id=city_type.id,
                  notes=_notes(city_type.layout_note, _note_source(city_type.source)))]


def slides_for_item(cur: Any, item_id: str, related: bool = True) -> list[Slide]:
    """The slides for one curriculum item; `related` adds a linked statistic and case."""
    item = cur.get(item_id)
    if item is None:
        raise KeyError(item_id)
    kind = cur.kind_of(item_id)
    if kind == "module":
        return slides_for_module(cur, item_id)
    if isinstance(item, PillarPart):
        code = "principles" if item.actor is None else f"actions.{item.actor}"
        return [Slide("counts", cur.title_of(item.pillar_id), item_id=item.id,
                      rows=(Row(value=str(item.count), detail=plain(item.example), code=code),),
                      notes=_notes(item.example, _note_source(item.source)))]
    builders = {
        "topic": lambda: _topic(item),
        "worksheet": lambda: _worksheet(item),
        "stage": lambda: _stage(item),
        "resolution-principle": lambda: _principle(item),
        "city-type": lambda: _city_type(item),
        "pillar": lambda: _pillar(cur, item, related),
        "statistic": lambda: _statistic(item),
        "case-study": lambda: _case(item),
        "element": lambda: _element(cur, item),
        "domain": lambda: _domain(cur, item),
        "jica-framework": lambda: _framework(cur, item),
        "guidelines": lambda: _guidelines(item),
    }
    slides = builders[kind]() if kind in builders else _generic(item)
    return [replace(s, item_kind=kind) if s.item_id == item_id and not s.item_kind else s
            for s in slides]


def _generic(item: Any) -> list[Slide]:
    """Stages, scaling, city types, support, characteristics, principles a-g, questions..."""
    notes = _note_source(item.source)
    if hasattr(item, "prompt"):  # a knowledge-check question: the answer goes to the notes
        answer = item.options[item.answer] if 0 <= item.answer < len(item.options) else ""
        return [Slide("quiz", item.prompt, points=tuple(item.options), item_id=item.id,
                      notes=_notes(answer, item.explanation))]
    if hasattr(item, "statement") and hasattr(item, "value"):  # a process figure
        figure = f"{item.qualifier + ' ' if item.qualifier else ''}{item.value}"
        return [Slide("statistic", item.label, figure=figure, body=plain(item.statement),
                      citation=citation_of(item.source), item_id=item.id,
                      notes=_notes(item.statement, notes))]
    if hasattr(item, "letter"):
        return [Slide("text", f"({item.letter}) {item.name}", body=plain(item.summary),
                      item_id=item.id, notes=_notes(item.summary, notes))]
    if hasattr(item, "sessions"):  # a workshop template: one agenda slide per day
        slides = [Slide("title", item.name, plain(item.description), item_id=item.id,
                        notes=_notes(item.audience, notes))]
        for day in sorted({s.day for s in item.sessions}):
            rows = tuple(Row(label=s.title, value=s.start, detail=str(s.duration_min),
                             code=f"session.{s.kind}") for s in item.sessions if s.day == day)
            slides.append(Slide("rows", item.name, subtitle=str(day), rows=rows,
                                item_id=item.id,
                                notes=_notes(*(s.notes for s in item.sessions
                                               if s.day == day and s.notes))))
        return slides
    points: tuple[str, ...] = ()
    for name in ("recommendations", "directions", "activities", "scoring_rules"):
        points = tuple(plain(x) for x in getattr(item, name, None) or ())
        if points:
            break
    body = ""
    for name in ("description", "summary", "applies_to", "instrument", "layout_note"):
        body = plain(getattr(item, name, "") or "")
        if body:
            break
    rows = tuple(Row(label="", value=plain(getattr(item, n)), code=n)
                 for n in ("starts_with", "grows_by") if getattr(item, n, ""))
    return [Slide("points" if points else "text", item.title, body=body, points=points,
                  rows=rows, item_id=item.id, notes=_notes(body, notes))]


# --- a module -------------------------------------------------------------------------------

def _pillar_totals(module: Any, pillars: list[Any]) -> Slide:
    """Principles and actions of each pillar the module shows, and their totals: the figures
    a module's key points add up ("21 principles and 85 actions")."""
    rows = [Row(label=p.name, value=str(p.principles.count), detail=str(p.action_total),
                code="pillar-total") for p in pillars]
    rows.append(Row(value=str(sum(p.principles.count for p in pillars)),
                    detail=str(sum(p.action_total for p in pillars)), code="pillar-total.sum"))
    return Slide("rows", module.name, rows=tuple(rows), item_id=module.id,
                 notes=_notes(*(f"{p.name}: {p.principles.count} / {p.action_total}"
                                for p in pillars)))


def _module_plan_notes(module: Any) -> tuple[str, ...]:
    """The session plan for the speaker: objectives, then each activity and its steps."""
    lines = [plain(module.summary), *(plain(o) for o in module.objectives)]
    for activity in module.activities:
        lines.append(f"{plain(activity.title)} ({activity.duration_min}′)")
        lines += [f"{n}. {plain(step)}" for n, step in enumerate(activity.steps, 1)]
    lines.append(_note_source(module.source))
    return _notes(*lines)


def _covered(cur: Any, slides: list[Slide]) -> set[str]:
    """Item ids a run of slides presents, with the parts their slides show in full: a pillar
    shows all its principles and actions, a domain lists its elements with descriptions."""
    ids = {s.item_id for s in slides if s.item_id}
    for item_id in list(ids):
        kind = cur.kind_of(item_id)
        if kind == "pillar":
            ids.update(part.id for part in cur.pillar_parts.get(item_id, []))
        elif kind == "domain":
            ids.update(e.id for e in cur.elements_of(item_id))
    return ids


def slides_for_module(cur: Any, module_id: str) -> list[Slide]:
    """Title, objectives, key points, each of the module's items, then any item holding a
    question's answer that the items did not show, the discussion prompts and the check."""
    module = cur.get(module_id)
    if module is None or cur.kind_of(module_id) != "module":
        raise KeyError(module_id)
    questions = cur.questions_for(module_id)
    slides = [
        Slide("title", module.name, plain(module.summary), item_id=module.id,
              notes=_module_plan_notes(module), advice=_notes(*module.facilitator_notes)),
    ]
    if module.objectives:
        slides.append(Slide("objectives", module.name,
                            points=tuple(plain(o) for o in module.objectives),
                            item_id=module.id, notes=_notes(*module.objectives)))
    slides.append(Slide("points", module.name, points=tuple(plain(p) for p in module.key_points),
                        item_id=module.id, notes=_notes(*module.key_points)))
    for item_id in module.items:
        if item_id in cur:
            slides += slides_for_item(cur, item_id, related=False)
    pillars = [cur.get(i) for i in module.items if cur.kind_of(i) == "pillar"]
    if len(pillars) > 1:
        slides.append(_pillar_totals(module, pillars))
    shown = _covered(cur, slides)
    for q in questions:
        target = getattr(q, "answer_item", None)
        if target and target in cur and target not in shown \
                and cur.kind_of(target) not in ("module", "question"):
            extra = slides_for_item(cur, target, related=False)
            slides += extra
            shown |= _covered(cur, extra)
    if module.discussion_prompts:
        slides.append(Slide("questions", module.name,
                            points=tuple(plain(p) for p in module.discussion_prompts),
                            item_id=module.id, notes=_notes(*module.discussion_prompts)))
    if questions:
        slides.append(Slide("check", module.name, item_id=module.id,
                            rows=(Row(value=str(len(questions)), code="quiz-count"),),
                            notes=_notes(*(q.prompt for q in questions))))
    return slides


def deck_item_ids(cur: Any, module_id: str) -> set[str]:
    """Every item a module's deck presents (what `curriculum check` compares questions with).
    The module itself is among them: its objectives and key points are on the deck."""
    return _covered(cur, slides_for_module(cur, module_id))


def slides_for(cur: Any, item_or_module_id: str) -> list[Slide]:
    """The front door: a module's whole deck, or one item's slides with linked evidence."""
    if cur.kind_of(item_or_module_id) == "module":
        return slides_for_module(cur, item_or_module_id)
    return slides_for_item(cur, item_or_module_id)


def slides_for_local(item: Any) -> list[Slide]:
    """Slides for a facilitator's local case study, statistic or note (a LocalItemInfo)."""
    data = dict(getattr(item, "data", {}) or {})
    if item.kind == "statistic":
        value = data.get("value")
        unit = str(data.get("unit") or "")
        figure = "" if value is None else f"{value:g}{unit if unit == '%' else ' ' + unit}"
        year = data.get("year")
        return [Slide("statistic", item.title, str(year) if year else "", body=plain(item.body),
                      figure=figure.strip(), citation=item.source, item_id=item.id,
                      notes=_notes(item.body, _note_source(item.source)))]
    return [Slide("case" if item.kind == "case_study" else "text", item.title,
                  body=first_paragraph(item.body), citation=item.source, item_id=item.id,
                  notes=_notes(item.body, _note_source(item.source)))]


__all__ = ["SLIDE_KINDS", "Row", "Slide", "citation_of", "deck_item_ids", "slides_for",
           "slides_for_item", "slides_for_local", "slides_for_module"]

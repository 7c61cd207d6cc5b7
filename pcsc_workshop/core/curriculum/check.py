"""Whole-curriculum rules: unique ids, links that resolve, counts that add up.

Per-item rules (required fields, types) are the pydantic models' job; these rules need every
file at once. Each finding names the file and field a content editor has to open.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pcsc_workshop.core.curriculum.loader import MANIFEST, FolderContent, read_folder
from pcsc_workshop.core.curriculum.models import ACTORS, SECTIONS, pillar_part_ids
from pcsc_workshop.core.curriculum.problems import Problem

DESCRIPTOR_LEVELS = 5  # maturity levels 0..4 of the self-assessment


def check_curriculum(folder: Path | str, warnings: bool = False) -> list[Problem]:
    """Every problem of a curriculum folder, structural and semantic; empty when it is fine.

    `warnings=True` adds what does not make the folder unusable (stale translations).
    """
    content = read_folder(folder)
    if content.manifest is None:
        return content.problems
    found = content.problems + semantic_problems(content, warnings=True)
    found = found + teaching_problems(content, found)
    return found if warnings else [p for p in found if not p.warning]


def semantic_problems(content: FolderContent, warnings: bool = False,
                      translations: bool = True) -> list[Problem]:
    """`translations=False`: skip the translation checks (the app loads a faulty translation
    with English in its place; only `curriculum check` needs to list what is wrong)."""
    problems: list[Problem] = []
    problems += _duplicate_ids(content)
    known = set(content.origins)
    for item_id, places in content.origins.items():  # valid or not: its parts are known
        if any(where.startswith("pillars[") for _file, where in places):
            known.update(pillar_part_ids(item_id))
    problems += _links(content, known)
    problems += _counts(content)
    problems += _questions(content)
    problems += _templates(content)
    if translations:
        problems += _translations(content)
    problems += question_and_rubric_problems(content, known)
    return problems if warnings else [p for p in problems if not p.warning]


def teaching_problems(content: FolderContent, problems: list[Problem]) -> list[Problem]:
    """Whether the curriculum can be taught as it stands: modules are session plans,
    templates fill their days with breaks, seeds are in the sources registry, and decks show
    what their modules claim (each question's answer item, each key point's figure).

    These rules are `curriculum check`'s (and the tests'), not the loader's: an older
    curriculum without session plans still loads and runs, and building every deck (~0.25 s)
    is not paid each time the app starts."""
    out = _modules(content) + _session_plans(content) + _sources(content)
    if not any(p.message.startswith("link to unknown id") for p in problems):
        out += _deck_coverage(content)
    return out


def _where(content: FolderContent, item_id: str) -> tuple[str, str]:
    origins = content.origins.get(item_id)
    return origins[0] if origins else (MANIFEST, "")


def _duplicate_ids(content: FolderContent) -> list[Problem]:
    problems = []
    for item_id, places in content.origins.items():
        first_file, first_where = places[0]
        for file, where in places[1:]:
            problems.append(Problem(file, f"{where}.id",
                                    f"duplicate id {item_id!r} (first in {first_file} "
                                    f"{first_where})"))
    return problems


def _link_fields(item: Any) -> Iterable[tuple[str, str]]:
    for name in ("related", "items"):
        for i, target in enumerate(getattr(item, name, None) or []):
            yield f"{name}[{i}]", target
    for name in ("domain_id", "module", "answer_item"):
        target = getattr(item, name, None)
        if isinstance(target, str):
            yield name, target
    for a, activity in enumerate(getattr(item, "activities", None) or []):
        if getattr(activity, "worksheet", None):
            yield f"activities[{a}].worksheet", activity.worksheet
    for s, session in enumerate(getattr(item, "sessions", None) or []):
        for r, target in enumerate(session.refs):
            yield f"sessions[{s}].refs[{r}]", target


def _links(content: FolderContent, known: set[str]) -> list[Problem]:
    problems = []
    for section in SECTIONS:
        for item in content.sections[section]:
            file, where = _where(content, item.id)
            for field, target in _link_fields(item):
                if target not in known:
                    problems.append(Problem(file, f"{where} ({item.id}).{field}",
                                            f"link to unknown id {target!r}"))
    domain_ids = {d.id for d in content.sections["domains"]}
    module_ids = {m.id for m in content.sections["modules"]}
    for element in content.sections["elements"]:
        if element.domain_id in known and element.domain_id not in domain_ids:
            file, where = _where(content, element.id)
            problems.append(Problem(file, f"{where} ({element.id}).domain_id",
                                    f"{element.domain_id!r} is not a domain"))
    for question in content.sections["questions"]:
        if question.module in known and question.module not in module_ids:
            file, where = _where(content, question.id)
            problems.append(Problem(file, f"{where} ({question.id}).module",
                                    f"{question.module!r} is not a module"))
    return problems


def _numbers(content: FolderContent, section: str) -> list[Problem]:
    """Numbered items (pillars, domains, elements, stages) count 1..N without gaps."""
    items = content.sections[section]
    numbers = [item.number for item in items]
    if sorted(numbers) == list(range(1, len(items) + 1)):
        return []
    problems = []
    for number, times in Counter(numbers).items():
        if times > 1:
            item = next(i for i in items if i.number == number)
            file, where = _where(content, item.id)
            problems.append(Problem(file, f"{where} ({item.id}).number",
                                    f"number {number} is used {times} times"))
    if not problems:
        file = _where(content, items[0].id)[0] if items else MANIFEST
        problems.append(Problem(file, f"{section}.number",
                                f"numbers should run 1..{len(items)}, found {sorted(numbers)}"))
    return problems


def _counts(content: FolderContent) -> list[Problem]:
    problems: list[Problem] = []
    broken = content.broken_sections
    for section in ("pillars", "domains", "elements", "stages"):
        if section not in broken:
            problems += _numbers(content, section)
    for element in content.sections["elements"]:
        if len(element.descriptors) != DESCRIPTOR_LEVELS:
            file, where = _where(content, element.id)
            problems.append(Problem(
                file, f"{where} ({element.id}).descriptors",
                f"needs {DESCRIPTOR_LEVELS} maturity descriptors (levels 0-4), "
                f"found {len(element.descriptors)}"))
    domains_used = {e.domain_id for e in content.sections["elements"]}
    for domain in [] if "elements" in broken else content.sections["domains"]:
        if domain.id not in domains_used:
            file, where = _where(content, domain.id)
            problems.append(Problem(file, f"{where} ({domain.id})", "domain has no elements"))
    assert content.manifest is not None
    totals = content.manifest.totals
    pillars = content.sections["pillars"]
    actual = {
        "pillars": len(pillars),
        "principles": sum(p.principles.count for p in pillars),
        "actions": sum(p.action_total for p in pillars),
        "domains": len(content.sections["domains"]),
        "elements": len(content.sections["elements"]),
    }
    for actor in ACTORS:
        actual[f"actions_{actor}"] = sum(p.actions.for_actor(actor).count for p in pillars)
    unreliable = {name for name in actual if name in ("domains", "elements")
                  and name in broken or name not in ("domains", "elements")
                  and "pillars" in broken}
    for name, found in actual.items():
        declared = getattr(totals, name)
        if name in unreliable:
            continue  # an invalid item was left out; its own problem is already reported
        if declared is not None and declared != found:
            problems.append(Problem(MANIFEST, f"totals.{name}",
                                    f"declares {declared} but the content has {found}"))
    if totals.min_questions is not None and len(content.sections["questions"]) < totals.min_questions:
        problems.append(Problem(MANIFEST, "totals.min_questions",
                                f"at least {totals.min_questions} questions expected, found "
                                f"{len(content.sections['questions'])}"))
    return problems


def _questions(content: FolderContent) -> list[Problem]:
    problems = []
    for q in content.sections["questions"]:
        file, where = _where(content, q.id)
        at = f"{where} ({q.id})"
        if not 2 <= len(q.options) <= 6:
            problems.append(Problem(file, f"{at}.options",
                                    f"needs 2 to 6 options, found {len(q.options)}"))
        if q.answer >= len(q.options):
            problems.append(Problem(file, f"{at}.answer",
                                    f"option {q.answer} does not exist (options count from 0)"))
        if len({o.casefold() for o in q.options}) != len(q.options):
            problems.append(Problem(file, f"{at}.options", "two options are the same"))
    return problems


def _minutes(clock: str) -> int:
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)


HALF_DAY_MAX_MIN = 270  # a half day is at most 4 h 30 (a morning with its break)
LUNCH_AFTER_MIN = 360  # a day longer than 6 h needs a lunch break
LUNCH_MIN = 30
MAX_STRETCH_MIN = 180  # no more than 3 h of sessions without any break


def _templates(content: FolderContent) -> list[Problem]:
    problems = []
    for template in content.sections["templates"]:
        file, where = _where(content, template.id)
        at_t = f"{where} ({template.id})"
        ends: dict[int, tuple[int, int]] = {}
        for i, session in enumerate(template.sessions):
            at = f"{at_t}.sessions[{i}]"
            if session.day > template.day_count:
                problems.append(Problem(file, f"{at}.day",
                                        f"day {session.day} is after the last day "
                                        f"({template.day_count})"))
            start = _minutes(session.start)
            previous = ends.get(session.day)
            if previous is not None and start < previous[0]:
                problems.append(Problem(file, f"{at}.start",
                                        f"starts at {session.start}, before session "
                                        f"{previous[1]} of the same day ends"))
            if start + session.duration_min > 24 * 60:
                problems.append(Problem(file, f"{at}.duration_min", "runs past midnight"))
            ends[session.day] = (start + session.duration_min, i)
    return problems


def _session_plans(content: FolderContent) -> list[Problem]:
    """Each session says what it is for and, for exercises, how to run it; each template's
    days are filled (see `_schedule`)."""
    problems = []
    for template in content.sections["templates"]:
        file, where = _where(content, template.id)
        at_t = f"{where} ({template.id})"
        for i, session in enumerate(template.sessions):
            at = f"{at_t}.sessions[{i}]"
            if session.kind != "break" and not session.objectives:
                problems.append(Problem(file, f"{at}.objectives",
                                        "a session other than a break needs objectives"))
            if session.kind in ("exercise", "discussion") and not session.instructions:
                problems.append(Problem(file, f"{at}.instructions",
                                        f"an {session.kind} needs instructions for the "
                                        "facilitator"))
        problems += _schedule(file, at_t, template)
    return problems


def _schedule(file: str, at: str, template: Any) -> list[Problem]:
    """Each day's sessions fill the day's start..end exactly; the day count matches `days`;
    long days have a lunch break and no long stretch runs without a break."""
    if not template.schedule:
        return [Problem(file, f"{at}.schedule", "needs each day's start and end")]
    problems = []
    days = sorted(d.day for d in template.schedule)
    if days != list(range(1, template.day_count + 1)):
        problems.append(Problem(file, f"{at}.schedule",
                                f"days {days} do not match days: {template.days:g} "
                                f"(expected 1..{template.day_count})"))
    session_days = {s.day for s in template.sessions}
    for d, day in enumerate(template.schedule):
        where = f"{at}.schedule[{d}]"
        length = _minutes(day.end) - _minutes(day.start)
        sessions = sorted((s for s in template.sessions if s.day == day.day),
                          key=lambda s: _minutes(s.start))
        if length <= 0:
            problems.append(Problem(file, f"{where}.end", "ends before it starts"))
            continue
        total = sum(s.duration_min for s in sessions)
        if total != length:
            problems.append(Problem(file, where,
                                    f"day {day.day} runs {day.start}-{day.end} ({length} min) "
                                    f"but its sessions add up to {total} min"))
        clock = _minutes(day.start)
        for s in sessions:
            if _minutes(s.start) != clock:
                problems.append(Problem(file, where,
                                        f"day {day.day}: {s.title!r} starts at {s.start}, "
                                        f"expected {clock // 60:02d}:{clock % 60:02d} "
                                        "(no gaps or overlaps)"))
                break
            clock += s.duration_min
        half = template.days != int(template.days) and day.day == template.day_count
        if half and length > HALF_DAY_MAX_MIN:
            problems.append(Problem(file, where,
                                    f"a half day runs {length} min, more than "
                                    f"{HALF_DAY_MAX_MIN}"))
        if not half and template.days >= 1 and length <= HALF_DAY_MAX_MIN:
            problems.append(Problem(file, where,
                                    f"day {day.day} is only {length} min: set days to "
                                    f"{day.day - 0.5:g} if it is a half day"))
        if length > LUNCH_AFTER_MIN and not any(s.kind == "break" and
                                                 s.duration_min >= LUNCH_MIN
                                                 for s in sessions):
            problems.append(Problem(file, where,
                                    f"day {day.day} runs {length} min with no lunch break "
                                    f"(a break of {LUNCH_MIN} min or more)"))
        stretch = 0
        for s in sessions:
            stretch = 0 if s.kind == "break" else stretch + s.duration_min
            if stretch > MAX_STRETCH_MIN:
                problems.append(Problem(file, where,
                                        f"day {day.day}: {stretch} min without a break "
                                        f"before the end of {s.title!r} (at most "
                                        f"{MAX_STRETCH_MIN})"))
                break
    for day in sorted(session_days - set(days)):
        problems.append(Problem(file, f"{at}.sessions",
                                f"sessions on day {day}, which the schedule does not have"))
    return problems


def _modules(content: FolderContent) -> list[Problem]:
    """Every module is a session plan: objectives, a duration filled by its activities, steps,
    facilitator notes and discussion prompts."""
    problems = []
    for module in content.sections["modules"]:
        file, where = _where(content, module.id)
        at = f"{where} ({module.id})"
        for name in ("objectives", "activities", "facilitator_notes", "discussion_prompts"):
            if not getattr(module, name):
                problems.append(Problem(file, f"{at}.{name}", "required for a session plan"))
        if module.duration_min is None:
            problems.append(Problem(file, f"{at}.duration_min", "required for a session plan"))
        elif module.activities:
            total = sum(a.duration_min for a in module.activities)
            if total != module.duration_min:
                problems.append(Problem(file, f"{at}.activities",
                                        f"activities add up to {total} min, the module "
                                        f"lasts {module.duration_min}"))
        if not module.items:
            problems.append(Problem(file, f"{at}.items", "a module's deck needs items"))
        for i, objective in enumerate(module.objectives):
            first = objective.split()[0].strip(",.:;").casefold() if objective.split() else ""
            if first in UNOBSERVABLE:
                problems.append(Problem(file, f"{at}.objectives[{i}]",
                                        f"{first!r} cannot be observed: say what participants "
                                        "will do (name, score, draft, explain...)"))
    return problems


# Objectives nobody can see being met; an objective starts with what participants will do.
UNOBSERVABLE = {"understand", "know", "learn", "appreciate", "be", "become", "realise",
                "realize", "grasp", "feel", "comprehend"}


def _sources(content: FolderContent) -> list[Problem]:
    """The registry reads, and names every seed file a `source:` field cites."""
    from pcsc_workshop.core.curriculum.sources import SOURCES_FILE, read_sources, seeds_named

    registry, problems = read_sources(content.folder)
    if not registry and not problems and not (content.folder / SOURCES_FILE).is_file():
        return []  # a curriculum without a registry shows file names as they are
    reported: set[str] = set()
    for section in SECTIONS:
        for item in content.sections[section]:
            for seed in sorted(seeds_named(item.source) - set(registry) - reported):
                reported.add(seed)
                file, where = _where(content, item.id)
                problems.append(Problem(file, f"{where} ({item.id}).source",
                                        f"{seed} is not in {SOURCES_FILE}"))
    return problems


_FIGURE = re.compile(r"\d+(?:[.,]\d+)?(?=\s*%)|\b\d{2,}(?:[.,]\d+)?\b")
_MODULE_OWN = ("title", "objectives", "points", "questions", "check")


def _key_point_figures(content: FolderContent, cur: Any) -> list[Problem]:
    """A figure a key point states (a percentage, or a number of 10 or more) is shown on the
    module's deck by an item's slide, so the deck teaches what its key points claim."""
    from pcsc_workshop.core.curriculum.slides import slides_for_module

    problems = []
    for module in content.sections["modules"]:
        slides = [s for s in slides_for_module(cur, module.id)
                  if not (s.item_id == module.id and s.kind in _MODULE_OWN)]
        shown = " ".join(
            " ".join([s.title, s.subtitle, s.body, s.figure, *s.points,
                      *(f"{r.label} {r.value} {r.detail}" for r in s.rows)]) for s in slides)
        on_deck = set(re.findall(r"\d+(?:[.,]\d+)?", shown))
        file, where = _where(content, module.id)
        for i, point in enumerate(module.key_points):
            missing = [f for f in _FIGURE.findall(point) if f not in on_deck]
            if missing:
                problems.append(Problem(file, f"{where} ({module.id}).key_points[{i}]",
                                        f"states {', '.join(missing)}, which no slide of the "
                                        "deck shows"))
    return problems


def _deck_coverage(content: FolderContent) -> list[Problem]:
    """The item holding each question's answer is on its module's deck, and the figures of
    the key points are too."""
    questions = [q for q in content.sections["questions"] if q.answer_item]
    if content.manifest is None or content.broken_sections:
        return []  # with an invalid item left out, a deck would be judged on half its items
    from pcsc_workshop.core.curriculum.catalog import Curriculum
    from pcsc_workshop.core.curriculum.slides import deck_item_ids

    cur = Curriculum(content)
    decks: dict[str, set[str]] = {}
    problems = _key_point_figures(content, cur)
    for q in questions:
        if cur.kind_of(q.module) != "module":
            continue
        if q.module not in decks:
            decks[q.module] = deck_item_ids(cur, q.module)
        if q.answer_item not in decks[q.module]:
            file, where = _where(content, q.id)
            problems.append(Problem(file, f"{where} ({q.id}).answer_item",
                                    f"{q.answer_item!r} is not on the deck of {q.module}"))
    return problems


def _translations(content: FolderContent) -> list[Problem]:
    from pcsc_workshop.core.curriculum.translation_check import translation_problems

    return translation_problems(content)


# --- knowledge checks and the maturity rubric (issue 18) -------------------------------------
# Kept apart from the rules above so that branches editing modules and templates merge easily.

MIN_SCENARIO_SHARE = 0.5  # at least half of the questions apply a framework to a city
MAX_RECALL_SHARE = 0.25  # number and fact recall stays a minority


def question_and_rubric_problems(content: FolderContent, known: set[str]) -> list[Problem]:
    """Questions that test understanding and a rubric two groups apply alike."""
    return (_question_mix(content) + _answer_items(content, known)
            + _option_explanations(content) + _rubric_levels(content))


def _question_mix(content: FolderContent) -> list[Problem]:
    questions = content.sections["questions"]
    if not questions or "questions" in content.broken_sections:
        return []
    kinds = Counter(q.kind for q in questions)
    file = _where(content, questions[0].id)[0]
    problems = []
    if kinds["scenario"] < MIN_SCENARIO_SHARE * len(questions):
        problems.append(Problem(file, "questions.kind",
                                f"only {kinds['scenario']} of {len(questions)} questions are "
                                f"scenarios; at least half must apply a framework to a city"))
    if kinds["recall"] > MAX_RECALL_SHARE * len(questions):
        problems.append(Problem(file, "questions.kind",
                                f"{kinds['recall']} of {len(questions)} questions are recall; "
                                f"at most a quarter may test memory of facts or figures"))
    return problems


def _answer_items(content: FolderContent, known: set[str]) -> list[Problem]:
    problems = []
    for q in content.sections["questions"]:
        if q.answer_item not in known:
            file, where = _where(content, q.id)
            problems.append(Problem(file, f"{where} ({q.id}).answer_item",
                                    f"link to unknown id {q.answer_item!r}: name the item "
                                    f"that holds this question's answer"))
    return problems


def _option_explanations(content: FolderContent) -> list[Problem]:
    problems = []
    for q in content.sections["questions"]:
        file, where = _where(content, q.id)
        if len(q.option_explanations) != len(q.options):
            problems.append(Problem(
                file, f"{where} ({q.id}).option_explanations",
                f"needs one explanation per option ({len(q.options)}), found "
                f"{len(q.option_explanations)}: say why each wrong option is wrong"))
    return problems


def _rubric_levels(content: FolderContent) -> list[Problem]:
    problems = []
    for element in content.sections["elements"]:
        file, where = _where(content, element.id)
        if len(element.checks) != DESCRIPTOR_LEVELS:
            problems.append(Problem(
                file, f"{where} ({element.id}).checks",
                f"needs an observable check for each of the {DESCRIPTOR_LEVELS} levels (0-4), "
                f"found {len(element.checks)}"))
        if len(set(element.descriptors)) != len(element.descriptors):
            problems.append(Problem(file, f"{where} ({element.id}).descriptors",
                                    "two levels have the same descriptor"))
    rubrics = content.sections["rubrics"]
    if content.sections["elements"] and not rubrics and "rubrics" not in content.broken_sections:
        file = _where(content, content.sections["elements"][0].id)[0]
        problems.append(Problem(file, "rubrics",
                                "the elements' levels need a rubric item stating who wrote "
                                "them and how partial matches are scored"))
    return problems


__all__ = ["check_curriculum", "semantic_problems", "teaching_problems",
           "question_and_rubric_problems", "Problem"]

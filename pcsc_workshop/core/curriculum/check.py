"""Whole-curriculum rules: unique ids, links that resolve, counts that add up.

Per-item rules (required fields, types) are the pydantic models' job; these rules need every
file at once. Each finding names the file and field a content editor has to open.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pcsc_workshop.core.curriculum.loader import MANIFEST, FolderContent, read_folder
from pcsc_workshop.core.curriculum.models import ACTORS, SECTIONS
from pcsc_workshop.core.curriculum.problems import Problem

DESCRIPTOR_LEVELS = 5  # maturity levels 0..4 of the self-assessment


def pillar_part_ids(pillar_id: str) -> list[str]:
    """Ids of a pillar's principles and per-actor actions (derived, not written in files)."""
    return [f"{pillar_id}.principles"] + [f"{pillar_id}.actions.{a}" for a in ACTORS]


def check_curriculum(folder: Path | str, warnings: bool = False) -> list[Problem]:
    """Every problem of a curriculum folder, structural and semantic; empty when it is fine.

    `warnings=True` adds what does not make the folder unusable (stale translations).
    """
    content = read_folder(folder)
    if content.manifest is None:
        return content.problems
    found = content.problems + semantic_problems(content, warnings=True)
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
    return problems if warnings else [p for p in problems if not p.warning]


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
    for name in ("domain_id", "module"):
        target = getattr(item, name, None)
        if isinstance(target, str):
            yield name, target
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


def _templates(content: FolderContent) -> list[Problem]:
    problems = []
    for template in content.sections["templates"]:
        file, where = _where(content, template.id)
        ends: dict[int, tuple[int, int]] = {}
        for i, session in enumerate(template.sessions):
            at = f"{where} ({template.id}).sessions[{i}]"
            if session.day > template.days:
                problems.append(Problem(file, f"{at}.day",
                                        f"day {session.day} is after the last day "
                                        f"({template.days})"))
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


def _translations(content: FolderContent) -> list[Problem]:
    from pcsc_workshop.core.curriculum.translation_check import translation_problems

    return translation_problems(content)


__all__ = ["check_curriculum", "semantic_problems", "pillar_part_ids", "Problem"]

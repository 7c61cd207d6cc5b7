"""Workshop templates: the curriculum's ready-made agendas, as plain data to create a workshop.

Why apart from the curriculum: a template session becomes an agenda session of a real
workshop (`workshops.create_workshop`); this module adapts the curriculum's template to the
few fields an agenda session has, with the session plan (objectives, steps) as its notes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class SessionTemplate:
    """One session of a workshop template (plain data, from the curriculum's templates)."""

    day: int
    start: str  # HH:MM
    duration: int  # minutes
    kind: str
    title: str
    refs: tuple[str, ...] = ()
    description: str = ""


@dataclass(frozen=True)
class WorkshopTemplate:
    id: str
    sessions: tuple[SessionTemplate, ...] = ()


def template_from_curriculum(tpl: Any) -> WorkshopTemplate:
    """Adapt a curriculum template: `.id` and `.sessions[i]` with `.day`, `.start`,
    `.duration_min` (or `.duration`), `.kind`, `.title`, `.refs` and `.notes` (or
    `.description`)."""
    out = []
    for s in tpl.sessions:
        out.append(SessionTemplate(
            day=int(getattr(s, "day", 1)),
            start=str(getattr(s, "start", None) or getattr(s, "start_time", "09:00")),
            duration=int(getattr(s, "duration", None) or getattr(s, "duration_min", 60)),
            kind=str(getattr(s, "kind", "lecture")),
            title=str(getattr(s, "title", "")),
            refs=tuple(getattr(s, "refs", None) or getattr(s, "curriculum_refs", None) or ()),
            description=str(getattr(s, "notes", None) or getattr(s, "description", "")
                            or _session_plan(s)),
        ))
    return WorkshopTemplate(id=str(tpl.id), sessions=tuple(out))


def _session_plan(s: Any) -> str:
    """A template session's objectives ("• ...") and numbered instructions, as the agenda
    session's notes: what the facilitator's run sheet shows on the day (curriculum text
    only, so it is in the curriculum's language; no words of ours around it)."""
    objectives = [f"• {' '.join(str(o).split())}" for o in getattr(s, "objectives", None) or ()]
    steps = [f"{n}. {' '.join(str(x).split())}"
             for n, x in enumerate(getattr(s, "instructions", None) or (), 1)]
    return "\n\n".join("\n".join(block) for block in (objectives, steps) if block)



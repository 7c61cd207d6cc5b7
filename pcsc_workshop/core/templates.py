"""Workshop templates: the curriculum's ready-made agendas, as plain data to create a workshop.

Why apart from the curriculum: a template session becomes an agenda session of a real
workshop (`workshops.create_workshop`); this module adapts the curriculum's template to the
few fields an agenda session has, with the session plan (objectives, steps) as its notes.
"""

from __future__ import annotations

from dataclasses import dataclass

from pcsc_workshop.core.curriculum.models import Template, TemplateSession


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


def template_from_curriculum(tpl: Template) -> WorkshopTemplate:
    """Adapt a curriculum template: each session keeps its day, start, length, kind, title
    and links; its notes, or else its session plan, become the agenda session's notes."""
    return WorkshopTemplate(id=tpl.id, sessions=tuple(
        SessionTemplate(day=s.day, start=s.start, duration=s.duration_min, kind=s.kind,
                        title=s.title, refs=tuple(s.refs),
                        description=s.notes or _session_plan(s))
        for s in tpl.sessions))


def _session_plan(s: TemplateSession) -> str:
    """A template session's objectives ("• ...") and numbered instructions, as the agenda
    session's notes: what the facilitator's run sheet shows on the day (curriculum text
    only, so it is in the curriculum's language; no words of ours around it)."""
    objectives = [f"• {' '.join(o.split())}" for o in s.objectives]
    steps = [f"{n}. {' '.join(x.split())}" for n, x in enumerate(s.instructions, 1)]
    return "\n\n".join("\n".join(block) for block in (objectives, steps) if block)

"""A workshop created from a curriculum template carries each session's plan into its agenda."""

from __future__ import annotations

from sqlalchemy import select

from pcsc_workshop.core.curriculum import load_curriculum
from pcsc_workshop.core.models import AgendaItem
from pcsc_workshop.core.templates import template_from_curriculum
from pcsc_workshop.core.workshops import WorkshopFields, create_workshop


def test_the_agenda_notes_hold_each_sessions_objectives_and_steps(store):
    tpl = load_curriculum().get("template.tdd-5day")
    with store.session() as session:
        workshop_id = create_workshop(session, WorkshopFields(title="Deep dive, Sfax"),
                                      template_from_curriculum(tpl))
        rows = session.scalars(select(AgendaItem).where(AgendaItem.workshop_id == workshop_id)
                               .order_by(AgendaItem.day, AgendaItem.position)).all()
        assert len(rows) == len(tpl.sessions)
        exercise = next(r for r in rows if r.title.startswith("City self-assessment"))
        assert exercise.duration_min == 105
        assert exercise.description.startswith("• Each delegation agrees a score")
        assert "\n1. Briefing (10 min)" in exercise.description
        lunch = next(r for r in rows if r.day == 4 and r.kind == "break" and r.duration_min == 60)
        assert lunch.description == ""  # a break has no plan
        assert {r.day for r in rows} == {1, 2, 3, 4, 5}

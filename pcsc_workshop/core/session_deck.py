"""An agenda session's deck: a title slide for the session, then every linked module in order.

A session often covers several modules (a morning on the guidelines and JICA's framework);
presenting only the first one left the facilitator switching decks in front of the room. The
session's own links keep their agenda order; links to curriculum items that are not modules
follow the modules, each once.
"""

from __future__ import annotations

from typing import Any

from pcsc_workshop.core.curriculum.slides import Row, Slide, slides_for


def session_parts(cur: Any, refs: list[str]) -> list[str]:
    """The curriculum ids a session presents: its modules first, then other items, each once."""
    known = list(dict.fromkeys(r for r in refs if r in cur))
    modules = [r for r in known if cur.kind_of(r) == "module"]
    return modules + [r for r in known if r not in modules]


def slides_for_session(cur: Any, title: str, subtitle: str, refs: list[str],
                       item_id: str = "") -> list[Slide]:
    """Title slide (session title, when, and what it covers) then each part's slides."""
    parts = session_parts(cur, refs)
    if not parts:
        raise KeyError(item_id or title)
    slides = [Slide("title", title, subtitle, points=tuple(cur.title_of(p) for p in parts),
                    rows=(Row(code="agenda-session"),),  # the kicker says "Agenda session"
                    item_id=item_id, notes=tuple(cur.title_of(p) for p in parts))]
    for part in parts:
        slides += slides_for(cur, part)
    return slides


__all__ = ["session_parts", "slides_for_session"]

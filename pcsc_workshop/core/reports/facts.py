"""What every document prints about the workshop: title, dates, venue, organisers, language,
and the certificate's logos and signatories.

Why a module of its own: the plan and certificate batches, the certificate itself and the
workshop report all need these facts; read here once, below all of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from pcsc_workshop.core.reports.labels import date_range, normalise_language
from pcsc_workshop.core.workshops import get_workshop


@dataclass(frozen=True)
class WorkshopFacts:
    """What covers and certificates print about the workshop."""

    id: str
    title: str
    dates: str  # as written when there are no dates to format (tests, old callers)
    venue: str
    organisers: str
    start: date | None = None
    end: date | None = None
    language: str = "en"  # the workshop's language: the documents' default
    certificate: dict[str, Any] = field(default_factory=dict)  # logos and signatories (see models)

    def when(self) -> str:
        """The workshop's dates in the current document's language (CLDR)."""
        return date_range(self.start, self.end) if (self.start or self.end) else self.dates



def workshop_facts(session: Session, workshop_id: str) -> WorkshopFacts:
    """KeyError when there is no such workshop."""
    w = get_workshop(session, workshop_id)
    return WorkshopFacts(id=w.id, title=w.title, dates=date_range(w.start_date, w.end_date),
                         venue=w.venue or ", ".join(x for x in (w.city, w.country) if x),
                         organisers=w.organisers, start=w.start_date, end=w.end_date,
                         language=normalise_language(w.language),
                         certificate=dict(w.certificate or {}))

"""The dashboard's read: every delegation's and participant's figures, and whose files
arrived, in one snapshot.

Why one read and not two: the figures and the exchange status are shown side by side; read in
one transaction, a file imported meanwhile shows in both or in neither.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from pcsc_workshop.core.assessment import ElementRef
from pcsc_workshop.core.dashboard import DashboardData, workshop_dashboard
from pcsc_workshop.core.exchange import participant_status
from pcsc_workshop.core.exchange.status import ParticipantStatus
from pcsc_workshop.door.section import Section


@dataclass(frozen=True)
class DashboardView:
    data: DashboardData
    arrived: tuple[ParticipantStatus, ...]  # each participant's exchanged files


class DashboardSection(Section):
    def figures(self, workshop_id: str, elements: Sequence[ElementRef], *,
                today: date | None = None) -> DashboardView:
        """What the dashboard shows; NotFound when the workshop is gone."""
        with self._read() as s:
            arrived = participant_status(s, workshop_id)
            data = workshop_dashboard(s, workshop_id, elements, today=today, collected={
                a.participant_id: bool(a.files_received) for a in arrived})
        return DashboardView(data, tuple(arrived))

"""Self-assessments on JICA's 21 elements: a delegation's or a participant's, scores and evidence (undoable per score)."""

from __future__ import annotations

from pcsc_workshop.door.section import Section


class AssessmentsSection(Section):
    """Operations are added here as the UI and the CLI move behind the door (issue 19)."""

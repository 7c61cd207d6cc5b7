"""Knowledge checks (quizzes): attempts, answers released or not, learning gains."""

from __future__ import annotations

from pcsc_workshop.door.section import Section


class ChecksSection(Section):
    """Operations are added here as the UI and the CLI move behind the door (issue 19)."""

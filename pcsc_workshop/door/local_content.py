"""The facilitator's local content: items added beside the curriculum."""

from __future__ import annotations

from pcsc_workshop.door.section import Section


class LocalContentSection(Section):
    """Operations are added here as the UI and the CLI move behind the door (issue 19)."""

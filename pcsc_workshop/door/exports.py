"""Documents people keep: action plans, dossiers, workshop reports, certificates, agendas, CSV — orchestrated once for the UI and the CLI."""

from __future__ import annotations

from pcsc_workshop.door.section import Section


class ExportsSection(Section):
    """Operations are added here as the UI and the CLI move behind the door (issue 19)."""

"""Plans travelling between devices: packs, bundles, imports (all or nothing, file by file), conflicts, held files."""

from __future__ import annotations

from pcsc_workshop.door.section import Section


class ExchangeSection(Section):
    """Operations are added here as the UI and the CLI move behind the door (issue 19)."""

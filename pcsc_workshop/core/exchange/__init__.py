"""The `.pcsc` exchange format: workshop packs out, plan bundles back, nothing lost.

Qt-free. The format is documented in docs/exchange-format.md; the models in `schema`;
the merge rules in `merge`. Public API:

- `write_pack(session, workshop_id, path) -> WrittenFile`
- `open_pack(session, path) -> PackInfo`, then `choose_participant(session, workshop_id, pid)`
- `write_bundle(session, workshop_id, participant_id, out) -> WrittenFile`,
  `write_bundles(session, workshop_id, folder) -> list[WrittenFile]`
- `import_file(session, path) -> FileResult`, `import_files(session, paths) -> ImportReport`
- `list_conflicts(session, workshop_id)`, `resolve_conflict(session, conflict_id, choices)`
- `participant_status(session, workshop_id)`, `send_status(session, workshop_id=None)`
- `parse_file(path)` checks a file without a database; `ExchangeError` says why it is refused.
- `list_held(session, workshop_id)`, `accept_held(session, held_id)`, `discard_held(...)`:
  bundles from laptops not trusted for their participant (see `trust`).
"""

from pcsc_workshop.core.exchange.conflicts import (
    ConflictInfo,
    ConflictResolved,
    FieldDifference,
    list_conflicts,
    resolve_conflict,
)
from pcsc_workshop.core.exchange.errors import ExchangeError
from pcsc_workshop.core.exchange.identity import (
    choose_participant,
    current_participant,
    installation_id_if_any,
)
from pcsc_workshop.core.exchange.importer import (
    FileResult,
    ImportReport,
    accept_held,
    import_file,
    import_files,
)
from pcsc_workshop.core.exchange.packs import PackInfo, PackParticipant, open_pack
from pcsc_workshop.core.exchange.reader import ParsedFile, parse_file
from pcsc_workshop.core.exchange.status import (
    ParticipantStatus,
    SendStatus,
    participant_status,
    send_status,
)
from pcsc_workshop.core.exchange.trust import (
    HeldInfo,
    discard_held,
    list_held,
)
from pcsc_workshop.core.exchange.writer import (
    WrittenFile,
    bundle_file_name,
    write_bundle,
    write_bundles,
    write_pack,
    write_packs,
)

__all__ = [
    "ConflictInfo",
    "ConflictResolved",
    "ExchangeError",
    "FieldDifference",
    "FileResult",
    "HeldInfo",
    "ImportReport",
    "PackInfo",
    "PackParticipant",
    "ParsedFile",
    "ParticipantStatus",
    "SendStatus",
    "WrittenFile",
    "accept_held",
    "bundle_file_name",
    "choose_participant",
    "current_participant",
    "discard_held",
    "import_file",
    "import_files",
    "installation_id_if_any",
    "list_conflicts",
    "list_held",
    "open_pack",
    "parse_file",
    "participant_status",
    "resolve_conflict",
    "send_status",
    "write_bundle",
    "write_bundles",
    "write_pack",
    "write_packs",
]

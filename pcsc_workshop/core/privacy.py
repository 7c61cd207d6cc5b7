"""After "Delete this participant's data": leave no trace of them, and say where copies remain.

`setup.delete_participant_data` wipes and tombstones the person's own records (the tombstones
travel, so other laptops erase them too). What else held their name or text:

- the exchange history: every file imported from them or sent to them (the file names carry
  their name), conflict records (a conflict holds the other version's full text), and any
  other `exchange_*` table keyed by participant (senders, keys): `forget_exchange_traces`
  deletes those rows;
- the database file's free pages and the write-ahead log: `scrub_file` VACUUMs (secure_delete
  is on for every connection, so freed pages are zeroed as well) and checkpoints the WAL with
  TRUNCATE so no old page image with their text is left in `-wal`;
- backups made before the deletion: `backups_holding` lists those that still hold the person,
  `purge_backups` removes them when the facilitator agrees (a backup is also what would undo
  a mistaken deletion, so it is offered, not done silently).

Not reachable from here, and said so in docs/privacy.md: copies on other laptops until they
receive the next pack, files already exported (PDFs, CSV), and other people's text that
mentions the person.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from pcsc_workshop.core.db import driver_connection, list_backups


def forget_exchange_traces(session: Session, participant_id: str, record_ids: set[str]) -> int:
    """Delete exchange history rows about this participant or their records; returns how many.

    Generic over the schema (every `exchange_*` table with a participant_id or record_id
    column), so a table added later (pinned keys, senders) is covered without an edit here."""
    removed = 0
    ids = sorted(record_ids)
    # The file's own tables (not the ORM's metadata): modules not imported yet count too.
    names = session.execute(text(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'exchange\\_%' "
        "ESCAPE '\\'")).scalars().all()
    # Their laptops (sender installation ids), known from the files received from them: what
    # we remember per sender (exchange_peer_records and the like) goes too.
    peers: list[str] = []
    if "exchange_imports" in names:
        peers = sorted(set(session.execute(text(
            "SELECT sender_installation_id FROM exchange_imports WHERE participant_id = :p"),
            {"p": participant_id}).scalars()) - {""})
    for name in names:
        columns = {r[1] for r in session.execute(text(f'PRAGMA table_info("{name}")'))}
        if "peer_id" in columns and peers:
            marks = ", ".join(f":s{i}" for i in range(len(peers)))
            result = session.connection().execute(text(f'DELETE FROM "{name}" WHERE peer_id IN ({marks})'),
                                     {f"s{i}": peer for i, peer in enumerate(peers)})
            removed += result.rowcount or 0
        if "participant_id" in columns:
            result = session.connection().execute(text(f'DELETE FROM "{name}" WHERE participant_id = :p'),
                                     {"p": participant_id})
            removed += result.rowcount or 0
        if "record_id" in columns and name == "exchange_conflicts":
            # a conflict holds the other version's whole text
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                marks = ", ".join(f":r{i}" for i in range(len(chunk)))
                result = session.connection().execute(
                    text(f'DELETE FROM "{name}" WHERE record_id IN ({marks})'),
                    {f"r{i}": rid for i, rid in enumerate(chunk)})
                removed += result.rowcount or 0
    return removed


def scrub_file(engine: Engine) -> None:
    """Rewrite the file without free pages and empty the WAL, so erased text is gone from disk.

    VACUUM and the checkpoint both need a connection outside any transaction."""
    with engine.connect() as connection:
        raw = driver_connection(connection)
        raw.execute("VACUUM")
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def backups_holding(db_path: Path, participant_id: str) -> list[Path]:
    """The backups of `db_path` in which this participant still has a name or any plan."""
    found: list[Path] = []
    for path in list_backups(db_path):
        try:
            con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                row = con.execute(
                    "SELECT 1 FROM participants WHERE id = ? AND (name != '' OR deleted = 0)",
                    (participant_id,)).fetchone()
            finally:
                con.close()
        except sqlite3.Error:
            row = (1,)  # a backup we cannot read may hold anything: count it
        if row:
            found.append(path)
    return found


def purge_backups(paths: list[Path]) -> int:
    """Delete these backup files (and any -wal/-shm beside them); returns how many."""
    count = 0
    for path in paths:
        for extra in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            if extra.exists():
                extra.unlink()
                count += extra == path
    return count

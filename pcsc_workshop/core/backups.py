"""Keep the whole database in a file, and put one back.

`backup_database` / `check_backup` / `restore_database`: the whole database to and from one
file with SQLite's backup API (a consistent copy even while the app writes). A file is checked
before anything is replaced: an SQLite file, this app's tables, a schema version this app
knows, `PRAGMA integrity_check` clean. The database being replaced is first kept as a backup
copy next to it, so a restore can itself be undone.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pcsc_workshop.core.db import SQLITE_MAGIC, DatabaseError, backup, copy_database

if TYPE_CHECKING:
    from pcsc_workshop.core.store import Store

# Tables every database of this app has had since its first revision.
REQUIRED_TABLES = {"workshops", "agenda_items", "delegations", "participants", "action_plans",
                   "alembic_version"}


class BackupRefused(DatabaseError):
    """The chosen file cannot be restored; the message says why (nothing was changed)."""


def backup_database(db_path: Path, target: Path) -> Path:
    """Write a consistent copy of the database to `target` (atomically: temp file, rename)."""
    target = Path(target).expanduser()
    folder = target.parent
    if not folder.is_dir():
        raise DatabaseError(f"The folder does not exist: {folder}")
    try:
        handle, temp = tempfile.mkstemp(dir=folder, prefix=f".{target.stem[:40]}.",
                                        suffix=".part")
    except OSError as exc:
        raise DatabaseError(f"Cannot write in {folder}: {exc.strerror or exc}") from exc
    os.close(handle)
    try:
        copy_database(Path(db_path), Path(temp))
        os.replace(temp, target)
    except (OSError, sqlite3.Error) as exc:
        raise DatabaseError(f"Cannot write the backup {target}: {exc}") from exc
    finally:
        if os.path.exists(temp):
            os.unlink(temp)
    return target


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    revision: str
    workshops: int
    participants: int


def check_backup(path: Path, known_revisions: set[str] | None = None) -> BackupInfo:
    """What the file holds, or BackupRefused saying why it cannot be restored."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise BackupRefused(f"Cannot read {path.name}: {exc.strerror or exc}.") from exc
    if head != SQLITE_MAGIC:
        raise BackupRefused(f"{path.name} is not a database backup (not an SQLite file).")
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise BackupRefused(f"{path.name} cannot be opened: {exc}.") from exc
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables >= REQUIRED_TABLES:
            raise BackupRefused(f"{path.name} is an SQLite file but not a PCSC Workshop "
                                "database (its tables are missing).")
        verdict = con.execute("PRAGMA integrity_check").fetchone()
        if not verdict or verdict[0] != "ok":
            raise BackupRefused(f"{path.name} is damaged ({verdict[0] if verdict else '?'}).")
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else ""
        if known_revisions is not None and revision not in known_revisions:
            raise BackupRefused(f"{path.name} was made by a newer version of the app "
                                f"(schema {revision or 'unknown'}); update the app first.")
        workshops = con.execute("SELECT count(*) FROM workshops WHERE deleted = 0").fetchone()[0]
        people = con.execute("SELECT count(*) FROM participants WHERE deleted = 0").fetchone()[0]
    except sqlite3.Error as exc:
        raise BackupRefused(f"{path.name} is damaged or not a database: {exc}.") from exc
    finally:
        con.close()
    return BackupInfo(path, revision, workshops, people)


def known_revisions() -> set[str]:
    """Every schema revision this app can open (and migrate from)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", "pcsc_workshop.core:migrations")
    return {rev.revision for rev in ScriptDirectory.from_config(cfg).walk_revisions()}


def restore_database(store: Store, source: Path) -> Path:
    """Replace the store's database by the checked file `source`; returns the copy kept of
    the replaced database. The store is reopened (and migrated if the backup is older)."""
    check_backup(source, known_revisions())
    db_path = Path(store.path)
    kept = backup(db_path, "before-restore")
    store.engine.dispose()
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        dst = sqlite3.connect(str(db_path))
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
    except sqlite3.Error as exc:
        raise DatabaseError(f"The restore failed ({exc}); the previous database is kept in "
                            f"{kept.name}.") from exc
    finally:
        store.reopen()
    return kept

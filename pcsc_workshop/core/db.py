"""Open the workshop database safely: check it, back it up, migrate it, tune SQLite.

Why so careful: the database is the only copy of a workshop's plans.

- **Only our own files are touched.** A file that is not SQLite, or an SQLite file of another
  program (its `PRAGMA application_id` is not ours and it has no PCSC Workshop tables), is
  refused before anything is written. A database made by an earlier version (no id yet, but
  our tables) is migrated and marked. An empty new file is fine.
- **Migrations are all or nothing.** pysqlite's own transaction handling is switched off and
  the engine emits BEGIN itself (SQLAlchemy's documented recipe, "Serializable isolation /
  Savepoints / Transactional DDL" in its SQLite dialect docs), so every migration step,
  DDL included, runs in one transaction: a process killed at any moment leaves the file as it
  was or fully migrated (tests/core/test_db.py kills a migration at every statement).
- **Backups stay useful.** A backup is taken with SQLite's backup API before a migration, only
  of a file that passes `PRAGMA quick_check`, and not again when the newest backup already
  holds the same content; rotation never deletes the newest good backup.
- **Failures are named.** A damaged file, a full disk, an I/O error or a lock held too long
  are reported as such (core/errors.py), never as an SQLAlchemy traceback.
- The connection uses WAL with synchronous=FULL so a killed process loses nothing committed,
  a busy timeout so a writer waits for another's lock, and secure_delete so erased personal
  data does not linger in free pages.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.dialects import registry
from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.util import LRUCache

from pcsc_workshop.core.errors import (
    CORRUPT_MESSAGE,
    DatabaseCorrupt,
    DatabaseError,
    ForeignDatabase,
    classify,
)
from pcsc_workshop.core.migrations import HEAD

__all__ = ["DatabaseError", "open_database", "session_factory", "upgrade", "backup",
           "APPLICATION_ID", "BUSY_TIMEOUT_MS"]

SQLITE_MAGIC = b"SQLite format 3\x00"
BACKUPS_KEPT = 3
APPLICATION_ID = 0x50435357  # "PCSW" in the file header (offset 68): this file is ours
# How long a writer waits for another's lock before DatabaseBusy. An autosave or one bundle's
# merge holds it for milliseconds; a whole batch import commits file by file.
BUSY_TIMEOUT_MS = 10_000
# Tables only a PCSC Workshop database has: an SQLite file without the application id but with
# these (and Alembic's version table) was made by an earlier version of the app.
_OUR_TABLES = {"alembic_version", "workshops", "participants"}
# Engine execution option: begin this connection's transactions with BEGIN IMMEDIATE (take
# the write lock at once, waiting up to the busy timeout) instead of a deferred BEGIN.
IMMEDIATE = "pcsc_begin_immediate"


@dataclass(frozen=True)
class FileInfo:
    """What the file header and schema say, read without writing anything."""

    exists: bool
    application_id: int = 0
    tables: frozenset[str] = frozenset()
    revision: str | None = None

    @property
    def empty(self) -> bool:
        return not self.exists or not self.tables

    @property
    def ours(self) -> bool:
        return self.application_id == APPLICATION_ID or (
            self.application_id == 0 and self.tables >= _OUR_TABLES)


def _check_is_sqlite(path: Path) -> None:
    if not path.exists():
        return
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder, not a database file.")
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise DatabaseError(f"Cannot read the database {path}: {exc.strerror}.") from exc
    if head and head != SQLITE_MAGIC:
        raise DatabaseError(
            f"{path} is not a PCSC Workshop database (it is not an SQLite file). "
            "It was left untouched; choose another file with --db."
        )


@contextmanager
def _read_only(path: Path) -> Iterator[sqlite3.Connection]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        yield con
    finally:
        con.close()


def _corrupt(path: Path, exc: BaseException | None = None) -> DatabaseError:
    found = classify(exc, str(path)) if exc is not None else None
    if found is not None and not isinstance(found, DatabaseCorrupt):
        return found  # e.g. an I/O error reading it: say that, not "damaged"
    return DatabaseCorrupt(f"{CORRUPT_MESSAGE} ({path})")


def inspect_file(path: Path) -> FileInfo:
    """Read the application id, table names and Alembic revision (read-only)."""
    if not path.exists() or path.stat().st_size == 0:
        return FileInfo(exists=False)
    try:
        with _read_only(path) as con:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            tables = frozenset(r[0] for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type='table'"))
            info = FileInfo(True, app_id, tables)
            if not info.ours or "alembic_version" not in tables:
                return info  # another program's file: read nothing more from it
            found = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error as exc:
        raise _corrupt(path, exc) from exc
    return FileInfo(True, app_id, tables, found[0] if found else None)


def check_integrity(path: Path) -> None:
    """Raise DatabaseCorrupt when `PRAGMA quick_check` finds damage (a flipped page...).

    Why at every open: a damaged file otherwise fails later, page by page, in whatever query
    happens to touch the bad page; one clear message at start is what a user can act on."""
    try:
        with _read_only(path) as con:
            rows = con.execute("PRAGMA quick_check").fetchall()
    except sqlite3.Error as exc:
        raise _corrupt(path, exc) from exc
    if rows != [("ok",)]:
        raise _corrupt(path)


def current_revision(path: Path) -> str | None:
    """The Alembic revision stamped in the file, or None for an empty/new database."""
    return inspect_file(path).revision


def copy_database(source: Path, target: Path) -> Path:
    """A consistent copy with SQLite's backup API (safe while WAL writers are active).

    The copy is switched to a rollback journal so that it is one self-contained file (a WAL
    copy opened read-only later would leave -wal/-shm files beside it)."""
    src = sqlite3.connect(str(source))
    dst = sqlite3.connect(str(target))
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")
    finally:
        dst.close()
        src.close()
    return target


def _digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _is_good(path: Path) -> bool:
    try:
        check_integrity(path)
    except DatabaseError:
        return False
    return True


def list_backups(path: Path) -> list[Path]:
    """This database's backups, oldest first (the time stamp in the name sorts)."""
    found = [p for p in path.parent.glob(f"{path.name}.backup-*")
             if not p.name.endswith(("-wal", "-shm", "-journal")) and p.is_file()]
    return sorted(found, key=lambda p: (p.name.rsplit("-", 3)[-3:], p.name))


def backup(path: Path, label: str) -> Path:
    """Copy the database with SQLite's backup API and keep the newest BACKUPS_KEPT copies.

    Refuses to back up a damaged file (it would push a good backup out of the rotation);
    when the newest backup already holds the same bytes, returns it instead of adding a copy;
    rotation keeps the newest good backup even when newer ones are damaged."""
    check_integrity(path)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = copy_database(path, path.with_name(f"{path.name}.backup-{label}-{stamp}"))
    olds = [p for p in list_backups(path) if p != target]
    if olds and _digest(olds[-1]) == _digest(target):
        target.unlink(missing_ok=True)
        return olds[-1]
    _rotate(path)
    return target


def _rotate(path: Path) -> None:
    """Keep the newest BACKUPS_KEPT backups that pass quick_check; damaged ones are useless
    and are removed first, so they can never push a good backup out."""
    backups = list_backups(path)
    if len(backups) <= BACKUPS_KEPT:
        return
    good = [p for p in backups if _is_good(p)]
    keep = set(good[-BACKUPS_KEPT:])
    for old in backups:
        if old not in keep:
            old.unlink(missing_ok=True)


def driver_connection(connection: Connection) -> sqlite3.Connection:
    """The pysqlite connection under SQLAlchemy's, for what must run outside any transaction
    (VACUUM, a WAL checkpoint, `PRAGMA foreign_keys`)."""
    raw = connection.connection.driver_connection
    if not isinstance(raw, sqlite3.Connection):
        raise DatabaseError("The database connection was closed.")
    return raw


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply Alembic migrations on this engine in one transaction (frozen builds too).

    Foreign keys are off while migrating (SQLite only changes that outside a transaction):
    batch mode copies a table, drops the old one and renames the copy, and with enforcement
    on the drop would cascade into child tables. They are checked before the commit."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", "pcsc_workshop.core:migrations")
    with engine.connect() as connection:
        raw = driver_connection(connection)  # outside any transaction, as needed
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                cfg.attributes["connection"] = connection
                command.upgrade(cfg, revision)
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise DatabaseError(f"The migration left {len(broken)} broken references; "
                                        "nothing was changed.")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # The driver must not begin or commit on its own (it would skip BEGIN before DDL and
    # savepoints would not nest): the engine emits BEGIN in _on_begin.
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    # Erased personal data (a participant deleted for privacy) must not linger in free pages.
    cur.execute("PRAGMA secure_delete=ON")
    cur.close()


def _on_begin(conn: Connection) -> None:
    if conn.get_execution_options().get(IMMEDIATE):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


class _SharedCacheSQLite(SQLiteDialect_pysqlite):
    """pysqlite, with one cache of compiled SQL for every database file this process opens.

    Why: SQLAlchemy keys compiled statements by dialect *instance* and gives each engine its
    own cache, so every newly opened file (a reopened file after a restore, a laptop's pack,
    a clone, each test's fresh database) compiled every query again: writing a pack on a
    just-opened file took 0.10-0.12 s of CPU against 0.02-0.03 s the second time. Every engine
    made by `make_engine` has the same settings and the same SQLite library, so any of them
    writes the same SQL for a statement: the dialects compare equal and share entries."""

    supports_statement_cache = True

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self)

    def __hash__(self) -> int:
        return hash(type(self))


registry.register("sqlite.pcsc_shared_cache", __name__, "_SharedCacheSQLite")
# Compiled statements of every engine (an engine's own default holds 500; the app's queries
# number a few hundred, so one cache this size is never pruned in normal use).
_COMPILED: LRUCache[object, object] = LRUCache(1000)


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite+pcsc_shared_cache:///{path}", future=True,
                           connect_args={"timeout": BUSY_TIMEOUT_MS / 1000},
                           execution_options={"compiled_cache": _COMPILED})
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def _refuse_foreign(path: Path, info: FileInfo) -> None:
    if info.empty or info.ours:
        return
    raise ForeignDatabase(
        f"{path} is an SQLite database of another program, not a PCSC Workshop database. "
        "It was left untouched; choose another file with --db (a new name makes a new "
        "database).")


def open_database(path: Path) -> Engine:
    """Check, back up, migrate and return an engine for the database at `path`."""
    path = Path(path)
    _check_is_sqlite(path)
    if not path.parent.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(f"Cannot create the folder {path.parent}: {exc.strerror}.") from exc
    info = inspect_file(path)
    _refuse_foreign(path, info)
    if info.exists:
        check_integrity(path)
    if info.revision is not None and info.revision != HEAD and not _known_revision(info.revision):
        raise DatabaseError(
            f"{path} was made by a newer version of PCSC Workshop (database revision "
            f"{info.revision}). It was left untouched; update the app to open it.")
    engine = make_engine(path)
    if info.revision != HEAD or info.application_id != APPLICATION_ID:
        try:
            if info.revision is not None:
                backup(path, f"before-{HEAD}-from-{info.revision}")
            upgrade(engine)
        except Exception as exc:
            engine.dispose()
            found = classify(exc, str(path))
            if found is not None:
                raise found from exc
            raise DatabaseError(f"Could not prepare the database {path}: {exc}") from exc
    return engine


def _known_revision(revision: str) -> bool:
    """True if `revision` is one of this app's migrations (reads the scripts on disk)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", "pcsc_workshop.core:migrations")
    try:
        return ScriptDirectory.from_config(cfg).get_revision(revision) is not None
    except Exception:  # noqa: BLE001 - alembic raises several kinds for an unknown id
        return False


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)

"""Open the workshop database safely: check it, back it up, migrate it, tune SQLite.

Why so careful: the database is the only copy of a workshop's plans. A file that is not
SQLite is refused untouched; before a migration a backup is taken with SQLite's backup API
(consistent even in WAL mode) and old backups are rotated; the connection uses WAL with
synchronous=FULL so that a killed process loses nothing that was committed.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from pcsc_workshop.core.errors import DatabaseError
from pcsc_workshop.core.fairness import breathe
from pcsc_workshop.core.migrations import HEAD

__all__ = ["DatabaseError", "open_database", "session_factory", "upgrade", "backup"]

SQLITE_MAGIC = b"SQLite format 3\x00"
BACKUPS_KEPT = 3


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


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    # Erased personal data (a participant deleted for privacy) must not linger in free pages.
    cur.execute("PRAGMA secure_delete=ON")
    cur.close()


def current_revision(path: Path) -> str | None:
    """The Alembic revision stamped in the file, or None for an empty/new database."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not row:
            return None
        found = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return found[0] if found else None
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{path} is damaged or not a database: {exc}.") from exc
    finally:
        con.close()


def copy_database(source: Path, target: Path) -> Path:
    """A consistent copy with SQLite's backup API (safe while WAL writers are active)."""
    src = sqlite3.connect(str(source))
    dst = sqlite3.connect(str(target))
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def backup(path: Path, label: str) -> Path:
    """Copy the database with SQLite's backup API and keep the newest BACKUPS_KEPT copies."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = copy_database(path, path.with_name(f"{path.name}.backup-{label}-{stamp}"))
    olds = sorted(path.parent.glob(f"{path.name}.backup-*"))
    for old in olds[:-BACKUPS_KEPT]:
        old.unlink(missing_ok=True)
    return target


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply Alembic migrations on this engine (works without alembic.ini, frozen too)."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", "pcsc_workshop.core:migrations")
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, revision)


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _on_connect)
    # Every statement is a point where a worker can let the UI thread run (core/fairness.py).
    event.listen(engine, "before_cursor_execute", _breathe)
    return engine


def _breathe(*_args: object) -> None:
    breathe()


def open_database(path: Path) -> Engine:
    """Check, back up, migrate and return an engine for the database at `path`."""
    path = Path(path)
    _check_is_sqlite(path)
    if not path.parent.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(f"Cannot create the folder {path.parent}: {exc.strerror}.") from exc
    rev = current_revision(path)
    engine = make_engine(path)
    if rev != HEAD:
        if rev is not None:
            backup(path, f"before-{HEAD}-from-{rev}")
        try:
            upgrade(engine)
        except Exception as exc:
            engine.dispose()
            raise DatabaseError(f"Could not prepare the database {path}: {exc}") from exc
    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)

"""Errors whose messages are meant for users; light to import (no database layer).

A failing database must be named for what it is: a facilitator who reads "damaged" when the
disk is merely full, or "records do not fit" when another save held the lock for a moment,
does the wrong thing (throws away a good file, gives up on a plan). So SQLite's failures are
sorted into a few kinds, each with its own class and plain message:

- `DatabaseBusy`: another save or import holds the write lock longer than the busy timeout.
  Transient: try again (the importer and the drop folder retry it).
- `DiskFull`: the disk (or the user's quota) is full. Nothing was written; free space.
- `DatabaseIOError`: the operating system failed to read or write (a removed USB stick, a
  failing disk, a network folder gone). Transient at best.
- `DatabaseCorrupt`: the file is damaged (a flipped page) or not a database at all.
- `ReadOnlyDatabase`: the file or its folder cannot be written.

`classify(exc)` turns any sqlite3 / SQLAlchemy exception into one of them (or None when it is
not a storage failure, e.g. a constraint violation, which is a bug or bad data, not the disk).
"""

from __future__ import annotations

import sqlite3


class DatabaseError(Exception):
    """A database that cannot be used; the message is for the user."""

    #: stable code for the UI and for callers deciding whether to retry
    code = "database"
    #: True when trying again later may succeed (busy, I/O): the drop folder retries those
    transient = False


class DatabaseBusy(DatabaseError):
    """Another writer held the lock for longer than the busy timeout."""

    code = "database-busy"
    transient = True


class DiskFull(DatabaseError):
    """SQLITE_FULL: no space left to write; nothing was changed."""

    code = "disk-full"
    transient = True


class DatabaseIOError(DatabaseError):
    """SQLITE_IOERR: the operating system could not read or write the file."""

    code = "database-io"
    transient = True


class DatabaseCorrupt(DatabaseError):
    """SQLITE_CORRUPT / SQLITE_NOTADB: the file is damaged."""

    code = "database-corrupt"


class ReadOnlyDatabase(DatabaseError):
    """SQLITE_READONLY / SQLITE_CANTOPEN: the file or its folder cannot be written."""

    code = "database-readonly"


class ForeignDatabase(DatabaseError):
    """An SQLite file that belongs to another program: refused untouched."""

    code = "foreign-database"


BUSY_MESSAGE = ("The database is busy: another save or import held it for too long. Nothing "
                "was changed; try again in a moment.")
FULL_MESSAGE = ("The disk is full: nothing was saved. Free some space (or choose another "
                "folder) and try again; your earlier work is intact.")
IO_MESSAGE = ("The computer could not read or write the database file (was a USB stick "
              "removed, or is the disk failing?). Nothing was changed.")
CORRUPT_MESSAGE = ("The database file is damaged. Restore the newest backup next to it "
                   "(a file named like it with “.backup-” in its name), or choose another file "
                   "with --db.")
READONLY_MESSAGE = ("The database file or its folder cannot be written (read-only or no "
                    "permission). Nothing was changed.")

# SQLite primary result codes (the low byte of an extended code).
_SQLITE_BUSY, _SQLITE_LOCKED = 5, 6
_SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_CORRUPT = 8, 10, 11
_SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 13, 14, 26


def _sqlite_error(exc: BaseException) -> sqlite3.Error | None:
    """The sqlite3 exception behind `exc` (SQLAlchemy wraps it as `.orig`)."""
    seen = 0
    current: BaseException | None = exc
    while current is not None and seen < 8:
        if isinstance(current, sqlite3.Error):
            return current
        orig = getattr(current, "orig", None)
        # explicit chains only (SQLAlchemy's .orig, `raise ... from`): an error raised while
        # *handling* a storage failure (__context__) is its own problem
        current = orig if isinstance(orig, BaseException) else current.__cause__
        seen += 1
    return None


def classify(exc: BaseException, where: str = "") -> DatabaseError | None:
    """The user-facing storage error for `exc`, or None if it is not a storage failure.

    `where` (a path or a few words) is appended so the message says which file."""
    if isinstance(exc, DatabaseError):
        return exc
    err = _sqlite_error(exc)
    if err is None:
        return None
    code = getattr(err, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(err).lower()
    kind: type[DatabaseError] | None = None
    message = ""
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED) or "locked" in text or "busy" in text:
        kind, message = DatabaseBusy, BUSY_MESSAGE
    elif primary == _SQLITE_FULL or "database or disk is full" in text:
        kind, message = DiskFull, FULL_MESSAGE
    elif primary == _SQLITE_IOERR or "disk i/o error" in text:
        kind, message = DatabaseIOError, IO_MESSAGE
    elif (primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB) or "malformed" in text
          or "not a database" in text):
        kind, message = DatabaseCorrupt, CORRUPT_MESSAGE
    elif primary in (_SQLITE_READONLY, _SQLITE_CANTOPEN) or "readonly" in text:
        kind, message = ReadOnlyDatabase, READONLY_MESSAGE
    if kind is None:
        return None
    if where:
        message = f"{message} ({where})"
    result = kind(message)
    result.__cause__ = exc
    return result

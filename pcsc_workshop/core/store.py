"""The one front door into the workshop database.

Pages, the CLI and exporters ask a `Store` for sessions and get plain data back from the
domain modules (`plans`, `workshops`...). Nothing outside the core holds ORM rows.
Threading: a Store may be shared, but each thread must use its own `session()`.

Storage failures (a lock held too long, a full disk, an I/O error, a damaged page) leave a
session as the errors of core/errors.py with a plain message, not as SQLAlchemy's
OperationalError, so every command and page can say what happened in one line.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from sqlalchemy.orm import Session

from pcsc_workshop.core.db import IMMEDIATE, open_database, session_factory
from pcsc_workshop.core.errors import classify


class Store:
    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.engine = open_database(self.path)
        self._sessions = session_factory(self.engine)
        self._writing = session_factory(self.engine.execution_options(**{IMMEDIATE: True}))

    @contextmanager
    def session(self, *, write: bool = False) -> Iterator[Session]:
        """A session committed on success and rolled back on any error (all or nothing).

        `write=True` begins with BEGIN IMMEDIATE: the write lock is taken (waiting up to the
        busy timeout) before anything is read. Use it for read-then-write work that may run
        alongside another writer (an import during an autosave): a deferred transaction that
        has read an older snapshot cannot wait for the lock, SQLite refuses it at once."""
        session = (self._writing if write else self._sessions)()
        try:
            yield session
            session.commit()
        except BaseException as exc:
            with suppress(Exception):  # the original failure is the one to report
                session.rollback()
            found = classify(exc, str(self.path))
            if found is not None and found is not exc:
                raise found from exc
            raise
        finally:
            session.close()

    def scrub(self) -> None:
        """VACUUM and empty the WAL so erased personal data is gone from the files on disk
        (after deleting a participant's data; see core/privacy.py)."""
        from pcsc_workshop.core.privacy import scrub_file

        try:
            scrub_file(self.engine)
        except Exception as exc:
            found = classify(exc, str(self.path))
            if found is None:
                raise
            raise found from exc

    def close(self) -> None:
        self.engine.dispose()

    def reopen(self) -> None:
        """Open the file again (after a restore replaced its content; migrates if older)."""
        self.engine.dispose()
        self.engine = open_database(self.path)
        self._sessions = session_factory(self.engine)

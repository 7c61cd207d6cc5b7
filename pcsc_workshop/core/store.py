"""The one front door into the workshop database.

Pages, the CLI and exporters ask a `Store` for sessions and get plain data back from the
domain modules (`plans`, `workshops`...). Nothing outside the core holds ORM rows.
Threading: a Store may be shared, but each thread must use its own `session()`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.orm import Session

from pcsc_workshop.core.db import open_database, session_factory


class Store:
    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.engine = open_database(self.path)
        self._sessions = session_factory(self.engine)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session committed on success and rolled back on any error (all or nothing)."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()

    def reopen(self) -> None:
        """Open the file again (after a restore replaced its content; migrates if older)."""
        self.engine.dispose()
        self.engine = open_database(self.path)
        self._sessions = session_factory(self.engine)

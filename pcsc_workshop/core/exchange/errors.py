"""The one exception the exchange code raises for a file it will not take.

Core speaks in codes, the UI in words: `code` is stable (the UI can translate it), `message`
is plain English a facilitator understands (the CLI prints it).
"""

from __future__ import annotations


class ExchangeError(Exception):
    """A file that was refused; nothing in the database was changed."""

    def __init__(self, code: str, message: str, *, transient: bool = False) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        # True when the file itself is fine and trying again later may work (the database
        # was busy, the disk was full): the drop folder offers such files again.
        self.transient = transient

    def __str__(self) -> str:
        return self.message

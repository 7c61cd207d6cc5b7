"""Errors whose messages are meant for users; light to import (no database layer)."""


class DatabaseError(Exception):
    """A database that cannot be used; the message is for the user."""

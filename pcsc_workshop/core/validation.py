"""Refusing bad input with codes: the small exception and checks every core module shares.

Why codes: the core never words a message (the UI translates, the CLI prints English); an
`InvalidInput` says what is wrong (`code`) and where (`field`), so each front end can say it
in the user's language and point at the right field.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

# Column limits of models.py: refusing longer text beats SQLite silently storing it anyway.
LIMITS: dict[str, int] = {
    "title": 300, "organisers": 5_000, "venue": 300, "city": 200, "country": 200,
    "language": 20, "description": 20_000, "name": 300, "organisation": 300, "role": 300,
    "email": 320, "agenda_title": 500, "start_time": 5,
}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")


class InvalidInput(ValueError):
    """Input the core refuses; `code` says why, `field` where. The UI words it.

    Codes: empty, too-long, bad-email, bad-time, bad-value, end-before-start, not-found,
    not-empty (a delegation that still has members), wrong-workshop, not-member (an item
    from outside the delegation), csv-refused (participants_csv.CsvRefused).
    """

    def __init__(self, code: str, field: str = "", detail: str = "") -> None:
        super().__init__(f"{code}: {field}" + (f" ({detail})" if detail else ""))
        self.code = code
        self.field = field
        self.detail = detail


class NotFound(InvalidInput, KeyError):
    """No live row with that id (also a KeyError, like plans.load_plan's)."""

    def __init__(self, field: str, ident: str) -> None:
        super().__init__("not-found", field, ident)

    def __str__(self) -> str:  # KeyError would quote the message otherwise
        return ValueError.__str__(self)


def clean_text(value: str | None, field_name: str, *, required: bool = False,
               limit_key: str | None = None) -> str:
    """Trimmed text within its length limit; `required` refuses empty (codes, not words)."""
    text = (value or "").strip()
    if required and not text:
        raise InvalidInput("empty", field_name)
    limit = LIMITS.get(limit_key or field_name)
    if limit is not None and len(text) > limit:
        raise InvalidInput("too-long", field_name, str(limit))
    return text


def clean_email(value: str | None) -> str | None:
    text = (value or "").strip()
    if not text:
        return None
    if len(text) > LIMITS["email"]:
        raise InvalidInput("too-long", "email", str(LIMITS["email"]))
    if not _EMAIL.match(text):
        raise InvalidInput("bad-email", "email")
    return text


def choice(value: str | None, allowed: Sequence[str], field_name: str) -> str:
    text = (value or "").strip()
    if text and text not in allowed:
        raise InvalidInput("bad-value", field_name, text)
    return text


def live(session: Session, model: type, ident: str, field_name: str) -> Any:
    row = session.get(model, ident)
    if row is None or row.deleted:
        raise NotFound(field_name, ident)
    return row


def assign(row: Any, values: dict[str, Any]) -> bool:
    """Set only differing values, so unchanged rows keep their revision (merge-friendly)."""
    changed = False
    for key, value in values.items():
        if getattr(row, key) != value:
            setattr(row, key, value)
            changed = True
    return changed

"""Local content: case studies, statistics and notes a facilitator adds for one workshop.

They live in the workshop database (LocalItem rows, which travel in workshop packs) beside the
shipped curriculum, and the curriculum search can include them (`Curriculum.search(extra=...)`).
Pages get plain dataclasses; bad input is refused with a code and the field to fix.

Languages: a local item records the language its title and text are written in
(`data["language"]`) and may hold the same item in other languages
(`data["translations"] = {"fr": {"title": ..., "body": ...}}`); `in_language()` picks the
version a reader asked for, else the item's own.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pcsc_workshop.core.models import LocalItem, Workshop

KINDS = ("case_study", "statistic", "note")
TITLE_MAX = 300
BODY_MAX = 20_000
SOURCE_MAX = 500
DATA_MAX = 20_000  # characters of the JSON form


class LocalContentError(ValueError):
    """Refused input: `code` (e.g. 'empty-title', 'too-long') and the `field` concerned."""

    def __init__(self, code: str, field: str, detail: str = "") -> None:
        self.code = code
        self.field = field
        super().__init__(f"{field}: {code}" + (f" ({detail})" if detail else ""))


@dataclass(frozen=True)
class LocalItemInfo:
    id: str
    workshop_id: str | None
    kind: str
    title: str
    body: str
    data: dict[str, Any]
    source: str
    revision: int
    updated_at: datetime


def _info(row: LocalItem) -> LocalItemInfo:
    return LocalItemInfo(id=row.id, workshop_id=row.workshop_id, kind=row.kind,
                         title=row.title, body=row.body, data=dict(row.data or {}),
                         source=row.source, revision=row.revision, updated_at=row.updated_at)


def _clean(kind: str, title: str, body: str, data: dict[str, Any] | None,
           source: str) -> dict[str, Any]:
    if kind not in KINDS:
        raise LocalContentError("unknown-kind", "kind", kind)
    title = (title or "").strip()
    if not title:
        raise LocalContentError("empty-title", "title")
    for field, value, limit in (("title", title, TITLE_MAX), ("body", body or "", BODY_MAX),
                                ("source", source or "", SOURCE_MAX)):
        if len(value) > limit:
            raise LocalContentError("too-long", field, f"{len(value)} > {limit} characters")
    data = dict(data or {})
    try:
        encoded = json.dumps(data, ensure_ascii=False)
    except (TypeError, ValueError) as exc:
        raise LocalContentError("not-json", "data", str(exc)) from exc
    if len(encoded) > DATA_MAX:
        raise LocalContentError("too-long", "data", f"{len(encoded)} > {DATA_MAX} characters")
    _check_languages(data)
    if kind == "statistic" and "value" in data and data["value"] is not None and (
            isinstance(data["value"], bool) or not isinstance(data["value"], int | float)):
        raise LocalContentError("not-a-number", "data.value", repr(data["value"]))
    return {"kind": kind, "title": title, "body": (body or "").strip(), "data": data,
            "source": (source or "").strip()}


_LANGUAGE = re.compile(r"[a-z]{2,3}")


def _check_languages(data: dict[str, Any]) -> None:
    """`language` is a language code; `translations` maps codes to a title and a text."""
    language = data.get("language")
    if language is not None and not (isinstance(language, str) and _LANGUAGE.fullmatch(language)):
        raise LocalContentError("bad-language", "data.language", repr(language))
    versions = data.get("translations")
    if versions is None:
        return
    if not isinstance(versions, dict):
        raise LocalContentError("bad-language", "data.translations", "not a mapping")
    for code, version in versions.items():
        if not (isinstance(code, str) and _LANGUAGE.fullmatch(code)):
            raise LocalContentError("bad-language", "data.translations", repr(code))
        if not isinstance(version, dict) or not str(version.get("title") or "").strip():
            raise LocalContentError("empty-title", f"data.translations.{code}.title")
        for field, limit in (("title", TITLE_MAX), ("body", BODY_MAX)):
            value = version.get(field) or ""
            if not isinstance(value, str):
                raise LocalContentError("bad-language", f"data.translations.{code}.{field}")
            if len(value) > limit:
                raise LocalContentError("too-long", f"data.translations.{code}.{field}",
                                        f"{len(value)} > {limit} characters")


def languages_of(info: LocalItemInfo) -> list[str]:
    """The item's own language first, then the others it is written in."""
    own = info.data.get("language") or ""
    others = [c for c in (info.data.get("translations") or {}) if c != own]
    return ([own] if own else []) + sorted(others)


def in_language(info: LocalItemInfo, language: str) -> LocalItemInfo:
    """The item with its title and text in `language` when it has that version; otherwise
    unchanged (in its own language: `info.data["language"]` says which)."""
    version = (info.data.get("translations") or {}).get(language)
    if not version or language == info.data.get("language"):
        return info
    from dataclasses import replace

    return replace(info, title=str(version.get("title") or info.title),
                   body=str(version.get("body") or ""),
                   data={**info.data, "shown_language": language})


def shown_language(info: LocalItemInfo) -> str:
    """The language `info`'s title and text are in ("" when the item does not say)."""
    return str(info.data.get("shown_language") or info.data.get("language") or "")


def _live(session: Session, item_id: str) -> LocalItem:
    row = session.get(LocalItem, item_id)
    if row is None or row.deleted:
        raise LocalContentError("not-found", "id", item_id)
    return row


def add_local_item(session: Session, workshop_id: str, kind: str, title: str, body: str = "",
                   data: dict[str, Any] | None = None, source: str = "") -> LocalItemInfo:
    workshop = session.get(Workshop, workshop_id)
    if workshop is None or workshop.deleted:
        raise LocalContentError("unknown-workshop", "workshop_id", workshop_id)
    row = LocalItem(workshop_id=workshop_id, **_clean(kind, title, body, data, source))
    session.add(row)
    session.flush()
    return _info(row)


def edit_local_item(session: Session, item_id: str, **changes: Any) -> LocalItemInfo:
    """Change any of kind, title, body, data, source; the others keep their values."""
    unknown = set(changes) - {"kind", "title", "body", "data", "source"}
    if unknown:
        raise LocalContentError("unknown-field", sorted(unknown)[0])
    row = _live(session, item_id)
    values = {"kind": row.kind, "title": row.title, "body": row.body,
              "data": dict(row.data or {}), "source": row.source, **changes}
    for name, value in _clean(**values).items():
        setattr(row, name, value)
    session.flush()
    return _info(row)


def delete_local_item(session: Session, item_id: str) -> None:
    """Tombstone the item so that the deletion travels to other laptops too."""
    _live(session, item_id).deleted = True
    session.flush()


def get_local_item(session: Session, item_id: str) -> LocalItemInfo:
    return _info(_live(session, item_id))


def list_local_items(session: Session, workshop_id: str,
                     kind: str | None = None) -> list[LocalItemInfo]:
    query = select(LocalItem).where(LocalItem.workshop_id == workshop_id,
                                    LocalItem.deleted.is_(False))
    if kind is not None:
        query = query.where(LocalItem.kind == kind)
    rows = session.scalars(query.order_by(LocalItem.created_at, LocalItem.title)).all()
    return [_info(row) for row in rows]

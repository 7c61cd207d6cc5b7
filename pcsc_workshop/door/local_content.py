"""The facilitator's local content: case studies and statistics added beside the curriculum.

Undo: adding, editing and deleting an item can be undone (Edit › Undo). A deletion is a
tombstone (so that it travels in workshop packs), and undoing it lifts the tombstone; undoing
an edit puts the previous title, text, figures and links back.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from pcsc_workshop.core import local_content as core_local
from pcsc_workshop.core.local_content import LocalContentError, LocalItemInfo
from pcsc_workshop.core.models import LocalItem
from pcsc_workshop.door.changes import Changes
from pcsc_workshop.door.outcome import Outcome
from pcsc_workshop.door.section import Section
from pcsc_workshop.door.undo import Revert, Step

PRESENTABLE = ("case_study", "statistic")  # what the local content page edits and presents


def _values(info: LocalItemInfo) -> dict[str, Any]:
    return {"kind": info.kind, "title": info.title, "body": info.body,
            "data": dict(info.data), "source": info.source}


class LocalContentSection(Section):
    # -- reads ---------------------------------------------------------------------------
    def items(self, workshop_id: str, kinds: tuple[str, ...] | None = None
              ) -> list[LocalItemInfo]:
        """The workshop's live items in the order they were added (`kinds`: only those)."""
        with self._read() as s:
            found = core_local.list_local_items(s, workshop_id)
        return [x for x in found if kinds is None or x.kind in kinds]

    def item(self, item_id: str) -> LocalItemInfo:
        """One live item; LocalContentError("not-found") when deleted or unknown."""
        with self._read() as s:
            return core_local.get_local_item(s, item_id)

    # -- writes --------------------------------------------------------------------------
    def add(self, workshop_id: str, kind: str, title: str, body: str = "",
            data: dict[str, Any] | None = None, source: str = "",
            label: str = "Add local item") -> Outcome[LocalItemInfo]:
        """Store a new item; LocalContentError (code and field) says what to fix."""
        with self._write() as s:
            info = core_local.add_local_item(s, workshop_id, kind, title, body, data, source)
        self._door.history.record(Step(label, self._tombstone(info.id, True), workshop_id))
        return Outcome(info, Changes.of(local_content=info.id))

    def edit(self, item_id: str, label: str = "Edit local item",
             **changes: Any) -> Outcome[LocalItemInfo]:
        """Change any of kind, title, body, data, source; the others keep their values."""
        with self._write() as s:
            before = core_local.get_local_item(s, item_id)
            info = core_local.edit_local_item(s, item_id, **changes)
        if _values(before) != _values(info):
            self._door.history.record(Step(label, self._put(item_id, _values(before),
                                                            _values(info)), info.workshop_id))
            return Outcome(info, Changes.of(local_content=item_id))
        return Outcome(info)

    def delete(self, item_id: str, label: str = "Delete local item") -> Outcome[None]:
        with self._write() as s:
            workshop_id = core_local.get_local_item(s, item_id).workshop_id
            core_local.delete_local_item(s, item_id)
        self._door.history.record(Step(label, self._tombstone(item_id, False), workshop_id))
        return Outcome(None, Changes.of(local_content=item_id))

    # -- undo ----------------------------------------------------------------------------
    def _tombstone(self, item_id: str, delete: bool) -> Revert:
        """Delete (undo of an add) or bring back (undo of a delete) the item."""
        def revert(s: Session) -> tuple[Changes, Revert]:
            row = s.get(LocalItem, item_id)
            if row is None:
                raise LocalContentError("not-found", "id", item_id)
            row.deleted = delete
            s.flush()
            return Changes.of(local_content=item_id), self._tombstone(item_id, not delete)
        return revert

    def _put(self, item_id: str, old: dict[str, Any], new: dict[str, Any]) -> Revert:
        def revert(s: Session) -> tuple[Changes, Revert]:
            core_local.edit_local_item(s, item_id, **old)
            return Changes.of(local_content=item_id), self._put(item_id, new, old)
        return revert

"""All next steps and support requests of a workshop as one CSV, for spreadsheets.

UTF-8 with a byte-order mark, because that is what makes Excel open Arabic, Bengali or
Cyrillic text correctly on double-click. One row per next step or support request, each
carrying its workshop, delegation and owner so that rows can be filtered and pivoted.
Cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) get a leading
apostrophe: a plan typed by anyone must not execute in a facilitator's spreadsheet.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from pcsc_workshop.core.reports.batch import collect_plans
from pcsc_workshop.core.reports.output import atomic_path

COLUMNS: tuple[str, ...] = (
    "workshop", "delegation", "owner_kind", "owner", "record", "position",
    "action", "responsible", "start_date", "end_date", "resources", "indicator", "linked_to",
    "linked_id", "status", "provider", "kind", "detail",
)


def _safe(value: object) -> str:
    if value is None:
        return ""
    text = value.isoformat() if isinstance(value, date) else str(value)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text


def collect_rows(session: Session, workshop_id: str, *, anonymised: bool = False,
                 link_titles: Callable[[str], str] | None = None,
                 hide_lone_delegations: bool = False) -> list[dict[str, str]]:
    """One dict per next step and per support request, in plan order."""
    from pcsc_workshop.core.reports.titles import humanise_ref

    titles = link_titles or humanise_ref
    batch = collect_plans(session, workshop_id, anonymised=anonymised,
                          hide_lone_delegations=hide_lone_delegations)
    rows: list[dict[str, str]] = []
    for job in batch.jobs:
        doc = job.doc
        common = {"workshop": batch.workshop.title, "delegation": doc.delegation_label,
                  "owner_kind": doc.owner_kind, "owner": doc.owner_name}
        for n, step in enumerate(doc.next_steps, start=1):
            rows.append({**common, "record": "next step", "position": str(n),
                         "action": step.action, "responsible": step.responsible,
                         "start_date": step.start_date, "end_date": step.end_date,
                         "resources": step.resources, "indicator": step.indicator,
                         "linked_to": titles(step.link_ref) if step.link_ref else "",
                         "linked_id": step.link_ref, "status": step.status})
        for n, req in enumerate(doc.support, start=1):
            rows.append({**common, "record": "support", "position": str(n),
                         "provider": req.provider, "kind": req.kind, "detail": req.detail})
    return rows


def write_csv(rows: Iterable[dict[str, object]], out_path: Path | str) -> Path:
    """Write the rows (atomically) as UTF-8 with BOM; ExportError when the folder cannot take it."""
    out_path = Path(out_path)
    with atomic_path(out_path) as temp, temp.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        for row in rows:
            writer.writerow([_safe(row.get(c)) for c in COLUMNS])
    return out_path.expanduser().resolve()

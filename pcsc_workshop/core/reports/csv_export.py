"""All next steps and support requests of a workshop as one CSV, for spreadsheets.

UTF-8 with a byte-order mark, because that is what makes Excel open Arabic, Bengali or
Cyrillic text correctly on double-click. One row per next step or support request, each
carrying its workshop, delegation and owner so that rows can be filtered and pivoted.
Cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab or CR first, also
after spaces or after a `,`/`;` inside the cell, for readers that split on `;`) get an
apostrophe: a plan typed by anyone must not execute in a facilitator's spreadsheet.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable, Mapping
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


_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
# Where a spreadsheet may start a new cell: the file is comma-separated, but a reader set up
# for semicolons (most of Europe, Latin America) or tabs splits inside our quoted cells.
_SEPARATOR = re.compile(r"([,;\t\r\n])")


def _neutralise(segment: str) -> str:
    body = segment.lstrip(" ")
    if body[:1] in _TRIGGERS:
        return segment[:len(segment) - len(body)] + "'" + body
    return segment


def _safe(value: object) -> str:
    """The cell as text, never runnable as a formula by any reader.

    A leading = + - @ (or their full-width forms), tab or CR gets an apostrophe, also after
    spaces, and so does every piece after a `,` `;` tab or line break inside the cell, for
    readers that split on another separator than the file's."""
    if value is None:
        return ""
    text = value.isoformat() if isinstance(value, date) else str(value)
    if text[:1] in ("\t", "\r"):
        text = "'" + text
    pieces = _SEPARATOR.split(text)
    return "".join(p if i % 2 else _neutralise(p) for i, p in enumerate(pieces))


def collect_rows(session: Session, workshop_id: str, *, anonymised: bool = False,
                 link_titles: Callable[[str], str] | None = None,
                 hide_lone_delegations: bool = False) -> list[dict[str, object]]:
    """One dict per next step and per support request, in plan order."""
    from pcsc_workshop.core.reports.titles import humanise_ref

    titles = link_titles or humanise_ref
    batch = collect_plans(session, workshop_id, anonymised=anonymised,
                          hide_lone_delegations=hide_lone_delegations)
    rows: list[dict[str, object]] = []
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


def write_csv(rows: Iterable[Mapping[str, object]], out_path: Path | str) -> Path:
    """Write the rows (atomically) as UTF-8 with BOM; ExportError when the folder cannot take it."""
    out_path = Path(out_path)
    with atomic_path(out_path) as temp, temp.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        for row in rows:
            writer.writerow([_safe(row.get(c)) for c in COLUMNS])
    return out_path.expanduser().resolve()

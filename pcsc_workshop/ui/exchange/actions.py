"""The exchange menu entries, drag-and-drop of `.pcsc` files, and files from the command line.

`install_exchange_actions(window)` is the one call the main window makes; everything else
lives here so that main_window.py stays small.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QDropEvent
from PySide6.QtWidgets import QMessageBox

from pcsc_workshop.ui.exchange.common import refusal_text, show_message
from pcsc_workshop.ui.exchange.facilitator import FacilitatorActions
from pcsc_workshop.ui.exchange.participant import ParticipantActions
from pcsc_workshop.ui.operations import run_read
from pcsc_workshop.ui.workers import Op

if TYPE_CHECKING:  # the database layer loads after the window shows (see MainWindow)
    from pcsc_workshop.door.exchange import Sorted
    from pcsc_workshop.ui.context import AppContext


def pcsc_paths(mime) -> list[Path]:
    """The local `.pcsc` files in dragged data (anything else is not ours to take)."""
    if not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls()
            if u.isLocalFile() and u.toLocalFile().lower().endswith(".pcsc")]


class ExchangeActions(QObject):
    """File-menu actions for packs and bundles; `participant` and `facilitator` do the work."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.participant = ParticipantActions(window)
        self.facilitator = FacilitatorActions(window)
        self.last_message: QMessageBox | None = None
        self._pending: list[Path] = []
        self.actions: dict[str, QAction] = {}
        self._build_menu()
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def _build_menu(self) -> None:
        menu = self.window.file_menu
        before = menu.actions()[0] if menu.actions() else None
        p, f = self.participant, self.facilitator
        entries = [
            ("create_pack", self.tr("Create workshop pack\u2026"), f.ask_create_pack),
            ("create_packs", self.tr("Create a pack for each participant\u2026"),
             f.ask_create_packs),
            ("open_pack", self.tr("Open workshop pack\u2026"), p.ask_open_pack),
            ("send_plan", self.tr("Send my plan to the facilitator\u2026"), p.ask_send),
            None,
            ("collect", self.tr("Collect plans\u2026"), f.ask_collect),
            ("watch", self.tr("Watch a drop folder\u2026"), f.ask_watch),
            ("conflicts", self.tr("Conflicts\u2026"), f.show_conflicts),
            ("held", self.tr("Plans from new laptops\u2026"), f.show_held),
            ("collection", self.tr("Collected plans\u2026"), f.show_collection),
            None,
        ]
        for entry in entries:
            if entry is None:
                menu.insertSeparator(before)
                continue
            key, text, slot = entry
            action = QAction(text, self.window)
            action.setObjectName(f"exchange-{key}")
            action.triggered.connect(lambda _=False, s=slot: s())
            action.setEnabled(False)  # until the database is open
            menu.insertAction(before, action)
            self.actions[key] = action

    def attach(self, ctx: AppContext) -> None:
        """The store is open: enable the actions and open files that were waiting for it."""
        for action in self.actions.values():
            action.setEnabled(True)
        self.participant.attach()
        self.facilitator.attach()
        pending, self._pending = self._pending, []
        if pending:
            self.open_files(pending)

    # -- files from drag-and-drop or the command line -------------------------------------
    def open_files(self, paths: Sequence[Path | str]) -> Op | None:
        """Open workshop packs and collect plan bundles, whichever these files are."""
        files = [Path(p) for p in paths]
        if not files:
            return None
        if self.window.ctx is None:
            self._pending.extend(files)
            return None
        return run_read(self.window, self.window.ctx,
                        lambda door: door.exchange.sort_files(files), done=self._sorted)

    def _sorted(self, found: Sorted) -> None:
        if len(found.others) == 1 and not found.packs and found.others[0] in found.refusals:
            path = found.others[0]
            self.last_message = show_message(
                self.window, self.tr("File not opened"),
                self.tr("{0} could not be opened. Nothing was changed.").format(path.name),
                QMessageBox.Icon.Warning, refusal_text(*found.refusals[path]))
            return
        if found.others:
            self.facilitator.collect_files(found.others)
        if found.packs:
            self.participant.open_pack_file(found.packs[0])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if watched is not self.window or not isinstance(event, QDropEvent):
            pass  # (drag-enter and drag-move events are drop events too)
        elif kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if pcsc_paths(event.mimeData()):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            paths = pcsc_paths(event.mimeData())
            if paths:
                event.acceptProposedAction()
                self.open_files(paths)
                return True
        return super().eventFilter(watched, event)


def install_exchange_actions(window) -> ExchangeActions:
    """Add the exchange entries to the window's File menu and accept dropped `.pcsc` files."""
    return ExchangeActions(window)

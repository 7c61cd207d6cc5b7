"""File-menu entries for the room, and the one `RoomHub` the window holds while it is open."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction


class _Relay(QObject):
    """Carries the hub's change notices (from server threads) to the UI thread."""

    changed = Signal(str, str)


class RoomActions(QObject):
    """Holds the open room (if any) and its window; closes the room when the app quits."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.hub: Any = None
        self.dialog: Any = None
        self.relay = _Relay()
        self.relay.changed.connect(self._queue, Qt.ConnectionType.QueuedConnection)
        # 60 phones saving every 2 s are 30 notices a second: pages hear them once a
        # second at most, coalesced (the dashboard shows a save "within a second or two").
        self._pending: dict[tuple[str, str], None] = {}
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(1000)
        self._flush.timeout.connect(self._broadcast_pending)
        menu = window.file_menu
        before = menu.actions()[0] if menu.actions() else None
        self.open_action = QAction(self.tr("Open the room\u2026"), window)
        self.open_action.setObjectName("room-open")
        self.open_action.setEnabled(False)
        self.open_action.triggered.connect(self.show_room)
        menu.insertAction(before, self.open_action)
        menu.insertSeparator(before)

    def attach(self, ctx: Any) -> None:
        self.open_action.setEnabled(True)

    def show_room(self) -> Any:
        from pcsc_workshop.ui.room.room_dialog import RoomDialog

        if self.dialog is None:
            self.dialog = RoomDialog(self, self.window)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def notify(self, kind: str, participant_id: str | None) -> None:
        """Called by the hub on a server thread: hop to the UI thread."""
        self.relay.changed.emit(kind, participant_id or "")

    def _queue(self, kind: str, participant_id: str) -> None:
        self._pending[(kind, participant_id)] = None
        if not self._flush.isActive():
            self._flush.start()

    def _broadcast_pending(self) -> None:
        pending, self._pending = list(self._pending), {}
        ctx = self.window.ctx
        if ctx is None:
            return
        names = {"plans": "plan", "assessments": "assessment", "quiz": "quiz",
                 "polls": "poll", "devices": "room"}
        kinds = {kind for kind, _ in pending}
        if len(pending) > 3:  # many people at once: one notice per kind, not per person
            for kind in kinds:
                ctx.changes.changed.emit(names.get(kind, kind), "", self)
        else:
            for kind, participant_id in pending:
                ctx.changes.changed.emit(names.get(kind, kind), participant_id, self)
        if self.dialog is not None and kinds & {"devices", "polls"}:
            self.dialog.hub_changed("devices")

    def close_room(self) -> None:
        if self.hub is not None:
            hub, self.hub = self.hub, None
            hub.close()


def install_room_actions(window: Any) -> RoomActions:
    actions = RoomActions(window)
    window.destroyed.connect(lambda *_: actions.close_room())
    return actions

"""File-menu entries for the room, and the one `RoomHub` the window holds while it is open."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
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
        self.relay.changed.connect(self._broadcast, Qt.ConnectionType.QueuedConnection)
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

    def _broadcast(self, kind: str, participant_id: str) -> None:
        ctx = self.window.ctx
        if ctx is None:
            return
        names = {"plans": "plan", "assessments": "assessment", "quiz": "quiz",
                 "polls": "poll", "devices": "room"}
        ctx.changes.changed.emit(names.get(kind, kind), participant_id, self)
        if self.dialog is not None:
            self.dialog.hub_changed(kind)

    def close_room(self) -> None:
        if self.hub is not None:
            hub, self.hub = self.hub, None
            hub.close()


def install_room_actions(window: Any) -> RoomActions:
    actions = RoomActions(window)
    window.destroyed.connect(lambda *_: actions.close_room())
    return actions

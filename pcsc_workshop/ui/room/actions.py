"""File-menu entries for the room, and the one room (a `ProcessHub`) the window holds while open.

The room runs in a child process (pcsc_workshop/room/process.py); its change notices arrive
on a reader thread, a few a second, and are carried to the UI thread here.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction

from pcsc_workshop.door import Changes

if TYPE_CHECKING:
    from pcsc_workshop.door.dashboard import DashboardView
    from pcsc_workshop.ui.context import AppContext

URL_START = "http://"  # what a room's address starts with (not words: never translated)
FLUSH_MS = 1000  # pages hear the room's saves at most this often

# The room's notice kinds (room/service.py) as the door's `Changes` name them; "devices" is
# the room window's own business, "bundle" an accepted plan bundle (any kind, as an import).
CHANGE_KINDS = {"plans": "plans", "assessments": "assessments", "quiz": "checks",
                "polls": "polls"}


def room_changes(notices: Iterable[tuple[str, str]]) -> Changes:
    """The room's notices `(kind, id of the row that changed)` as one `Changes` record."""
    ids: dict[str, set[str]] = {}
    for kind, item_id in notices:
        if kind == "bundle":
            return Changes.all()
        if kind in CHANGE_KINDS:
            # every notice names its row; "room" stands for one that did not (kind still told)
            ids.setdefault(CHANGE_KINDS[kind], set()).add(item_id or "room")
    return Changes.of(**ids)


class _Relay(QObject):
    """Carries the hub's change notices (from its reader thread) to the UI thread."""

    notice = Signal(str, str)  # (kind, id of the row that changed, or "")


class RoomActions(QObject):
    """Holds the open room (if any) and its window; closes the room when the app quits."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self._hub: Any = None
        self.dialog: Any = None
        self.relay = _Relay()
        self.relay.notice.connect(self._queue, Qt.ConnectionType.QueuedConnection)
        # 60 phones saving every 2 s are 30 notices a second: pages hear them once a second
        # at most, coalesced (the dashboard shows a save "within a second or two").
        self._pending: dict[tuple[str, str], None] = {}
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(FLUSH_MS)
        self._flush.timeout.connect(self._broadcast_pending)
        menu = window.file_menu
        before = menu.actions()[0] if menu.actions() else None
        self.open_action = QAction(self.tr("Open the room\u2026"), window)
        self.open_action.setObjectName("room-open")
        self.open_action.setEnabled(False)
        self.open_action.triggered.connect(self.show_room)
        menu.insertAction(before, self.open_action)
        self.send_action = QAction(self.tr("Send my plan to the room\u2026"), window)
        self.send_action.setObjectName("room-send")
        self.send_action.setEnabled(False)
        self.send_action.triggered.connect(self.ask_send_to_room)
        menu.insertAction(before, self.send_action)
        menu.insertSeparator(before)
        self.last_message: Any = None

    @property
    def ctx(self) -> AppContext | None:
        """The window's context (None before a database is attached)."""
        return self.window.ctx

    @property
    def hub(self) -> Any:
        """The open room (a ProcessHub), or None."""
        return self._hub

    @hub.setter
    def hub(self, hub: Any) -> None:
        self._hub = hub

    def figures_source(self, workshop_id: str, elements: list) -> DashboardView | None:
        """The dashboard's figures from the open room's process, or None (no room open, or
        another workshop's). The dashboard refreshes once a second while the room is busy:
        computing its figures there holds none of this window's GIL."""
        hub = self._hub
        if hub is None or getattr(hub, "dashboard_figures", None) is None \
                or hub.workshop_id != workshop_id:
            return None
        return hub.dashboard_figures(elements)

    def attach(self, ctx: AppContext) -> None:
        self.open_action.setEnabled(True)
        self.send_action.setEnabled(True)

    # -- a participant's laptop: send the bundle to a room found on the network -------------

    def ask_send_to_room(self) -> None:
        """Find rooms (mDNS, 2 s on a worker), pick one, type its code, send the bundle."""
        from pcsc_workshop.ui.workers import Op

        def find(_p: Any, _c: Any) -> Any:
            from pcsc_workshop.room.discovery import find_rooms

            return find_rooms(2.0)

        Op(self.window, find).with_progress(self.tr("Looking for the room\u2026")) \
            .success(self._rooms_found).failure(lambda exc: self._rooms_found([])).run()

    def _rooms_found(self, rooms: list[Any]) -> None:
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        items = [f"{r.name} — {r.url}" for r in rooms]
        if items:
            choice, ok = QInputDialog.getItem(
                self.window, self.tr("Send my plan to the room"),
                self.tr("Rooms found on this network:"), items, 0, False)
            if not ok:
                return
            url = rooms[items.index(choice)].url
        else:
            url, ok = QInputDialog.getText(
                self.window, self.tr("Send my plan to the room"),
                self.tr("No room answered on this network. Type the address shown on the "
                        "join card (for example http://192.168.1.10:8765/):"),
                QLineEdit.EchoMode.Normal, URL_START)
            if not ok or not url.strip():
                return
        code, ok = QInputDialog.getText(self.window, self.tr("Send my plan to the room"),
                                        self.tr("Room code (on the screen):"))
        if ok and code.strip():
            self.send_to_room(url.strip(), code.strip())

    def send_to_room(self, url: str, code: str) -> Any:
        from pcsc_workshop.ui.workers import Op

        ctx = self.window.ctx
        if ctx is None or not ctx.workshop_id:
            return None
        door, workshop_id = ctx.door, ctx.workshop_id

        def work(_p: Any, _c: Any) -> Any:
            import tempfile
            from pathlib import Path

            from pcsc_workshop.room.client import send_bundle

            with tempfile.TemporaryDirectory(prefix="pcsc-send-") as folder:
                sent = door.exchange.send_plan(workshop_id, Path(folder)).value
                if sent is None:
                    return None
                return send_bundle(url, code, sent.path)

        return Op(self.window, work).with_progress(self.tr("Sending your plan\u2026")) \
            .success(self._sent).failure(self._send_failed).run()

    def _sent(self, message: str | None) -> None:
        from PySide6.QtWidgets import QMessageBox

        if message is None:
            text = self.tr("Choose who you are first: open the workshop pack and pick your "
                           "name.")
        else:
            text = self.tr("Your plan reached the room.")
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Send my plan to the room"),
                          text, parent=self.window)
        self.last_message = box
        box.open()  # not exec(): the window stays responsive

    def _send_failed(self, exc: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Plan not sent"),
                          self.tr("Your plan did not reach the room. Nothing was lost: it "
                                  "is still on this laptop."), parent=self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(str(exc))
        self.last_message = box
        box.open()

    def show_room(self) -> Any:
        from pcsc_workshop.ui.room.room_dialog import RoomDialog

        if self.dialog is None:
            self.dialog = RoomDialog(self, self.window)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def notify(self, kind: str, item_id: str | None) -> None:
        """Called by the hub on a server thread: hop to the UI thread."""
        self.relay.notice.emit(kind, item_id or "")

    def _queue(self, kind: str, item_id: str) -> None:
        if kind == "stopped":  # the room's process ended without being closed
            self.hub = None
            if self.dialog is not None:
                self.dialog.room_stopped()
            return
        self._pending[(kind, item_id)] = None
        if not self._flush.isActive():
            self._flush.start()

    def _broadcast_pending(self) -> None:
        pending, self._pending = list(self._pending), {}
        ctx = self.window.ctx
        if ctx is None:
            return
        # like every other write, as one `Changes` record (door/changes.py): every page that
        # shows those kinds refreshes, or goes stale until shown
        ctx.changes.publish(room_changes(pending), self)
        if self.dialog is not None and {kind for kind, _ in pending} & {"devices", "polls"}:
            self.dialog.hub_changed("devices")

    def close_room(self) -> None:
        if self.hub is not None:
            hub, self.hub = self.hub, None
            hub.close()


def install_room_actions(window: Any) -> RoomActions:
    actions = RoomActions(window)
    window.destroyed.connect(lambda *_: actions.close_room())
    return actions

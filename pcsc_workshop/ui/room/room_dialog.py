"""The room window: open/close the room, the join card, personal codes, devices, live polls.

The room itself runs in a child process (`pcsc_workshop.room.process.ProcessHub`): its
Python work never holds this window's GIL. Opening (starting that process, ~1 s) runs on a
worker; every refresh of devices and poll results, and every removal, is a short request to
it on a worker too, so the window never stalls while the room is busy. Names are shown as
plain text (user text is never markup).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pcsc_workshop.ui.workers import Op

if TYPE_CHECKING:
    from pcsc_workshop.ui.context import AppContext


class Room(Protocol):
    """What the room window needs of the File menu's room entries (ui/room/actions.py
    `RoomActions`, which opens this window: a protocol, not an import, so no circle)."""

    hub: Any  # the open room (a ProcessHub), or None

    @property
    def ctx(self) -> AppContext | None: ...

    def notify(self, kind: str, item_id: str | None) -> None: ...

KINDS = ("choice", "dots", "words")


def _plain(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


class JoinCardWindow(QWidget):
    """The join card full screen, for the projector: QR, address, room code. Esc closes."""

    def __init__(self, png: bytes, url: str, code: str, steps: tuple[str, ...]) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Join the room"))
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr = qr = QLabel()
        self._pixmap = QPixmap()
        self._pixmap.loadFromData(png, "PNG")
        qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        qr.setAccessibleName(self.tr("QR code of the room's address"))
        address = _plain(url)
        address.setObjectName("joinAddress")
        address.setStyleSheet("font-size: 28pt; font-weight: bold;")
        room = _plain(self.tr("Room code: {0}").format(code))
        room.setObjectName("joinCode")
        room.setStyleSheet("font-size: 36pt; font-weight: bold;")
        for w in (qr, address, room):
            w.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(w)
        for i, text in enumerate(steps, start=1):
            step = _plain(f"{i}. {text}")
            step.setWordWrap(True)
            step.setAlignment(Qt.AlignmentFlag.AlignCenter)
            step.setStyleSheet("font-size: 18pt;")
            layout.addWidget(step)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        """The QR code takes half the shorter side: large on a projector, whole on a laptop."""
        side = max(120, int(min(self.width(), self.height()) * 0.5))
        self.qr.setPixmap(self._pixmap.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                                              Qt.TransformationMode.FastTransformation))
        super().resizeEvent(event)


class PollResultsWindow(QWidget):
    """The open question's results for the projector: one bar per answer, updated live."""

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Live poll results"))
        self.layout_ = QVBoxLayout(self)
        self.title = _plain()
        self.title.setWordWrap(True)
        self.title.setObjectName("pollTitle")
        self.title.setStyleSheet("font-size: 26pt; font-weight: bold;")
        self.count = _plain()
        self.count.setStyleSheet("font-size: 16pt;")
        self.layout_.addWidget(self.title)
        self.layout_.addWidget(self.count)
        self.grid = QGridLayout()
        self.layout_.addLayout(self.grid)
        self.layout_.addStretch(1)
        self.rows: list[tuple[QLabel, QProgressBar, QLabel]] = []
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)

    def show_results(self, results: Any) -> None:
        self.title.setText(results.poll.question)
        self.count.setText(self.tr("Answers: {0}").format(results.respondents))
        counts = list(results.counts)[:30]
        while len(self.rows) < len(counts):
            label, bar, value = _plain(), QProgressBar(), _plain()
            label.setStyleSheet("font-size: 18pt;")
            value.setStyleSheet("font-size: 18pt; font-weight: bold;")
            bar.setTextVisible(False)
            row = len(self.rows)
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(bar, row, 1)
            self.grid.addWidget(value, row, 2)
            self.rows.append((label, bar, value))
        top = max([n for _, n in counts] or [1]) or 1
        for i, (label, bar, value) in enumerate(self.rows):
            visible = i < len(counts)
            for w in (label, bar, value):
                w.setVisible(visible)
            if visible:
                text, n = counts[i]
                label.setText(text)
                bar.setRange(0, top)
                bar.setValue(n)
                bar.setAccessibleName(f"{text}: {n}")
                value.setText(str(n))


class RoomDialog(QDialog):
    def __init__(self, room: Room, parent: QWidget) -> None:
        super().__init__(parent)
        self.room = room
        self.card_window: JoinCardWindow | None = None
        self.poll_id: str | None = None
        self._last_results: Any = None  # the open poll's results, as last read
        self._png = b""
        self._refreshing = False
        self.setWindowTitle(self.tr("The room"))
        self.resize(900, 640)

        from pcsc_workshop.room.server import DEFAULT_PORT, local_interfaces

        self.interface = QComboBox()
        for iface in local_interfaces():
            self.interface.addItem(f"{iface.address}  ({iface.name})", iface.address)
        self.port = QSpinBox()
        self.port.setRange(0, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.open_button = QPushButton(self.tr("Open the room"))
        self.open_button.clicked.connect(self.open_room)
        self.close_button = QPushButton(self.tr("Close the room"))
        self.close_button.clicked.connect(self.close_room)
        top = QHBoxLayout()
        iface_label = QLabel(self.tr("Listen on:"))
        iface_label.setBuddy(self.interface)
        port_label = QLabel(self.tr("Port:"))
        port_label.setBuddy(self.port)
        for w in (iface_label, self.interface, port_label, self.port, self.open_button,
                  self.close_button):
            top.addWidget(w)
        top.addStretch(1)

        self.status = _plain(self.tr("The room is closed. Open it to let browsers join."))
        self.status.setWordWrap(True)
        self.qr = QLabel()
        self.qr.setFixedSize(220, 220)
        self.qr.setAccessibleName(self.tr("QR code of the room's address"))
        self.address = _plain()
        self.address.setObjectName("roomAddress")
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.code = _plain()
        self.code.setObjectName("roomCode")
        self.code.setStyleSheet("font-size: 20pt; font-weight: bold;")
        self.full_button = QPushButton(self.tr("Show join card full screen"))
        self.full_button.clicked.connect(self.show_full_screen)
        self.save_button = QPushButton(self.tr("Save join card and personal codes (PDF)\u2026"))
        self.save_button.clicked.connect(self.save_card)
        card = QGridLayout()
        card.addWidget(self.qr, 0, 0, 4, 1)
        card.addWidget(self.address, 0, 1)
        card.addWidget(self.code, 1, 1)
        card.addWidget(self.full_button, 2, 1)
        card.addWidget(self.save_button, 3, 1)

        self.codes = _table([self.tr("Name"), self.tr("Delegation"), self.tr("Personal code")])
        self.devices = _table([self.tr("Name"), self.tr("Device"), self.tr("Address"),
                               self.tr("Joined"), self.tr("Requests")])
        self.remove_button = QPushButton(self.tr("Remove this device"))
        self.remove_button.clicked.connect(self.remove_device)
        devices_tab = QWidget()
        dl = QVBoxLayout(devices_tab)
        dl.addWidget(self.devices)
        dl.addWidget(self.remove_button, alignment=Qt.AlignmentFlag.AlignLeading)

        self.kind = QComboBox()
        for kind, text in zip(KINDS, (self.tr("Multiple choice"), self.tr("Dot-voting"),
                                      self.tr("Word cloud")), strict=True):
            self.kind.addItem(text, kind)
        self.question = QLineEdit()
        self.question.setMaxLength(500)
        self.options = QPlainTextEdit()
        self.options.setPlaceholderText(self.tr("One option per line"))
        self.options.setMaximumHeight(110)
        self.picks = QSpinBox()
        self.picks.setRange(1, 40)
        self.picks.setValue(3)
        self.ask_button = QPushButton(self.tr("Ask the room"))
        self.ask_button.clicked.connect(self.ask)
        self.end_button = QPushButton(self.tr("Close the question"))
        self.end_button.clicked.connect(self.end_poll)
        self.show_results_button = QPushButton(self.tr("Show results full screen"))
        self.show_results_button.clicked.connect(self.show_results_full_screen)
        self.results_window: PollResultsWindow | None = None
        self.results = _table([self.tr("Answer"), self.tr("Count")])
        self.results_title = _plain()
        self.results_title.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Question:"), self.question)
        form.addRow(self.tr("Options:"), self.options)
        form.addRow(self.tr("Picks per person (dot-voting):"), self.picks)
        buttons = QHBoxLayout()
        buttons.addWidget(self.ask_button)
        buttons.addWidget(self.end_button)
        buttons.addWidget(self.show_results_button)
        buttons.addStretch(1)
        poll_tab = QWidget()
        pl = QVBoxLayout(poll_tab)
        pl.addLayout(form)
        pl.addLayout(buttons)
        pl.addWidget(self.results_title)
        pl.addWidget(self.results, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.codes, self.tr("Personal codes"))
        self.tabs.addTab(devices_tab, self.tr("Devices"))
        self.tabs.addTab(poll_tab, self.tr("Live poll"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addLayout(card)
        layout.addWidget(self.tabs, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(1500)
        self.timer.timeout.connect(self.refresh)
        self._show_state()
        self._say_what_opening_needs()

    # -- state ------------------------------------------------------------------------------

    @property
    def hub(self) -> Any:
        return self.room.hub

    def _has_workshop(self) -> bool:
        ctx = self.room.ctx
        return ctx is not None and bool(ctx.workshop_id)

    def _show_state(self) -> None:
        is_open = self.hub is not None
        # The room serves one workshop: with none chosen yet, Open would have nothing to
        # serve, so it waits, and the window says what to do instead of doing nothing.
        self.open_button.setEnabled(not is_open and self._has_workshop())
        self.close_button.setEnabled(is_open)
        self.interface.setEnabled(not is_open)
        self.port.setEnabled(not is_open)
        for w in (self.full_button, self.save_button, self.ask_button, self.end_button,
                  self.show_results_button, self.remove_button, self.tabs):
            w.setEnabled(is_open)
        if not is_open:
            self.qr.clear()
            self.address.setText("")
            self.code.setText("")
            self.timer.stop()

    def _say_what_opening_needs(self) -> None:
        """While closed: name the missing workshop, or, once there is one, the usual line."""
        needs = self.tr("Choose or create a workshop first (Workshop page, or the workshop "
                        "list at the top of the window): the room serves one workshop.")
        if not self._has_workshop():
            self.status.setText(needs)
        elif self.status.text() == needs:
            self.status.setText(self.tr("The room is closed. Open it to let browsers join."))

    def open_room(self) -> None:
        ctx = self.room.ctx
        if ctx is None or not ctx.workshop_id:
            self._show_state()
            self._say_what_opening_needs()
            return
        host = self.interface.currentData()
        port = self.port.value()
        store, workshop_id = ctx.store, ctx.workshop_id
        notify = self.room.notify
        self.open_button.setEnabled(False)
        self.status.setText(self.tr("Opening the room\u2026"))

        def work(_progress: Any, _cancelled: Any) -> Any:
            from pcsc_workshop.room.joincard import qr_png, steps
            from pcsc_workshop.room.process import ProcessHub

            hub = ProcessHub(store, workshop_id, host=host, port=port, on_change=notify)
            url = hub.open()
            try:
                return hub, qr_png(url), hub.person_codes(), steps(hub.language)
            except BaseException:
                hub.close()  # never a room left serving that the window does not know of
                raise

        Op(self, work).success(self._opened).failure(self._failed).run()

    def _opened(self, result: tuple[Any, bytes, list[Any], tuple[str, ...]]) -> None:
        hub, png, codes, steps = result
        self.room.hub = hub
        self._png, self._steps = png, steps
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        self.qr.setPixmap(pixmap.scaled(self.qr.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                        Qt.TransformationMode.FastTransformation))
        self.address.setText(hub.url)
        self.code.setText(self.tr("Room code: {0}").format(hub.room_code))
        note = "" if not hub.advertise_error else " " + self.tr(
            "(Not announced on the network: {0})").format(hub.advertise_error)
        self.status.setText(self.tr("The room is open. Participants join at the address "
                                    "below with the room code and their personal code.") + note)
        self.codes.setRowCount(len(codes))
        for row, person in enumerate(codes):
            for col, value in enumerate((person.name, person.delegation, person.code)):
                self.codes.setItem(row, col, QTableWidgetItem(value))
        self._show_state()
        self.timer.start()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("The room could not be opened: {0}").format(exc))
        self._show_state()

    def close_room(self) -> None:
        if self.hub is None:
            return
        hub = self.hub
        self.room.hub = None
        self.status.setText(self.tr("Closing the room\u2026"))
        Op(self, lambda _p, _c: hub.close()).success(lambda _r: self._closed()).run()

    def room_stopped(self) -> None:
        """The room's process stopped without being asked (killed, crashed): say so."""
        self.status.setText(self.tr("The room stopped unexpectedly. Open it again to let "
                                    "browsers join; everything saved so far is kept."))
        if self.card_window is not None:
            self.card_window.close()
        self._show_state()

    def _closed(self) -> None:
        self.status.setText(self.tr("The room is closed. Open it to let browsers join."))
        if self.card_window is not None:
            self.card_window.close()
        self._show_state()

    # -- join card --------------------------------------------------------------------------

    def show_full_screen(self) -> None:
        if self.hub is None:
            return
        self.card_window = JoinCardWindow(self._png, self.hub.url, self.hub.room_code,
                                          self._steps)
        self.card_window.showFullScreen()

    def save_card(self) -> None:
        if self.hub is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save join card"),
                                              self.tr("join-card") + ".pdf",
                                              self.tr("PDF (*.pdf)"))
        if not path:
            return
        hub = self.hub

        def work(_p: Any, _c: Any) -> Any:
            from pathlib import Path

            from pcsc_workshop.room.joincard import write_card_pdf

            return write_card_pdf(Path(path), title=hub.title, url=hub.url,
                                  room_code=hub.room_code, language=hub.language,
                                  person_codes=[(p.name, p.code) for p in hub.person_codes()])

        Op(self, work).success(lambda p: self.status.setText(
            self.tr("Join card saved: {0}").format(p))).run()

    # -- devices and polls ------------------------------------------------------------------

    def hub_changed(self, kind: str) -> None:
        if kind in ("devices", "polls") and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        hub = self.hub
        if hub is None or self._refreshing:
            return
        self._refreshing = True
        poll_id = self.poll_id

        def work(_p: Any, _c: Any) -> Any:
            devices = hub.devices()
            names = {p.participant_id: p.name for p in hub.person_codes()}
            results = hub.results(poll_id) if poll_id else None
            return devices, names, results

        Op(self, work).success(self._refreshed).failure(self._refresh_failed).run()

    def _refresh_failed(self, _exc: BaseException) -> None:
        self._refreshing = False

    def _refreshed(self, result: tuple[list[Any], dict[str, str], Any]) -> None:
        self._refreshing = False
        devices, names, results = result
        self.devices.setRowCount(len(devices))
        for row, d in enumerate(devices):
            values = (names.get(d.participant_id, "?"), d.label, d.address,
                      time.strftime("%H:%M", time.localtime(d.joined_at)), str(d.requests))
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, d.id)
                self.devices.setItem(row, col, item)
        if results is not None:
            self.results_title.setText(self.tr("{0} — answers: {1}").format(
                results.poll.question, results.respondents))
            self.results.setRowCount(len(results.counts))
            for row, (label, count) in enumerate(results.counts):
                self.results.setItem(row, 0, QTableWidgetItem(label))
                self.results.setItem(row, 1, QTableWidgetItem(str(count)))
            if self.results_window is not None and self.results_window.isVisible():
                self.results_window.show_results(results)
        self._last_results = results

    def remove_device(self) -> None:
        row = self.devices.currentRow()
        item = self.devices.item(row, 0) if row >= 0 else None
        if item is None or self.hub is None:
            return
        hub, device_id = self.hub, item.data(Qt.ItemDataRole.UserRole)
        Op(self, lambda _p, _c: hub.remove_device(device_id)) \
            .success(lambda _r: self.refresh()).run()

    def ask(self) -> None:
        """Ask the room on a worker: the write waits for the room's own saves, never the UI."""
        hub = self.hub
        if hub is None:
            return
        kind = self.kind.currentData()
        question = self.question.text().strip()
        options = [o.strip() for o in self.options.toPlainText().splitlines() if o.strip()]
        picks = self.picks.value()
        Op(self, lambda _p, _c: hub.ask(kind, question, options, picks)) \
            .success(self._asked).failure(self._not_asked).run()

    def _asked(self, poll: Any) -> None:
        self.poll_id = poll.id
        self.refresh()

    def _not_asked(self, exc: BaseException) -> None:
        code = getattr(exc, "code", str(exc))
        words = {"empty-question": self.tr("Type the question first."),
                 "too-few-options": self.tr("Give at least two options, one per line."),
                 "too-many-options": self.tr("Give at most 40 options.")}
        QMessageBox.warning(self, self.tr("Cannot ask this question"), words.get(code, str(exc)))

    def show_results_full_screen(self) -> None:
        if self.results_window is None:
            self.results_window = PollResultsWindow()
        self.results_window.showFullScreen()
        if self._last_results is not None:
            self.results_window.show_results(self._last_results)
        self.refresh()

    def end_poll(self) -> None:
        hub, poll_id = self.hub, self.poll_id
        if hub is not None and poll_id:
            Op(self, lambda _p, _c: hub.close_poll(poll_id)).success(
                lambda _r: self.refresh()).run()

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self.timer.stop()  # the room stays open; reopen this window from the File menu
        super().closeEvent(event)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if self.hub is not None:
            self.timer.start()
        else:  # a workshop may have been chosen since it was last shown
            self._show_state()
            self._say_what_opening_needs()
        super().showEvent(event)

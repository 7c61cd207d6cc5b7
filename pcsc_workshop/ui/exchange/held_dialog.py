"""Plans from new laptops: bundles kept aside because their laptop is not trusted for their
participant. The facilitator accepts one as "a new laptop for this participant" (its files
are then imported) or discards it. Nothing held is ever applied without this decision.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pcsc_workshop.ui.accessibility import LabelledFields
from pcsc_workshop.ui.exchange.common import failure_text, show_message
from pcsc_workshop.ui.exchange.words import local_time
from pcsc_workshop.ui.operations import run_op, run_read
from pcsc_workshop.ui.typed_qt import top_items
from pcsc_workshop.ui.workers import Op

if TYPE_CHECKING:
    from pcsc_workshop.ui.context import AppContext


class HeldDialog(LabelledFields, QDialog):
    """One row per participant and unknown laptop, with Accept and Discard."""

    decided = Signal(object)  # an ImportReport after an acceptance, None after a discard

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Plans from new laptops"))
        self.setAccessibleName(self.tr("Plans from new laptops"))
        self.resize(860, 420)
        self.intro = QLabel(self.tr(
            "These plan bundles came from a laptop not seen before for their participant, so "
            "they were kept aside and changed nothing. Ask the participant whether the laptop "
            "is theirs (the laptop key shown when they sent their plan must match), then "
            "accept it as their new laptop or discard it."), self)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Plan bundles kept aside"))
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Participant"), self.tr("Why kept aside"),
                                   self.tr("Files"), self.tr("Sent"), self.tr("Laptop key")])
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.accept_button = QPushButton(self.tr("Accept as their new laptop"), self)
        self.discard_button = QPushButton(self.tr("Discard"), self)
        self.accept_button.clicked.connect(lambda: self._decide(True))
        self.discard_button.clicked.connect(lambda: self._decide(False))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.accept_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.tree.currentItemChanged.connect(lambda *_: self._enable())
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.held: list = []
        self.last_message: QMessageBox | None = None
        self.load()

    def load(self) -> Op:
        """Read the held bundles on a worker, then list them."""
        workshop_id = self.ctx.workshop_id
        return run_read(self, self.ctx,
                        lambda door: door.exchange.held(workshop_id) if workshop_id else [],
                        done=self._show)

    def _show(self, held: list) -> None:
        self.held = held
        self.tree.clear()
        for h in self.held:
            why = (self.tr("From the laptop that sends {0}\u2019s plans").format(h.known_for_name)
                   if h.reason == "other-participant"
                   else self.tr("From a laptop not seen before for them"))
            item = QTreeWidgetItem(self.tree, [h.participant_name, why, str(h.files),
                                               local_time(h.sent_at), h.key_fingerprint])
            item.setData(0, Qt.ItemDataRole.UserRole, h.id)
        if self.held:
            self.tree.setCurrentItem(top_items(self.tree)[0])
        self._enable()

    def _enable(self) -> None:
        has = self.tree.currentItem() is not None
        self.accept_button.setEnabled(has)
        self.discard_button.setEnabled(has)

    def _decide(self, accept: bool) -> Op | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        held_id = item.data(0, Qt.ItemDataRole.UserRole)

        def done(report) -> None:
            self.load()
            self.decided.emit(report)

        def failed(exc: BaseException) -> None:
            self.load()  # e.g. decided meanwhile in another window: show what is left
            self.last_message = show_message(self, self.tr("Not done"), failure_text(exc),
                                             QMessageBox.Icon.Warning)

        # run_op publishes what an accepted bundle brought in; a discard changes no page
        if accept:
            return run_op(self, self.ctx, lambda door: door.exchange.accept_held(held_id),
                          done=done, failed=failed)
        return run_op(self, self.ctx, lambda door: door.exchange.discard_held(held_id),
                      done=lambda _n: done(None), failed=failed)

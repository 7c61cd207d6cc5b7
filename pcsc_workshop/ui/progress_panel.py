"""A job's progress and Cancel inside its window's status bar, for `Op.with_progress(...,
in_window=True)` (ui/workers.py).

Why not a progress dialog: a dialog is a window of its own, and showing it deactivates the
main window. Qt then sends every widget of the main window an activation change, restyles
and repaints them all for the inactive palette (the Self-assessment page's radar chart
redrew its whole scene): 40-110 ms of UI-thread work in one turn while a PDF export ran
(bench/ui_latency_bench.py). A panel in the status bar is part of the window: nothing is
deactivated, only the panel repaints. It suits jobs that change no data, such as exports:
the window stays usable meanwhile (what must not run at the same time, its owner disables).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QStatusBar, QToolButton, QWidget

# Shown only if the job is still running after this long, as QProgressDialog's minimum
# duration: a quick job never flashes a panel.
SHOW_AFTER_MS = 300


class ProgressPanel(QWidget):
    """The label, a progress bar (busy until the first report) and Cancel, at the right of
    `bar`; `finish()` takes it away. Cancel hides it at once, as a progress dialog does, and
    emits `canceled`: the job stops after the document it is writing."""

    canceled = Signal()

    def __init__(self, label: str, cancel_text: str, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.setObjectName("progressPanel")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(label, self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy until the job says how far it is
        self.progress.setAccessibleName(label)
        self.progress.setMaximumWidth(220)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setText(cancel_text)
        self.cancel_button.clicked.connect(self._cancel)
        for widget in (self.label, self.progress, self.cancel_button):
            layout.addWidget(widget)
        self.hide()  # explicitly: the status bar would show it at once otherwise
        bar.addPermanentWidget(self)
        self._done = False
        QTimer.singleShot(SHOW_AFTER_MS, self, self._show_if_running)

    def _show_if_running(self) -> None:
        if not self._done:
            self.show()

    def _cancel(self) -> None:
        self._done = True
        self.hide()
        self.canceled.emit()

    def set_progress(self, done: int, total: int) -> None:
        if self.progress.maximum() != total:
            self.progress.setMaximum(total)
        self.progress.setValue(done)

    def finish(self) -> None:
        """The job ended: the panel leaves the status bar (and is deleted later)."""
        self._done = True
        bar = self.parentWidget()
        if isinstance(bar, QStatusBar):
            bar.removeWidget(self)
        self.hide()
        self.deleteLater()

"""Accessible names that follow from the layout, so screen readers announce every control.

A form row's label ("&Title:") already says what the field is; `name_from_labels` copies
that text (without the `&` and the colon) into the field's accessible name when the field
has none, and gives an unnamed scroll-area viewport (pyqtgraph's chart views) its owner's
name. The main window runs it on every page it builds; dialogs inherit `LabelledFields`,
which runs it as the dialog is shown, so a dialog written with
`QFormLayout.addRow("&Label:", field)` needs no other code.

This used to be an application-wide event filter. That routed *every* event of every widget
(each paint included) through Python, and each of those calls had to take the GIL: while a
worker thread was busy, a page's repaint waited for it dozens of times (measured: the plans
page repaint went from 13 to 23–30 ms with a busy worker). A `showEvent` override costs one
Python call per dialog shown.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QWidget


def label_text(label: QLabel) -> str:
    """"&Starts on:" -> "Starts on" (accelerator and trailing colon removed)."""
    text = label.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.strip().rstrip(":：").strip()


def name_from_labels(root: QWidget) -> int:
    """Name unnamed fields after their buddy label; returns how many were named."""
    named = 0
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and not buddy.accessibleName() and label_text(label):
            buddy.setAccessibleName(label_text(label))
            named += 1
    for area in root.findChildren(QAbstractScrollArea):
        viewport = area.viewport()
        if viewport is not None and area.accessibleName() and not viewport.accessibleName():
            viewport.setAccessibleName(area.accessibleName())
            named += 1
    return named


class LabelledFields:
    """Dialog mixin (`class MyDialog(LabelledFields, QDialog)`): name fields when shown."""

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        assert isinstance(self, QWidget)  # mixed into a QWidget subclass (the class says)
        name_from_labels(self)
        # the QWidget after this mixin in the class's bases has it; mypy sees only `object`
        super().showEvent(event)  # type: ignore[misc]
